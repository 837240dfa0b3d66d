"""A denial phrase is a word, not letters inside one (issue 13, kinds): "lies" makes a denial, "families",
"supplies" and "applies" do not, however heated the exchange around them. Sentences written for this test. The
learned recogniser of counter-accounts (``kg.extract.counters``) may still read the accuser's rejoinder to a
denial as an answer by its shape ("the same rule ... was ignored here" after "The county denied it"); its basis
then says so, and the letters never make one."""

import pytest
from extract_support import MODELS, run, said

ACCUSERS_GO_ON = [
    (
        "Drug shortage\n\nPharmacists say Halvorsen Pharma cut production of the drug in March. Halvorsen Pharma "
        "denied that. The pharmacists' association said its members had run out of supplies by April.",
        "run out of supplies",
    ),
    (
        "Election wire\n\nThe Reyes campaign said the county had thrown out 200 ballots. The county denied it. "
        "Reyes said the same rule applies in every county and was ignored here.",
        "rule applies",
    ),
]


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("text, words", ACCUSERS_GO_ON)
def test_letters_of_a_denial_word_inside_another_word_deny_nothing(model, text, words):
    s = said(run(text, model), words)
    assert s.kind != "denial" or {b.rule for b in s.dispute_basis} == {"counter-account"}


@pytest.mark.parametrize("model", MODELS)
def test_the_word_itself_still_denies(model):
    text = (
        "Fee row\n\nThe union said Dunmore had cut pay. Dunmore said the union's figures were lies from start to end."
    )
    assert said(run(text, model), "figures were lies").kind == "denial"
