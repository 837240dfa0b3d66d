"""An honorific anywhere in the article says its surname's sex (issue 13, item 5), on sentences written for these
tests: a "Ms Achterberg" near the end makes the "Ingrid Achterberg" of an earlier paragraph no "he", so "He denied
it" after she put a charge to a man is his."""

import pytest
from extract_support import MODELS, run, speaker

from kg.extract.names import honoured_sexes


@pytest.mark.parametrize("model", MODELS)
def test_a_later_honorific_keeps_a_named_woman_from_an_earlier_he(model):
    x = run(
        "Fencing trial\n\n"
        "Tomas Rewi is suing Kestrel Farm over an unpaid bill. Under cross-examination, the farm's lawyer, Ingrid "
        "Achterberg, put it to Rewi that his crew had left gates open. He denied it.\n\n"
        "Ms Achterberg said the farm's records showed three escapes that week.",
        model,
    )
    assert speaker(x, "it") == "Tomas Rewi"


def test_a_surname_given_both_sexes_is_left_out():
    sexes = honoured_sexes("Mr Price and Mrs Price spoke. Ms Achterberg replied, and Mr. Rewi left.")
    assert sexes == {"Achterberg": "f", "Rewi": "m"}
