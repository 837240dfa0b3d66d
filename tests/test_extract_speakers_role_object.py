"""A role's holder set beside the role's definite object by commas ("A spokeswoman for the insurer, Maria Lopez,
said"): the parse often hangs the name on the object ("insurer"), and the name was then read as the body the role
belongs to, so the spokeswoman spoke for herself. The name is the role's holder and "the insurer" the body the text
named before (issue 13, who disputed whom: the development set's annotators give her the insurer as
``on_behalf_of``). An indefinite object is named by the name instead ("A spokesperson for a rival app, Grubline,").
Sentences written for these tests, in a business desk's, an agency wire's and a science site's style."""

import pytest
from extract_support import MODELS, behalf, run, speaker


@pytest.mark.parametrize("model", MODELS)
def test_a_spokeswoman_for_the_insurer_speaks_for_the_insurer_named_before(model):
    x = run(
        "Dozens of shop owners are suing their insurer, Hartwell Assurance, over flood claims.\n\n"
        "A spokeswoman for the insurer, Maria Lopez, said the policy excluded surface water.",
        model,
    )
    assert speaker(x, "excluded surface water") == "Maria Lopez"
    assert behalf(x, "excluded surface water") == "Hartwell Assurance"


def test_a_carriers_spokesman_in_a_wire_speaks_for_the_carrier():
    x = run(
        "LONDON (Reuters) - Pilots at Skyvale Airways will strike next week, their union said on Monday. The "
        "carrier, Skyvale Airways, called the walkout unlawful.\n\n"
        "A spokesman for the carrier, David Chen, said the union had rejected three offers."
    )
    assert behalf(x, "rejected three offers") == "Skyvale Airways"


def test_a_spokesman_at_the_institute_speaks_for_the_institute():
    x = run(
        "Researchers at the Kelso Institute have retracted a study of sleep and memory. The institute, the Kelso "
        "Institute, said the images were duplicated.\n\n"
        "A spokesman at the institute, Daniel Park, said the inquiry was still open."
    )
    assert behalf(x, "inquiry was still open") == "Kelso Institute"
