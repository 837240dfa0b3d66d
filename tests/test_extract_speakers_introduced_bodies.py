"""A body a wire lede brings in with "a" before naming it (issue 13, item 5), on sentences written for these
tests: "A fishing cooperative in the north denied ... . The Lakeshore Fishers' Cooperative said ..." is one
party, and so is "a walkers' group said ... . The Upland Ramblers' Trust said ...", where the name does not repeat
the description's noun but opens the next sentence. Read on its own, the description was a party nobody named.
A body brought in with "the", or a name that is no sentence's subject, is not taken for it.
"""

import pytest
from extract_support import MODELS, run, speaker


@pytest.mark.parametrize("model", MODELS)
def test_an_indefinite_cooperative_is_the_cooperative_named_next(model):
    x = run(
        "Fishers deny overfishing\n\nA fishing cooperative in the north on Friday denied that its boats had broken "
        "the quota, after a regulator said catches had doubled.\n\nThe Lakeshore Fishers Cooperative said every "
        "catch was logged at the harbour.",
        model,
    )
    assert speaker(x, "broken the quota") == "Lakeshore Fishers Cooperative"


@pytest.mark.parametrize("model", MODELS)
def test_an_indefinite_group_is_the_body_the_next_sentence_opens_with(model):
    x = run(
        "Paths closed, walkers say\n\nHalf the footpaths in the valley are blocked, a walkers' group said on "
        "Tuesday, accusing landowners of ignoring the law.\n\nThe Upland Ramblers Trust said it had surveyed 300 "
        "paths since March.",
        model,
    )
    assert speaker(x, "Half the footpaths") == "Upland Ramblers Trust"
    assert speaker(x, "ignoring the law") == "Upland Ramblers Trust"
