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


def test_a_body_named_by_its_kind_keeps_the_place_it_is_of():
    x = run(
        "Fire\n\nA petition accuses the regional district of acting too late.\n\nThe Regional District of "
        "Naramata-Keremeos, which issued the order for 212 properties near Pine Lake at 9:40 p.m., denies that. The "
        "district said it would review its response."
    )
    assert speaker(x, "it would review its response") == "Regional District of Naramata-Keremeos"
