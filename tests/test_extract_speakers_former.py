"""A holder of a role she has left speaks for herself, not for the body she left: "Parler's former chief executive,
John Matze,", "Former Halden chairman Peter Crane" (issue 13, voices: the development set's annotators give every
former holder no affiliation), while a sitting one speaks for it. Sentences written for these tests, in a Reuters
wire's style and a business daily's."""

import pytest
from extract_support import MODELS, behalf, run


@pytest.mark.parametrize("model", MODELS)
def test_a_former_chief_executive_speaks_for_himself(model):
    x = run(
        "Parler sues Amazon\n\n"
        "Parler sued Amazon Web Services on Monday. Parler's former chief executive, John Matze, has told a "
        "different story. He said the company had been given no chance to fix anything.",
        model,
    )
    assert behalf(x, "no chance to fix") is None


def test_a_former_chairman_named_before_the_company_speaks_for_himself_and_a_sitting_one_for_it():
    x = run(
        "Halden rejects bid\n\n"
        "Halden Plc rejected a takeover offer on Tuesday. Former Halden chairman Peter Crane said the board had "
        "ignored the warnings for years. Halden chairman Owen Pryce said the offer undervalued the company."
    )
    assert behalf(x, "ignored the warnings") is None
    assert behalf(x, "undervalued the company") == "Halden"
