"""Trailing attributions the parser misreads (issue 13, goal 1: statements found whole).

"<words>, <speaker> <verb of saying>." closing a sentence is reported speech even when the parser hangs the verb
on the reported clause, reads the speaker as an apposition, or takes the clause's verb for a noun: the words
before the comma are the speaker's statement. A speaker phrase holding a verb, or a verb with more after it than
a setting, is not this shape. Every sentence here was written for these tests.
"""

from __future__ import annotations

import pytest
from extract_support import MODELS, run, said, speaker

MISREAD = {
    # the speaker read as an apposition of the clause's last noun, which keeps its own apposition
    "Ferry\n\nThe union has lodged a grievance with the labour board, the province's arbiter of workplace disputes, "
    "a spokesman for the union confirmed.": (
        "The union has lodged a grievance with the labour board, the province's arbiter of workplace disputes",
        "union spokesperson",
    ),
    # a name in apposition to a title, the verb with no subject at all
    "Water warning\n\nThe well had been contaminated since at least March, the county's health officer, Dr. Ines "
    "Varga, said in a statement.": ("The well had been contaminated since at least March", "Ines Varga"),
    # the clause's verb read as a noun
    "Shops\n\nMaria Pryce rejected the suggestion that the sale had been hidden. Every shop's front window names the "
    "cooperative as its owner, she said.": ("Every shop's front window names the cooperative as its owner", "Pryce"),
}


@pytest.mark.parametrize("model", MODELS)
def test_a_trailing_attribution_the_parser_misread_gives_the_words_before_the_comma(model):
    for text, (words, who) in MISREAD.items():
        x = run(text, model)
        assert said(x, words).text == words
        assert who in speaker(x, words)


NOT_TRAILING = {
    "Budget vote\n\nAfter the council voted to close the library on Sundays, residents who had packed the chamber "
    "booed. Councillor Ada Pryce, who chairs the budget committee, later spoke.": "voted to close the library",
    # a title before the name, no words of anyone's
    "Race\n\nThe course's owner, Martin Keogh, answered within hours on LinkedIn.": "The course's owner",
    # a setting before the speaker
    "Letter\n\nOn Friday, a day before the vote, the union wrote to the mayor.": "On Friday",
}


def test_a_title_a_setting_or_a_clause_before_the_speaker_is_no_trailing_attribution():
    for text, words in NOT_TRAILING.items():
        x = run(text)
        assert [s.text for s in x.statements if words in s.text] == [], text
