"""The name after "a spokesman for a rival app," names the body, not the spokesman (issue 13, item 5), on sentences
written for these tests in a business scoop, a local paper and a trade brief: "A spokesperson for a rival app,
Grubline, said" is Grubline's spokesperson speaking on its behalf, even where the tagger reads "Grubline" as a
person; "A spokesman for one of them, Northline Milling, said" likewise; "A spokeswoman for the agency, Karen Liu,"
is still Karen Liu.
"""

import pytest
from extract_support import MODELS, run, said


def _voice(x, words):
    statement = said(x, words)
    return x.party(statement.speaker), x.party(statement.on_behalf_of) if statement.on_behalf_of else None


@pytest.mark.parametrize("model", MODELS)
def test_a_spokesperson_for_a_rival_app_speaks_for_the_app_named_after(model):
    x = run(
        "Bakeries quit delivery app\n\n"
        "Three bakeries have left Deliverly over its fees. A spokesperson for a rival app, Grubline, said its "
        "commission in Maine had not changed.",
        model,
    )
    holder, body = _voice(x, "commission in Maine")
    assert body is not None and body.name == "Grubline"
    assert holder.name != "Grubline"


@pytest.mark.parametrize("model", MODELS)
def test_a_spokesman_for_one_of_the_bidders_speaks_for_the_bidder_named_after(model):
    x = run(
        "Exclusive: flour miller up for sale\n\n"
        "Two rivals are weighing bids, people familiar with the talks said. A spokesman for one of them, Northline "
        "Milling, said the company looks at opportunities all the time.",
        model,
    )
    holder, body = _voice(x, "looks at opportunities")
    assert body is not None and body.name == "Northline Milling"
    assert holder.role == "spokesperson"


@pytest.mark.parametrize("model", MODELS)
def test_a_spokeswoman_for_the_agency_named_after_is_the_person(model):
    x = run(
        "Water\n\nA spokeswoman for the agency, Karen Liu, said the samples were collected by the district.",
        model,
    )
    holder, _ = _voice(x, "samples were collected")
    assert holder.name == "Karen Liu"
