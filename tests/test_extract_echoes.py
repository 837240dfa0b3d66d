"""A denial linked by guess also disputes the charge its negation echoes (issue 13, kg.extract.echoes), on sentences
written for these tests."""

from extract_support import disputed, run, said

_CHARGE = (
    "Lifts at Brenton Court have been out of service for nine days.\n\n"
    "Hoistmark Services said it had warned Brenton Court in writing that the cables were close to failing. "
    "Mia Santos, who chairs the tenants' association, said residents had complained about the lifts since March.\n\n"
)


def test_a_guessed_denial_also_disputes_the_charge_it_echoes():
    x = run(
        _CHARGE + "Brenton Court manager Ada Lenz countered that there was no record of any warning about the cables."
    )
    answer = "no record of any warning about the cables"
    assert said(x, answer).kind == "denial"
    targets = disputed(x, answer)
    assert any("the cables were close to failing" in t for t in targets), targets
    assert any("complained about the lifts" in t for t in targets), targets  # the guessed link stays


def test_an_echo_reaches_back_one_paragraph_at_most():
    between = "Repairs are expected to take another two weeks.\n\nThe building has 240 flats.\n\n"
    x = run(
        _CHARGE
        + between
        + "Brenton Court manager Ada Lenz countered that there was no record of any warning about the cables."
    )
    targets = disputed(x, "no record of any warning about the cables")
    assert not any("the cables were close to failing" in t for t in targets), targets


def test_an_answer_that_does_not_negate_echoes_nothing():
    x = run(_CHARGE + "Brenton Court manager Ada Lenz countered that the cables had been replaced last year.")
    targets = disputed(x, "the cables had been replaced last year")
    assert not any("the cables were close to failing" in t for t in targets), targets
