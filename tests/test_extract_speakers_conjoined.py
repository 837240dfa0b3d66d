"""A body whose name coordinates places or fields is one party (issue 13, item 5), on sentences written for these
tests in a police press release, a parliamentary committee report, a union's wire story and a fire service's
local-paper brief: "Avon and Somerset Police", "the Culture, Media and Sport Committee", "the Australian
Nursing and Midwifery Federation" speak whole, never as a clipped "Somerset Police" or "Culture" beside a person
"Avon"; two forces or two companies joined by "and" stay two parties.
"""

import pytest
from extract_support import MODELS, run, said, speaker


@pytest.mark.parametrize("model", MODELS)
def test_a_force_named_for_two_counties_is_one_party(model):
    x = run(
        "Former treasurer jailed\n\n"
        "A spokesman for Avon and Somerset Police said confiscation proceedings would follow. Detective Sergeant "
        "Ian Rudd said the case had taken two years.",
        model,
    )
    statement = said(x, "confiscation proceedings would follow")
    assert x.party(statement.on_behalf_of).name == "Avon and Somerset Police"
    assert not any(p.name in ("Avon", "Somerset Police") for p in x.parties)


@pytest.mark.parametrize("model", MODELS)
def test_a_committee_named_for_three_fields_is_the_committee_it_later_calls_itself(model):
    x = run(
        "MPs criticise ticket platform\n\n"
        "The Culture, Media and Sport Committee said StageGate had given fans no meaningful warning that prices "
        "would rise. The committee said the platform's own figures showed most tickets sold above face value.",
        model,
    )
    assert speaker(x, "no meaningful warning") == "Culture, Media and Sport Committee"
    assert speaker(x, "most tickets sold above face value") == "Culture, Media and Sport Committee"


@pytest.mark.parametrize("model", MODELS)
def test_a_federation_of_two_professions_is_one_union(model):
    x = run(
        "HOBART (AAP) - Nurses have been pushed into an unlit public car park at night, their union says.\n\n"
        "The Australian Nursing and Midwifery Federation said fees had risen by 60 per cent since the new operator "
        "took over.",
        model,
    )
    assert speaker(x, "fees had risen by 60 per cent") == "Australian Nursing and Midwifery Federation"


@pytest.mark.parametrize("model", MODELS)
def test_a_fire_service_named_for_a_county_and_a_town_is_one_party(model):
    x = run(
        "Barn fire\n\nBedfordshire and Luton Fire and Rescue Service said the blaze was started deliberately.",
        model,
    )
    assert speaker(x, "started deliberately") == "Bedfordshire and Luton Fire and Rescue Service"


@pytest.mark.parametrize("model", MODELS)
def test_two_forces_joined_by_and_stay_two_parties(model):
    x = run(
        "Arrests\n\n"
        "Greater Manchester Police and Merseyside Police said officers had made 14 arrests. Merseyside Police "
        "said six of those held were later released.",
        model,
    )
    names = {p.name for p in x.parties}
    assert {"Greater Manchester Police", "Merseyside Police"} <= names


@pytest.mark.parametrize("model", MODELS)
def test_a_company_the_article_names_alone_is_not_part_of_the_body_after_it(model):
    x = run(
        "Parler sues\n\n"
        "Parler and the Amazon Web Services Council traded accusations. Parler said the contract had been broken.",
        model,
    )
    assert speaker(x, "the contract had been broken") == "Parler"
    assert not any(p.name.startswith("Parler and") for p in x.parties)


@pytest.mark.parametrize("model", MODELS)
def test_a_place_the_article_names_alone_is_still_part_of_the_body_named_for_it(model):
    x = run(
        "Mooring fees rise\n\n"
        "The Naxxar and Ta' Qali Boat Owners Association said the new fees broke a 2019 agreement. Naxxar "
        "is home to about 400 moorings, most of them for small fishing boats.",
        model,
    )
    assert speaker(x, "broke a 2019 agreement") == "Naxxar and Ta' Qali Boat Owners Association"


@pytest.mark.parametrize("model", MODELS)
def test_a_commission_named_for_two_fields_is_whole_when_the_tagger_finds_no_name(model):
    x = run(
        "Pricing complaints\n\n"
        "The Competition and Consumer Protection Commission confirmed that it had received complaints about "
        "kennel prices in the north. It would not say which kennels were involved.",
        model,
    )
    assert speaker(x, "received complaints about kennel prices") == "Competition and Consumer Protection Commission"


@pytest.mark.parametrize("model", MODELS)
def test_a_place_name_with_an_elided_word_is_whole_in_the_body_named_for_it(model):
    x = run(
        "Berth contracts\n\n"
        "The Naxxar and Ta' Xewkija Boat Owners Association said members received new contracts last month. The "
        "association said the rise broke an agreement with the operator.",
        model,
    )
    assert speaker(x, "members received new contracts") == "Naxxar and Ta' Xewkija Boat Owners Association"
    assert speaker(x, "the rise broke an agreement") == "Naxxar and Ta' Xewkija Boat Owners Association"
