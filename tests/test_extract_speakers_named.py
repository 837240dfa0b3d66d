"""Who speaks, when the text names them late or the tagger misreads the name (issue 13, items 4, 5).

Sentences written for these tests: a role introduced in the lede and named in the next
sentence, a company named with "&", a role before a name the tagger calls a company, a
byline, and "the person" after "a person familiar with ...".
"""

import pytest
from extract_support import run

from kg.extract.model import Extraction


def speakers(x: Extraction) -> list[str]:
    return [x.party(s.speaker).name for s in x.statements]


# ----- bylines and names the tagger takes for companies (items 4, 5) ---------------------


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "Jail audit row\n\nBy Omar Lutz\n\nCity Council member Tamsin Rourke accused the mayor of hiding "
            'the audit. "This is a cover-up," Rourke told WPAB-TV. The mayor declined to comment. Rourke, asked '
            'about the delay, did not back down. "I stand by it," she said.',
            "Tamsin Rourke",
        ),
        (
            "Library cuts\n\nBy Hana Ostrowski, staff writer\n\nSchool board member Lionel Ambrose accused the "
            'superintendent of burying the survey. "Parents were never asked," Ambrose told KXLT-TV. The '
            'superintendent did not respond. Ambrose, pressed on the timing, held firm. "I said what I saw," he said.',
            "Lionel Ambrose",
        ),
    ],
)
def test_a_role_before_a_name_makes_a_person_and_a_byline_is_no_party(text, speaker):
    x = run(text)
    names = {p.name for p in x.parties}
    assert "Omar Lutz" not in names and "Hana Ostrowski" not in names
    person = next(p for p in x.parties if p.name == speaker)
    assert person.type == "Person"
    assert set(speakers(x)) == {speaker}


@pytest.mark.parametrize(
    "text, speaker, role",
    [
        (
            "Dock strike talks stall\n\nA lawyer for the dockworkers says the port authority ignored safety reports "
            "for years.\n\nRavi Menon, a Tacoma lawyer who represents 60 crane operators, said the authority had "
            'received the reports in 2019. "They read them and filed them away," he said.',
            "Ravi Menon",
            "lawyer",
        ),
        (
            "Pitcher talks stall\n\nThe agent for Harbor City pitcher Leo Vance accused the team on Monday of "
            "pulling a contract offer after his elbow surgery.\n\nNadia Farrow told a radio station that the "
            'general manager had agreed to the terms in March. "We had a deal," Farrow said.',
            "Nadia Farrow",
            "agent",
        ),
    ],
)
def test_a_role_named_in_the_next_sentence_is_that_person(text, speaker, role):
    x = run(text)
    assert set(speakers(x)) == {speaker}
    assert next(p for p in x.parties if p.name == speaker).role == role


def test_someone_else_introduced_after_a_role_is_not_that_role():
    x = run(
        "Plant odour row\n\nA company spokeswoman said the plant met every air standard.\n\nMaria Olsen, who "
        "lives next to the plant, said the smell had grown worse since May."
    )
    assert speakers(x) == ["company spokesperson", "Maria Olsen"]


def test_a_company_joined_by_an_ampersand_is_one_name():
    x = run(
        "Kettle recall widens\n\nBy Ilse Brandt\n\nHarrow & Pike is recalling 40,000 kettles because the lid can "
        "pop open, the appliance maker said Monday."
    )
    assert speakers(x) == ["Harrow & Pike"]


def test_the_person_is_the_person_described_before():
    x = run(
        "Budget fight\n\nA person familiar with the mayor's plans said the proposal would cut library hours. "
        "The person said the cuts had been drafted in April."
    )
    assert speakers(x) == ["person familiar with the mayor's plans"] * 2


def test_the_agency_is_not_the_union_named_nearer():
    x = run(
        "Bus cuts\n\nDrivers have quit New Haven Transit in record numbers this year, and the agency has cut 12 "
        "routes. Curtis Webb, president of Amalgamated Transit Union Local 88, said the agency had ignored their "
        "complaints. The agency's general manager, Mara Quist, said pay was not the problem."
    )
    manager = next(p for p in x.parties if p.name == "Mara Quist")
    assert manager.affiliation is not None and x.party(manager.affiliation).name == "New Haven Transit"


def test_a_company_named_by_its_first_word_is_that_company_and_its_people_speak_for_it():
    x = run(
        "Glass supply fight\n\nNorthwind Solar Inc. sued Kestrel Glass Corp. on Thursday, saying the glassmaker "
        'stopped shipping panels in March.\n\nKestrel denied the accusations. "We shipped every panel we were paid '
        'for," said Kestrel spokeswoman Mara Lind. Voltaic chief executive Raj Mehta said the cells were fine.'
    )
    names = {p.name for p in x.parties}
    assert "Kestrel" not in names
    assert speakers(x)[1] == "Kestrel Glass"
    affiliation = {p.name: p.affiliation and x.party(p.affiliation).name for p in x.parties}
    assert affiliation["Mara Lind"] == "Kestrel Glass"
    assert affiliation["Raj Mehta"] == "Voltaic"


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "Care home fine\n\nState inspectors fined Riverbend Manor $20,000 on Monday. Riverbend Manor's owner, "
            "Halcyon Care Group, said the inspectors had misread the staffing records.",
            "Halcyon Care Group",
        ),
        (
            "Crossing fight\n\nThe city's case rests on a study by a group called Parents for Safe Streets, which "
            "filmed the crossing for a week. According to the study, drivers ignored the signal more than 300 times.",
            "Parents for Safe Streets",
        ),
    ],
)
def test_an_organisation_named_beside_its_description_is_the_speaker(text, speaker):
    assert speakers(run(text)) == [speaker]


@pytest.mark.parametrize(
    "text, agency",
    [
        (
            "Recall widens\n\nThe U.S. Food and Drug Administration widened the recall on Friday. An FDA spokeswoman "
            "said more lots were affected.",
            "Food and Drug Administration",
        ),
        (
            "Merger review\n\nThe U.K. Competition and Markets Authority opened a review on Monday. A CMA spokesman "
            "said the review would take six weeks.",
            "Competition and Markets Authority",
        ),
    ],
)
def test_an_agency_acronym_without_its_country_is_the_agency(text, agency):
    """The agency is named without its country, as a later "the Food and Drug Administration" names it."""
    x = run(text)
    spokesperson = x.party(x.statements[-1].speaker)
    assert spokesperson.affiliation is not None and x.party(spokesperson.affiliation).name == agency


@pytest.mark.parametrize(
    "text, union",
    [
        (
            'Bus driver shortage\n\nThe union says the agency has only itself to blame.\n\n"They know why people '
            'quit," said Curtis Webb, president of Amalgamated Transit Union Local 88.',
            "Amalgamated Transit Union Local",
        ),
        (
            'Nurses walk out\n\nThe union says staffing is the real issue.\n\n"We are short 200 nurses," said Ana '
            "Diaz, president of the Riverside Nurses Union.",
            "Riverside Nurses Union",
        ),
    ],
)
def test_the_union_is_the_union_named_next(text, union):
    x = run(text)
    assert speakers(x)[0] == union
