"""A person whose role the text ties to an organisation without naming it again speaks on its behalf, so that who
disputed whom is counted between the sides (issue 13, item 5): "Jane Doe, its chief executive," holds her role at
the body "its" means; "who founded the firm and is still its managing director" gives a role held now; "the
anglers' secretary" is the secretary of the body whose name holds the word for its members. Sentences written for
these tests, in the style of a regional daily and a wire's business desk.
"""

import pytest
from extract_support import MODELS, behalf, run


@pytest.mark.parametrize("model", MODELS)
def test_its_role_is_held_at_the_body_its_means(model):
    x = run(
        "Drivers say haulier owes them wages\n\n"
        "LEEDS - Nine drivers say Corrick Haulage has not paid them since August.\n\n"
        "The company denied that. Anna Whitby, its chief executive, said the drivers would be paid in full "
        "by Friday.",
        model,
    )
    assert behalf(x, "paid in full") == "Corrick Haulage"


@pytest.mark.parametrize("model", MODELS)
def test_a_role_a_relative_clause_says_is_held_now(model):
    x = run(
        "Couriers say depot owes them a month's pay\n\n"
        "LEEDS - Eleven couriers say Pennock Parcels has not paid them for September.\n\n"
        "Martin Oduya, who founded Pennock Parcels in 2009 and is still its managing director, said the couriers would be "
        'paid "to the last penny."',
        model,
    )
    assert behalf(x, "to the last penny") == "Pennock Parcels"


@pytest.mark.parametrize("model", MODELS)
def test_a_role_the_members_word_owns_is_held_at_their_body(model):
    x = run(
        "Anglers blame sewage works for dead carp\n\n"
        "Hundreds of dead carp were found in the reservoir at the weekend, and the Millbrook Anglers' Club said "
        "the sewage works upstream was to blame.\n\n"
        "The water company denied that. Peter Grant, the anglers' secretary, said the denial was "
        '"nonsense from start to finish."',
        model,
    )
    assert behalf(x, "nonsense from start to finish") == "Millbrook Anglers' Club"
