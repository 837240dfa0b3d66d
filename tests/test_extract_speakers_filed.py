"""A party's unnamed filing (issue 13): "AWS's reply, filed in court last week" is AWS's court filing, so the next
"the filing" speaks for AWS and not for the party whose complaint came first; else AWS's own answer is read as the
complainant's claim and shown as disputed by AWS (the founding question's own-side row).
Sentences written for this test in court, business, local-government and politics styles."""

import pytest
from extract_support import run, said, speaker


@pytest.mark.parametrize(
    "text, words, issuer",
    [
        (  # court wire
            "Brightline Media's complaint alleged that Corvane Hosting cut its service out of political bias. "
            "Corvane Hosting's reply, filed in court on Friday, was short. The filing said the contract allowed an "
            "immediate suspension.",
            "the contract allowed an immediate suspension",
            "Corvane Hosting",
        ),
        (  # business desk
            "Tallis Foods sued Marrow Grain in federal court, alleging that it shipped spoiled wheat. "
            "Marrow Grain's answer, filed with the court on Monday, takes a different view. The filing says every "
            "shipment passed inspection at the port.",
            "every shipment passed inspection at the port",
            "Marrow Grain",
        ),
        (  # local government
            "Residents of Elm Ward sued the city over the closure of the library. The city's response, filed in "
            "county court on Wednesday, runs to 30 pages. The filing argues that the closure followed two public "
            "hearings.",
            "the closure followed two public hearings",
            "city",
        ),
    ],
)
def test_the_filing_after_a_partys_filed_reply_is_its_own(text, words, issuer):
    x = run(text)
    assert speaker(x, words).endswith(issuer)
    s = said(x, words)
    assert s.origin is not None and s.origin.kind == "court filing"


def test_a_story_filed_by_a_reporter_makes_no_court_filing():
    x = run(
        "Halvorsen Freight sued Dunmore Logistics on Monday. Dunmore's story, filed from Oslo, was brief. "
        "The complaint says Dunmore copied its routing software."
    )
    assert speaker(x, "copied its routing software") == "Halvorsen Freight"
