"""A spokesman the text names no organisation for speaks for the one the sentences before are about (issue 13,
item 5), on sentences written for these tests in a local-democracy report, a consumer column, a wire story and a
tabloid: "Riverside Council disputed that figure. A spokesman said ..." is the council's spokesman, and "I asked
Hearthvale to look again. A spokeswoman told me ..." Hearthvale's; a role the text ties to an owner it cannot
name ("the brand's founder") borrows no other party's.
"""

import pytest
from extract_support import MODELS, behalf, run, said


@pytest.mark.parametrize("model", MODELS)
def test_a_councils_unnamed_spokesman_speaks_for_the_council(model):
    x = run(
        "Bin strike looms\n\n"
        "Union organiser Jackie Ferns said members had been pushed to the brink.\n\n"
        "Riverside Council disputed that figure. A spokesman said the sum included a one-off survey paid for by the "
        "government.\n\n"
        "The spokesman said the offer was the best the council could afford.",
        model,
    )
    assert behalf(x, "one-off survey") == "Riverside Council"
    assert said(x, "the best the council could afford").speaker == said(x, "one-off survey").speaker


@pytest.mark.parametrize("model", MODELS)
def test_a_consumer_columns_spokeswoman_speaks_for_the_insurer_the_columnist_asked(model):
    x = run(
        "Your problems solved\n\n"
        "Q: Our boiler flooded the kitchen and Hearthvale Insurance refused the claim. Can you help?\n\n"
        "A: I asked Hearthvale Insurance to look again at your claim. A spokeswoman told me the engineer's report "
        "blamed a lack of servicing.",
        model,
    )
    assert behalf(x, "blamed a lack of servicing") == "Hearthvale Insurance"


@pytest.mark.parametrize("model", MODELS)
def test_a_wire_storys_spokesperson_speaks_for_the_company_that_denied(model):
    x = run(
        "LONDON (Reuters) - Copperline Foods denied on Tuesday that it had known about the contamination.\n\n"
        "A spokesperson said the first test results reached the company on March 3.",
        model,
    )
    assert behalf(x, "first test results") == "Copperline Foods"


@pytest.mark.parametrize("model", MODELS)
def test_a_role_with_an_owner_the_text_cannot_name_borrows_no_party(model):
    x = run(
        "SPF row\n\n"
        "Dr Priya Anand says a sunscreen sold online does not deliver the protection on its label, and the brand's "
        "founder has fired back, calling the claim reckless.",
        model,
    )
    assert behalf(x, "reckless") != "Priya Anand"
