"""A minister whose title names no body speaks for the government the story names, or for her ministry when it
names a ministry of her portfolio (issue 13, who disputed whom: the development set's annotators give such a
minister the government or ministry as ``on_behalf_of``). None when the story names several governments with no
ministry of her portfolio, when the only ministry it names is another country's, or when she is a shadow
minister. Sentences written for these tests, in a regional daily's style, a national broadcaster's site's and a
foreign desk's."""

import pytest
from extract_support import MODELS, behalf, run


@pytest.mark.parametrize("model", MODELS)
def test_a_minister_speaks_for_the_government_the_story_names(model):
    x = run(
        "The Tasmanian government said on Monday it would review the ferry contract after a second breakdown.\n\n"
        "Infrastructure Minister Carla Wendt said the operator had been warned twice.",
        model,
    )
    assert (behalf(x, "had been warned twice") or "").lower() == "tasmanian government"


@pytest.mark.parametrize("model", MODELS)
def test_a_minister_speaks_for_the_ministry_of_her_portfolio(model):
    x = run(
        "The Ministry of Fisheries said the quota would not change this year.\n\n"
        "The Coastal Councils Group said the ministry had ignored its own scientists.\n\n"
        "The fisheries minister, Aroha Tane, said the scientists had been consulted at every stage.",
        model,
    )
    assert behalf(x, "consulted at every stage") == "Ministry of Fisheries"


def test_a_ministry_written_as_another_countrys_is_not_hers():
    x = run(
        "Latvia's Foreign Ministry summoned the ambassador on Friday.\n\n"
        "Foreign Minister Jonas Petrauskas said the flights over the border had to stop."
    )
    assert behalf(x, "flights over the border") is None


def test_a_shadow_minister_does_not_speak_for_the_government():
    x = run(
        "The Tasmanian government said on Monday it would review the ferry contract after a second breakdown.\n\n"
        "Shadow infrastructure minister Tom Ellery said the review was a delaying tactic."
    )
    assert behalf(x, "a delaying tactic") != "Tasmanian government"
