"""Which body "the company", "the roaster" or a filing means (issue 13, items 4 and 5), on sentences written for
these tests: an owner set beside a name may be a company, and then a later "the company" is it; a trade noun
("the roaster") is the one company named for that trade ("Tidewater Roasting Co."); lawyers writing in their
client's complaint write the client's claim, while a lawyer's own e-mail stays the lawyer's; and a verb the parse
joined to the main clause after "court papers ..., which described ..." is still the papers'.
"""

import pytest
from extract_support import MODELS, run, speaker


@pytest.mark.parametrize("model", MODELS)
def test_an_owner_named_beside_the_vessel_is_the_company_that_answers(model):
    x = run(
        "Barge held off Kinsale\n\n"
        "CORK — The Irish Coast Guard has detained a Dutch barge off Kinsale, saying it was leaking fuel.\n\n"
        "The barge's owner, Rederij Vos of Rotterdam, rejected the coast guard's account. In a statement, the "
        "company said its tanks had been inspected in March.\n\n"
        '"Our crew has sailed these waters for years," the statement said.',
        model,
    )
    assert speaker(x, "its tanks had been inspected") == "Rederij Vos"
    assert speaker(x, "Our crew has sailed") == "Rederij Vos"


@pytest.mark.parametrize("model", MODELS)
def test_a_trade_noun_is_the_company_named_for_that_trade(model):
    x = run(
        "Coffee name fight\n\n"
        "Harborline Coffee sued Tidewater Roasting Co. in March over the name Black Tide. The roaster said "
        "Harborline had never used the name before 2022.",
        model,
    )
    assert speaker(x, "had never used the name") == "Tidewater Roasting"


@pytest.mark.parametrize("model", MODELS)
def test_lawyers_writing_in_the_complaint_write_their_clients_claim(model):
    x = run(
        "Farm sues county\n\n"
        "Halden Farms sued the county on Monday. In the complaint, Halden's lawyers wrote that the ordinance "
        'could "ruin a family that has farmed here for a century."\n\n'
        "A lawyer for the county said in an email that the ordinance was lawful.",
        model,
    )
    assert speaker(x, "the ordinance could") in ("Halden", "Halden Farms")
    assert speaker(x, "the ordinance was lawful") != "county"


def test_court_papers_that_described_and_argued_are_the_filers():
    """The rules' reading (the hybrid's model reads this sentence its own way)."""
    x = run(
        "Cloud dispute\n\n"
        "Vantor Cloud answered the suit on Tuesday. The longer answer arrived in Vantor's court papers the next "
        "morning, which described months of warnings about unpaid invoices and argued that the startup had "
        "ignored them.",
        "rules",
    )
    assert speaker(x, "months of warnings") == "Vantor Cloud"  # "Vantor's" is the company named before
    assert speaker(x, "the startup had ignored them") == "Vantor Cloud"
