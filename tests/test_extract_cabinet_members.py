"""A member of a council's cabinet speaks for the council, on sentences written for these tests: "Cllr Martin Shaw,
the cabinet member for culture," holds an office of the council's executive, so who-disputed-whom counts his denial
as the council's; a councillor given no such office speaks for himself.
"""

import pytest
from extract_support import MODELS, run, said

STORY = (
    "Hollins Vale District Council voted on Tuesday to close the Mill Lane library in June. Residents accused the "
    "council of hiding the cost of the repairs. {who} rejected that, saying the survey had been published in March."
)


def voice(x, words):
    statement = said(x, words)
    return x.party(statement.on_behalf_of).name if statement.on_behalf_of else None


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize(
    "who",
    [
        "Cllr Martin Shaw, the cabinet member for culture,",
        "The cabinet member for culture, Cllr Martin Shaw,",
        "Councillor Ruth Pell, the executive member responsible for libraries,",
    ],
)
def test_a_cabinet_member_speaks_for_the_council(model, who):
    x = run(STORY.format(who=who), model)
    assert voice(x, "the survey had been published") == "Hollins Vale District Council"


@pytest.mark.parametrize("model", MODELS)
def test_a_councillor_with_no_office_speaks_for_himself(model):
    x = run(STORY.format(who="Cllr Tom Baird, a Liberal Democrat,"), model)
    assert voice(x, "the survey had been published") is None
