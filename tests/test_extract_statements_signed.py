"""A quotation signed after a typed dash (issue 13, item 1): '"..." - Cllr Rowe, on the council's page.'

Writers without a dash key type a hyphen set off by spaces; the line is still a signed quotation, its
sentences the signer's. A hyphen inside a word signs nothing. Sentences written for these tests.
"""

import pytest

from tests.extract_support import MODELS, run, said


@pytest.mark.parametrize("model", MODELS)
def test_a_quotation_signed_after_a_hyphen_is_the_signers(model):
    x = run(
        "The council voted to close the library on Tuesday.\n\n"
        '"The repair figures are accurate. Every invoice is published online." - Cllr Ada Rowe, on the '
        "council's website after the vote.\n",
        model,
    )
    first, second = said(x, "The repair figures are accurate"), said(x, "Every invoice")
    assert x.party(first.speaker).name == "Cllr Ada Rowe"
    assert second.speaker == first.speaker and second.continues == first.id


@pytest.mark.parametrize("model", MODELS)
def test_a_hyphen_inside_a_word_signs_nothing(model):
    x = run('The sign read "closed for repairs"-Harbor-Library staff put it up.\n', model)
    assert not any(x.party(s.speaker).name.startswith("Harbor") for s in x.statements)
