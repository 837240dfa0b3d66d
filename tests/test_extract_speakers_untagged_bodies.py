"""A body's name the tagger missed or took for a title is still the body: an untagged subject ending in the word
for a public institution ("Dartmouth Library on Monday cut ...", "Ridgeview Zoo on Wednesday released ..."), whose
staff then speak for it rather than for a one-word "library"; and a name the tagger labelled a work of art that
ends or opens with a body's word ("The Coalition for Rural Loudoun claimed", "The Fair Ticket Alliance said"),
whole, without the article before it (issue 13, voices). Sentences written for these tests, in a Canadian wire's
style, a local paper's and a regional radio site's."""

import pytest
from extract_support import MODELS, behalf, run, speaker


@pytest.mark.parametrize("model", MODELS)
def test_an_untagged_library_is_the_body_its_director_speaks_for(model):
    x = run(
        "HALIFAX — Dartmouth Library on Monday cut its Sunday hours. The library's director, Omar Sheikh, said "
        "the change would save $80,000 a year.",
        model,
    )
    assert behalf(x, "save $80,000") == "Dartmouth Library"


def test_a_coalition_the_tagger_took_for_a_title_keeps_its_whole_name():
    x = run(
        "Data centre plan approved\n\n"
        "The Coalition for Rural Loudoun claimed the rezoning would double truck traffic on Route 15. The "
        "coalition said it would appeal."
    )
    assert speaker(x, "double truck traffic") == "Coalition for Rural Loudoun"
    assert speaker(x, "it would appeal") == "Coalition for Rural Loudoun"
