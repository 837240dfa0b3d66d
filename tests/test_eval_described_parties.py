"""The development-set scorer matches parties an annotator named by a description by their words, not their
exact string: the gold "four cyclists who sued Pedalcloud" is the extractor's "four cyclists who rode for
pedalcloud", since an annotator's description is a paraphrase no extractor can reproduce."""

from __future__ import annotations

from kg.eval.gold import party_map
from kg.extract.model import Party

GOLD = [
    Party("g1", "four cyclists who sued Pedalcloud", "Unknown"),
    Party("g2", "Pedalcloud Inc.", "Organization", ["Pedalcloud"]),
    Party("g3", "Harlan Bay dock workers", "Unknown"),
    Party("g4", "two workers who asked not to be named", "Unknown"),
    Party("g5", "harbour officials", "Unknown"),
    Party("g6", "one of the people familiar with the talks", "Person"),
    Party("g7", "three people familiar with the talks", "Unknown"),
]


def mapped(*predicted: Party) -> dict[str, str]:
    return party_map(list(predicted), GOLD)[0]


def test_a_reworded_description_is_the_described_gold_party():
    assert mapped(Party("x", "four cyclists who rode for pedalcloud", "Unknown")) == {"x": "g1"}
    assert mapped(Party("x", "official", "Person", role="official")) == {"x": "g5"}  # singular, as a role
    assert mapped(Party("x", "one of the people", "Unknown")) == {"x": "g6"}  # "one" and "people" beat "people"


def test_the_description_sharing_most_words_wins_and_a_tie_matches_nothing():
    assert mapped(Party("x", "two workers", "Unknown")) == {"x": "g4"}
    assert mapped(Party("x", "about 150 workers at a harlan bay dock", "Unknown")) == {"x": "g3"}
    assert mapped(Party("x", "workers", "Unknown")) == {}  # dock workers or the two? the scorer cannot tell


def test_a_shared_name_or_number_alone_is_no_match():
    assert mapped(Party("x", "pedalcloud users", "Unknown")) == {}  # "Pedalcloud" is a name in the gold
    assert mapped(Party("x", "four residents", "Unknown")) == {}
    assert mapped(Party("x", "Dana Whit", "Person")) == {}  # a named party is never matched by description


def test_a_spokesperson_is_a_spokesman_however_written():
    gold = [
        Party("g1", "navy spokesman", "Person", role="spokesman"),
        Party("g2", "Irish Naval Service", "Organization"),
    ]
    predicted = Party("x", "navy spokesperson", "Person", role="spokesperson")
    assert party_map([predicted], gold)[0] == {"x": "g1"}


def test_a_role_word_is_no_surname_of_another_organisations_spokesperson():
    gold = [
        Party("g1", "Brightwater Mills", "Organization"),
        Party("g2", "Corran Freight", "Organization"),
        Party("g3", "Corran spokesperson", "Person", role="spokesperson", affiliation="g2"),
        Party("g4", "Brightwater spokeswoman", "Person", role="spokesperson", affiliation="g1"),
    ]
    mill = Party("m", "Brightwater Mills", "Organization")
    speaker = Party("x", "Brightwater Mills spokesperson", "Person", role="spokesperson", affiliation="m")
    assert party_map([mill, speaker], gold)[0] == {"m": "g1", "x": "g4"}
