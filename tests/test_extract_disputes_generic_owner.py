"""An owner any one of many could be ("each author's statement", "a spokesman's account", "anyone else's account")
points back at nothing said (issue 13): a charge worded so stays a charge, not a denial answering the other side.
Sentences written for this test."""

from extract_support import run, said

from kg.extract.sides import ANAPHOR

LEAK = (
    "Novella Press accused the streaming service Lumo of hiding audiobook sales from its authors.\n\n"
    'Lumo called the accusation "false." It said its royalty terms were the same for every author.\n\n'
    "A former Lumo accountant said the share of sales in each author's statement was set by a rule nobody "
    "outside finance could see."
)


def test_a_charge_naming_each_authors_statement_answers_nothing():
    x = run(LEAK)
    charge = said(x, "each author's statement")
    assert charge.kind != "denial"
    assert not charge.disputes


def test_an_owner_any_one_of_many_could_be_refers_back_to_nothing():
    for words in (
        "each author's statement",
        "a spokesman's account",
        "it had nothing to do with anyone else's account",
    ):
        assert ANAPHOR.search(words) is None, words
    for words in ("Delgado's accusations", "AWS's account", "the residents' figures"):
        assert ANAPHOR.search(words) is not None, words
