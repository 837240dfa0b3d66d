"""Interviews set as question paragraphs over unlabelled answers (issue 13, goal 1: statements found whole).

A magazine Q&A without "Q:" and "A:" labels gives the interviewee's words under each question, with no verb of
saying: each answer sentence is the interviewee's statement (cue null), the questions are none, and the outlet's
note after the last answer stays out. An explainer set the same way ("What happened?") is the reporter's own.
Every sentence here was written for these tests.
"""

from __future__ import annotations

import pytest
from extract_support import MODELS, run, said, speaker

from kg.extract.chunks import paragraph_spans
from kg.extract.interview import find_answers

INTERVIEW = (
    "Q&A: 'The dam was never the problem,' says hydrologist Ines Okonjo\n\n"
    "By Carl Mendes | River Weekly | May 3, 2024\n\n"
    "The Harrow Valley flooded twice this spring. The county blames the old dam; the water board blames the "
    "county's drains.\n\n"
    "Ines Okonjo, a hydrologist at Lindqvist Engineering, has studied the valley's rivers for twenty years. Mayor "
    "Paul Strand has asked her firm for a second opinion. Her answers have been edited for length.\n\n"
    "Who is right about the floods?\n\n"
    "Neither side, really. The dam was never the problem.\n\n"
    "What failed, then?\n\n"
    "The storm drains under Mill Road were built for a smaller town. They back up after an hour of heavy rain.\n\n"
    "Could the board have seen this coming?\n\n"
    "Its own survey in 2019 flagged the drains as undersized.\n\n"
    "The water board did not respond to questions for this interview."
)

EXPLAINER = (
    "The Harrow Valley floods, explained\n\n"
    "By Carl Mendes | River Weekly | May 3, 2024\n\n"
    "The valley flooded twice this spring. Here is a short guide to the row.\n\n"
    "What happened?\n\n"
    "Water rose over Mill Road twice in April and closed the bridge for four days.\n\n"
    "Who is to blame?\n\n"
    "The county blames the old dam. The water board says the county's drains are too small."
)


@pytest.mark.parametrize("model", MODELS)
def test_an_unlabelled_interviews_answers_are_the_interviewees(model):
    x = run(INTERVIEW, model)
    for words in ("Neither side, really", "The dam was never the problem", "were built for a smaller town",
                  "They back up after an hour", "flagged the drains as undersized"):  # fmt: skip
        assert speaker(x, words) == "Ines Okonjo"
        assert said(x, words).cue is None
    assert not [s for s in x.statements if "?" in s.text or "did not respond" in s.text]


@pytest.mark.parametrize("model", MODELS)
def test_a_headline_quote_the_interview_says_again_is_said_once(model):
    x = run(INTERVIEW, model)
    once = [s for s in x.statements if s.text == "The dam was never the problem"]
    assert len(once) == 1 and once[0].start > INTERVIEW.index("Neither side")
    assert once[0].cue is None


def test_an_explainer_set_as_questions_is_no_interview():
    assert find_answers(EXPLAINER, paragraph_spans(EXPLAINER))[1] == []
    assert find_answers(INTERVIEW, paragraph_spans(INTERVIEW))[1] != []
