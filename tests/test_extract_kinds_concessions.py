"""A verb that grants a point makes a confirmation, not a claim (issue 13, kinds): "conceded that", "acknowledged
that", "admitted that", "agreed that" (``kg.extract.kinds.concessions``), on sentences written for these tests in
several styles; the answer said after the concession is read as before."""

import pytest
from extract_support import MODELS, run, said

CONCESSIONS = [
    (  # a court report
        "Phone trial\n\nThe prosecution said the driver had been texting when the van left the road. Under "
        "cross-examination, Dale Pruitt conceded that he had picked up his phone minutes before the crash.",
        "he had picked up his phone",
    ),
    (  # a business story
        "Flight chaos\n\nPassengers said Skyway Air had cancelled flights without warning. The airline acknowledged "
        "that 40 flights had been cancelled on Friday but said the strike was to blame.",
        "40 flights had been cancelled",
    ),
    (  # national politics
        "Housing target\n\nThe opposition said the government would miss its housing target. The minister, Claire "
        "Dunmore, admitted that the department had built fewer homes than planned.",
        "had built fewer homes",
    ),
    (  # a science story
        "Sleep study\n\nCritics said the sleep study was too small to support its headline. Its lead author, Dr. "
        "Omar Haddad, agreed that the sample was small.",
        "the sample was small",
    ),
    (  # the sports pages
        "Transfer row\n\nCity said United had spoken to their striker behind their backs. United conceded that the "
        "player had met their manager in May, but said no offer was made.",
        "had met their manager in May",
    ),
]


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("text, words", CONCESSIONS)
def test_a_concession_is_a_confirmation(model, text, words):
    assert said(run(text, model), words).kind == "confirmation"


@pytest.mark.parametrize("model", MODELS)
def test_what_follows_a_concession_keeps_its_own_kind(model):
    x = run(CONCESSIONS[4][0], model)
    assert said(x, "no offer was made").kind != "confirmation"
    assert said(x, "United had spoken").kind in ("claim", "allegation")
