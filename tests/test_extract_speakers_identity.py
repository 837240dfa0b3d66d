"""Who a mention is, on sentences written for these tests (issue 13, item 5): a person the tagger takes for a
company is still the person a later "she" and a bare surname mean; a lower-case "the cruise council" is the
council named before; a union's local number is part of its name; a description made of two bodies is two;
"the group" set beside a name is the group described before; "the resort" is the one resort the article names,
however late; "one of them" is one of the group before; "the chief of X" the chief the next sentence names;
"Fire officials" are the Fire Department the article names; "The Superintendency of the Environment (SMA)" one body.
"""

from extract_support import run, said, speaker


def test_a_person_typed_a_company_is_who_she_and_the_surname_mean():
    x = run(
        "Bus route fight\n\n"
        "Parents say the bus company ignored their calls. Chantal Ouellette, whose two children ride the route, "
        "said she called the company's dispatch office on Oct. 2.\n\n"
        '"I called, I gave them his name," Ouellette said.\n\n'
        "Dufresne, the company's manager, said the company has no record of that call. "
        '"They had two weeks," she said.'
    )
    assert speaker(x, "I called, I gave them") == "Chantal Ouellette"
    assert speaker(x, "They had two weeks") == "Chantal Ouellette"


def test_a_common_noun_the_tagger_takes_for_a_name_is_the_body_named_before():
    x = run(
        "Cruise cap\n\n"
        "The Pacific Coast Cruise Council, which speaks for the lines, says the cap breaks the berthing agreement. "
        "The Downtown Merchants Association says the cap will hurt its members.\n\n"
        "Q: The cruise council says the cap breaks the 2019 berthing agreement. Will the city be sued?"
    )
    assert speaker(x, "breaks the 2019 berthing") == "Pacific Coast Cruise Council"


def test_a_unions_local_number_is_part_of_its_name():
    x = run(
        "Ferry fight\n\n"
        "Strait Crossings Ltd. says the cancellations were forced on it by deckhands who refused overtime.\n\n"
        "The Marine Workers' Union, Local 12, rejected that account. Its president, Colleen Doucette, said no "
        "member had refused a shift.\n\n"
        "The province said it had asked both sides to meet a mediator. The union said it would attend."
    )
    assert speaker(x, "that account") == "Marine Workers' Union, Local 12"
    assert speaker(x, "it would attend") == "Marine Workers' Union, Local 12"


def test_two_bodies_joined_by_and_are_not_one_description():
    x = run(
        "Ferry fight\n\n"
        "CARIBOU, N.S. — More than 40 sailings have been cancelled since June, and the company that runs the route "
        "and the union that represents its crews cannot agree on why.\n\n"
        "Strait Crossings Ltd. says the cancellations were forced on it by deckhands who refused overtime.\n\n"
        "The union's president, Colleen Doucette, said no member had refused a shift.\n\n"
        '"We regret every cancellation," the company said in a statement posted to its website Tuesday.'
    )
    assert speaker(x, "We regret every cancellation") == "Strait Crossings"


def test_the_group_set_beside_a_name_is_the_group_described_before():
    x = run(
        "Elephant death\n\n"
        "The zoo on Wednesday released a statement defending its care of Mara, two days after an animal welfare "
        "group accused the zoo of ignoring warnings about her health.\n\n"
        "The group, the Pachyderm Advocacy Network, said in a report released Monday that zoo veterinarians had "
        "recommended moving Mara."
    )
    assert speaker(x, "ignoring warnings") == "Pachyderm Advocacy Network"


def test_an_institution_named_as_a_place_is_the_body_the_lede_called_by_its_noun():
    x = run(
        "Lift mechanic fired\n\n"
        "A lift mechanic says she was fired for refusing to sign off on a chairlift. The resort says she was fired "
        "for something else entirely.\n\n"
        "Jolene Rask worked nine winters on the Summit Express, the chairlift that carries skiers to the top of "
        "Copper Basin Mountain Resort.\n\n"
        "In a statement sent to this magazine, the resort said every inspection had been performed by the mechanic "
        "who did it."
    )
    assert speaker(x, "something else entirely") == "Copper Basin Mountain Resort"
    assert speaker(x, "every inspection had been performed") == "Copper Basin Mountain Resort"


def test_one_of_them_is_one_of_the_group_named_before():
    x = run(
        "Snack maker\n\n"
        "Two people familiar with the matter said Harbinger had hired an investment bank. One of them said the "
        "board was expected to meet next week."
    )
    assert speaker(x, "board was expected to meet") == "one of the people familiar with the matter"


def test_a_caller_described_beside_another_is_that_description():
    x = run(
        "Callers\n\n"
        "One caller from Tacoma said she had used the site for years. Another, a retired software engineer, said "
        "he did not see why a private company should host such speech."
    )
    assert speaker(x, "did not see why") == "retired software engineer"


def test_the_chief_of_a_body_is_the_chief_the_next_sentence_names():
    x = run(
        "Fire chief says county sat on radio warning\n\n"
        "OMAK — The chief of the county's largest rural fire district accused Okanogan County commissioners on "
        "Tuesday of sitting on a consultant's warning about dead zones in the emergency radio system for more than "
        'a year.\n\n"We have crews who cannot reach dispatch," Chief Ruth Castellano of Okanogan Fire District 4 '
        "told the commission."
    )
    assert speaker(x, "sitting on a consultant's warning") == "Ruth Castellano"


def test_the_zoo_is_the_zoo_not_the_zoo_veterinarians():
    x = run(
        "Elephant death\n\n"
        "SPOKANE — Ridgeview Zoo on Wednesday defended its care of Mara, the elephant who died last month. A report "
        "by advocates says zoo veterinarians had recommended moving her in 2021.\n\n"
        "The zoo's director, Harriet Moya, said the report was wrong."
    )
    assert x.party(said(x, "the report was wrong").on_behalf_of).name.endswith("Zoo")


def test_the_chief_named_as_a_quotations_speaker_is_the_chief_of_the_lede():
    x = run(
        "Fire chief says county sat on radio warning\n\n"
        "OMAK — The chief of the county's largest rural fire district accused Okanogan County commissioners on "
        "Tuesday of sitting on a consultant's warning about dead zones in the emergency radio system for more than "
        "a year.\n\n"
        '"We have crews in canyons who cannot reach dispatch. We have told the county that for three years," Chief '
        'Ruth Castellano of Okanogan Fire District 4 told the commission at its weekly meeting. "Somebody is going '
        'to get hurt."'
    )
    assert speaker(x, "sitting on a consultant's warning") == "Ruth Castellano"


def test_the_sources_are_the_people_familiar_with_the_matter():
    x = run(
        "Grocer in talks\n\n"
        "NEW YORK (Reuters) - Fenwick Markets is in early talks to buy rival Dalby Foods, according to two people "
        "familiar with the matter.\n\n"
        "The talks may not lead to a deal, the sources said, asking not to be identified. One of the people said "
        "Fenwick had hired an investment bank."
    )
    assert speaker(x, "may not lead to a deal") == "two people familiar with the matter"
    assert speaker(x, "had hired an investment bank") == "one of the people familiar with the matter"


def test_a_unions_local_named_in_lower_case_is_the_union():
    x = run(
        "Grocer in talks\n\n"
        "Fenwick Markets confirmed it was in talks to buy Dalby Foods. The United Food and Commercial Workers local "
        "that represents about 9,000 Dalby employees said a merger would put jobs at risk. Fenwick has closed 31 "
        "stores since 2021, the union said."
    )
    assert speaker(x, "closed 31 stores") == "United Food and Commercial Workers local"


def test_officials_of_a_body_the_article_names_speak_as_that_body():
    x = run(
        "Health officials say care home waited to report cases\n\n"
        "Public health officials on Tuesday accused a Brookfield care home of waiting 11 days to report a "
        "cluster of Legionnaires' disease among its residents.\n\n"
        "Three residents have been hospitalized, according to the Tri-County Public Health District.\n\n"
        "The recall follows a blaze in March. Fire officials said at the time that a charging battery caused the "
        "fire. A spokesman for the Fire Department said the review was continuing."
    )
    assert speaker(x, "waiting 11 days") == "Tri-County Public Health District"
    assert speaker(x, "charging battery caused") == "Fire Department"


def test_a_body_named_with_its_initials_is_one_party_under_both():
    x = run(
        "Mine spill\n\n"
        "SANTIAGO - The Superintendency of the Environment (SMA) said on Monday that inspectors had found mine "
        "waste near the river."
    )
    party = x.party(said(x, "inspectors had found mine waste").speaker)
    assert "Superintendency of the Environment" in [party.name, *party.aliases]
