"""A company described by where it is, on sentences written for these tests (issue 13, item 5): "the Boise
company" is the one the text said is based in Boise; "the Denver company", after a network the text based in
Boise, is the other company; a government's place is its name ("the Queensland government")."""

from extract_support import MODELS, run, speaker

LETTER = (
    "Hosting cut\n\nOn January 9, Stratus Web Services told Gab Social, the social network based in Boise, Idaho, "
    "that it would suspend its hosting. "
)


def test_the_company_of_a_place_is_the_one_based_there():
    for model in MODELS:
        x = run(LETTER + "The Boise company said the suspension was unlawful.", model)
        assert speaker(x, "the suspension was unlawful") == "Gab Social"


def test_the_company_of_another_place_is_not_the_one_based_elsewhere():
    for model in MODELS:
        x = run(LETTER + "In its letter the Denver company said Gab Social had hosted violent posts.", model)
        assert speaker(x, "had hosted violent posts") == "Stratus Web Services"


def test_a_government_is_named_by_its_place():
    x = run(
        "Grounding\n\nCoralline Airways grounded its fleet on Monday. The Queensland government said it was "
        "seeking urgent advice."
    )
    assert speaker(x, "seeking urgent advice") == "Queensland government"
