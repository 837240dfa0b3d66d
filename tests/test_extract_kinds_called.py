"""What "called X Y" is and what words pointing at the other side's words make (issue 13, kinds), on
sentences written for these tests in several styles: words called something are answered (a denial), a
deed called something is charged (an allegation), and a relative clause that points at what the other side
cites or describes ("the votes the auditor points to") answers it.
"""

import pytest
from extract_support import MODELS, disputed, run, said

WORDS_CALLED = [
    (  # a board meeting write-up
        "Lobby row\n\nMembers say the board spent the reserve fund on a new lobby. On Tuesday, the board chair, "
        "Anna Roth, called that comparison unfair.",
        "comparison unfair",
        "spent the reserve fund",
    ),
    (  # a markets story quoting a statement
        "Fund presses Kestrel\n\nThe activist fund Orvane Capital said Kestrel Foods had hidden losses in its "
        'European unit. In a statement, Kestrel Foods called that "a distraction from the fund\'s own record."',
        "a distraction",
        "had hidden losses",
    ),
    (  # a wire story: a bare "this" after the other side's words
        "Port strike\n\nDOVER, Del. (AP) — The dockworkers' union said Tidewater Shipping had cut night pay "
        'without notice. Tidewater Shipping called this "simply untrue and unhelpful."',
        "untrue",
        "had cut night pay",
    ),
]


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("text, answer, answered", WORDS_CALLED)
def test_words_called_something_are_answered(model, text, answer, answered):
    x = run(text, model)
    assert said(x, answer).kind == "denial"
    assert any(answered in t for t in disputed(x, answer)), disputed(x, answer)


DEEDS_CALLED = [
    (  # a local story
        "Flood warnings\n\nThe county sent its flood warning two hours late, residents said. In an interview, "
        "council member Rosa Ruiz called the county's handling of the warnings reckless.",
        "handling of the warnings reckless",
    ),
    (  # a court story
        "Tenants sue\n\nTenants say Bryce Property Group charges a $400 fee to renew a lease. The tenants' lawyer, "
        'Dana Cole, calls the practice "a shakedown."',
        "the practice",
    ),
    (  # a possessive names whose deed it is
        "Depot closes\n\nHarbor Logistics closed its Fresno depot on Monday. Teamsters organiser Luis Pardo "
        "called Harbor Logistics's decision an act of retaliation.",
        "decision an act of retaliation",
    ),
]


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("text, charge", DEEDS_CALLED)
def test_a_deed_of_the_other_side_called_something_is_an_allegation(model, text, charge):
    assert said(run(text, model), charge).kind == "allegation"


def test_a_party_called_something_is_no_charge():
    x = run(
        "Cloud rivals\n\nParler said Amazon had cut it off to protect Twitter. Matze called Twitter "
        "the favourite customer of Amazon Web Services."
    )
    assert said(x, "favourite customer").kind == "claim"


POINTED_AT = [
    (  # reported speech
        "School audit\n\nThe state auditor said Riverbend Academy paid $96,000 to a consulting firm without "
        "seeking bids. Board president Ama Osei said the votes the auditor points to came before the contract "
        "was signed.",
        "the votes the auditor points to",
        "without seeking bids",
    ),
    (  # a quotation
        'Pay dispute\n\nThe union says wages at Corven Mills have fallen 12% since 2020. "The figures the union '
        'cites leave out overtime," a Corven Mills spokesman said.',
        "The figures the union cites",
        "have fallen 12%",
    ),
    (  # a trailing attribution in a court story
        "Founder fight\n\nKessler said she was pushed out of Kessler Foods over a dispute about pay. The emails "
        "she describes were sent after the board had voted, a company lawyer said.",
        "The emails she describes",
        "pushed out",
    ),
]


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("text, answer, answered", POINTED_AT)
def test_pointing_at_what_the_other_side_cites_answers_it(model, text, answer, answered):
    x = run(text, model)
    assert said(x, answer).kind == "denial"
    assert any(answered in t for t in disputed(x, answer)), disputed(x, answer)
