"""A body whose name the tagger reads as a place (issue 13): "Retail Ireland, the industry group, which said" is
Retail Ireland, as "said Dennis Hoyle, a Kent resident who said" is Hoyle; the description set beside the name
says it is a body, so the relative clause's speaker is the named body, not a party of its own.
Sentences written for this test in business and local-news styles."""

import pytest
from extract_support import run, speaker


@pytest.mark.parametrize(
    "text, words, body",
    [
        (
            "The levy was opposed by Retail Ireland, the industry group, which said shop rents had doubled since 2019.",
            "shop rents had doubled since 2019",
            "Retail Ireland",
        ),
        (
            "The plan was criticised by Tourism Ireland, the state agency, which said hotel bookings would fall.",
            "hotel bookings would fall",
            "Tourism Ireland",
        ),
    ],
)
def test_a_place_named_body_with_a_body_beside_it_speaks_in_the_relative_clause(text, words, body):
    assert speaker(run(text), words) == body
