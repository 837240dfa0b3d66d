"""What a general denial of the other side's charges answers (issue 13 item 2).

"The criticism" means all of it, as "the claims" does; a claim said in the same sentence as a charge ("accusing it
of breach of contract and saying it was owed $2 million") is part of what "these claims" answers. Sentences
written for these tests; both extractors are asked.
"""

from __future__ import annotations

import pytest
from extract_support import MODELS, disputed, run, said


@pytest.mark.parametrize("model", MODELS)
def test_the_criticism_means_all_of_it(model):
    x = run(
        "Harbor Capital, an activist investor in Lindqvist Foods, accused the company of ignoring warnings from "
        "its own finance staff. Harbor Capital also said Lindqvist Foods had overpaid for the frozen-food unit.\n\n"
        "Lindqvist Foods rejected the criticism in a letter to shareholders on Tuesday.",
        model,
    )
    assert said(x, "the criticism").kind == "denial"
    assert disputed(x, "the criticism") == [
        "ignoring warnings from its own finance staff",
        "Lindqvist Foods had overpaid for the frozen-food unit",
    ]


@pytest.mark.parametrize("model", MODELS)
def test_a_claim_in_a_charges_sentence_is_part_of_the_claims_denied(model):
    x = run(
        "Rivera Foods sued Coastal Packing on Monday, accusing it of breach of contract and saying the company "
        "still owed it $2 million for last year's deliveries.\n\n"
        '"These claims have no basis," Coastal Packing said in a statement.',
        model,
    )
    assert set(disputed(x, "These claims have no basis")) == {
        "breach of contract",
        "the company still owed it $2 million for last year's deliveries",
    }
