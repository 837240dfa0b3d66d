"""Statements printed whole after a lead-in (issue 13): "A spokeswoman said:" over bullets, "The statement
reads:" over paragraphs, a numbered statement under a heading that names a board. Every sentence printed there
is its owner's statement, and the reporter's paragraphs after it stay the reporter's. Every sentence here was
written for these tests, in the styles of an investigation, a wire story, a sports club, a charity and a
government department.
"""

from __future__ import annotations

import pytest
from extract_support import MODELS, run, said, speaker

from kg.extract.chunks import paragraph_spans
from kg.extract.model import Extraction
from kg.extract.printed import _body


def alone(x: Extraction, words: str) -> str:
    """The speaker of the statement that begins with ``words``: one printed sentence (or point), not a blob."""
    found = [s for s in x.statements if s.text.startswith(words)]
    assert found, f"no statement begins {words!r}: {[s.text for s in x.statements]}"
    return next(p.name for p in x.parties if p.id == found[0].speaker)


INVESTIGATION = (
    "Inside the bus firm skipping safety checks\n\n"
    "Drivers at Harrow Coaches say vehicles are sent out with faults logged but never repaired, according to "
    "records seen by the Chronicle.\n\n"
    "Right of reply\n\n"
    "We put these findings to Harrow Coaches last week. A company spokesman said:\n\n"
    "- Every vehicle is inspected each morning before it leaves the depot.\n"
    "- No driver has ever been told to take out a bus with a known fault.\n"
    "- The company has no record of the logbook entries the Chronicle describes.\n\n"
    "Harrow Coaches' licence is due for renewal in the autumn."
)

WIRE = (
    "Port operator rejects union's safety claims\n\n"
    "ROTTERDAM, May 3 (Wire) - A dock workers' union accused Maasport of cutting crane inspections to save money.\n\n"
    "Maasport answered in a written statement on Friday. The statement reads:\n\n"
    "Our cranes are inspected every six weeks, as the law requires. We have increased maintenance spending in "
    "each of the past three years.\n\n"
    "We invite the union to visit any terminal at any time.\n\n"
    "The union said it would raise the matter with the labour inspectorate."
)

CLUB = (
    "Rovers hit back over stadium move\n\n"
    "Supporters' groups have accused Kilbride Rovers of planning to leave Croft Park for good.\n\n"
    "In a statement on its website, Kilbride Rovers said:\n\n"
    "1. The club has no plans to sell Croft Park.\n"
    "2. The temporary move to Lanark is for one season only while the stand is rebuilt.\n\n"
    "Season-ticket sales open on Monday."
)

CHARITY = (
    "Food bank answers volunteers' complaints\n\n"
    "Former volunteers at the Eastgate Food Bank say donations were left to rot in a storeroom.\n\n"
    "Statement from the directors of Eastgate Food Bank\n\n"
    "The directors have read the volunteers' complaints carefully.\n\n"
    "1. No donated food has been thrown away because of poor storage. Our stock records are open to inspection.\n\n"
    "2. We were asked by the council to move to a smaller store in March.\n\n"
    "Helen Marsh, Chair\n\n"
    "Asked about the stock records, one former volunteer said they were incomplete."
)

MINISTRY = (
    "Ministry defends school meals figures\n\n"
    "Opposition MPs said the free school meals figures were out of date.\n\n"
    "A Department for Education spokesperson said:\n\n"
    "The figures were published in January and are the most recent available. They cover every state school "
    "in England.\n\n"
    "Labour's education spokesman said the department was hiding behind old data."
)

PROSE = (
    "Council approves new cycle lanes\n\n"
    "The council voted on Tuesday to build four new cycle lanes. Councillor Amy Reyes said:\n\n"
    '"This is a good day for the city."\n\n'
    "Work begins in June. The lanes will cost about £2m.\n\n"
    "Shopkeepers on Bridge Street have asked for loading bays."
)


@pytest.mark.parametrize("model", MODELS)
def test_bullets_after_a_spokesmans_said_are_his_however_they_read(model):
    x = run(INVESTIGATION, model)
    for words in ("Every vehicle is inspected", "No driver has ever been told", "The company has no record"):
        assert alone(x, words) == "Harrow Coaches spokesperson", words
    assert not [s for s in x.statements if "due for renewal" in s.text]


@pytest.mark.parametrize("model", MODELS)
def test_a_statement_that_reads_colon_runs_until_the_reporter_reports_again(model):
    x = run(WIRE, model)
    assert alone(x, "Our cranes are inspected") == "Maasport"
    assert alone(x, "We have increased maintenance spending") == "Maasport"
    assert alone(x, "We invite the union") == "Maasport"
    assert not [
        s for s in x.statements if "labour inspectorate" in s.text and s.speaker == said(x, "six weeks").speaker
    ]


def test_numbered_points_after_the_club_said_are_the_clubs():
    x = run(CLUB)
    assert alone(x, "The club has no plans") == "Kilbride Rovers"
    assert alone(x, "The temporary move to Lanark") == "Kilbride Rovers"
    assert not [s for s in x.statements if "Season-ticket" in s.text]


def test_a_numbered_statement_under_a_boards_heading_is_the_bodys_down_to_the_signature():
    x = run(CHARITY)
    for words in ("No donated food has been thrown away", "Our stock records are open", "We were asked by"):
        assert alone(x, words) == "Eastgate Food Bank", words
    assert speaker(x, "they were incomplete") != "Eastgate Food Bank"


def test_a_department_spokespersons_unquoted_paragraph_is_theirs_and_the_reply_is_not():
    x = run(MINISTRY)
    assert alone(x, "The figures were published") == "Department for Education spokesperson"
    assert alone(x, "They cover every state school") == "Department for Education spokesperson"
    assert speaker(x, "hiding behind old data") != "Department for Education spokesperson"


def test_the_reporters_paragraphs_after_a_quoted_answer_are_never_printed_words():
    paragraphs = paragraph_spans(PROSE)
    assert _body(PROSE, paragraphs, 2, False) == ()
    x = run(PROSE)
    assert not [s for s in x.statements if "Work begins in June" in s.text or "loading bays" in s.text]
