"""Whom a denial disputes within an article (issue 13, item 2), on sentences written for these tests.

A denial disputes what the other side claimed that it answers, and nothing of its own
side, nothing said after it that it does not answer, no outlet that only reported the
accusation and no request. Each link carries its basis: the rule and the words.
"""

import pytest
from extract_support import disputed, run, said


@pytest.mark.parametrize(
    "text, denial, accusation, own",
    [
        (
            "The Riverkeepers group alleged that Harlow Mining had dumped tailings into the creek. "
            "Harlow Mining said its permits were current. "
            'A Harlow Mining spokeswoman said: "These claims are false."',
            "These claims are false",
            "had dumped tailings into the creek",
            "its permits were current",
        ),
        (
            "Councilwoman Ida Roth accused the transit agency of hiding crash data. "
            "The agency's director, Sam Hale, said ridership had grown. "
            '"That accusation is simply wrong," Hale said.',
            "That accusation is simply wrong",
            "hiding crash data",
            "ridership had grown",
        ),
        (  # the parent of the unit answering is its own side ("Amazon" for "Amazon Web Services")
            "Tillo sues Halvard unit\n\n"
            "The shopping platform Tillo alleged on Monday that Halvard Data Exchange (HDX), Halvard's data unit, "
            "sold its customers' addresses to advertisers.\n\n"
            "Halvard accused Tillo of failing to pay its invoices for six months.\n\n"
            '"That is simply not true," an HDX spokeswoman said.',
            "That is simply not true",
            "sold its customers' addresses",
            "failing to pay its invoices",
        ),
    ],
)
def test_a_denial_disputes_the_other_side_never_its_own(text, denial, accusation, own):
    x = run(text)
    assert said(x, denial).kind == "denial"
    targets = disputed(x, denial)
    assert any(accusation in t for t in targets) and not any(own in t for t in targets), targets


@pytest.mark.parametrize(
    "text, denial, later",
    [
        (
            "Nurses at St. Brigid's alleged that the hospital cut night staff by a third. "
            "The hospital denied the allegations on Tuesday. "
            "The nurses' union later said a strike vote would be held in June.",
            "the allegations",
            "a strike vote would be held",
        ),
        (
            "Ferry workers accused Bayline of skipping safety drills. Bayline rejected the accusations. "
            "The workers also said the company had cut their overtime.",
            "the accusations",
            "cut their overtime",
        ),
    ],
)
def test_a_denial_does_not_dispute_what_is_said_after_it(text, denial, later):
    x = run(text)
    targets = disputed(x, denial)
    assert targets and not any(later in t for t in targets), targets


@pytest.mark.parametrize(
    "text, denial",
    [
        (
            "Tenants asked the court to halt the evictions. The landlord, Keel Properties, denied the tenants' claims.",
            "the tenants' claims",
        ),
        (
            "The Daily Ledger first reported the accusations on Sunday. "
            "Quarry owner Lisa Brandt denied the accusations.",
            "the accusations",
        ),
    ],
)
def test_requests_and_reports_of_an_outlet_are_never_disputed(text, denial):
    x = run(text)
    assert all(not s.disputes for s in x.statements)


@pytest.mark.parametrize(
    "text, denial, meant, not_meant",
    [
        (
            "Ana Ruiz alleged that the landlord ignored the mould for a year. "
            "She also alleged that the landlord raised rents illegally. "
            "The landlord rejected the allegation that it ignored the mould.",
            "the allegation that it ignored the mould",
            "ignored the mould for a year",
            "raised rents illegally",
        ),
        (
            "Parents claimed that the district hid the test results. They also claimed that the buses ran late. "
            "The district denied the claim that it hid the results.",
            "the claim that it hid the results",
            "hid the test results",
            "buses ran late",
        ),
    ],
)
def test_the_allegation_that_picks_the_statements_saying_it(text, denial, meant, not_meant):
    x = run(text)
    targets = disputed(x, denial)
    assert any(meant in t for t in targets) and not any(not_meant in t for t in targets), targets


@pytest.mark.parametrize(
    "text, denial, accuser, bystander",
    [
        (
            "The union accused the hospital of understaffing its wards. "
            "Patient advocate Lee Ortiz said waits had doubled since May. "
            "The hospital's chief executive denied the union's accusations.",
            "the union's accusations",
            "understaffing its wards",
            "waits had doubled",
        ),
        (
            "Farmers accused Delta Grain of underpaying for wheat. Analyst Mia Chen said prices had fallen everywhere. "
            "Delta Grain denied the farmers' allegations.",
            "the farmers' allegations",
            "underpaying for wheat",
            "prices had fallen",
        ),
    ],
)
def test_a_denial_naming_the_accuser_disputes_that_party(text, denial, accuser, bystander):
    x = run(text)
    targets = disputed(x, denial)
    assert any(accuser in t for t in targets) and not any(bystander in t for t in targets), targets


def test_each_link_records_its_rule_and_words():
    x = run(
        "Councilwoman Ida Roth accused the transit agency of hiding crash data. "
        '"That accusation is simply wrong," said Sam Hale, the agency\'s director.'
    )
    denial = said(x, "That accusation is simply wrong")
    assert [b.statement for b in denial.dispute_basis] == denial.disputes
    (basis,) = denial.dispute_basis
    assert basis.rule == "anaphora" and basis.text == "That accusation"
    assert x.article.text[basis.start : basis.end] == basis.text
    assert x.to_json()["statements"][1]["dispute_basis"][0]["rule"] == "anaphora"


def test_standing_by_ones_words_disputes_their_denials():
    text = (
        "Council member Rosa Vale said the contract had been signed in secret. "
        "Mayor Tom Aldous denied Vale's claim. "
        '"I stand by every word," Vale said.'
    )
    x = run(text)
    assert said(x, "I stand by every word").disputes == [said(x, "Vale's claim").id]


@pytest.mark.parametrize(
    "text, denial, accusation",
    [
        (
            "Council member Rosa Vale accused the port of dumping sludge in the bay. "
            '"What Ms. Vale is describing is routine dredging," the port director, Ian Coles, said.',
            "What Ms. Vale is describing",
            "dumping sludge",
        ),
        (
            "The union alleged that the mill exposed workers to asbestos. "
            "The air readings cited by the union were taken in 1998, a mill spokesman said.",
            "The air readings cited by the union",
            "exposed workers to asbestos",
        ),
    ],
)
def test_words_pointing_back_at_the_accusers_make_a_denial(text, denial, accusation):
    x = run(text)
    assert said(x, denial).kind == "denial"
    assert any(accusation in t for t in disputed(x, denial))


def test_a_filing_on_its_own_plight_is_no_charge_even_when_it_names_the_other_side():
    """'Without Harlow, Brightwater is finished' is the filer on itself: a denial of 'these claims' leaves it."""
    x = run(
        "Brightwater Farms sued Harlow Mining on Monday. The 20-page complaint argues that Harlow poisoned its wells. "
        '"Without Harlow, Brightwater is finished as a going concern," it says. '
        '"There is no merit to these claims," a Harlow Mining spokeswoman said.'
    )
    assert said(x, "Brightwater is finished").kind == "claim"
    assert disputed(x, "There is no merit to these claims") == [said(x, "Harlow poisoned its wells").text]


def test_standing_by_ones_words_answers_whoever_disputed_them():
    x = run(
        "Council member Ada Brandt accused the parks director of hiding the cost of the new pool. Director Omar "
        "Kell denied Brandt's claim that the cost had been hidden. Dozens of residents spoke at the meeting, and "
        'most of them opposed the pool. Brandt, asked about the denial, did not budge. "I stand by every word," '
        "she said."
    )
    assert disputed(x, "I stand by every word") == ["Brandt's claim that the cost had been hidden"]


def test_the_allegation_that_answers_the_accuser_it_repeats_not_the_latest_one():
    x = run(
        "Crib recall\n\nLarkspur & Vine is recalling 50,000 cribs, the company said Monday.\n\nA lawyer for two "
        "families says the company knew about the loose rails for years.\n\nPriya Nandi, a lawyer in Denver, said "
        'Larkspur & Vine had received complaints about the rails in 2019. "They kept selling the cribs anyway," she '
        'said. "Nothing about this was an accident."\n\nA separate lawsuit filed by a retailer says the company '
        "shipped cribs late.\n\nLarkspur & Vine rejected the allegation that it had known about the rails since 2019."
    )
    assert disputed(x, "the allegation that it had known") == [
        "the company knew about the loose rails for years",
        "Larkspur & Vine had received complaints about the rails in 2019",
        "They kept selling the cribs anyway",
    ]


@pytest.mark.parametrize(
    "text, denial, accusation",
    [
        (
            "Power cut row\n\nFarmers filled a Cedar Valley Power Cooperative meeting on Monday after a growers' "
            'group accused the utility of cutting power without notice.\n\n"We have never cut anyone off without '
            'notice," said Dana Ortiz, a spokeswoman for Cedar Valley Power Cooperative.',
            "We have never cut anyone off",
            "cutting power without notice",
        ),
        (
            "Hail claims\n\nDrivers lined up outside a Northgate Mutual Insurance office on Monday after a drivers' "
            'association accused the insurer of cutting hail payouts.\n\n"We have never cut a valid payout," said '
            "Omar Reyes, a spokesman for Northgate Mutual Insurance.",
            "We have never cut a valid payout",
            "cutting hail payouts",
        ),
    ],
)
def test_an_institution_named_by_its_kind_is_the_one_in_the_same_sentence(text, denial, accusation):
    x = run(text)
    accused = said(x, accusation)
    assert accused.about == x.party(said(x, denial).speaker).affiliation
    assert said(x, denial).kind == "denial"
    assert accusation in disputed(x, denial)[0]


@pytest.mark.parametrize(
    "text, carried, accusation",
    [
        (
            "Break row\n\nLine workers at Harlan Foods accused the company of forcing them to skip breaks during the "
            'heat wave.\n\nHarlan Foods denied the accusations in a written statement on Friday. "No one at the '
            'plant was ever told to skip a break," the statement read. "We never cut anyone\'s hours for resting."',
            "No one at the plant was ever told to skip a break",
            "forcing them to skip breaks",
        ),
        (
            "Mould row\n\nA tenants' group accused Orchard Property Management of ignoring mould in 40 apartments."
            "\n\nThe company's director, Paul Ngata, rejected the allegations on Tuesday. \"No inspector has found "
            'mould in any of the buildings," he said.',
            "No inspector has found mould",
            "ignoring mould in 40 apartments",
        ),
    ],
)
def test_a_denial_carried_on_in_the_next_sentences_answers_what_it_answered(text, carried, accusation):
    x = run(text)
    assert said(x, carried).kind == "denial"
    assert disputed(x, carried) == [said(x, accusation).text]


def test_a_document_named_by_the_denial_is_what_it_disputes():
    x = run(
        "Boiler row\n\nThe Lakeview Tenants Union accused Crestline Properties of overcharging for heat. The union "
        "released a timeline on Monday. According to the timeline, Crestline knew about the broken boiler in "
        'October.\n\nA spokesman for Crestline Properties, Vic Orr, said: "That timeline is wrong."'
    )
    assert disputed(x, "That timeline is wrong") == ["Crestline knew about the broken boiler in October"]


def test_a_confirmation_between_ends_the_denial_carried_on():
    x = run(
        "Break row\n\nLine workers at Harlan Foods accused the company of forcing them to skip breaks.\n\nHarlan "
        "Foods denied the accusations. A former Harlan Foods shift manager, Dana Kim, confirmed the workers' "
        "account. She said breaks were never allowed during the heat wave."
    )
    assert said(x, "breaks were never allowed").kind != "denial"
