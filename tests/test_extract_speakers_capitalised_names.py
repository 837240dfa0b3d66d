"""A body's name keeps the capitalised words a broken parse left outside it (issue 13, item 5), on a sentence
written for this test: in "The Mwea Highlands Farmers' Cooperative said", read with "Highlands" as a verb, the name
was "Mwea Farmers' Cooperative", a party no reader would name.
"""

import pytest
from extract_support import MODELS, run, speaker


@pytest.mark.parametrize("model", MODELS)
def test_a_name_keeps_the_capitalised_words_the_parse_left_out(model):
    x = run(
        "Tea growers reject buyer's claim\n\nThe Mwea Highlands Farmers' Cooperative said the leaves had passed "
        "every test before export.",
        model,
    )
    assert speaker(x, "passed every test") == "Mwea Highlands Farmers' Cooperative"
