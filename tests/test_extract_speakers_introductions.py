"""Who a party introduced by a description is (issue 13, speakers), on sentences written for these tests in the
style of wire copy: a witness described twice before her name is that name.
"""

import pytest
from extract_support import MODELS, run, speaker


@pytest.mark.parametrize("model", MODELS)
def test_a_witness_described_twice_before_her_name_is_that_name(model):
    x = run(
        "Kiosk owner on trial\n\n"
        "Darren Kovacs, 52, has pleaded not guilty to fraud.\n\n"
        "The first witness, a former call-centre supervisor, Maria Lindqvist, testified that she had forwarded "
        "complaints to Kovacs.",
        model,
    )
    assert speaker(x, "forwarded complaints to Kovacs") == "Maria Lindqvist"
