"""A plural answer to a side none of whose words was read as a charge (issue 13): "there is no merit to these
claims" after a wire's bulleted claims, or after an accuser's reported claims, answers all the side claimed of
others, not only its latest sentence; never what the accuser says of itself ("We have paid every bill on time").
Sentences written for this test, in wire-brief and news styles. What others did to the accuser, its name no subject
of it, is something it claimed of others ("Closing the berth to Tamsin Ferries ... was no accident"; over the 25
studied splits, hybrid, 2026-12-07g: 1 right dispute pair gained, none wrong, a right founding row in heldout6)."""

from extract_support import run, said
from links_support import linked

from kg.extract.model import Party

WIRE = """BRIEF-Harbour union says port cut night shifts

March 3 (Wire) - Dockworkers Union Local 12:

* UNION SAYS NIGHT SHIFT CUTS LEAVE CRANES UNMANNED AFTER MIDNIGHT
* UNION SAYS SAFETY INSPECTIONS WERE SKIPPED TWICE IN FEBRUARY
* UNION SAYS WAGES FOR CASUAL CREWS FELL BY A FIFTH

BRIEF-Port authority rejects union statement

March 3 (Wire) - Calder Port Authority:

* PORT AUTHORITY SPOKESPERSON SAYS "THERE IS NO MERIT TO THESE CLAIMS"
"""

NEWS = (
    "Members of the Riverside Allotment Society say the water meters on their plots overcharge plots that share a "
    "tap. The society's secretary, Hannah Pryce, said bills for the shared plots had tripled since April. She said "
    "the readings were taken in winter, when nobody was watering.{own}\n\nA spokesperson for Brackley Water said "
    "there was no merit to these claims.\n"
)


def _answered(text: str, answer: str) -> list[str]:
    x = run(text)
    denial = said(x, answer)
    by_id = {s.id: s for s in x.statements}
    assert denial.kind == "denial"
    assert {b.rule for b in denial.dispute_basis} == {"anaphora"}
    return [by_id[t].text for t in denial.disputes]


def test_these_claims_after_a_wires_bullets_answers_every_bullet():
    assert _answered(WIRE, "THERE IS NO MERIT TO THESE CLAIMS") == [
        "NIGHT SHIFT CUTS LEAVE CRANES UNMANNED AFTER MIDNIGHT",
        "SAFETY INSPECTIONS WERE SKIPPED TWICE IN FEBRUARY",
        "WAGES FOR CASUAL CREWS FELL BY A FIFTH",
    ]


def test_these_claims_after_reported_claims_answers_each_of_them():
    answered = _answered(NEWS.format(own=""), "no merit to these claims")
    assert any("bills for the shared plots had tripled" in t for t in answered), answered
    assert any("the readings were taken in winter" in t for t in answered), answered


def test_what_the_accuser_says_of_itself_is_not_answered():
    answered = _answered(NEWS.format(own=' "We have paid every bill on time," she said.'), "no merit to these claims")
    assert any("bills for the shared plots had tripled" in t for t in answered), answered
    assert not any("We have paid every bill" in t for t in answered), answered


def test_these_claims_answers_what_was_done_to_the_accuser_not_what_it_says_it_did():
    text = (
        "Berth row\n\n"
        "Tamsin Ferries said the berth fees had risen twice in a year. Closing the berth to Tamsin Ferries the week "
        "after a rival bid was no accident, it said. Tamsin Ferries has carried every passenger on time, it added.\n\n"
        "A Harbour Board spokesman said: There is no merit to these claims."
    )
    board = Party("h", "Harbour Board", "Organization")
    spokesman = Party("s", "Harbour Board spokesman", "Person", role="spokesman", affiliation="h")
    parties = [Party("t", "Tamsin Ferries", "Organization"), board, spokesman]
    said = [
        ("s1", "t", "claim", "the berth fees had risen twice in a year", None),
        ("s2", "t", "claim", "Closing the berth to Tamsin Ferries the week after a rival bid was no accident", None),
        ("s3", "t", "claim", "Tamsin Ferries has carried every passenger on time", None),
        ("s4", "s", "denial", "There is no merit to these claims.", None),
    ]
    assert linked(text, parties, said, ("Tamsin", "Closing", "Tamsin Ferries has", "A Harbour")) == ["s1", "s2"]
