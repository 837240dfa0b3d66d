"""An answer to a suit it tells apart by a word ("the new lawsuit") answers that suit however the story names it
(issue 13, dispute links): "The new suit, lodged in the county court," is the new lawsuit, and so are the charges
told in the sentence that says it was filed, and what the story then calls plainly "the complaint"; never the first
suit, set apart as "That complaint" or "the earlier suit" (``Targets.from_document``).

Over the 25 studied splits (hybrid, 2026-12-07g) this dropped 3 wrong dispute pairs and gained 1 right; the
founding question gained a right row in heldout15 and lost a wrong one in heldout12.
"""

from links_support import linked

from kg.extract.model import Party

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
    said = [
        ("s1", "p", "allegation", "Danner Freight had let the apples rot", "That complaint"),
        ("s2", "p", "allegation", "Danner Freight of fraud", None),
        ("s3", "p", "allegation", "Danner Freight forged the cold-chain logs", "The new suit"),
        ("s4", "p", "allegation", "Danner Freight hid the forged logs from inspectors", "The complaint"),
        ("s5", "d", "denial", answer, None),
    ]
    starts = ("Pell", "That", "On Monday", "The new", "The complaint also", "Danner Freight called")
    return linked(TEXT.format(answer=answer), PARTIES, said, starts)


def test_an_answer_to_the_new_lawsuit_answers_the_new_suit_by_any_of_its_names():
    assert disputed("the new lawsuit baseless") == ["s2", "s3", "s4"]


def test_an_answer_to_the_new_complaint_answers_the_same_suit():
    assert disputed("the new complaint baseless") == ["s2", "s3", "s4"]
