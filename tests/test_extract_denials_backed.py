"""What a side says right after its flat denial backs the denial with its own account, whoever of the side says it.

"The ferry company rejected that. Its operations manager said every cancellation had followed a crew shortage":
the second sentence gives the grounds of the denial and answers what it answered, though another voice of the
side speaks it. Not when the denial is negated ("did not dispute that"), when it goes on after an
"also" (another matter), or when it names the other side (a charge of its own).
"""

from __future__ import annotations

from kg.extract import extract
from kg.extract.model import Article, Statement

CHARGE = (
    "The Harbour Board said Kestrel Ferries had cancelled dozens of sailings to save fuel.\n\n"
    "Kestrel Ferries, which runs the island route, {verb} that. "
)


def found(text: str, verb: str = "rejected") -> tuple[dict[str, Statement], Statement]:
    x = extract(Article("test", CHARGE.format(verb=verb) + text, published="2026-03-02"))
    by_text = {s.text: s for s in x.statements}
    return by_text, by_text["Kestrel Ferries had cancelled dozens of sailings to save fuel"]


def test_another_voice_of_the_side_backs_its_denial():
    said, charge = found("Its operations manager, Aroha Field, said every cancellation had followed a crew shortage.")
    answer = said["every cancellation had followed a crew shortage"]
    assert answer.kind == "denial"
    assert charge.id in answer.disputes


def test_an_also_before_the_denial_does_not_part_its_grounds_from_it():
    said, charge = found("It also disputed the board's count, saying only four sailings had been cancelled.")
    answer = said["only four sailings had been cancelled"]
    assert answer.kind == "denial"
    assert charge.id in answer.disputes


def test_a_negated_denial_has_no_grounds():
    said, _ = found(
        "Its operations manager, Aroha Field, said the timetable was written in 2019.", verb="did not dispute"
    )
    assert said["the timetable was written in 2019"].kind == "claim"


def test_words_naming_the_other_side_are_no_grounds():
    said, _ = found("Its operations manager, Aroha Field, said the Harbour Board wanted the berths for its own boats.")
    assert said["the Harbour Board wanted the berths for its own boats"].kind != "denial"
