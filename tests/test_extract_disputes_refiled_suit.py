"""An answer to a suit it tells apart by a word ("the new lawsuit") answers that suit however the story names it
(issue 13, dispute links): "The new claim, lodged in the county court," is the new lawsuit, and so are the charges
told in the sentence that says it was filed, and what the story then calls plainly "the complaint"; never the first
suit, set apart as "That complaint" or "the earlier suit" (``Targets.from_document``).

Over the 25 studied splits (hybrid, 2026-12-07g) this dropped 3 wrong dispute pairs and gained 1 right; the
founding question gained a right row in heldout15 and lost a wrong one in heldout12. Statements are built by hand on
a text written for the test, so the rule is tested apart from what the models score.
"""

from kg.extract.disputes import Answers
from kg.extract.model import Origin, Party, Statement

TEXT = (
    "Orchard sues again\n\n"
    "Pell Orchards sued Danner Freight in federal court in May. That complaint said Danner Freight had let the "
    "apples rot.\n\n"
    "On Monday the grower dropped that case and filed again in the county court, accusing Danner Freight of fraud. "
    "The new suit, lodged in the county court, says Danner Freight forged the cold-chain logs. The complaint also "
    "says Danner Freight hid the forged logs from inspectors.\n\n"
    "Danner Freight called {answer}."
)
PARTIES = [Party("p", "Pell Orchards", "Organization"), Party("d", "Danner Freight", "Organization")]


def disputed(answer: str) -> list[str]:
    text = TEXT.format(answer=answer)

    def statement(sid: str, speaker: str, words: str, kind: str, origin: str | None = None) -> Statement:
        start = text.index(words)
        found = None
        if origin is not None:
            at = text.index(origin)
            found = Origin("court filing", origin, at, at + len(origin))
        return Statement(sid, speaker, kind, words, start, start + len(words), False, origin=found)

    statements = [
        statement("s1", "p", "Danner Freight had let the apples rot", "allegation", "That complaint"),
        statement("s2", "p", "Danner Freight of fraud", "allegation"),
        statement("s3", "p", "Danner Freight forged the cold-chain logs", "allegation", "The new suit"),
        statement("s4", "p", "Danner Freight hid the forged logs from inspectors", "allegation", "The complaint"),
        statement("s5", "d", answer, "denial"),
    ]
    sentences = [
        0,
        *(
            text.index(s)
            for s in ("Pell", "That", "On Monday", "The new", "The complaint also", "Danner Freight called")
        ),
    ]
    Answers(statements, PARTIES, text, sentences).link()
    return statements[-1].disputes


def test_an_answer_to_the_new_lawsuit_answers_the_new_suit_by_any_of_its_names():
    assert disputed("the new lawsuit baseless") == ["s2", "s3", "s4"]


def test_an_answer_to_the_new_complaint_answers_the_same_suit():
    assert disputed("the new complaint baseless") == ["s2", "s3", "s4"]
