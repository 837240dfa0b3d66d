"""A body a lede describes by whose it is and the next sentences name is the named body (issue 13, item 5), on
sentences written for these tests in a wire story, a transport trade paper, a sports page and a university paper: "a strike that
their union says is about staffing" is the North Country Nurses Union named next, not a party "their union" of its
own; "the cut, which their union said would leave routes uncovered" the Northern Bus Workers Union; a body no next sentence names stays described.
"""

import pytest
from extract_support import MODELS, run, speaker


@pytest.mark.parametrize("model", MODELS)
def test_their_union_in_a_wire_lede_is_the_union_named_next(model):
    x = run(
        "Nurses strike\n\n"
        "MINNEAPOLIS (AP) — Thousands of nurses walked off the job at four hospitals on Monday, starting a strike "
        "that their union says is about staffing levels more than pay.\n\n"
        "The North Country Nurses Union says its members are stretched thin.",
        model,
    )
    assert speaker(x, "about staffing levels") == "North Country Nurses Union"
    assert not any(p.name == "their union" for p in x.parties)


@pytest.mark.parametrize("model", MODELS)
def test_their_union_in_a_trade_papers_relative_clause_is_the_union_named_next(model):
    x = run(
        "Depot dispute\n\n"
        "Relay Buses has cut overtime at its Leeds depot. Drivers walked out on Friday after the cut, which their "
        "union said would leave routes uncovered.\n\n"
        "The Northern Bus Workers Union said drivers had not been consulted.",
        model,
    )
    assert speaker(x, "leave routes uncovered") == "Northern Bus Workers Union"


@pytest.mark.parametrize("model", MODELS)
def test_a_union_no_sentence_names_stays_described(model):
    x = run(
        "Campus\n\nGraduate tutors walked out on Monday over pay that their union says has not kept up with rents.",
        model,
    )
    assert speaker(x, "has not kept up with rents") == "their union"


@pytest.mark.parametrize("model", MODELS)
def test_the_players_union_in_a_sports_story_is_the_union_named_next(model):
    x = run(
        "Club in administration\n\n"
        "Harrow Town went into administration on Friday, hours after the players' union said wages had gone unpaid "
        "since August.\n\n"
        "The Professional Footballers' Guild Union said 31 players had not been paid.",
        model,
    )
    assert speaker(x, "wages had gone unpaid") == "Professional Footballers' Guild Union"
