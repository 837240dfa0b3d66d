"""A person brought in by the role she holds for a party, as the subject of a sentence that reports no words
("the mill's lawyer spoke first"), is whom the "he said" or "she said"
after it means, not the party she holds the role for (issue 13, item 5); sentences written for these tests."""

import pytest
from extract_support import MODELS, run, speaker


@pytest.mark.parametrize("model", MODELS)
def test_he_after_the_mills_lawyer_is_the_lawyer(model):
    x = run(
        "Mill hearing\n\n"
        "Brackenford Mills sued the grain merchant Halloway Trading in March. The hearing lasted two hours.\n\n"
        "Brackenford's lawyer went first. The merchant sold damp grain, he said, on at least four occasions.",
        model,
    )
    assert speaker(x, "sold damp grain") == "Brackenford lawyer"
