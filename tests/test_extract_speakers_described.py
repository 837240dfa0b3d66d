"""Speakers known by a description or a document (issue 13, items 4 and 5), on sentences written
for these tests: a statement no sentence introduced speaks for whoever spoke just before it, a
suit brought by "taking X to court" is the plaintiff's, "the e-bike maker Voltride" is Voltride,
and a country before an agency's name makes no second agency.
"""

import pytest

from kg.extract import extract
from kg.extract.model import Article, Extraction


def run(text: str) -> Extraction:
    return extract(Article("test", text, published="2024-05-14"))


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
