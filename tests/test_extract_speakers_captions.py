"""A case's name says who sued and who answers (issue 13, speakers): "Harbor Foods LLC v. Nordline Logistics Inc."
in a docket line, a live blog or a source list makes "the complaint" the plaintiff's and "the brief" the defendant's
when the text never says who filed them, on sentences written for these tests in several outlets' styles.
"""

import pytest
from extract_support import MODELS, run, speaker

CASES = [
    (  # live blog from a courtroom
        "Live: hearing on the warehouse contract\n\n"
        "1/ 9:02 a.m. I'm at the federal courthouse for Harbor Foods LLC v. Nordline Logistics Inc., No. 3:24-cv-0112. "
        "About forty people are in the gallery.\n\n"
        "2/ 9:10 a.m. The Daily Ledger first reported the suit last month. The complaint claims Nordline let the "
        "cold store fail and then billed for the spoiled stock.\n\n"
        "3/ 9:25 a.m. The brief says Harbor Foods stopped paying in the spring.",
        "Nordline let the cold store fail",
        "Harbor Foods",
        "Harbor Foods stopped paying",
        "Nordline Logistics",
    ),
    (  # law library source list
        "Sources: the Kessock ferry dispute\n\n"
        "1. Complaint, Greyhaven Ferries Ltd v. Port of Kessock Authority (filed May 2, 2023).\n"
        "The complaint says the authority doubled berthing fees without notice.\n\n"
        "2. Opposition brief (May 20, 2023).\n"
        "The brief says the fees had been published a year in advance.",
        "the authority doubled berthing fees",
        "Greyhaven Ferries",
        "the fees had been published a year in advance",
        "Port of Kessock Authority",
    ),
]


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("text, claim, plaintiff, answer, defendant", CASES)
def test_a_case_name_gives_the_complaint_to_the_plaintiff_and_the_brief_to_the_defendant(
    model, text, claim, plaintiff, answer, defendant
):
    x = run(text, model)
    assert speaker(x, claim) == plaintiff
    assert speaker(x, answer) == defendant


@pytest.mark.parametrize("model", MODELS)
def test_a_headline_setting_two_names_apart_makes_no_new_party(model):
    x = run(
        "PARLOW VS. TRENT: ROUND TWO\n\n"
        "Trent Mills said on Monday that the contract allowed it to stop deliveries. Parlow Bakeries said the "
        "mill had broken its word.",
        model,
    )
    assert "TRENT" not in {p.name for p in x.parties}
