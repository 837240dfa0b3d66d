"""Which cue a quotation belongs to, and where its marks open and close, on sentences written for these tests
(issue 14, PolNeAR dev recall). In '"...," the chief said, adding that ...' the quotation is said's alone, not a
second statement of "adding" too (the hybrid already read it so, from the model). A straight mark set off by a
space from a nested single one ("the word 'outreach,' \"") still closes the quotation, and a curly quotation
closed by a straight mark is one quotation; a paragraph that leaves a quotation open carries it on only into one
opening with the same mark (a stray straight mark, then a curly quotation, is two). A relative clause's speaker
is its antecedent, but the source span is the pronoun ("an auditing firm that said ...", "the agency, which
said ..."), as PolNeAR marks it.
"""

import pytest
from extract_support import MODELS, run, said, speaker

from kg.extract.quotes import find_quotes


def quoted(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(text)]


def test_a_quotation_before_said_adding_is_said_once():
    x = run(
        "Depot fire\n\n“We do not see a link to arson,” the fire chief said, adding that it would take more hours "
        "before details emerge.",
        "rules",
    )
    quote = said(x, "link to arson")
    assert quote.cue is not None and quote.cue.text.startswith("said")
    clause = said(x, "more hours")
    assert clause.cue is not None and clause.cue.text == "adding"
    assert clause.continues is None


@pytest.mark.parametrize("model", MODELS)
def test_a_quotation_closed_after_a_nested_single_mark_is_its_speakers(model):
    x = run(
        'Transit board\n\n"We cannot cut the bus routes again," council member Dana Ortiz said.\n\n'
        "\"I have always hated the word 'outreach,' \" treasurer Bo Lindqvist told the board.",
        model,
    )
    assert speaker(x, "hated the word") == "Bo Lindqvist"


def test_a_straight_mark_spaced_from_a_nested_single_one_closes_and_opens():
    assert quoted("\"I hate the word 'outreach,' \" she said.") == ["I hate the word 'outreach,'"]
    assert quoted("\" 'Outreach' is a word I hate,\" she said.") == ["'Outreach' is a word I hate"]


def test_a_curly_quotation_closed_by_a_straight_mark_is_one_quotation():
    assert quoted('There was “no evidence" yet of arson, the chief said.') == ["no evidence"]


def test_a_straight_quotation_holding_a_curly_one_runs_to_its_straight_mark():
    text = '"As “The Ledger” wrote, the port is losing money," she said.'
    assert quoted(text) == ["As “The Ledger” wrote, the port is losing money"]


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize(
    ("text", "words", "pronoun"),
    [
        (
            "Harbor audit\n\nThe harbor board hired an auditing firm that said the pier repairs had cost twice the "
            "estimate.",
            "pier repairs",
            "that",
        ),
        (
            "Bridge check\n\nThe county heard from the state road agency, which said the Mill Street bridge was "
            "unsafe for trucks.",
            "unsafe for trucks",
            "which",
        ),
    ],
)
def test_a_relative_pronoun_is_the_source_span_of_its_clause(model, text, words, pronoun):
    statement = said(run(text, model), words)
    assert statement.speaker_mention is not None and statement.speaker_mention.text == pronoun


def test_a_paragraph_left_open_carries_on_only_into_one_opening_with_the_same_mark():
    text = (
        '"The crowd cheered when the mayor walked in, chanting “Four more years!”\n\n'
        "“That’s right, Ed, four more,” Nora Quill said."
    )
    assert "That’s right, Ed, four more" in quoted(text)
    carried = '"The first part of the speech.\n\n"The second part," she said.'
    assert quoted(carried) == ['The first part of the speech.\n\n"The second part']
