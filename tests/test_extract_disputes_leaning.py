"""A general denial answers the accuser's claims that lean to a charge (issue 13, dispute links).

"There was no merit to these claims" answers the union's charge, and also its claim that the new schedule was a
scheme to push out older drivers, when the charge recogniser reads that claim as nearly a charge
(``kg.extract.charges.LEANING``) though not enough to call it an allegation; a claim that does not lean stays
unanswered. Statements are built by hand on a text written for the test, so the rule is tested apart from
what the model scores.
"""

import math

from kg.extract import charges
from kg.extract.disputes import Answers
from kg.extract.model import Party, Statement

TEXT = (
    "Drivers sue Swiftline\n\nThe drivers' union said Swiftline had cut night pay. The union said the new schedule "
    "was a scheme to push out older drivers. The union said it had 400 members. Swiftline said there was no merit "
    "to these claims."
)
PARTIES = [Party("u", "drivers' union", "Organization"), Party("w", "Swiftline", "Organization")]


def statement(sid: str, speaker: str, words: str, kind: str) -> Statement:
    start = TEXT.index(words)
    return Statement(sid, speaker, kind, words, start, start + len(words), False)


def answer(leaning: set[str]) -> list[str]:
    statements = [
        statement("s1", "u", "Swiftline had cut night pay", "allegation"),
        statement("s2", "u", "the new schedule was a scheme to push out older drivers", "claim"),
        statement("s3", "u", "it had 400 members", "claim"),
        statement("s4", "w", "there was no merit to these claims", "denial"),
    ]
    starts = [0, TEXT.index("The drivers'"), TEXT.index("The union said the new"), TEXT.index("The union said it")]
    answers = Answers(statements, PARTIES, TEXT, [*starts, TEXT.index("Swiftline said")])
    answers.leaning |= leaning
    answers.link()
    return statements[-1].disputes


def test_a_general_denial_answers_a_claim_that_leans_to_a_charge():
    assert answer({"s2"}) == ["s1", "s2"]


def test_a_claim_that_does_not_lean_stays_unanswered():
    assert answer(set()) == ["s1"]


def test_the_recogniser_marks_claims_between_leaning_and_threshold():
    def read(p: float) -> tuple[str, set[str]]:
        weights = [0.0] * charges.DIMENSIONS
        weights[charges.index("bias")] = math.log(p / (1 - p))
        claim = statement("s2", "u", "the new schedule was a scheme to push out older drivers", "claim")
        sides = Answers([claim], PARTIES, TEXT, [0])
        charges.recognise_charges(sides, weights)
        return claim.kind, sides.leaning

    assert read((charges.LEANING + charges.THRESHOLD) / 2) == ("claim", {"s2"})
    assert read((charges.THRESHOLD + 1) / 2) == ("allegation", set())
    assert read(charges.LEANING / 2) == ("claim", set())
