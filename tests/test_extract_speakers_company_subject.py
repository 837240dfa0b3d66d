"""A bare "the company" is the company the sentence before was about (issue 13, item 5), on sentences written for
these tests: in a franchise story, "Brightwell called the suit baseless. In a statement, the company said ..." is
Brightwell, not "Fernhill Data, a company owned by the founder", which the text called a company further back. A
description with a noun a name holds ("the union" beside "Harbour Workers Union") still means that name.
"""

import pytest
from extract_support import MODELS, run, speaker


@pytest.mark.parametrize("model", MODELS)
def test_the_company_is_the_subject_of_the_sentence_before(model):
    x = run(
        "Franchisees sue\n\nThe franchisees say the ordering app is supplied by Fernhill Data, a company owned by the "
        "chain's founder.\n\nBrightwell Holdings called the suit baseless. In a statement, the company said every "
        "owner had been told about the fee in writing.",
        model,
    )
    assert speaker(x, "told about the fee") == "Brightwell Holdings"


@pytest.mark.parametrize("model", MODELS)
def test_a_noun_the_name_holds_still_means_that_name(model):
    x = run(
        "Port talks\n\nThe Harbour Workers Union accused the port of stalling.\n\nThe Transport Department said in "
        "a statement it had asked both sides to meet. The union said it would attend.",
        model,
    )
    assert speaker(x, "it would attend") == "Harbour Workers Union"
