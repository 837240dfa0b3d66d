"""Dispute rules that hold across articles, not phrases (issue 13, item 2), on sentences written for these tests.

A bare "denied that." answers what the other side had just said; a live blog's newest-first entries are read in
the order they were written; a denial that names nothing and shares no words with the charges answers every charge
made against its side, not only the latest one.
"""

import pytest
from extract_support import MODELS, answers, disputed, run, said

POINTER = (
    "Tenants at the Larkspur Court towers said the owner had shut off the heat in January to push out older "
    "renters.\n\n"
    '"We slept in our coats for three weeks," said Ana Reyes, who has lived there since 1998.\n\n'
    "Marlow Properties denied that. The company said a boiler part had been on back order."
)


def test_a_bare_that_denies_what_the_other_side_had_just_said():
    x = run(POINTER)
    answers(x, "that", meant=("shut off the heat", "slept in our coats"), not_meant=("back order",))


def test_a_bare_that_reaches_back_no_further_than_two_paragraphs():
    earlier = "The Orchard Lane school board said it had approved a new bus contract in May.\n\n"
    filler = "The towers were built in 1971.\n\nThe city inspects boilers every two years.\n\n"
    x = run(earlier + filler + POINTER)
    assert not any("bus contract" in t for t in disputed(x, "that"))


LIVE_BLOG = """Live: Ferry service halted

Updates from the metro desk. Newest posts first.

5:20 p.m.
Bayline responds

"Those accusations have no basis," a Bayline spokeswoman said in an email.

3:10 p.m.
The union's letter

The Inland Boatmen's Union said Bayline had skipped two required safety drills in March. It also accused the company of \
falsifying the drill logs.

11:45 a.m.
Boats stay docked

Morning ferries did not sail, and the port authority said service would resume on Friday.
"""


def test_in_a_newest_first_live_blog_a_denial_answers_the_entries_below_it():
    x = run(LIVE_BLOG)
    answers(
        x,
        "no basis",
        meant=("skipped two required safety drills", "falsifying the drill logs"),
        not_meant=("service would resume",),
    )


def test_a_denial_without_a_pointer_answers_every_charge_against_its_side():
    x = run(
        "Parents at Elm Street School alleged that the district had hidden the results of lead tests. "
        "A teacher, Joan Fry, alleged that the district had ignored her reports about the fountains. "
        '"We have done nothing wrong," the district superintendent, Mark Doyle, said.'
    )
    answers(x, "done nothing wrong", meant=("hidden the results", "ignored her reports"))


FILLER = (
    "The school opened in 1958 and has 410 pupils.\n\nIts fountains were replaced in 2009.\n\n"
    "The board meets on the second Tuesday of each month.\n\nEnrollment has fallen for three years.\n\n"
)
FAR_CHARGE = "Parents at Elm Street School alleged that the district had hidden the results of lead tests.\n\n"
DENIAL = '"We have done nothing wrong," the district superintendent, Mark Doyle, said.'


def test_a_denial_without_a_pointer_reaches_no_charge_five_paragraphs_back_when_a_nearer_one_is_left():
    x = run(
        FAR_CHARGE + FILLER + "A teacher, Joan Fry, alleged that the district had ignored her reports about the "
        "fountains.\n\n" + DENIAL
    )
    answers(x, "done nothing wrong", meant=("ignored her reports",), not_meant=("hidden the results",))


def test_a_denial_without_a_pointer_answers_no_charge_five_paragraphs_back_even_the_only_one():
    """With nothing in its words pointing back, a denial five paragraphs after the only charge is left unlinked:
    such links were right 0 times in 20 over the nineteen studied splits (2026-12-07a)."""
    x = run(FAR_CHARGE + FILLER + DENIAL)
    answers(x, "done nothing wrong", not_meant=("hidden the results",))
    assert disputed(x, "done nothing wrong") == []


def test_words_calling_the_other_sides_charge_an_idea_or_a_suggestion_deny_it():
    x = run(
        "The drivers' union alleged that Redline Freight skipped brake inspections to save money. "
        '"The idea that our drivers skip inspections is a fantasy," said Carla Boyd, a Redline spokeswoman.'
    )
    answers(x, "is a fantasy", meant=("skipped brake inspections",))


def test_a_quotation_after_a_colon_belongs_to_the_subject_whatever_it_handed_over():
    x = run(
        "The dockworkers' union alleged that the Port of Alder Bay had ignored its safety reports. "
        'Asked about the suit, a port spokesman offered one line: "These claims are baseless."'
    )
    answers(x, "These claims are baseless", meant=("ignored its safety reports",))
    assert said(x, "These claims are baseless").origin is None


def test_a_colon_before_the_writers_own_words_attributes_nothing():
    x = run("The plan has three parts: a new road, a bridge and a park.")
    assert x.statements == []


def test_a_charge_runs_on_past_a_phrase_the_parser_hung_on_the_verb():
    x = run(
        "Nine former cooks have accused the company of shaving hours off their time cards and pocketing "
        "a share of their tips."
    )
    charge = said(x, "shaving hours")
    assert charge.text == "shaving hours off their time cards and pocketing a share of their tips"


def test_a_general_denial_answers_every_accuser_of_its_side_not_only_the_latest():
    x = run(
        "Tenants of the Birchwood Apartments alleged that Kestrel Housing had ignored mold complaints for months. "
        "Another renter, Paulo Mendes, alleged that Kestrel Housing had raised his rent after he called an inspector. "
        "Kestrel Housing rejected the allegations."
    )
    answers(x, "the allegations", meant=("ignored mold complaints", "raised his rent"))


def test_the_writers_clause_before_a_colon_is_not_what_it_says_reports():
    x = run(
        "The railroad's position has not changed since Monday: it says the crossing signals were working "
        "when the truck drove onto the tracks."
    )
    assert [s.text for s in x.statements] == ["the crossing signals were working when the truck drove onto the tracks"]


def test_a_short_sentence_quoted_after_a_speakers_words_carries_them_on():
    x = run(
        '"We warned the county twice about that culvert," said Rosa Kim, who farms the land beside it. "Nobody came."'
    )
    carried = said(x, "Nobody came.")
    assert carried.continues == said(x, "We warned the county").id


def test_a_scare_quote_carries_nothing_on():
    x = run('"The figures are wrong," said Omar Bell, the council treasurer. Critics called the audit "thorough."')
    assert not any(s.text.startswith("thorough") for s in x.statements)


def test_an_answer_to_a_lawsuit_answers_the_suit_not_what_the_plaintiffs_chief_said_on_the_radio():
    x = run(
        "Halvorsen Freight filed a lawsuit on Monday alleging that Dunmore Logistics had copied its routing "
        "software.\n\n"
        'Halvorsen\'s chief executive, Erik Lund, told a radio station on Sunday: "They are thieves, all of them."\n\n'
        "A Dunmore spokeswoman sent the following statement in response to the lawsuit:\n\n"
        '"These claims are baseless."'
    )
    answers(x, "These claims are baseless", meant=("copied its routing software",), not_meant=("thieves",))


def test_said_in_a_letter_that_reports_the_clause_through_the_letter():
    x = run("Mayor Ann Lee said in a letter that the harbor fees were too high.")
    statement = said(x, "the harbor fees were too high")
    assert statement.origin is not None and statement.origin.text == "a letter"


@pytest.mark.parametrize("model", MODELS)
def test_a_clause_after_a_time_phrase_is_what_was_told_and_that_is_rejected(model):
    x = run(
        "Bakery feud\n\nLoafline sued Crumbworks on Monday.\n\nOther readers asked about the founder. Mira Osei told "
        "Sky News that weekend that Crumbworks's decision was a planned attack meant to kill Loafline. Crumbworks "
        "rejected that.",
        model,
    )
    told = said(x, "a planned attack meant to kill Loafline")
    assert x.party(told.speaker).name == "Mira Osei"
    assert [s.disputes for s in x.statements if s.kind == "denial"] == [[told.id]]


def test_a_suit_filed_arguing_something_speaks_through_the_suit():
    x = run("Kestrel Air filed suit against the county in Boise, arguing that the airport board had broken its lease.")
    statement = said(x, "had broken its lease")
    assert statement.origin is not None and statement.origin.kind == "court filing"


def test_a_charge_may_name_the_other_side_in_two_words():
    x = run(
        "Game developer Mia Stone said the cloud giant had frozen her payments for six weeks. "
        "Stone said her studio had twelve employees. "
        "Nimbus Systems rejected the accusations."
    )
    answers(x, "the accusations", meant=("frozen her payments",), not_meant=("twelve employees",))


def test_a_claim_a_party_makes_is_its_own_and_no_mere_mention():
    x = run(
        "The Riverside Nurses Union said the hospital had closed two wards in March. "
        "The union also makes the claim that the hospital had cut night shifts by a third."
    )
    made = said(x, "cut night shifts by a third")
    assert made.text == "the hospital had cut night shifts by a third"
    assert made.speaker == said(x, "closed two wards").speaker


def test_a_brief_answers_the_complaint_it_opposes_even_when_the_story_tells_the_complaint_later():
    x = run(
        "In an opposition brief filed Tuesday, Harlan Cloud said the suspension had nothing to do with politics "
        "or with its customers' rivals. "
        "Finch Social's complaint, filed Monday, alleges that Harlan Cloud cut its service out of political "
        "animus and to help its rivals."
    )
    answers(x, "nothing to do with politics", meant=("political animus",))


def test_a_named_sides_account_is_what_it_told_not_its_denials():
    """ "disputed Cloudrail's account of the warnings" answers what Cloudrail told, not its spokesperson's "no
    merit" denial of the other charges: named-party links to the named side's denials were right 0 times in 14
    over the nineteen studied splits (2026-12-07a)."""
    x = run(
        "Hosting row\n\nBrightpath Media sued Cloudrail on Monday. The complaint alleges that Cloudrail cut off its "
        'servers to help a rival.\n\nCloudrail said it had warned Brightpath about spam for weeks. "There is no merit '
        "to these claims,\" a Cloudrail spokesperson said.\n\nBrightpath's founder, Nadia Quell, disputed Cloudrail's "
        "account of the warnings, saying the emails asked only for routine updates."
    )
    answers(x, "account of the warnings", meant=("warned Brightpath about spam",), not_meant=("no merit",))


REBUTTED = (
    "The Elm Row Residents Association accused the Harlow council of dumping road salt into the creek behind its "
    "members' homes.\n\n"
    "The council said its crews had followed the county's disposal rules.\n\n"
    "Nia Bell, who chairs the association, disputed that, saying the crews had never been trained on the rules.\n\n"
    '"There is no merit to these claims," a council spokeswoman said.'
)


def test_a_general_denial_answers_the_charges_not_the_accusers_rebuttal():
    x = run(REBUTTED)
    answers(x, "no merit", meant=("dumping road salt",))
    by_id = {s.id: s for s in x.statements}
    assert all(by_id[t].kind != "denial" for t in said(x, "no merit").disputes)


@pytest.mark.parametrize("model", MODELS)
def test_a_general_answer_takes_up_what_the_accuser_said_next(model):
    """ "There is no merit to these claims" answers the charge and what its speaker said in the next sentence of its
    paragraph, the grounds he gave it ("That is not a coincidence."), though they share no word with it."""
    x = run(
        "Crane checks\n\nRuth Okafor, the union's lawyer, went first. Portline cut the crane inspections to save money, "
        'she said, a week after the port lost its biggest client. "That is not a coincidence," she said.\n\n'
        'Outside court, a Portline spokeswoman said: "There is no merit to these claims."',
        model,
    )
    answers(x, "There is no merit", meant=("cut the crane inspections", "not a coincidence"))
