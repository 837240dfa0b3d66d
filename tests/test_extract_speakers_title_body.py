"""A title held inside a kind of body that no sentence places ("Superintendent Dana Whitfield", "Commissioner Neil
Hardesty") is held at the one body of that kind the article names (issue 13: the organisation a speaker speaks for
when the sentence does not name it), on sentences written for these tests in a local paper's schools page and a
regional wire's county story; when the article names two such bodies, the title picks neither.
"""

import pytest
from extract_support import MODELS, behalf, run


@pytest.mark.parametrize("model", MODELS)
def test_a_superintendent_on_a_schools_page_speaks_for_the_one_district_named(model):
    x = run(
        "Board cuts late buses\n\n"
        "RIVERTON — The Riverton Unified School District board voted 5-2 on Tuesday to end late buses at its three "
        "middle schools.\n\n"
        "Parents packed the meeting. Several said they had not been told the vote was coming.\n\n"
        "Superintendent Dana Whitfield confirmed that the buses carried fewer than 40 students a day.",
        model,
    )
    assert behalf(x, "carried fewer than 40 students") == "Riverton Unified School District"


@pytest.mark.parametrize("model", MODELS)
def test_a_commissioner_in_a_county_wire_story_speaks_for_the_county(model):
    x = run(
        "Fire chief says radios fail\n\n"
        "OMAK, Wash. (AP) — The chief of a rural fire district said on Monday that Pine Hollow County had known "
        "for two years that its radios failed in the hills.\n\n"
        "Firefighters described losing contact for an hour during a brush fire in July.\n\n"
        "Commissioner Neil Varga, who chairs the board, said the county had ordered new radios in March.",
        model,
    )
    assert behalf(x, "ordered new radios in March") == "Pine Hollow County"


@pytest.mark.parametrize("model", MODELS)
def test_a_superintendent_picks_neither_of_two_school_bodies(model):
    x = run(
        "Districts split over phones\n\n"
        "The Riverton Unified School District banned phones in class this year. The Lakeport School District did "
        "not.\n\n"
        "Parents in both towns were divided.\n\n"
        "Superintendent Dana Whitfield confirmed that the ban had cut fights by a third.",
        model,
    )
    assert behalf(x, "cut fights by a third") is None
