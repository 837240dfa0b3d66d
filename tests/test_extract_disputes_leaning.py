"""A general denial answers the accuser's claims that lean to a charge, not its denials (issue 13, dispute links).

"There was no merit to these claims" answers the union's charge, and also its claim that the new schedule was a
scheme to push out older drivers, when the charge recogniser reads that claim as nearly a charge
(``kg.extract.charges.LEANING``) though not enough to call it an allegation; a claim that does not lean stays
unanswered. It answers no denial of the union's, whether the rules or only the learned recogniser
(``kg.extract.counters``) read it as an answer: the union's account set against Swiftline's ("the freight figures
were from 2019, not this year") is a rebuttal, not a charge (over the studied splits such links drew AWS "disputing"
Parler's and a judge's counter-accounts, and were right 1 time in 9 in all, 2026-12-07). Statements are built by
hand on a text written for the test, so the rule is tested apart from what the model scores.
"""

import math

import pytest

from kg.extract import charges
from kg.extract.disputes import Answers
from kg.extract.model import Party, Statement

TEXT = (
    "Drivers sue Swiftline\n\nThe drivers' union said Swiftline had cut night pay. The union said the new schedule "
    "was a scheme to push out older drivers. The union said it had 400 members. Swiftline said there was no merit "
    "to these claims."
)
PARTIES = [Party("u", "drivers' union", "Organization"), Party("w", "Swiftline", "Organization")]


def statement(sid: str, speaker: str, words: str, kind: str, text: str = TEXT) -> Statement:
    start = text.index(words)
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


ANSWERED = (
    "Drivers sue Swiftline\n\nThe drivers' union said Swiftline had cut night pay. Swiftline said the cut followed "
    "a drop in freight. The union said the freight figures were from 2019, not this year. Swiftline said there was "
    "no merit to these claims."
)


def statement_in(sid: str, speaker: str, words: str, kind: str) -> Statement:
    return statement(sid, speaker, words, kind, ANSWERED)


def answered(counters: set[str]) -> tuple[list[str], list[str]]:
    statements = [
        statement_in("s1", "u", "Swiftline had cut night pay", "allegation"),
        statement_in("s2", "w", "the cut followed a drop in freight", "claim"),
        statement_in("s3", "u", "the freight figures were from 2019, not this year", "denial"),
        statement_in("s4", "w", "there was no merit to these claims", "denial"),
    ]
    words = ["The drivers'", "Swiftline said the cut", "The union said the freight", "Swiftline said there"]
    answers = Answers(statements, PARTIES, ANSWERED, [0, *(ANSWERED.index(w) for w in words)])
    for sid in counters:
        answers.counters[sid] = ("figures", ANSWERED.index("figures"), ANSWERED.index("figures") + len("figures"))
    answers.link()
    return statements[2].disputes, statements[3].disputes


@pytest.mark.parametrize("counters", [set(), {"s3"}])
def test_a_general_denial_leaves_the_other_sides_denial(counters):
    """ "No merit to these claims" answers the charge, not the union's rebuttal of Swiftline's own account, whether
    the rules or the learned recogniser read the rebuttal as an answer."""
    assert answered(counters) == (["s2"], ["s1"])
