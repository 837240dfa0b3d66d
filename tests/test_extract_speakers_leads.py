"""A person the text says now leads a body, in a relative clause ("Dale Oberlin, who heads the Driftless Dairy
Producers, said"), speaks for it, as one named "of" it does (issue 13, who disputed whom: the development set's
annotators give such a speaker the body as ``on_behalf_of``). Only a present-tense verb of leading counts: one
who "founded" a company may have left it, and one who "owns a farm" owns no organisation. Sentences written for
these tests, in an agency wire's style, a trade paper's, a local paper's and a court story's."""

import pytest
from extract_support import MODELS, behalf, run


@pytest.mark.parametrize("model", MODELS)
def test_who_heads_a_group_speaks_for_it(model):
    x = run(
        "MADISON, Wis. (AP) - Dale Oberlin, who heads the Driftless Dairy Producers, said the processor's list of "
        "farms had been public for a year.",
        model,
    )
    assert behalf(x, "had been public for a year") == "Driftless Dairy Producers"


@pytest.mark.parametrize("model", MODELS)
def test_who_runs_a_union_speaks_for_it_in_a_quote_too(model):
    x = run(
        "Rents across the Westfield estate will rise by 9% in April.\n\n"
        '"Nobody was consulted," said Nadia Koch, who runs the Westfield Tenants Union.',
        model,
    )
    assert behalf(x, "Nobody was consulted") == "Westfield Tenants Union"


def test_who_owns_a_company_speaks_for_it():
    x = run(
        "Lucia Marchetti, who owns Marchetti Hospitality, denied that any cook at her restaurants had been underpaid."
    )
    assert behalf(x, "had been underpaid") == "Marchetti Hospitality"


def test_who_founded_a_company_does_not_speak_for_it():
    x = run(
        "Tom Reyes, who founded Brightline Labs in 2015 and left it last year, said the scanner had never been safe."
    )
    assert behalf(x, "had never been safe") is None
