"""A singular account that names its owner, or that nothing just told, is that side's case (issue 13): "rejected the
tenants' account" answers the tenants' charges against the answerer, not the rest of the quotation the latest
charge opens ("We have kept every email. We will see them in court."). Over the 21 studied splits (hybrid, models
of 2026-12-07c refit) reading such an answer so gained 3 right dispute pairs and dropped 10 wrong ones. Sentences
written for this test, in housing and port styles."""

import pytest
from extract_support import run, said


@pytest.mark.parametrize(
    "text, answer, charges, aside",
    [
        (
            "Tenants of Ashby Court accused Marlow Estates of ignoring repair requests for months. Their spokeswoman, "
            'Jo Bright, said: "Marlow Estates let the heating fail all winter. We have kept every email. We will see '
            "them in court.\"\n\nMarlow Estates rejected the tenants' account.\n",
            "the tenants' account",
            ["ignoring repair requests", "let the heating fail"],
            ["We have kept every email", "We will see them in court"],
        ),
        (
            'The Harbour Board accused Tarrow Shipping of dumping ballast water in the estuary. "Tarrow Shipping has '
            'ignored three warnings since May," said the board\'s chair, Amira Lowe. "The estuary is not a drain. '
            "Everyone who works here knows that.\"\n\nTarrow Shipping disputed the board's version of events.\n",
            "the board's version of events",
            ["dumping ballast water", "ignored three warnings"],
            ["The estuary is not a drain", "Everyone who works here"],
        ),
    ],
)
def test_an_owned_account_answers_the_owners_charges_not_their_closing_words(text, answer, charges, aside):
    x = run(text)
    denial = said(x, answer)
    by_id = {s.id: s for s in x.statements}
    answered = [by_id[t].text for t in denial.disputes]
    assert denial.kind == "denial"
    assert all(any(c in t for t in answered) for c in charges), answered
    assert not any(a in t for a in aside for t in answered), answered
    assert {b.rule for b in denial.dispute_basis} == {"anaphora"}
