"""Each charge of "accused X of A, and of B" is its own allegation (issue 13, content spans), also where the parse
hangs the second "of" on a word far from the verb (a dateline, a clause inside the first charge). Every sentence
here was written for these tests.
"""

from __future__ import annotations

import pytest
from extract_support import MODELS, run, said

CHARGED = [
    (  # a regulator's suit in a business wire: the first charge carries a clause of its own
        "SEC sues fund manager\n\n"
        "The Securities and Exchange Commission filed a complaint Monday in federal court in Manhattan, accusing the "
        "fund's former manager of overstating the value of private loans the fund held when investors asked to "
        "withdraw in 2022, and of charging fees on assets that did not exist.\n",
        "overstating the value of private loans",
        "charging fees on assets",
    ),
    (  # a trade paper's court story
        "Distributor sues brewer\n\n"
        "Northgate Beverage filed suit Friday in Hennepin County District Court, accusing Lakeshore Brewing of ending "
        "a ten-year distribution agreement it signed when it entered the Minnesota market in 2016, and of diverting "
        "its accounts to a rival distributor owned by the brewer's chairman.\n",
        "ending a ten-year distribution agreement",
        "diverting its accounts",
    ),
    (  # a wire story the parse reads whole
        "Union sues hospital over overtime\n\n"
        "TACOMA, Wash. (AP) — The nurses' union accused St. Brendan Medical Center on Thursday of cutting night "
        "shift staffing below the levels in its contract for most of last year, and of docking pay from nurses who "
        "refused double shifts.\n",
        "cutting night shift staffing",
        "docking pay from nurses",
    ),
    (  # a regional daily
        "Union blasts school board over portables\n\n"
        "SALEM, Ore. — The teachers' union accused the Salem-Keizer school board on Monday of ignoring a safety "
        "audit about portable classrooms for more than two years, and of spending the repair money on a new "
        "administration building instead.\n",
        "ignoring a safety audit",
        "spending the repair money",
    ),
]


@pytest.mark.parametrize(("text", "first", "second"), CHARGED)
@pytest.mark.parametrize("model", MODELS)
def test_each_charge_after_and_of_is_an_allegation_of_its_own(text, first, second, model):
    x = run(text, model)
    assert said(x, first).kind == "allegation"
    assert said(x, second).kind == "allegation"
    assert second not in said(x, first).text
    assert said(x, second).cue is not None and said(x, second).cue.lemma == "accuse"


@pytest.mark.parametrize("model", MODELS)
def test_each_charge_is_found_where_the_parse_hangs_the_first_on_the_accused(model):
    x = run(
        "Tenants sue landlord\n\n"
        'The tenants sued on Monday. Their complaint accused the landlord of acting out of "pure greed" and of '
        "breaching their leases, which the tenants' lawyers said required 60 days' notice before any rent rise.\n",
        model,
    )
    assert said(x, "acting out of").kind == "allegation"
    assert said(x, "breaching their leases").text == "breaching their leases"  # the lawyers' aside is theirs
    assert said(x, "required 60 days' notice").cue.lemma == "say"


QUOTED = (
    "Ski lift closure\n\n"
    'The instructors\' union accused the resort of shutting the lift "on the strength of one inspection" and of '
    "ignoring the instructors who ride it every day.\n"
)


@pytest.mark.parametrize("model", MODELS)
def test_quoted_words_after_a_charge_carry_it_on(model):
    x = run(QUOTED, model)
    charge = said(x, "shutting the lift")
    assert "on the strength of one inspection" in charge.text and charge.kind == "allegation"
    assert not [s for s in x.statements if s.text.startswith("on the strength")]
