"""More words that are told of but claim nothing (issue 13, item 3): a refusal's reason, things reported to
someone, a question about what was said, a mutual blame, and what a body decided or a party undertook to do.

"declined to comment, saying the matter was with its lawyers" gives why it said nothing; "reported dozens of
posts to the host" hands things over; "Which rival did the club say ...?" asks; "blamed each other for the
flooding" names two charges and neither's words; "agreed to settle" is a deed, "pledged to cut waiting times" an
intention. None is a claim a denial could answer. Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from extract_support import MODELS, apart, claims


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        (
            "The bakery chain declined to comment on Friday, saying the matter was now with its lawyers.",
            "the matter was now with its lawyers",
        ),
        (
            "The ferry operator's parent company declined to comment, saying its Oslo office did not run the route.",
            "its Oslo office did not run the route",
        ),
    ],
)
def test_the_reason_given_for_declining_to_comment_is_no_claim(sentence, reason, model):
    assert not any(reason in c for c in claims(sentence, model))
    assert apart(sentence, model)[reason] == "no-comment"


@pytest.mark.parametrize("model", MODELS)
def test_things_reported_to_someone_are_no_claim_of_the_reporter(model):
    text = (
        "Forum dispute\n\n"
        "The hosting firm said it had reported dozens of abusive threads to the forum's owners and that the threads "
        "stayed up. Brightwell Foods reported quarterly revenue of $3.4 billion on Tuesday."
    )
    assert claims(text, model) == [
        "it had reported dozens of abusive threads to the forum's owners and that the threads stayed up"
    ]


@pytest.mark.parametrize("model", MODELS)
def test_a_question_about_what_was_said_is_no_claim(model):
    text = "Quiz\n\n3. Which rival did the union say the company wanted to protect?\nAnswer: (a) Harbour Freight."
    assert not any("the company wanted to protect" in c for c in claims(text, model))
    assert apart(text, model)["the company wanted to protect"] == "question"


@pytest.mark.parametrize("model", MODELS)
def test_a_mutual_blame_names_no_ones_words(model):
    text = "The landlord and the builder blamed each other for the flooding on Monday."
    assert claims(text, model) == []
    assert apart(text, model) == {"the flooding": "no-content"}


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize(
    ("sentence", "done", "why"),
    [
        ("The dairy agreed to settle the case for $2 million.", "to settle the case", "action"),
        ("The health board pledged to cut waiting times by a third.", "to cut waiting times", "intention"),
    ],
)
def test_what_a_body_decided_or_a_party_undertook_is_no_claim(sentence, done, why, model):
    assert claims(sentence, model) == []
    assert [w for t, w in apart(sentence, model).items() if done in t] == [why]


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize(
    ("sentence", "duty"),
    [
        ("Under the licence terms, operators must report any battery dropped during a flight.", "any battery"),
        ("Under the franchise deal, the ferry company must disclose that fares may rise.", "fares may rise"),
        ("Under the code, inspectors should confirm that every gauge was checked.", "every gauge"),
    ],
)
def test_a_duty_to_say_something_is_a_rule_told_of_not_a_claim(sentence, duty, model):
    found = claims(f"Licence rules\n\n{sentence}", model)
    assert not any(duty in c for c in found), found
