"""A title written with its portfolio before a name (issue 13): "Minister for Enterprise Niamh Cullen said" is
Cullen, the minister, though the parse reads "a minister for Niamh Cullen"; a minister "for" a described thing
stays a role. Sentences written for this test in the Irish and British political style."""

import pytest
from extract_support import run, speaker


@pytest.mark.parametrize(
    "text, words, person",
    [
        (
            "Minister for Enterprise Niamh Cullen said the new rules would apply from January.",
            "the new rules would apply from January",
            "Niamh Cullen",
        ),
        (
            "Minister for Health Niamh Cullen said the waiting lists would be cut by a fifth.",
            "the waiting lists would be cut by a fifth",
            "Niamh Cullen",
        ),
    ],
)
def test_a_title_with_its_portfolio_names_the_person_after_it(text, words, person):
    assert speaker(run(text), words) == person


def test_a_minister_for_a_described_thing_is_a_role():
    x = run("The minister for the region said the road would reopen on Monday.")
    assert speaker(x, "the road would reopen on Monday") != "region"
