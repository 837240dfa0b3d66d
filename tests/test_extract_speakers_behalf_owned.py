"""A person whose role the text ties to an organisation without naming it again speaks on its behalf, so that who
disputed whom is counted between the sides (issue 13, item 5): "Jane Doe, its chief executive," holds her role at
the body "its" means; "who founded the firm and is still its managing director" gives a role held now, and so does
"a junior and an organizer with Students for Fair Wages"; "the anglers' secretary" is the secretary of the body whose
name holds the word for its members. A company given a role ("The vessel's owner, Pesquerías Arousa,") still speaks
for itself, as the annotators give 1755 of the 1801 statements of organisations no one else to speak for. Sentences
written for these tests, in the style of a regional daily, a wire's business desk, a campus paper and a maritime
desk.
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


@pytest.mark.parametrize("model", MODELS)
def test_a_company_given_a_role_speaks_for_itself(model):
    x = run(
        "Coastguard detains Spanish trawler as owner disputes catch claims\n\n"
        "The Marine Protection Agency said on Tuesday that the trawler Santa Olalla had been fishing inside a closed "
        "zone and carried undersized nets.\n\n"
        "The vessel's owner, Pesquerías Arousa of Vigo, rejected the agency's account. In a statement, the company "
        "said its nets had been inspected in March and met every European standard.",
        model,
    )
    assert behalf(x, "inspected in March") is None


@pytest.mark.parametrize("model", MODELS)
def test_a_role_joined_to_another_description_is_held_at_its_body(model):
    x = run(
        "Students occupy dining hall over cooks' pay\n\n"
        "Students at Corvale College occupied the main dining hall on Monday.\n\n"
        '"We are not leaving until the administration listens," said Tariq Benali, a junior and an organizer with '
        "Students for Fair Wages. The college said the cooks had received a raise in March.",
        model,
    )
    assert behalf(x, "administration listens") == "Students for Fair Wages"
