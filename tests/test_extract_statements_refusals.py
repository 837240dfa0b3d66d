"""Reported speech that is no claim (issue 13, item 3): a policy of silence, a request reported as made, and a
ruling that turns down a plea.

"said it does not discuss its clients" says nothing; "said it had asked both sides to meet" asks; "the judge
denied Parler's request to restore service" rules on a plea and answers no claim. Each is kept apart from the
statements. Sentences written for these tests.
"""

import pytest

from tests.extract_support import MODELS, run


def apart(x, why):
    return [n.text for n in x.not_statements if n.why == why]


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize(
    "sentence, words, why",
    [
        ("A spokesman for the bank said it does not discuss its clients.", "does not discuss", "no-comment"),
        ("The ministry said it did not comment on inspections still under way.", "did not comment", "no-comment"),
        (
            "Asked about the cuts, Hale said the firm would not share details about individual staff.",
            "would not share",
            "no-comment",
        ),
        ("The port authority said it had asked both unions to meet with a mediator.", "asked both unions", "request"),
        ("Dr. Okafor said she had asked the journal last spring to remove her name.", "asked the journal", "request"),
        ("Judge Moreno denied the company's request to reopen the plant.", "request to reopen", "action"),
        ("The board rejected the union's motion to delay the vote.", "motion to delay", "action"),
        ("Judge Anya Weiss denied the temporary injunction on Friday.", "temporary injunction", "action"),
        # asked that something be done: the subjunctive wants, and tells nothing
        (
            '"I lost the sight in one eye," he said. He asked that his name not be published.',
            "not be published",
            "request",
        ),
        ("The tenants asked that the board reconsider the rent rise.", "reconsider the rent", "request"),
        # words said elsewhere, pointed to and not given again
        (
            "The brewery, asked about the recall, pointed to its earlier statement and declined to say more.",
            "earlier statement",
            "no-content",
        ),
    ],
)
def test_what_says_nothing_or_asks_or_rules_is_no_claim(sentence, words, why, model):
    x = run(sentence, model)
    assert not any(words in s.text for s in x.statements), [s.text for s in x.statements]
    assert any(words in t for t in apart(x, why)), x.not_statements


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize(
    "sentence, words",
    [
        ("The tenants said the landlord had asked for the rent twice and never fixed the heat.", "never fixed"),
        ("The company denied the union's claim that it had cut crews.", "the union's claim"),
        ("The Journal reported that Parler had asked the court to restore its service.", "Parler had asked"),
        ("Hale said the mayor did not discuss the closure with residents before the vote.", "did not discuss"),
        # asking for a thing, and not getting it, is an account: "to" leads to the thing, not to a deed asked for
        ("The insurer said it had asked for access to the site twice and been refused.", "asked for access"),
        ("The mayor pointed to rising fuel costs as the reason for the fare rise.", "rising fuel costs"),
        (  # words pointed to and given after a colon are the speaker's
            "Tallis Foods sued.\n\nA council spokesperson, asked about the ruling on Thursday, pointed to an earlier "
            'statement: "There is no basis for these claims."',
            "no basis for these claims",
        ),
    ],
)
def test_an_account_of_what_others_did_stays_a_claim(sentence, words, model):
    x = run(sentence, model)
    assert any(words in s.text for s in x.statements), ([s.text for s in x.statements], x.not_statements)


@pytest.mark.parametrize("model", MODELS)
def test_what_someone_is_asked_to_order_is_not_said_yet(model):
    x = run(
        "Her answers have been edited. We spoke on Friday, a day after the ferry union's lawyers asked Judge Ana "
        "Weiss in a hearing to order the boats switched back on.",
        model,
    )
    assert not any("switched back on" in s.text for s in x.statements), [s.text for s in x.statements]


@pytest.mark.parametrize("model", MODELS)
def test_ones_own_wish_to_say_something_says_it(model):
    x = run('"I want to say that the depot is safe," the mayor said.', model)
    assert any("the depot is safe" in s.text for s in x.statements), [s.text for s in x.statements]
