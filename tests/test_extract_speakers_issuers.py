"""Who speaks when a document or a description speaks (issue 13, items 4 and 5), on sentences written for
these tests: a report quoted before its issuer is named, a document made "for" someone, an organisation
first set beside what it is ("their insurer, Calloway Mutual") and later called by it ("the insurer").
"""

import pytest
from extract_support import run, said, speaker


def test_a_report_quoted_before_its_issuer_is_named_speaks_for_the_issuer():
    x = run(
        "Cracked bridge\n\nALBANY, N.Y. — Steel beams under the Elm Street Bridge had cracked so badly that the "
        "span was near closing, according to a state inspection report released Friday.\n\nThe report, prepared by "
        "engineers for the state Department of Transportation, found 14 cracks in the main girders. It says the "
        "cracks grew because water had leaked through deck joints."
    )
    for words in ("had cracked so badly", "14 cracks", "water had leaked"):
        assert speaker(x, words) == "Department of Transportation", words


@pytest.mark.parametrize(
    "text, words, issuer",
    [
        (
            "A study commissioned for the Lakeside Growers Association found that yields fell by a third.",
            "yields fell by a third",
            "Lakeside Growers Association",
        ),
        (
            "An audit written by the Harlan County Comptroller's Office says the parks fund was overdrawn twice.",
            "the parks fund was overdrawn",
            "Harlan County Comptroller's Office",
        ),
        (
            "Half of the city's renters spend more than a third of their income on housing, a survey carried out by "
            "the Harbor Institute found.",
            "Half of the city's renters",
            "Harbor Institute",
        ),
        (
            "Nurses who work rotating night shifts sleep about an hour less than those on fixed days, according to a "
            "study led by researchers at Lakemont University.",
            "sleep about an hour less",
            "researchers at lakemont university",
        ),
    ],
)
def test_a_document_made_for_or_by_a_party_speaks_for_it(text, words, issuer):
    """Whom it was made for, or those who made it: prepared, written, carried out by a body, or led or signed by
    people the text only describes ("researchers at Lakemont University")."""
    assert speaker(run(text), words) == issuer


@pytest.mark.parametrize(
    "text, words, named",
    [
        (
            "Forty growers are fighting their insurer, Calloway Mutual, over smoke damage. The insurer says the "
            "policies cover damage to the vines only.",
            "cover damage to the vines",
            "Calloway Mutual",
        ),
        (
            "The contractor, Mohawk Steel, rejected the state report. Its joints met every specification, the "
            "contractor said.",
            "met every specification",
            "Mohawk Steel",
        ),
    ],
)
def test_an_organisation_called_by_what_it_was_set_beside_is_that_one(text, words, named):
    assert speaker(run(text), words) == named


def test_a_lower_case_description_before_an_agency_name_is_not_its_name():
    x = run(
        "The state Department of Labor said it had received 40 complaints. "
        "The Department of Labor said inspections would begin in May."
    )
    first, second = said(x, "40 complaints"), said(x, "inspections would begin")
    assert first.speaker == second.speaker and x.party(first.speaker).name == "Department of Labor"


@pytest.mark.parametrize(
    "text, words",
    [
        (
            "Kestrel Freight CEO Omar Haddad said the strike would end soon. On Monday the Kestrel Freight CEO said "
            "talks were under way.",
            "talks were under way",
        ),
        (
            "The Kestrel Freight CEO said the strike would end soon. Kestrel Freight's chief executive, Omar Haddad, later said "
            "talks were under way.",
            "the strike would end soon",
        ),
    ],
)
def test_the_holder_of_a_one_holder_role_is_the_person_named_in_it(text, words):
    assert speaker(run(text), words) == "Omar Haddad"


def test_a_statement_handed_over_and_quoted_after_a_colon_is_its_issuers():
    x = run(
        "Ferry row\n\nThe Harbor Lines ferry company accused the port of doubling its fees. Asked about the dispute, "
        "a Port of Kestrel spokeswoman sent the following statement:\n\n"
        '"The fee schedule was published in January. No carrier was singled out."\n\n'
        '"We remain open to talks with every operator."\n\nHarbor Lines did not reply.'
    )
    for words in ("The fee schedule was published", "No carrier was singled out", "We remain open"):
        statement = said(x, words)
        assert x.party(statement.speaker).name == "Port of Kestrel spokesperson", words
        assert statement.origin is not None and "statement" in statement.origin.kind
    assert said(x, "No carrier").continues == said(x, "The fee schedule").id


def test_an_agency_goes_by_initials_that_keep_its_of():
    x = run(
        "The Department of Transportation said the bridge would close in May. "
        "A DOT spokeswoman, Renee Abbott, said repairs would take a year."
    )
    abbott = x.party(said(x, "repairs would take a year").speaker)
    assert abbott.affiliation == said(x, "would close in May").speaker


def test_a_statement_sent_in_response_under_an_update_label_answers_in_its_own_words():
    x = run(
        "Ferry row\n\nThe Harbor Lines ferry company accused Kestrel Harbour of doubling its fees to drive it "
        "out of business.\n\nUPDATE, 5:10 p.m.: A Kestrel Harbour spokeswoman sent the following statement in "
        "response to the accusation:\n\n"
        '"These claims are false. The fee schedule was published in January."\n\n'
        "Every carrier had been consulted, the statement added."
    )
    denial = said(x, "These claims are false")
    assert x.party(denial.speaker).role == "spokesperson" and denial.kind == "denial"
    assert [b.text for b in denial.dispute_basis] == ["These claims"]
    assert said(x, "Every carrier had been consulted").speaker == denial.speaker


def test_a_campaign_named_after_its_candidate_is_its_own_party_and_the_bare_name_the_candidate():
    x = run(
        "The race stayed close as Mayor Daniel Ortega-Reyes and challenger Celia Whitman traded accusations. "
        "The Ortega-Reyes campaign said a courier had delivered 300 ballots a day late. "
        "The Ortega-Reyes campaign also said it had received reports from voters. "
        "Ortega-Reyes, 58, has been mayor since 2017. He predicted that late ballots would carry him to a third term."
    )
    campaign = {x.party(said(x, w).speaker).name for w in ("a courier had delivered", "received reports")}
    assert campaign == {"Ortega-Reyes campaign"}
    assert x.party(said(x, "late ballots would carry him").speaker).name == "Daniel Ortega-Reyes"


def test_a_groups_lawsuit_speaks_for_the_group_named_before():
    x = run(
        "Forty Ridge Valley growers say the policies cover smoke damage. The growers’ lawsuit, filed in March, "
        "says the insurer changed how it read the smoke clause after the fire."
    )
    assert said(x, "changed how it read").speaker == said(x, "cover smoke damage").speaker


def test_a_name_set_beside_a_role_is_a_person_of_that_gender_whatever_the_tagger_says():
    x = run(
        "Gannet Chief Executive Siobhan Keane said landing fees had risen by 40%. A spokeswoman for the airport "
        "authority, Marie-Claude Arsenault, denied that fees had risen by anything close to 40%, saying the average "
        'increase was 12%. "Nobody was surprised," Arsenault said. She said the authority needed the money.'
    )
    arsenault = said(x, "Nobody was surprised").speaker
    assert x.party(arsenault).type == "Person" and x.party(arsenault).role == "spokesperson"
    assert said(x, "the average increase was 12%").speaker == arsenault
    assert said(x, "the authority needed the money").speaker == arsenault


def test_a_word_of_an_organisations_name_with_the_is_that_organisation():
    x = run(
        "Gannet Air blamed the Fundy Coast Airport Authority for a 40% rise in landing fees. "
        "The airport disputed those figures."
    )
    assert x.party(said(x, "those figures").speaker).name == "Fundy Coast Airport Authority"


def test_a_group_described_first_is_the_organisation_the_next_sentence_opens_with():
    x = run(
        "A coalition of food delivery couriers accused Forkline Inc on Wednesday of quietly cutting their pay. "
        "The Chicago Couriers Alliance, which says it represents 3,000 couriers, said in a report that median pay "
        "per trip fell by a fifth."
    )
    assert x.party(said(x, "quietly cutting their pay").speaker).name == "Chicago Couriers Alliance"


def test_an_outlet_called_by_the_last_word_of_its_name_is_that_outlet():
    x = run(
        "The Wall Street Journal first reported the lawsuit on Sunday. Parler's lawyers had contacted Amazon over "
        "the weekend, the Journal reported."
    )
    assert x.party(said(x, "had contacted Amazon").speaker).name == "The Wall Street Journal"
    assert [p.name for p in x.parties if "Journal" in p.name] == ["The Wall Street Journal"]


def test_a_thing_that_cannot_speak_speaks_for_its_owner():
    """Figures, results or screenshots are no party: "according to X's own figures" or "results posted by X" is X's
    statement (issue 13, item 4); "Rao's deputy said" is no thing of Rao's."""
    x = run(
        "Ballot count\n\nCarla Mendez led the race for mayor by 212 votes on Thursday, according to unofficial "
        "results posted by the Alder County Elections Board. Her opponent, Dev Rao, said he would ask for a "
        "recount.\n\nTurnout reached 41 percent, according to the board's own figures. Rao's deputy said the "
        "campaign had run out of money."
    )
    board = "Alder County Elections Board"
    assert x.party(said(x, "Mendez led the race").speaker).name == board
    assert x.party(said(x, "Turnout reached 41 percent").speaker).name == board
    assert not {"unofficial results", "board's own figures"} & {p.name for p in x.parties}
    assert x.party(said(x, "run out of money").speaker).name != "Dev Rao"  # a speech verb's subject can speak


def test_a_document_speaks_for_whoever_issued_one_so_called():
    """Two parties' court filings, or a spokeswoman's email beside her company's letter, are documents of one kind
    by two issuers: "the brief" is the defendant's, "the complaint" the plaintiff's however late it is quoted, and
    "the letter Kestrel Air sent the state" is Kestrel Air's, not the spokeswoman's, nor the paper's that
    published it (issue 13, item 4)."""
    x = run(
        "Loom fight\n\nHarlow Textiles sued Cotton Direct in March, accusing it of selling faulty looms. Cotton Direct "
        "answered the suit in a brief filed on Friday. The brief says the looms were damaged in shipping. The "
        "complaint says the looms broke within a week."
    )
    assert x.party(said(x, "damaged in shipping").speaker).name == "Cotton Direct"
    assert x.party(said(x, "the looms broke within a week").speaker).name != "Cotton Direct"
    x = run(
        "Route cut\n\nKestrel Air will drop its Bangor route in May. A Kestrel spokeswoman sent us an email on "
        "Saturday confirming the date. The spokeswoman also pointed us to the letter Kestrel Air sent the state on "
        'Friday, which the Gazette first published.\n\n"We cannot fly the route at a loss," the letter says.'
    )
    assert x.party(said(x, "We cannot fly the route").speaker).name == "Kestrel Air"


def test_it_after_a_class_action_is_the_plaintiffs():
    """A class action is a lawsuit: "It accuses" after a sentence about one is its plaintiffs' allegation, not the
    court's where it was filed (issue 13, item 4)."""
    x = run(
        "Hiking app sued\n\nDENVER — Three hikers who used the Trailmark app have sued the company, accusing it of "
        "selling their routes. The proposed class action, filed Monday in the U.S. District Court for the District "
        "of Colorado, seeks to represent 2 million users. It accuses Trailmark of breaking its own privacy promises."
    )
    plaintiffs = x.party(said(x, "selling their routes").speaker).name
    assert x.party(said(x, "breaking its own privacy promises").speaker).name == plaintiffs


def test_a_charge_given_according_to_a_complaint_is_the_accusers_complaint():
    """ "X accused Y of ..., according to a complaint filed with ...": the complaint is X's, not a party of its own
    (issue 13, item 4)."""
    x = run(
        "Pilot pay\n\nThe Coastal Pilots Association accused Tern Airways of withholding overtime pay from 200 "
        "pilots, according to a complaint filed with the state labor board."
    )
    assert {x.party(s.speaker).name for s in x.statements} == {"Coastal Pilots Association"}


LEADING_BRIEF = (
    "Loom fight\n\nKestrel Mills sued Arbor Freight on Jan. 9, the day after the carrier lost its shipment. The "
    "complaint alleges that the carrier broke six looms and hid the damage.\n\nArbor Freight has denied the "
    'allegations. In its opposition brief, filed Jan. 12, it called the fraud theory "guesswork piled on rumor" '
    "and said it never opened the crates.\n\nThe brief says Kestrel Mills packed the looms badly."
)


def test_its_brief_in_a_leading_phrase_is_the_clause_subjects():
    """A brief named in a phrase before its clause ("In its opposition brief, filed Jan. 12, it called ...") is the
    issuer's named after the phrase: the later "The brief says" is the defendant's, not the plaintiff's whose
    complaint came first (the founding question showed the defendant disputing its own brief); the participle
    "filed Jan. 12" is when the brief was filed, not what the defendant called anything (issue 13, items 4, 6)."""
    x = run(LEADING_BRIEF)
    assert x.party(said(x, "packed the looms badly").speaker).name == "Arbor Freight"
    assert said(x, "guesswork piled on rumor").text.startswith("the fraud theory")
    assert not any(s.text.startswith("In its opposition brief") for s in x.statements)


def test_the_complaint_is_never_the_party_whose_brief_answers_it():
    """ "Norvex Freight's opposition brief calls ... According to the complaint, Norvex Freight knew ...": the last
    court filing named is Norvex's brief, and a complaint is what the brief answers, so it is not Norvex's."""
    x = run(
        "Carrier case\n\nHalden Farms v. Norvex Freight is a thin case, count by count. Norvex Freight's opposition "
        'brief calls the conspiracy theory "guesswork." According to the complaint, Norvex Freight knew the farm had '
        "contracts with grocers and cut its service anyway."
    )
    assert speaker(x, "Norvex Freight knew the farm") != "Norvex Freight"
