"""A negated restatement of a charge's topic answers that charge wherever the story reports it (issue 13).

"The shutdown had nothing to do with politics" presupposes that someone said it had: it is a denial of the other
side's charges against the speaker's side that share its topic ("politically motivated"), even when a story's lead
gives the answer before the charge. Sentences written for these tests; both extractors are held to it.
"""

import pytest
from extract_support import MODELS, disputed, run, said

LEAD = (
    "Corvane Hosting on Wednesday asked a judge to dismiss Brightline Media's lawsuit, arguing that the shutdown "
    "was a response to unpaid invoices and had nothing to do with politics.\n\n"
    "Brightline Media's complaint, filed last week, alleges that Corvane Hosting acted out of political bias.\n\n"
    "Brightline Media's founder, Dana Whitfield, said in a radio interview that Corvane Hosting's decision was "
    "politically motivated. Whitfield said Brightline Media would move to a new host by March."
)


@pytest.mark.parametrize("model", MODELS)
def test_a_rebuttal_in_the_lead_answers_the_charges_of_its_topic_told_later(model):
    x = run(LEAD, model)
    rebuttal = said(x, "nothing to do with politics")
    assert rebuttal.kind == "denial"
    targets = disputed(x, "nothing to do with politics")
    assert any("political bias" in t for t in targets), targets
    assert any("politically motivated" in t for t in targets), targets
    assert not any("new host" in t for t in targets), targets
    assert {b.rule for b in rebuttal.dispute_basis} == {"contradiction"}
    assert all(b.text == "nothing to do with politics" for b in rebuttal.dispute_basis)


@pytest.mark.parametrize("model", MODELS)
def test_a_negated_topic_no_charge_shares_answers_nothing(model):
    x = run(LEAD.replace("had nothing to do with politics", "had nothing to do with the weather"), model)
    assert said(x, "nothing to do with the weather").kind == "claim"


@pytest.mark.parametrize("model", MODELS)
def test_not_about_to_is_no_rebuttal(model):
    x = run(LEAD.replace("had nothing to do with politics", "was not about to bend to politics"), model)
    assert said(x, "not about to bend").disputes == []
