"""A general answer ("There is no merit to these claims") answers the latest charges (issue 13, item 2), on sentences
written for these tests: a chief executive's charge on the radio, made before the company's suit set out its own,
is not among "these claims"; with no suit after it, it is."""

import pytest
from extract_support import MODELS, disputed, run

RADIO = (
    "Marlo's chief executive, Dana Voss, went on local radio on Sunday and accused Crumbworks of trying to crush small "
    "couriers.\n\n"
)
SUIT = (
    "On Monday Marlo sued Crumbworks Bakeries in state court. The complaint says Crumbworks cut off supplies without "
    "the notice the contract requires, and accuses the bakery of acting out of spite.\n\n"
)
ANSWER = '"There is no merit to these claims," a Crumbworks spokeswoman said.'


@pytest.mark.parametrize("model", MODELS)
def test_these_claims_are_the_suit_s_not_the_earlier_radio_charge(model):
    x = run("Courier sues bakery\n\n" + RADIO + SUIT + ANSWER, model)
    answered = disputed(x, "no merit to these claims")
    assert any("acting out of spite" in t for t in answered)
    assert not any("crush small couriers" in t for t in answered)


@pytest.mark.parametrize("model", MODELS)
def test_a_person_s_charge_no_suit_came_after_is_still_answered(model):
    x = run("Courier sues bakery\n\n" + SUIT + RADIO + ANSWER, model)
    answered = disputed(x, "no merit to these claims")
    assert any("crush small couriers" in t for t in answered)
