"""A denial of "both accusations" or "both claims" refers back to the other side's charges as "these accusations" does
(issue 13): it takes up the accuser's charges, its quoted ones too ("They hire agency crews ..."), not only those naming
the answerer. Sentences written for this test in wire and court styles."""

import pytest
from extract_support import answers, run


@pytest.mark.parametrize(
    "text, answer, meant",
    [
        (  # wire
            "The Harwick dockers' union accused the shipping line Corvel of cutting night-shift pay without notice.\n\n"
            '"They hire agency crews whenever we work to rule," union secretary Mia Lenz said.\n\n'
            "Corvel rejected both accusations in a statement on Monday.",
            "both accusations",
            ("cutting night-shift pay", "hire agency crews"),
        ),
        (  # court
            "Jo Hale, a former nurse, said Ashby Clinics had dismissed her for reporting short staffing.\n\n"
            '"They stopped paying me the day I complained," Hale said.\n\n'
            "Ashby Clinics denies both claims.",
            "both claims",
            ("dismissed her for reporting", "stopped paying me"),
        ),
    ],
)
def test_both_accusations_answer_every_charge_against_the_side(text, answer, meant):
    answers(run(text), answer, meant=meant)
