"""Speaker rules kept only as far as their counts over every studied split carry them (issue 13, session
2026-12-05g), each on sentences written for these tests: a client's lawyers write the client's claim only in the
filing the client is known to have issued; a day before a name is a date when the text dates something by it; a
memo speaks for whoever signed it; "the 58-year-old" is the person just named; a first name alone is the one person
named in full with it; a present-tense "it says" after a document is its issuer's; a headline surname the tagger
called a company is the person the body names; a dateline the parse made a subject gives way; "X, he said, ..." does
not make a brand X the "he"; "Ms Dalton" without a full stop; a plural is never one described person; a rubric
labelling the headline ("LIVE:") never speaks; "Overstock" is "Overstock.com" and its cloud unit, named later, is on
its side.
"""

import pytest
from extract_support import MODELS, run, said, speaker


@pytest.mark.parametrize("model", MODELS)
def test_lawyers_writing_in_their_clients_known_complaint_write_the_clients_claim(model):
    x = run(
        "Lease fight\n\nHarbin Logistics sued the port authority on Monday. In the complaint, Harbin's lawyers wrote "
        "that the authority had cancelled the lease without notice.",
        model,
    )
    assert speaker(x, "cancelled the lease") == "Harbin Logistics"


@pytest.mark.parametrize("model", MODELS)
def test_lawyers_arguing_in_a_filing_the_text_only_now_brings_in_speak_as_the_clients_lawyers(model):
    x = run(
        "Driver's case\n\nA former bus driver is suing Castell Transit in state court. Castell's lawyers argued in a "
        "pretrial filing that the driver was dismissed for missing shifts. The driver, they wrote, never reported "
        "a fault with the brakes.",
        model,
    )
    for words in ("dismissed for missing shifts", "never reported a fault"):
        lawyers = x.party(said(x, words).speaker)
        assert lawyers.role == "lawyer" and x.party(lawyers.affiliation or "").name == "Castell Transit"


@pytest.mark.parametrize("model", MODELS)
def test_a_day_after_on_dates_the_sentence_and_is_no_word_of_the_name_after_it(model):
    x = run(
        "Quarry permit: what we know\n\n2. The lawsuit. On Monday Kestrel filed a complaint against Marsh County "
        "in state court. The complaint says the county broke its own zoning rules.",
        model,
    )
    assert speaker(x, "broke its own zoning rules") == "Kestrel"
    assert not any("Monday" in p.name for p in x.parties)


@pytest.mark.parametrize("model", MODELS)
def test_a_memo_speaks_for_whoever_signed_it_named_or_described(model):
    x = run(
        "Leaked memo\n\nOAKDALE (Valley Wire) — A logistics firm planned to call its layoffs a restructuring, "
        "according to an internal memo seen by Valley Wire. The memo, signed by Brandt Logistics' operations chief, "
        "Helena Marsh, says the firm expects to save $4 million a year. An open letter signed by 80 drivers says "
        "the cuts fell on those who had complained about overtime.",
        model,
    )
    assert speaker(x, "expects to save") == "Helena Marsh"
    assert speaker(x, "call its layoffs a restructuring") == "Helena Marsh"
    assert "drivers" in speaker(x, "complained about overtime")


@pytest.mark.parametrize("model", MODELS)
def test_the_person_a_text_names_by_age_alone_is_the_person_named_before(model):
    x = run(
        "Plant closure\n\nThe mill's owner, Tomas Lindqvist, met workers on Friday. "
        '"I kept it open as long as I could," said the 58-year-old, whose father founded the mill.',
        model,
    )
    assert speaker(x, "kept it open") == "Tomas Lindqvist"


@pytest.mark.parametrize("model", MODELS)
def test_a_first_name_alone_is_the_one_person_named_in_full_with_it(model):
    x = run(
        "Episode 12: the zoning fight\n\nOur host Hannah Brodsky walks through the rezoning with Gideon Okafor, who "
        "teaches planning law in Tacoma. Gideon says the appendix is where the fight is. Hannah asks whether the "
        'council can change the map. "It can, and it will," Gideon says.',
        model,
    )
    assert speaker(x, "the appendix is where") == speaker(x, "It can, and it will") == "Gideon Okafor"
    assert x.party(said(x, "It can, and it will").speaker).type == "Person"
    assert not any(p.name in ("Gideon", "Hannah") for p in x.parties)


@pytest.mark.parametrize("model", MODELS)
def test_a_present_tense_it_says_after_a_document_is_the_documents_issuer(model):
    x = run(
        "Episode 9\n\nDunmore Farms sued the county on Monday. [03:10] The host reads the key line from the "
        'complaint: the county\'s decision, it says, was "made in secret."',
        model,
    )
    assert speaker(x, "made in secret") == "Dunmore Farms"


@pytest.mark.parametrize("model", MODELS)
def test_a_headline_surname_tagged_a_company_is_the_person_the_body_names(model):
    x = run(
        "Vasquez defends closures\n\nA spokeswoman for the Marlow County Health Board, Irene Vasquez, said on Friday "
        'that the closures were a precaution. "We act on evidence," Vasquez said.',
        model,
    )
    assert speaker(x, "We act on evidence") == "Irene Vasquez"
    assert x.party(said(x, "We act on evidence").on_behalf_of or "").name == "Marlow County Health Board"
    assert [p.name for p in x.parties if "Vasquez" in p.name] == ["Irene Vasquez"]


@pytest.mark.parametrize("model", MODELS)
def test_a_dateline_the_parse_made_a_subject_gives_way_to_the_real_one(model):
    x = run(
        "Utility answers suit\n\nTacoma (USA), March 3 (EFE).- Cascade Power asked a state judge in Tacoma on Tuesday "
        "to dismiss the suit, and maintained that the plaintiffs had ignored repeated warnings.",
        model,
    )
    assert speaker(x, "ignored repeated warnings") == "Cascade Power"


@pytest.mark.parametrize("model", MODELS)
def test_he_said_set_inside_the_words_is_not_whom_the_words_name_first(model):
    x = run(
        "Ferry dispute\n\nThe operator's chief executive, Jon Halloran, spoke to reporters on Monday. "
        "He also answered the union's letter: Seaward, he said, had never cut a sailing for lack of crew.",
        model,
    )
    assert speaker(x, "never cut a sailing") == "Jon Halloran"


@pytest.mark.parametrize("model", MODELS)
def test_an_honorific_without_its_full_stop_makes_the_surname_a_persons(model):
    x = run(
        "Lido to close\n\nCouncillors in Ashby voted to close the lido. Priya Dalton, who led the petition, said the "
        "council had ignored 3,000 signatures. Ms Dalton said the campaign would seek a judicial review.",
        model,
    )
    assert speaker(x, "seek a judicial review") == "Priya Dalton"
    assert [p.name for p in x.parties if "Dalton" in p.name] == ["Priya Dalton"]


@pytest.mark.parametrize("model", MODELS)
def test_a_plural_is_never_the_one_person_a_description_named(model):
    x = run(
        "Courier's case\n\nPHOENIX (UPI) -- A former delivery courier testified Monday that a regional carrier fired "
        "her for reporting unsafe vans.\n\nNadia Brooks, 39, is suing Swiftline Parcel in state court. Swiftline's "
        "chief executive, Ron Teague, said couriers could report problems through a hotline.",
        model,
    )
    assert speaker(x, "fired her for reporting") == "Nadia Brooks"


@pytest.mark.parametrize("model", MODELS)
def test_a_rubric_labelling_the_headline_never_speaks(model):
    x = run(
        "LIVE: Ferry strike shuts the sound\n\n10:42 a.m. The Sound Ferry Workers Union said talks had failed.",
        model,
    )
    assert "LIVE" not in [x.party(s.speaker).name for s in x.statements]


@pytest.mark.parametrize("model", MODELS)
def test_a_dot_com_company_goes_by_its_short_name_and_its_unit_named_later_is_on_its_side(model):
    x = run(
        "UPDATE 1-Overstock tells judge the suit is baseless\n\n* Parler accuses retailer's unit of bias\n\nBy Dana "
        "Reyes\n\nSEATTLE, Jan 12 (Reuters) - Overstock.com Inc's cloud unit urged a federal judge on Tuesday to reject "
        "Parler's request, saying the app had ignored warnings for weeks.\n\nOverstock said separately that the suit "
        "had no merit. The unit, Overstock Cloud Services, said it had given 30 days' notice.",
        model,
    )
    unit = x.party(said(x, "ignored warnings").speaker)
    assert unit.name == "Overstock Cloud Services" and x.party(unit.affiliation or "").name == "Overstock.com"
    assert speaker(x, "had no merit") == "Overstock.com"
    assert [p.name for p in x.parties if p.name.startswith("Overstock")] == [
        "Overstock.com",
        "Overstock Cloud Services",
    ]


@pytest.mark.parametrize(
    ("headline", "speaks"),
    [
        ("Estimates: Council's bridge bill doubles to $48 million", None),
        ("The Morning Briefing: Bridge bill doubles", None),
        ("Case Note: Bridge bill and the limits of council power", None),
        ("Lund: 'The bridge will open on time'", "Maya Lund"),
        ("Poll: Most voters back the bridge", "Harbor Institute"),
    ],
)
def test_a_headline_label_speaks_only_when_it_names_a_party_a_person_or_a_document(headline, speaks):
    x = run(
        f"{headline}\n\nThe cost of the Rivergate bridge has doubled, the city's finance director, Maya Lund, said on "
        "Monday. A survey by the Harbor Institute found that 61% of voters backed the bridge."
    )
    words = headline.split(": ", 1)[1].strip("'")
    found = [s for s in x.statements if s.text.strip("'") == words]
    assert [x.party(s.speaker).name for s in found] == ([speaks] if speaks else [])
    assert headline.split(":")[0] not in [p.name for p in x.parties]
