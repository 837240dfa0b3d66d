"""What the accused says the other side's case is about answers it (issue 13, denials), on sentences written for these
tests in several styles: "This case is not about safety", "The lawsuit is about a handful of tenants who stopped
paying rent" reframe the charges against the speaker's side, so they deny them; the accuser's own framing ("This
case is about a company that knew") charges instead, and answers nothing.
"""

import pytest
from extract_support import MODELS, disputed, run, said

REFRAMED = [
    (  # a court story, reported speech
        "Tenants sue landlord\n\nTenants of three buildings in Astoria sued Brandvold Properties on Monday, saying "
        "the company ignored mold complaints for months. In a court filing, Brandvold said the case was about a "
        "handful of tenants who had stopped paying rent.",
        "a handful of tenants",
        "ignored mold complaints",
    ),
    (  # a wire story, a quoted statement
        "DAYTON, Ohio (AP) — A former driver says Swiftline Freight fired her for reporting worn brakes on her truck. "
        '"This case is not about safety. It is about a driver who skipped three inspections," Swiftline said in a '
        "statement.",
        "This case is not about safety",
        "fired her for reporting worn brakes",
    ),
    (  # a trade-press feature
        "Licence fight\n\nThe songwriter Ama Boateng accused the label Northgate Music of keeping royalties it owed "
        "her since 2019. Northgate's general counsel, Ruth Ellery, said the lawsuit is not about royalties at all "
        "but about a contract Boateng now regrets signing.",
        "not about royalties",
        "keeping royalties",
    ),
]


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("text, answer, answered", REFRAMED)
def test_the_accused_saying_what_the_case_is_about_denies_the_charges(model, text, answer, answered):
    x = run(text, model)
    assert said(x, answer).kind == "denial"
    assert any(answered in t for t in disputed(x, answer)), disputed(x, answer)


@pytest.mark.parametrize("model", MODELS)
def test_the_accusers_own_framing_answers_nothing(model):
    x = run(
        'Scooter suit\n\nRiders sued Voltride on Tuesday over brake failures on its scooters. "This case is about '
        "a company that knew its brakes were failing and kept selling them,\" the riders' lawyer, Ines Marlow, said.",
        model,
    )
    framing = said(x, "knew its brakes were failing")
    assert framing.kind != "denial" and framing.disputes == []
