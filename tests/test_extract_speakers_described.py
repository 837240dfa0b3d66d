"""Speakers known by a description or a document (issue 13, items 4 and 5), on sentences written
for these tests: a statement no sentence introduced speaks for whoever spoke just before it, a
suit brought by "taking X to court" is the plaintiff's, "the e-bike maker Voltride" is Voltride,
and a country before an agency's name makes no second agency.
"""

import pytest
from extract_support import run

from kg.extract.model import Extraction


def speaker_of(x: Extraction, words: str) -> str:
    found = [s for s in x.statements if words in s.text]
    assert len(found) == 1, (words, [(s.text, s.speaker) for s in x.statements])
    return x.party(found[0].speaker).name


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        (
            "Taco row\n\nHealth officials linked the outbreak to three Mesa Grill restaurants on Monday.\n\n"
            "Mesa Grill, which has run diners in the valley since 1990, said the inspectors had rushed.\n\n"
            '"Nothing in our kitchens points to this outbreak," the statement read.',
            "Nothing in our kitchens",
            "Mesa Grill",
        ),
        (
            "Dam report\n\nThe Orrin Valley Water District said on Friday that the dam was safe.\n\n"
            '"We inspect it every spring and every autumn," the statement said.',
            "We inspect it every spring",
            "Orrin Valley Water District",
        ),
    ],
)
def test_a_statement_nobody_introduced_is_the_last_speakers(text, words, speaker):
    x = run(text)
    assert speaker_of(x, words) == speaker
    assert "statement" not in {p.name for p in x.parties}


@pytest.mark.parametrize(
    "text, words, plaintiff",
    [
        (
            "Feed suit\n\nOn Tuesday, Hollis Dairy took Brightfeed to federal court in Boise. The lawsuit claims "
            "Brightfeed sold it spoiled grain for two years.",
            "Brightfeed sold it spoiled grain",
            "Hollis Dairy",
        ),
        (
            "Roof suit\n\nThe Carver School Board took Apex Roofing to court last month. The complaint says "
            "Apex used the wrong nails on every building.",
            "Apex used the wrong nails",
            "Carver School Board",
        ),
    ],
)
def test_a_suit_brought_by_taking_a_party_to_court_is_the_plaintiffs(text, words, plaintiff):
    x = run(text)
    assert speaker_of(x, words) == plaintiff


@pytest.mark.parametrize(
    "text, words, company",
    [
        (
            "Recall\n\nBikers say the brakes failed.\n\nThe e-bike maker Voltride is recalling 9,000 bikes after 40 "
            "crashes, the company said Tuesday.",
            "recalling 9,000 bikes",
            "Voltride",
        ),
        (
            "Toys\n\nParents say the paint peeled.\n\nThe toymaker Kettle & Crane will replace every painted "
            "block it sold last year, the company said on Monday.",
            "will replace every painted block",
            "Kettle & Crane",
        ),
    ],
)
def test_a_company_named_after_its_description_is_that_company(text, words, company):
    x = run(text)
    assert speaker_of(x, words) == company


@pytest.mark.parametrize(
    "text, agency",
    [
        (
            "The U.S. Consumer Product Safety Commission said the heaters can catch fire. Owners should unplug "
            "them, the Consumer Product Safety Commission said in a notice.",
            "Consumer Product Safety Commission",
        ),
        (
            "The U.S. Food and Drug Administration said the pills were mislabelled. The Food and Drug "
            "Administration said it had warned the maker in March.",
            "Food and Drug Administration",
        ),
    ],
)
def test_a_country_before_an_agency_makes_no_second_agency(text, agency):
    x = run(text)
    speakers = {x.party(s.speaker).name for s in x.statements}
    assert speakers == {agency}, speakers


@pytest.mark.parametrize(
    "text, words, company",
    [
        (
            "Tenants say heaters were ignored\n\nA tenants' lawyer, Rosa Imrie, said Coldbrook Properties had "
            "ignored broken heaters.\n\nColdbrook Properties denied that it had ignored the heaters. In an email, "
            "the company said its engineers had visited every flat within two days.",
            "its engineers had visited every flat",
            "Coldbrook Properties",
        ),
        (
            "Drivers say routes were cut\n\nA drivers' spokesman, Ed Varga, said Marlow Logistics had cut 30 "
            "routes.\n\nMarlow Logistics denied that. The company said its drivers had more work than ever.",
            "its drivers had more work",
            "Marlow Logistics",
        ),
    ],
)
def test_a_name_ending_in_a_company_word_is_a_company_whatever_the_tagger_says(text, words, company):
    x = run(text)
    assert speaker_of(x, words) == company
    assert x.party(next(s for s in x.statements if words in s.text).speaker).type == "Organization"


@pytest.mark.parametrize(
    "text, words, person, body",
    [
        (
            "Fire report\n\nA spokesman for the Fire Department, Lt. Paul Ferraro, confirmed that the battery was a "
            "Voltride pack. He said such batteries had caused 268 fires last year.",
            "such batteries had caused 268 fires",
            "Paul Ferraro",
            "Fire Department",
        ),
        (
            "Jail report\n\nA spokeswoman for the Harlan County Sheriff's Office, Sgt. Dana Cole, said the inmate "
            "had been checked every hour.",
            "the inmate had been checked",
            "Dana Cole",
            "Harlan County Sheriff's Office",
        ),
    ],
)
def test_a_titled_name_set_beside_a_spokesperson_is_the_speaker(text, words, person, body):
    x = run(text)
    statement = next(s for s in x.statements if words in s.text)
    assert x.party(statement.speaker).name == person
    assert statement.on_behalf_of is not None and x.party(statement.on_behalf_of).name == body


@pytest.mark.parametrize(
    "text, words, judge",
    [
        (
            'Signature case\n\n"A name that has been sold is the buyer\'s," Judge Nora Ellis wrote in a 19-page '
            "ruling.\n\nAccording to the ruling, the sale agreement says nothing about signatures.",
            "the sale agreement says nothing",
            "Nora Ellis",
        ),
        (
            "Fence case\n\nJudge Omar Haddad ruled for the neighbours in a short judgment on Friday. The judgment "
            "says the fence stood two feet inside their land.",
            "the fence stood two feet",
            "Omar Haddad",
        ),
    ],
)
def test_a_ruling_speaks_for_the_judge_who_wrote_it(text, words, judge):
    assert speaker_of(run(text), words) == judge


@pytest.mark.parametrize(
    "text, short, company",
    [
        (
            "Wind fight\n\nPrairie Gale Energy wants to build 42 turbines.\n\nPrairie Gale rejected that account. "
            "In a written statement, the company said its study was sound.",
            "its study was sound",
            "Prairie Gale Energy",
        ),
        (
            "Mine row\n\nRed Butte Mining Company owns the pit.\n\nRed Butte said the water was clean.",
            "the water was clean",
            "Red Butte Mining Company",
        ),
    ],
)
def test_the_leading_words_of_a_company_name_are_that_company(text, short, company):
    x = run(text)
    assert speaker_of(x, short) == company
    assert len([p for p in x.parties if p.name.startswith(company.split()[0])]) == 1, x.parties


@pytest.mark.parametrize(
    "text, words, person",
    [
        (
            "Parler news\n\nParler's CEO, John Matze, went on Fox News to say the shutdown could last a week.",
            "the shutdown could last a week",
            "John Matze",
        ),
        (
            "Earnings\n\nHalden's CFO, Dana Lee, went on CNBC to say the quarter had been the best in a decade.",
            "the quarter had been the best",
            "Dana Lee",
        ),
    ],
)
def test_a_role_the_tagger_took_for_a_name_is_the_person_beside_it(text, words, person):
    assert speaker_of(run(text), words) == person


@pytest.mark.parametrize(
    "text, words, unit",
    [
        (
            "Parler sues\n\nParler sued Amazon on Monday. Amazon Web Services had cut it off on Sunday.\n\n"
            "Amazon's answer was short. The company's cloud unit told reporters the suit has no merit and repeated "
            "that Parler had hosted posts that incited violence.",
            "Parler had hosted posts",
            "Amazon Web Services",
        ),
        (
            "Bank fined\n\nRegulators fined Amazon on Monday over loans made by Amazon Capital Services.\n\n"
            "The company's lending arm said the loans were approved by its compliance staff.",
            "the loans were approved",
            "Amazon Capital Services",
        ),
    ],
)
def test_a_companys_unit_is_the_organisation_that_is_part_of_it(text, words, unit):
    assert speaker_of(run(text), words) == unit


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        (
            'Count row\n\n"No ballot has been rejected. Not one," Rachel Gomez said. "Checking a postmark is not '
            'refusing a ballot."',
            "Not one",
            "Rachel Gomez",
        ),
        (
            'Dam row\n\n"The spillway is sound. Not cracked," Omar Diallo said on Friday.',
            "The spillway is sound",
            "Omar Diallo",
        ),
    ],
)
def test_a_quote_ending_in_a_fragment_is_still_the_named_speakers(text, words, speaker):
    assert speaker_of(run(text), words) == speaker


@pytest.mark.parametrize(
    "text, agency",
    [
        (
            "Outbreak\n\nThe U.S. Centers for Disease Control and Prevention confirmed on Monday that it was helping "
            "the county. A CDC spokesperson said no cases had been found outside the state.",
            "Centers for Disease Control and Prevention",
        ),
        (
            "Measles\n\nThe U.S. Centers for Disease Control and Prevention confirmed two cases on Friday. The CDC "
            "said both children had been vaccinated.",
            "Centers for Disease Control and Prevention",
        ),
    ],
)
def test_an_acronym_of_the_name_before_its_closing_and_is_the_agency(text, agency):
    x = run(text)
    last = x.party(x.statements[-1].speaker)
    assert agency in (last.name, last.affiliation and x.party(last.affiliation).name), last


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        (
            "Wind row\n\nOpponents hired their own acoustics engineer, Dr. Howard Lindqvist of Omaha, whose report "
            "says the consultants modeled the wrong turbine.",
            "the consultants modeled the wrong turbine",
            "Howard Lindqvist",
        ),
        (
            "Bridge row\n\nThe county hired an outside engineer, Mia Tran, whose study found the deck had rusted "
            "through in two places.",
            "the deck had rusted through",
            "Mia Tran",
        ),
    ],
)
def test_a_document_whose_owner_a_relative_clause_names_is_theirs(text, words, speaker):
    assert speaker_of(run(text), words) == speaker


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        (
            "Outbreak\n\nA health department spokesperson said no cases had been found elsewhere.\n\nA Casa Lupita "
            "cook, who asked not to be named, said managers knew about the broken thermometer. "
            '"Everybody knew it was running warm," he said.',
            "Everybody knew it was running warm",
            "casa lupita cook",
        ),
        (
            "Pool row\n\nThe city's parks spokesman said the pool was safe.\n\nA lifeguard, who has worked there "
            'for six summers, said the chlorine pump failed twice in June. "Nobody fixed it for a week," she said.',
            "Nobody fixed it for a week",
            "lifeguard",
        ),
    ],
)
def test_someone_described_with_who_is_a_person_a_later_pronoun_can_mean(text, words, speaker):
    assert speaker_of(run(text), words) == speaker


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        (
            'Turbine row\n\n"They modeled a quieter machine," the neighbours\' engineer, Maria Costa, said. "The '
            'numbers are wrong."',
            "They modeled a quieter machine",
            "Maria Costa",
        ),
        (
            'Dam row\n\n"They skipped the spring inspection," the farmers\' lawyer, Tom Reid, said on Monday.',
            "They skipped the spring inspection",
            "Tom Reid",
        ),
    ],
)
def test_a_quote_signed_by_a_phrase_the_parse_hung_on_it_is_that_speakers(text, words, speaker):
    x = run(text)
    statement = next(s for s in x.statements if s.text.startswith(words))
    assert statement.text == words
    assert x.party(statement.speaker).name == speaker
