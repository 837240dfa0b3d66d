"""A document owned by a person or body speaks for its owner (issue 13, items 4 and 5), on sentences written for
these tests: "her order" and "his brief" are the order and brief of the person "her" and "his" mean; a date after
a document ("its letter of Jan. 9") is no issuer; and whoever a relative clause says read or quoted a document did
not issue it ("its complaint, which the author quotes")."""

import pytest
from extract_support import MODELS, run, speaker


@pytest.mark.parametrize("model", MODELS)
def test_her_order_is_the_judges(model):
    x = run(
        "Mill ruling\n\n"
        "Judge Hilda Varga heard the case of the Brackenford mill on Tuesday. On Friday, Varga ruled against the "
        'owners. Her order said the owners had offered "thin" evidence of any harm.',
        model,
    )
    assert speaker(x, "evidence of any harm") == "Hilda Varga"


@pytest.mark.parametrize("model", MODELS)
def test_his_brief_is_the_lawyers(model):
    x = run(
        "Mill appeal\n\n"
        "The owners' lawyer, Tomas Reed, filed an appeal on Monday. His brief says the ruling ignored three "
        "witnesses.",
        model,
    )
    assert speaker(x, "ignored three witnesses") == "Tomas Reed"


@pytest.mark.parametrize("model", MODELS)
def test_a_date_after_a_letter_is_no_issuer(model):
    x = run(
        "Mill warning\n\n"
        "Northgate Foods wrote to the mill twice in the spring.\n\n"
        "Northgate Foods: Its letter of May 9 told the mill that the grain had been damp for weeks.",
        model,
    )
    assert speaker(x, "damp for weeks") == "Northgate Foods"


@pytest.mark.parametrize("model", MODELS)
def test_who_quotes_a_complaint_did_not_file_it(model):
    x = run(
        "A book about the mill\n\n"
        "The historian Ruth Caldwell has written a history of the dispute. Brackenford Mills sued the grain "
        "merchant in 2019. The case dragged on for two years. Its complaint, which Ruth Caldwell quotes at length, accused the merchant of selling damp "
        "grain.",
        model,
    )
    assert speaker(x, "selling damp grain") == "Brackenford Mills"
