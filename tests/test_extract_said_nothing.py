"""A speech verb whose object is "nothing" or "none" reports that nothing was said (issue 13, not-statements):
a fact check's "Kestrel has admitted nothing of the kind" is the reporter's verdict, "said nothing about the
audit" a silence, "has confirmed none of the reports" no confirmation. Sentences written for this test."""

import pytest
from extract_support import MODELS, run

SAID_NOTHING = [
    (
        "Fact check: did Kestrel admit it?\n\nThe claim: A post shared 20,000 times says Kestrel Foods "
        '"admitted" hiding losses. Our rating: False. Kestrel Foods has admitted nothing of the kind.',
        "nothing of the kind",
    ),
    (
        "Audit row\n\nThe state auditor said the Harlow school district had overspent by $2 million. The mayor's "
        "office said nothing about the audit on Tuesday.",
        "nothing about the audit",
    ),
    (
        "Battery fires\n\nOwners say Voltride e-bike batteries have caught fire in three states. Voltride has "
        "confirmed none of the reports.",
        "none of the reports",
    ),
]


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("text, words", SAID_NOTHING)
def test_saying_nothing_is_no_statement(model, text, words):
    x = run(text, model)
    assert not [s.text for s in x.statements if words in s.text]
    assert any(words in n.text for n in x.not_statements)
