"""Words that report nothing said (issue 13, goal 1): a speaker saying it could not discuss a matter or would make
no further statement refuses to comment, and pointing to a thing ("pointing to the pipeline that carries fuel to
the airport", "pointed to its earlier filings") names it without a word about it. Sentences written for these
tests.
"""

from __future__ import annotations

import pytest
from extract_support import MODELS, apart, claims

LEAD = "Harbor Freight Lines, a Portland trucking firm, cut off the drivers' union's account on Sunday.\n\n"


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize(
    "refusal",
    [
        "it could not discuss whether the firm had filed reports",
        "they would make no further statement before the vote",
    ],
)
def test_saying_one_cannot_discuss_is_no_comment(refusal, model):
    text = LEAD + f"A spokesman for the state regulator said {refusal}."
    assert refusal not in claims(text, model)
    assert apart(text, model).get(refusal) == "no-comment"


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize(
    "pointing",
    [
        "Harbor Freight said the trucks had passed every test, pointing to the depot that services them.",
        "Harbor Freight, asked about the timing, pointed to its earlier filings.",
    ],
)
def test_pointing_to_a_thing_says_nothing_of_it(pointing, model):
    found = claims(LEAD + pointing, model)
    assert not any(words.startswith(("the depot", "its earlier filings")) for words in found), found


@pytest.mark.parametrize("model", MODELS)
def test_what_is_said_after_a_refusal_is_a_statement(model):
    found = claims(
        LEAD + "A council spokesman said the authority could not discuss individual leases but that drivers could "
        "apply to phase the increase in over two years.",
        model,
    )
    assert any("phase the increase" in words for words in found), found


@pytest.mark.parametrize("model", MODELS)
def test_a_thing_pointed_to_with_what_was_said_of_it_is_a_statement(model):
    found = claims(
        LEAD + "But Ms Whitfield pointed to an appendix in the report, which she said listed count dates of "
        "January 23 and 24.",
        model,
    )
    assert any(words.startswith("an appendix in the report") for words in found), found
