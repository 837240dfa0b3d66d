"""Denials said by a phrasal verb (issue 13, goal 1): "brushed off the complaints", "scoffed at the idea that ...",
"pushed back on that account", "hit back at the claim that ...", "stood by its report". Each is a denial whose
content is what it answers, and the verb is a cue only with its particle or preposition and something said, a view
or a decision to answer: "two guards stood by the gate" and "pushed back on Sunday" deny nothing. Told of inside
someone's words ("said the agency stood by the report") it is part of those words. Text written for these tests.
"""

import pytest

from tests.extract_support import MODELS, run, said

_TEXT = (
    "Quay row deepens at Tarnby harbour\n\n"
    "Harbour Mills says the port authority closed its quay without notice.\n\n"
    "Port director Ines Varga brushed off Reid's complaints. Mill owner Tomas Reid scoffed at the idea that the quay "
    "was unsafe. Reid hit back at the claim that the mill had been warned. Varga pushed back on Reid's account of the "
    "meeting. Reid stood by what he had said.\n"
)


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize(
    ("words", "who"),
    [
        ("Reid's complaints", "Ines Varga"),
        ("the idea that the quay was unsafe", "Tomas Reid"),
        ("the claim that the mill had been warned", "Tomas Reid"),
        ("Reid's account of the meeting", "Ines Varga"),
        ("what he had said", "Tomas Reid"),
    ],
)
def test_a_phrasal_denial_is_a_denial_of_what_it_answers(model, words, who):
    s = said(run(_TEXT, model), words)
    assert s.text == words and s.kind == "denial"


@pytest.mark.parametrize("model", MODELS)
def test_a_phrasal_verb_with_a_thing_or_a_day_denies_nothing(model):
    x = run(
        "Quay row deepens at Tarnby harbour\n\n"
        "Two guards stood by the gate all morning. A spokesman pushed back on Sunday, saying in an email that the "
        "closure stands.\n",
        model,
    )
    assert not any(s.kind == "denial" for s in x.statements), [(s.text, s.kind) for s in x.statements]
    assert not any(s.text in ("the gate", "Sunday") for s in x.statements)


@pytest.mark.parametrize("model", MODELS)
def test_standing_by_told_inside_someones_words_is_part_of_them(model):
    x = run(
        "Quay row deepens at Tarnby harbour\n\n"
        "A spokeswoman for the port authority, Lena Moss, said the authority stood by its inspection report.\n",
        model,
    )
    assert [s.text for s in x.statements if "inspection report" in s.text] == [
        "the authority stood by its inspection report"
    ]
