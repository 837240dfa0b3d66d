"""A judge speaks for no party: "A judge said" after a sentence about the parties to a case is the court's voice,
not a judge employed by the body named before, as a spokesman after it would be (issue 13, item 5); sentences
written for these tests."""

import pytest
from extract_support import MODELS, behalf, run, speaker


@pytest.mark.parametrize("model", MODELS)
def test_a_judge_after_a_sentence_about_a_party_is_not_its_judge(model):
    x = run(
        "Mill ruling\n\n"
        "Halloway Trading lost its case against Brackenford Mills on Friday. A judge said the contract had been "
        "void since May.",
        model,
    )
    assert speaker(x, "void since May") == "judge"
    assert behalf(x, "void since May") is None


@pytest.mark.parametrize("model", MODELS)
def test_a_heading_naming_the_judge_is_the_judge_named_under_it(model):
    x = run(
        "Mill ruling\n\n"
        "Halloway Trading says the mill broke its contract. Brackenford Mills says it did not.\n\n"
        "WHAT THE JUDGE SAID\n\n"
        "Judge Hilda Varga refused the trader's request for an injunction on May 2. She wrote that Halloway "
        "had offered no evidence of any loss.",
        model,
    )
    assert speaker(x, "no evidence of any loss") == "Hilda Varga"


@pytest.mark.parametrize("model", MODELS)
def test_a_lede_judge_is_the_justice_named_next_past_a_described_party(model):
    x = run(
        "Builder wins damp claim as judge finds council at fault\n\n"
        "WELLINGTON - A builder has won his fight with a city council, with a judge finding that the council ignored "
        "its own inspector's report.\n\n"
        "In a reserved decision released on Thursday, Justice Hana Moetara ordered the council to pay costs.",
        model,
    )
    assert speaker(x, "ignored its own inspector's report") == "Hana Moetara"
