"""A name keeps every word it is written with (issue 13, item 5), on sentences written for these tests: the
plural possessive inside an association's name ("the Championship Players' Association", "the South West
Fishermen's Organisation") and a day of the week that opens a brand ("Sunday Glow") are words of the name, so
the party is the one the article names, not a clipped "Championship Association" or "Glow".
"""

import pytest
from extract_support import MODELS, run, said, speaker


@pytest.mark.parametrize("model", MODELS)
def test_a_plural_possessive_is_a_word_of_an_associations_name(model):
    x = run(
        "Unpaid wages\n\n"
        "The Championship Players' Association said 31 players had not been paid. Its chief executive, Owen "
        "Prothero, said the owners had promised the money.",
        model,
    )
    assert speaker(x, "31 players had not been paid") == "Championship Players' Association"
    prothero = x.party(x.statements[-1].speaker)
    assert x.party(prothero.affiliation).name == "Championship Players' Association"


@pytest.mark.parametrize("model", MODELS)
def test_a_mens_possessive_is_a_word_of_the_body_a_chief_leads(model):
    x = run(
        "Fishing chief backs detention of trawler\n\n"
        "Patrick Donnelly, chief executive of the South West Fishermen's Organisation, said the detention showed "
        "the system works.",
        model,
    )
    donnelly = x.party(said(x, "the detention showed").speaker)
    assert donnelly.name == "Patrick Donnelly"
    assert x.party(donnelly.affiliation).name == "South West Fishermen's Organisation"


@pytest.mark.parametrize("model", MODELS)
def test_a_weekday_opening_a_brand_is_part_of_its_name(model):
    x = run("Sunscreen\n\nIn a statement, Sunday Glow said it would publish both lab reports.", model)
    assert speaker(x, "publish both lab reports") == "Sunday Glow"


@pytest.mark.parametrize("model", MODELS)
def test_a_company_that_owns_what_follows_keeps_its_own_name(model):
    x = run("Streaming\n\nParler's Twitch said it would publish its moderation figures.", model)
    assert "Parler's" not in speaker(x, "moderation figures")
