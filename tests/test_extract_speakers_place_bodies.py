"""A body named by its country's or county's possessive is known by the words the text names it with (issue 13,
item 5), on sentences written for these tests in a wire story, a politics wire and a local paper: "France's
maritime ministry said" is a party one can find as "France's maritime ministry", as well as by the name the
extractor builds ("France maritime ministry"), so that a reader or the development set's gold naming it as
written finds the right speaker.
"""

import pytest
from extract_support import MODELS, run, said


def _names(x, words):
    party = x.party(said(x, words).speaker)
    return {party.name, *party.aliases}


@pytest.mark.parametrize("model", MODELS)
def test_a_countrys_ministry_in_a_wire_story_is_named_as_written(model):
    x = run(
        "Fishing boat held\n\nCORK, Ireland (Reuters) - The Irish navy detained a French trawler off the Cork coast on "
        "Sunday. France's maritime ministry said it was in contact with the vessel's owner.",
        model,
    )
    assert "France's maritime ministry" in _names(x, "in contact with")


@pytest.mark.parametrize("model", MODELS)
def test_a_countrys_authority_keeps_every_word_of_its_name(model):
    x = run(
        "Baltic jamming\n\nTALLINN (AP) - Flights into Tallinn were diverted again on Friday. Estonia's civil aviation "
        "authority said pilots were trained to land without satellite guidance.",
        model,
    )
    assert "Estonia's civil aviation authority" in _names(x, "pilots were trained")


@pytest.mark.parametrize("model", MODELS)
def test_a_countys_office_in_a_local_paper_is_found_both_ways(model):
    x = run(
        "Drought office\n\nFRESNO - Wells are running dry across the valley. Tulare County's drought office said it "
        "had delivered water tanks to 40 homes.",
        model,
    )
    assert {"Tulare County drought office", "Tulare County's drought office"} <= _names(x, "water tanks")
