"""Denials that name no denial word, and whose words a denial answers (issue 13, item 2).

Written for these tests: counter-accounts ("had nothing to do with complaints"), answers said in one
breath with a denial, defences of one's own findings ("stood by the report"), and the words that say
whose statements are answered ("the union's accusations", "her account", "those figures").
"""

import pytest
from extract_support import disputed, run, said


def test_a_party_described_by_its_name_is_whose_words_are_answered():
    x = run(
        "The Harbor Cleaners Union accused Marlowe Hotels of cutting night shifts without notice. "
        "A city councilman, Omar Fisk, alleged that Marlowe had ignored a labor board order. "
        "Marlowe denied the union's accusations."
    )
    assert disputed(x, "the union's accusations") == ["cutting night shifts without notice"]


def test_those_figures_are_the_latest_words_that_gave_figures():
    x = run(
        "Residents of the Alder Court towers accused Crestline Management of ignoring broken boilers for a month. "
        "The tenant leader, Rosa Imbert, said repairs took 31 days on average. "
        "Imbert said the landlord never answered letters. Crestline disputed those figures."
    )
    assert disputed(x, "those figures") == ["repairs took 31 days on average"]


def test_her_account_is_the_statement_the_answer_goes_on_about():
    x = run(
        "The Ward 4 Voters League accused the elections office of losing 300 mail ballots. "
        "Election director Ann Cole said every ballot was logged on arrival. "
        "League chair Maria Soto said the office had turned away ballots with clear postmarks. "
        "She said observers had been kept behind a rope line. "
        "Cole disputed her account, saying observers had stood beside the sorting tables all day."
    )
    assert disputed(x, "her account") == ["observers had been kept behind a rope line"]


@pytest.mark.parametrize(
    "text, answer, charge",
    [
        (
            "The Millbrook Tenants Union accused Harbor Lane Properties of raising rents only on tenants who had "
            "complained about repairs. A company spokesman, Carl Imrie, said the rent increases applied to every "
            "unit up for renewal and had nothing to do with complaints.",
            "had nothing to do with complaints",
            "raising rents only on tenants",
        ),
        (
            "A growers' group alleged that Pacific Vale Insurance had used a secret manual to deny smoke claims. "
            "Pacific Vale's claims director said the manual was a draft that was never used to decide claims.",
            "never used to decide claims",
            "secret manual",
        ),
    ],
)
def test_a_counter_account_of_a_charge_against_its_side_is_a_denial(text, answer, charge):
    x = run(text)
    assert said(x, answer).kind == "denial"
    assert any(charge in t for t in disputed(x, answer))


def test_a_neutral_voice_that_negates_denies_nothing():
    x = run(
        "The Millbrook Tenants Union accused Harbor Lane Properties of raising rents only on tenants who had "
        "complained about repairs. A housing economist, Dana Pell, said rent increases of that size were not "
        "unusual in the city this year."
    )
    assert said(x, "were not unusual").kind == "claim"


def test_what_is_said_in_one_breath_with_a_denial_is_part_of_it():
    x = run(
        "Tenants sued Harbor Lane Properties on Monday, accusing the company of ignoring repair requests for months. "
        'In a statement, Harbor Lane called the lawsuit "a publicity stunt" and said every repair request had '
        "been logged and answered within a week."
    )
    assert said(x, "a publicity stunt").kind == "denial"
    answered = said(x, "every repair request had been logged")
    assert answered.kind == "denial"
    assert any("ignoring repair requests" in t for t in disputed(x, "every repair request had been logged"))


def test_a_relative_clause_beside_a_denial_is_not_carried_by_it():
    x = run(
        "Quillpoint said hackers first entered its network in November. But a security researcher who says he "
        "warned Quillpoint about an exposed server in August disputes the company's timeline."
    )
    assert said(x, "warned Quillpoint").kind != "denial"


@pytest.mark.parametrize(
    "text, answer",
    [
        (
            "The Ashford County auditor's report found that the parks department had overspent by $2 million. "
            "The parks director, Lena Moss, rejected the report's findings. "
            "The auditor, Paul Grady, said his office stood by the report.",
            "stood by the report",
        ),
        (
            "A security researcher, Tomas Uribe, said he had warned Quillpoint about an exposed server in August. "
            '"The server Mr. Uribe describes was a test machine that held no customer data," a Quillpoint '
            "spokeswoman said.",
            "The server Mr. Uribe describes",
        ),
    ],
)
def test_words_that_question_the_other_side_make_a_denial(text, answer):
    assert said(run(text), answer).kind == "denial"


def test_a_quoted_denial_carries_on_whatever_its_words_capitalise():
    x = run(
        "The Tenants Council accused Larkin Property Group of ignoring mold complaints. Larkin denied the "
        'accusations. "Mold reports go to a contractor within a day, and no complaint has gone unanswered," '
        "company spokesman Paul Reed said in an emailed statement."
    )
    assert said(x, "Mold reports go to a contractor").kind == "denial"
    assert disputed(x, "Mold reports go to a contractor") == ["ignoring mold complaints"]


@pytest.mark.parametrize(
    "text, denial, charge, accuser, denier",
    [
        (
            "The Kestrel Bay harbour board on Tuesday rejected claims by the Kestrel Anglers Club that its dredging "
            "had killed the estuary's oyster beds.",
            "rejected",
            "its dredging had killed the estuary's oyster beds",
            "Kestrel Anglers Club",
            "Kestrel Bay harbour board",
        ),
        (
            "Harbor Lane Properties denied the Millbrook Tenants Union's claims that it had ignored mold complaints.",
            "denied",
            "it had ignored mold complaints",
            "Millbrook Tenants Union",
            "Harbor Lane Properties",
        ),
    ],
)
def test_a_denied_claim_named_in_passing_is_the_accusers_charge(text, denial, charge, accuser, denier):
    x = run(text)
    alleged = next(s for s in x.statements if s.text == charge)
    assert alleged.kind == "allegation"
    assert x.party(alleged.speaker).name == accuser and x.party(alleged.about).name == denier
    answer = next(s for s in x.statements if s.cue is not None and s.cue.text == denial)
    assert answer.kind == "denial" and x.party(answer.speaker).name == denier and answer.disputes == [alleged.id]


def test_a_claim_named_in_passing_that_its_owner_made_before_is_not_made_again():
    x = run(
        "The Millbrook Tenants Union said Harbor Lane Properties had ignored mold complaints for a year. "
        "Harbor Lane denied the union's claim that it had ignored the complaints."
    )
    assert [s.text for s in x.statements if s.speaker == said(x, "for a year").speaker] == [
        "Harbor Lane Properties had ignored mold complaints for a year"
    ]
    assert disputed(x, "the union's claim") == ["Harbor Lane Properties had ignored mold complaints for a year"]


def test_a_body_named_with_a_common_noun_is_one_party_under_its_descriptions():
    x = run(
        "The Kestrel Bay harbour board on Tuesday rejected claims by the Kestrel Anglers Club that its dredging "
        "had killed the estuary's oyster beds. The board said the beds had been declining for a decade. "
        "The anglers' club said it would take the matter to the province."
    )
    assert x.party(said(x, "declining for a decade").speaker).name == "Kestrel Bay harbour board"
    assert x.party(said(x, "take the matter to the province").speaker).name == "Kestrel Anglers Club"


def test_standing_by_ones_findings_answers_those_who_disputed_them():
    x = run(
        "An audit by the Ashford County Comptroller found that the parks department had overspent by $2 million. "
        "The parks director, Lena Moss, rejected the audit's findings. "
        '"The audit counted grants as spending," Moss said. '
        "Ashford County Comptroller spokesman Paul Grady said the office stood by the audit."
    )
    answered = disputed(x, "stood by the audit")
    assert any("the audit's findings" in t for t in answered) and not any("overspent" in t for t in answered)


def test_a_general_denial_answers_the_charges_and_their_grounds_not_the_accusers_plans_or_self():
    x = run(
        "The Riverkeepers group alleged that Harlow Mining had dumped tailings into Cold Creek. The group said "
        "samples showed tailings in the creek a mile downstream. The group said it would hold a rally on Sunday. "
        '"I have fished this creek for forty years," said its founder, Ada Vance. '
        "Harlow Mining said there was no merit to the claims."
    )
    answered = disputed(x, "no merit to the claims")
    assert any("dumped tailings" in t for t in answered) and any("samples showed tailings" in t for t in answered)
    assert not any("rally" in t or "forty years" in t for t in answered)


def test_a_clause_stops_where_its_speakers_next_cue_begins():
    x = run(
        "Dining hall workers said they had gone months without the raises their contract promised. In a written "
        'statement, Corvale Dining said it "has paid every raise required by its agreements" and disputed the '
        "workers' account."
    )
    paid = said(x, "has paid every raise")
    assert "disputed" not in paid.text and paid.kind == "denial"
    assert disputed(x, "has paid every raise") == disputed(x, "the workers' account")


def test_what_a_clause_charges_is_no_charges_to_deny():
    x = run(
        "The Fundy Coast Airport Authority raised its landing fees in January. Gannet Air's chief executive, "
        "Siobhan Keane, said the authority had raised the fees it charges the airline by 40% without consulting it."
    )
    assert said(x, "raised the fees it charges").kind != "denial"


def test_weighing_how_a_claim_will_fare_answers_nothing():
    """A lawyer's view that "the contract claim was Brightpath's strongest" or "always the weak link" assesses the
    case from outside, not an answer to it: a claim, linked to nothing; "at best guesswork" still denies."""
    x = run(
        "Brightpath Media sued Cloudrail, alleging that Cloudrail breached its hosting contract and conspired with a "
        "rival. Cloudrail denied the allegations. Maria Lentz, a law professor at Hale University, said the contract "
        "claim was Brightpath's strongest argument. Another lawyer, Tom Ruiz, said the conspiracy claim was always "
        "the weak link. Ruiz said the breach claim deserved a hearing. A Cloudrail spokesman said the claims were at "
        "best guesswork."
    )
    for words in ("strongest argument", "the weak link", "deserved a hearing"):
        assert said(x, words).kind == "claim", words
        assert disputed(x, words) == [], words
    assert said(x, "at best guesswork").kind == "denial"


def test_standing_by_an_inspection_answers_all_its_disputer_said_against_it():
    x = run(
        "A Corran County food inspector, Lena Cobb, said she had found mouse droppings in the flour store of the "
        "Blue Heron bakery.\n\n"
        "The bakery's owner, Ivo Brandt, denied the finding. Brandt said the store had been sealed for a week "
        'before the visit. "It\'s a setup, and everybody on this street knows it," he said.\n\n'
        "Cobb said she stood by the inspection."
    )
    answered = disputed(x, "stood by the inspection")
    assert "the finding" in answered and any("It's a setup" in t for t in answered)
    assert not any("mouse droppings" in t for t in answered)


def test_the_deniers_own_quote_next_gives_the_grounds_of_the_denial():
    x = run(
        "A race jury ruled on Sunday that the yacht Petrel had fouled the yacht Marlin at the last mark.\n\n"
        "Petrel's skipper, Aroha Tane, disputes the ruling.\n\n"
        '"We kept clear the whole way round," she said on Monday. "Nobody touched anybody."'
    )
    kept_clear = said(x, "We kept clear the whole way round")
    assert kept_clear.kind == "denial"
    assert disputed(x, "We kept clear the whole way round") == disputed(x, "the ruling")


def test_an_answer_with_no_charge_in_reach_answers_the_side_whose_words_it_contradicts():
    x = run(
        "The garment workers' union accused Lalbagh Knitwear of withholding overtime pay from its machinists.\n\n"
        "The Danish buyer Nordhavn Retail accused Lalbagh of shipping shirts that shrank in the wash.\n\n"
        "Exporters in Dhaka have complained for years about late cancellations.\n\n"
        "Orders from Europe fell by a fifth last year.\n\n"
        "The country has more than 3,500 garment factories.\n\n"
        "Most of them sell to buyers in Europe and North America.\n\n"
        "Lalbagh's owner, Faruk Chowdhury, denied that any machinist had been kept waiting for overtime pay."
    )
    assert disputed(x, "kept waiting for overtime pay") == ["withholding overtime pay from its machinists"]
