"""Speaker identity by general mechanism (issue 13, item 5), each class on sentences written for these tests in
several styles (wire copy, feature, court story): a mixed-case agency dateline never speaks; a place before a
profession locates it; an organisation named by the last words of its name, or by the common noun its name ends
in, is that organisation; "his lawyer" is the lawyer the text named; the holder of a one-holder post described
first ("The head of the state's largest utility") is the one the text names; a kin description is the person the
next sentence names; organisers speak as the body they organise; a client's lawyers speak on its behalf; "Mr."
makes a person; a name opening with a person's surname is the family's company; a bulleted "- Airport director
Samuel Obi:" names its speaker and a rubric ("What they're saying:") never speaks; "it" that wrote a letter to
someone is neither the letter nor the someone; a party's own website or account speaks for it.
"""

import pytest
from extract_support import MODELS, run, said, speaker


@pytest.mark.parametrize("model", MODELS)
def test_a_mixed_case_agency_dateline_is_never_a_speaker(model):
    wire = run(
        "Strike vote\n\nManchester (Reuters) - The union voted to strike on Monday. It said the offer was an insult.",
        model,
    )
    assert "Manchester" not in [p.name for p in wire.parties]
    suit = run(
        "Parler sues Amazon over shutdown\n\nSan Francisco (AFP) - Parler took Amazon to court on Monday. "
        "The suit argues that AWS acted out of political hostility.",
        model,
    )
    assert speaker(suit, "acted out of political hostility") == "Parler"
    assert "San Francisco" not in [p.name for p in suit.parties]


def test_a_place_before_a_profession_is_where_it_works_not_whom_it_speaks_for():
    x = run(
        "Hosting fight\n\nLukas Brenner, a Berlin lawyer who advises platforms, said Parler faced an uphill fight. "
        "Hill County emergency manager Darla Fenske said no injuries had been reported."
    )
    brenner = x.party(said(x, "uphill fight").speaker)
    assert brenner.affiliation is None and "Berlin" not in [p.name for p in x.parties]
    assert x.party(said(x, "no injuries").on_behalf_of or "").name == "Hill County"


def test_an_organisation_named_by_the_last_words_of_its_name_is_that_organisation():
    wire = run(
        "Clinic hack\n\nFRESNO, Calif. — Family Health, which runs 11 clinics, said on Thursday that no records were "
        "taken. Valley Family Health said later that it had restored all services."
    )
    assert speaker(wire, "no records were taken") == "Valley Family Health"
    court = run(
        "Algae case\n\nIdaho's Department of Environmental Quality accused the utility of hiding test results. "
        "The Department of Environmental Quality said the results arrived two weeks late."
    )
    assert speaker(court, "hiding test results") == "Department of Environmental Quality"
    assert speaker(court, "two weeks late") == "Department of Environmental Quality"


def test_the_common_noun_a_name_ends_in_is_that_organisation():
    feature = run(
        "Lockout\n\nWhen she talks about the last rehearsal, she still sounds surprised. Maria Delgado has played with "
        "the Harbor City Symphony for 22 years.\n\nThe symphony had locked the musicians out, saying it could not "
        "afford the raises. The symphony's executive director, Priya Raman, said management had made three offers."
    )
    assert speaker(feature, "could not afford the raises") == "Harbor City Symphony"
    raman = said(feature, "three offers")
    assert feature.party(raman.on_behalf_of or "").name == "Harbor City Symphony"
    campaign = run(
        "Race\n\nThe Whitman campaign said the count was fair. The Ortega-Reyes campaign said it had received "
        "reports of voters turned away."
    )
    assert speaker(campaign, "voters turned away") != "Whitman campaign"


def test_a_role_the_text_gave_a_named_person_is_that_person():
    court = run(
        "Suit\n\nMr. Wren's lawyer, Ingrid Solvang, said the firing was retaliation. Mr. Wren has also complained "
        "to regulators, according to his lawyer."
    )
    assert speaker(court, "complained to regulators") == "Ingrid Solvang"
    assert court.party(said(court, "retaliation").on_behalf_of or "").type == "Person"
    union = run(
        "Union\n\nThe union's president, Colleen Doucette, said no member had refused a shift. The union president "
        "also said talks would resume."
    )
    assert speaker(union, "talks would resume") == "Colleen Doucette"


def test_the_holder_of_a_described_body_is_the_holder_the_text_names():
    x = run(
        "Blackout\n\nSANTA FE, N.M. — The head of the state's largest utility told senators on Monday that the "
        'blackout was unforeseeable.\n\n"Our crews worked around the clock," Lorraine Becker, chief executive of '
        "Mesa Electric, said."
    )
    assert speaker(x, "blackout was unforeseeable") == "Lorraine Becker"


def test_a_kin_description_is_the_person_the_next_sentence_names():
    x = run(
        "Founder's son sues\n\nThe son of Wren Outdoor's founder has sued the company, alleging he was fired for "
        "flagging sales.\n\nDaniel Wren, 41, was the company's chief financial officer until October."
    )
    assert speaker(x, "he was fired") == "Daniel Wren"


def test_organisers_speak_as_the_body_they_organise():
    x = run(
        "Short course\n\nHARTFORD, Conn. — Organisers of the Charter Oak Marathon said on Sunday that the course was "
        "600 meters short. Marathon organisers wrote that the firm had misplaced a cone."
    )
    assert speaker(x, "600 meters short") == "Charter Oak Marathon"
    assert speaker(x, "misplaced a cone") == "Charter Oak Marathon"


def test_a_clients_lawyers_speak_on_its_behalf_and_their_filing_is_the_clients():
    x = run(
        "Hosting\n\nNorthwind Hosting cut off Ardent Social on Sunday. In a filing on Monday, Ardent's lawyers went "
        "further. The brief says Northwind gave no notice. Ardent's lawyers wrote that the contract required 30 days."
    )
    assert speaker(x, "gave no notice") == "Ardent Social"
    lawyers = said(x, "required 30 days")
    assert x.party(lawyers.speaker).name == "ardent's lawyers"
    assert x.party(lawyers.on_behalf_of or "").name == "Ardent Social"


def test_an_honorific_makes_a_person_and_a_name_opening_with_their_surname_the_familys_company():
    x = run(
        "Former finance chief sues Wren Outdoor, says he was fired for flagging inflated sales\n\n"
        "BOZEMAN, Mont. — Daniel Wren, 41, was the company's chief financial officer until October. In a complaint "
        "filed Tuesday, Mr. Wren says that executives pressured the finance team.\n\n"
        "Wren denied the allegation that it had improperly booked any sales. In a statement, the company said its "
        "revenue had been reviewed."
    )
    assert speaker(x, "executives pressured") == "Daniel Wren"
    assert speaker(x, "improperly booked") == "Wren Outdoor"
    assert speaker(x, "revenue had been reviewed") == "Wren Outdoor"
    assert x.party(said(x, "improperly booked").speaker).type == "Organization"


def test_a_surname_after_a_name_the_tagger_took_for_a_company_is_that_person():
    x = run(
        "Hearing\n\nGabriel Ortiz, who oversees reliability planning at the Southwest Grid Alliance, the regional grid "
        'operator, testified that his staff had warned the utility.\n\n"We flagged those units by name," Ortiz said.'
    )
    ortiz = x.party(said(x, "flagged those units").speaker)
    assert ortiz.name == "Gabriel Ortiz" and ortiz.type == "Person"


def test_a_bulleted_line_names_its_speaker_by_post_and_name_and_a_rubric_never_speaks():
    axios = run(
        "Airport noise fight\n\nNeighbors say jets now pass over their roofs.\n\n"
        'What they\'re saying: "We went from hearing planes to feeling them," coalition chair Denise Whitaker told us.'
        '\n\n- Airport director Samuel Obi: "We didn\'t draw this line. The FAA did."\n'
        "- Whitaker disputes that. She says the airport asked for the change.\n\n"
        '- FAA spokesperson Lynn Carver: "The route is safe."'
    )
    assert speaker(axios, "hearing planes") == "Denise Whitaker"
    assert speaker(axios, "draw this line") == "Samuel Obi"
    assert speaker(axios, "The FAA did") == "Samuel Obi"
    assert speaker(axios, "The route is safe") == "Lynn Carver"
    assert speaker(axios, "asked for the change") == "Denise Whitaker"
    brief = run(
        "Budget fight\n\nThe council passed the budget on Tuesday.\n\n"
        'What they\'re saying: "This budget keeps libraries open," council member Ada Brandt said.\n\n'
        '- Union president Colleen Doucette: "It cuts 40 jobs."'
    )
    assert speaker(brief, "keeps libraries open") == "Ada Brandt"
    assert speaker(brief, "It cuts 40 jobs") == "Colleen Doucette"


def test_it_that_wrote_a_letter_to_someone_is_not_the_letter_nor_its_addressee():
    check = run(
        "Fact check\n\nParler sued Amazon on Monday after Amazon Web Services (AWS) suspended it.\n\n"
        "AWS gave a different reason for the suspension: in a letter to Parler dated Jan. 9, it said it had found "
        "98 examples of violent posts."
    )
    assert speaker(check, "98 examples") == "Amazon Web Services"
    wire = run(
        "Plant\n\nMeridian Motors blamed the county for the delay. In a letter to the county council on Friday, it "
        "said the contract had expired."
    )
    assert speaker(wire, "contract had expired") == "Meridian Motors"


def test_a_partys_own_website_or_account_speaks_for_it():
    feature = run(
        "Gym contracts\n\nIronPeak Fitness runs 40 gyms in Arizona. IronPeak's website tells members they can cancel "
        "anytime."
    )
    assert speaker(feature, "cancel anytime") == "IronPeak Fitness"
    wire = run(
        "Short course\n\nThe Charter Oak Marathon apologised on Sunday. The marathon's Instagram account said the "
        "course would be remeasured."
    )
    assert speaker(wire, "remeasured") == "Charter Oak Marathon"
    ministry = run(
        "Ban\n\nThe Ministry of Health banned the drug. The ministry's official Twitter account said the ban was "
        "temporary."
    )
    assert speaker(ministry, "ban was temporary") == "Ministry of Health"
