"""A plural answer to a side none of whose words was read as a charge (issue 13): "there is no merit to these
claims" after a wire's bulleted claims, or after an accuser's reported claims, answers all the side claimed of
others, not only its latest sentence; never what the accuser says of itself ("We have paid every bill on time").
Sentences written for this test, in wire-brief and news styles."""

from extract_support import run, said

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
