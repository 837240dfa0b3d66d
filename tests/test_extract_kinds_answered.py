"""A claim the other side denies is a charge when its words lean that way even a little (issue 13, kinds):
``kg.extract.charges.recognise_answered`` reads the linked answers, and a claim leaning to a charge whose
subject denies something after it, on sentences written for these tests in several styles; a plain claim
denied stays a claim, and so does a leaning one whose subject never answers."""

import pytest
from extract_support import MODELS, run, said

from kg.extract import charges

ANSWERED = [
    (  # a police story
        "Crash response\n\nThe family of the cyclist said officers had ignored two calls from witnesses and took 50 "
        "minutes to reach the scene. Northshire Police disputed that account.",
        "had ignored two calls",
    ),
    (  # a business story: a union and a mill
        "Mill jobs\n\nThe union said Corven Mills had cut 40 jobs at its Hull plant without consulting staff. Corven "
        "Mills denied the union's account.",
        "had cut 40 jobs",
    ),
    (  # national politics, a dateline
        "Donor contract\n\nWELLINGTON — Labour said the minister had broken cabinet rules by approving a contract for "
        "a party donor without declaring the conflict. The minister's office rejected the claim.",
        "had broken cabinet rules",
    ),
    (  # a regulator and a utility
        "Grid fines\n\nThe regulator said Northpower had failed to report the outage for six hours, breaching its "
        "licence. Northpower disputed the regulator's account.",
        "had failed to report",
    ),
    (  # the sports pages
        "Striker fee\n\nUnited said Rovers had approached the striker without permission while he was under "
        "contract. Rovers denied the charge.",
        "had approached the striker",
    ),
]


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("text, charge", ANSWERED)
def test_a_denied_claim_leaning_to_a_charge_is_an_allegation(model, text, charge):
    assert said(run(text, model), charge).kind == "allegation"


@pytest.mark.parametrize("model", MODELS)
def test_a_denied_plain_claim_stays_a_claim(model):
    x = run(
        "Pool works\n\nThe council said the Westgate pool would reopen in May after repairs. Residents disputed that.",
        model,
    )
    assert said(x, "would reopen in May").kind == "claim"
    assert said(x, "that").disputes == [said(x, "would reopen in May").id]


def test_an_undisputed_claim_is_not_turned():
    """Without the answer, the same words stay a claim: the turn comes from the link, not the words alone."""
    x = run(ANSWERED[1][0].split(" Corven Mills denied")[0] + "\n\nThe plant employs 300 people, the union said.")
    assert said(x, "had cut 40 jobs").kind == "claim"


def test_the_threshold_lies_below_the_leaning_one():
    assert 0 < charges.ANSWERED < charges.LEANING < charges.THRESHOLD


LEANING_DENIED = [
    (  # a business story: the company answers the second charge only
        "Mill jobs\n\nHULL — The union said Corven Mills had cut 40 jobs at its Hull plant without consulting staff. "
        "It said the company had also stopped paying overtime in March. Corven Mills denied that it had stopped "
        "paying overtime.",
        "had cut 40 jobs",
    ),
    (  # local news: a care home
        "Care home\n\nFamilies said Elmwood Care had left residents without hot meals for a week and had ignored "
        "complaints from staff. They also said the home had cut night shifts in January. Elmwood Care denied that "
        "it had cut night shifts.",
        "without hot meals",
    ),
]


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("text, charge", LEANING_DENIED)
def test_a_leaning_claim_whose_subject_denies_after_it_is_an_allegation(model, text, charge):
    assert said(run(text, model), charge).kind == "allegation"


@pytest.mark.parametrize("model", MODELS)
def test_a_leaning_claim_whose_subject_never_answers_stays_a_claim(model):
    x = run(
        "Care home\n\nFamilies said Elmwood Care had left residents without hot meals for a week and had ignored "
        "complaints from staff. They also said the county had cut its inspections in January. The county council "
        "denied that it had cut inspections.",
        model,
    )
    assert said(x, "without hot meals").kind == "claim"
