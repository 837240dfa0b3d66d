"""A quotation that is a paragraph of its own, under the paragraph that reported its speaker (issue 13,
item 1): 'In an interview she described the winter the mill closed.' then '"We had nothing left..."'.

No cue sits beside the quotation; the paragraph above named who speaks and what about, in the writer's words,
so the quotation is that speaker's and carries on that statement. A quotation inside a paragraph of the
writer's own text stays unattributed. Text written for these tests.
"""

import pytest

from tests.extract_support import MODELS, run, said


@pytest.mark.parametrize("model", MODELS)
def test_a_quotation_paragraph_under_its_speakers_paragraph_is_theirs(model):
    x = run(
        "Rosa Lindqvist ran the mill's canteen for thirty years. In a radio interview in 2019, she described the "
        "winter the mill closed.\n\n"
        '"We had two weeks of flour left and no wages. Nobody from the company came to say goodbye.\n\n'
        '"So we fed the whole street instead."\n\n'
        "The canteen reopened as a cafe in 2004.\n",
        model,
    )
    first = said(x, "two weeks of flour")
    assert x.party(first.speaker).name == "Rosa Lindqvist"
    last = said(x, "fed the whole street")
    assert last.speaker == first.speaker and last.quote == "direct"


@pytest.mark.parametrize("model", MODELS)
def test_a_quotation_inside_the_writers_paragraph_is_no_ones(model):
    x = run(
        "Rosa Lindqvist ran the mill's canteen for thirty years. In a radio interview, she described the winter "
        "the mill closed.\n\n"
        'The gate still carries a "Closed until further notice" sign, a decade on.\n',
        model,
    )
    assert not any("further notice" in s.text for s in x.statements)


@pytest.mark.parametrize("model", MODELS)
def test_a_quotation_left_open_is_no_paragraph_of_its_own(model):
    x = run(
        "Rosa Lindqvist ran the mill's canteen for thirty years. In a radio interview, she described the winter "
        "the mill closed.\n\n"
        '"Flour ran out in a fortnight, the parish newsletter reported that March.\n',
        model,
    )
    assert not any("Flour ran out" in s.text and x.party(s.speaker).name == "Rosa Lindqvist" for s in x.statements)


@pytest.mark.parametrize("model", MODELS)
def test_a_quotation_the_writer_introduces_in_a_later_paragraph_is_not_the_speaker_before_carrying_on(model):
    """Under a paragraph of the suit's charges, 'The insurer's reply came later. First one line from its press office
    — "..."' is not the suit carrying on: the writer's sentence before it in its paragraph says whose it is."""
    x = run(
        'Orchard suit\n\nThe growers\' complaint says Halvard Mutual delayed every smoke claim "for months on end," '
        "and it argues that the insurer hid its inspectors' reports.\n\n"
        'The insurer\'s reply came later. First one line from its press office — "We reject every word of it."\n',
        model,
    )
    assert not any("We reject every word" in s.text and "growers" in x.party(s.speaker).name for s in x.statements)


@pytest.mark.parametrize("model", MODELS)
def test_a_question_closing_a_quotation_leaves_the_claims_before_it(model):
    x = run(
        'The ferry\'s captain, Oona Brekke, was blunt. "The engine was serviced in May," Brekke said. "The '
        "crew did every check.\n\n"
        '"Half the passengers watched the smoke and asked me the same thing: why did we sail?"\n',
        model,
    )
    assert said(x, "crew did every check").speaker == said(x, "serviced in May").speaker
    assert not any("why did we sail" in s.text for s in x.statements)
