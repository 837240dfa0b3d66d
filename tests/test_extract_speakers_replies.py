"""A written reply speaks for whoever sent it (issue 13, item 4), on sentences written for these tests: "In a reply
to questions from the Gazette, the company said ... . '...,' the reply said." is the company's, and a reply filed in
court is a court filing, which a later "the filing" means.
"""

import pytest
from extract_support import MODELS, run, speaker


@pytest.mark.parametrize("model", MODELS)
def test_the_reply_is_its_senders(model):
    x = run(
        "Berth fees rise\n\nPortside Moorings denied that the rise targeted local owners. In a reply to questions "
        'from the Gazette, the company said the fees paid for new pontoons.\n\n"Nobody is being pushed out," the '
        "reply said.",
        model,
    )
    assert speaker(x, "Nobody is being pushed out") == "Portside Moorings"


@pytest.mark.parametrize("model", MODELS)
def test_a_reply_filed_in_court_is_the_filing(model):
    x = run(
        "Hosting suit\n\nVeloxa sued Cloudreach in March. Cloudreach's reply, filed in court last week, was blunt."
        '\n\nThe filing called the claim "pure speculation".',
        model,
    )
    assert speaker(x, "pure speculation") == "Cloudreach"
