"""A role held at a body the sentence calls by its kind ("the hospice's chief executive", "a bureau spokesman",
"the library's director") is held at the body the article named with that word (issue 13: the organisation a
speaker speaks for when the sentence does not name it), on sentences written for these tests in a court live blog,
a local paper and a public-library Q&A; the kind finds the body holding it, not the body the last sentence was
about.
"""

import pytest
from extract_support import MODELS, behalf, run, speaker


@pytest.mark.parametrize("model", MODELS)
def test_the_hospices_chief_executive_in_a_court_live_blog_speaks_for_the_named_trust(model):
    x = run(
        "LIVE: Charity treasurer sentenced\n\n"
        "Updates from Gloucester Crown Court, where the former treasurer of the Wyebridge Hospice Trust is being "
        "sentenced for fraud.\n\n"
        "11.02am The hospice's chief executive, Anna Pryce, said the theft had forced the trust to shut six beds.",
        model,
    )
    assert speaker(x, "forced the trust to shut six beds") == "Anna Pryce"
    assert behalf(x, "forced the trust to shut six beds") == "Wyebridge Hospice Trust"


@pytest.mark.parametrize("model", MODELS)
def test_a_bureau_spokesman_in_a_local_paper_speaks_for_the_named_bureau(model):
    x = run(
        "Bus driver kept working on suspended licence\n\n"
        "AUGUSTA — Drivers must report a suspension to their employer within a day, under rules set by the Bureau "
        "of Motor Vehicles.\n\n"
        "A bureau spokesman, Tom Keller, said the bureau also writes to employers when a licence is suspended.",
        model,
    )
    assert behalf(x, "also writes to employers") == "Bureau of Motor Vehicles"


@pytest.mark.parametrize("model", MODELS)
def test_the_librarys_director_in_a_qa_speaks_for_the_named_library(model):
    x = run(
        "Q&A: Sunday closures\n\n"
        "Castlemere Public Library will close its branches on Sundays from May. We spoke to the library's director, "
        "Joanna Hart.\n\n"
        "Hart said the trustees had chosen the cut only after the consultation closed.",
        model,
    )
    assert behalf(x, "had chosen the cut") == "Castlemere Public Library"


@pytest.mark.parametrize("model", MODELS)
def test_the_kind_finds_the_body_holding_it_not_the_body_the_last_sentence_was_about(model):
    x = run(
        "Beds closed after theft\n\n"
        "The Wyebridge Hospice Trust lost £380,000 to its former treasurer. Gloucestershire County Council said on "
        "Monday it would review its grant to the trust.\n\n"
        "The hospice's chief executive, Anna Pryce, said the review was welcome.",
        model,
    )
    assert behalf(x, "the review was welcome") == "Wyebridge Hospice Trust"
