""" "The person said" and "the source said" point back to the person the text has just described, most often an
unnamed one (issue 13, speakers): not a new party known only as "person", on sentences written for these tests in
several outlets' styles."""

import pytest
from extract_support import MODELS, run, speaker

CASES = [
    (  # sports business
        "A former coach at the academy, who spoke on condition of anonymity because of a pay dispute, said players "
        "had gone unpaid for months. The sponsor's exit, the person said, was only a pretext.",
        "was only a pretext",
        "players had gone unpaid for months",
    ),
    (  # tech trade press
        'An engineer who worked on the chip, who asked not to be named, disputed that timeline. "The fault was known '
        'in March," the source said.',
        "The fault was known in March",
        "that timeline",
    ),
]


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("text, words, before", CASES)
def test_the_person_is_the_one_just_described(model, text, words, before):
    x = run(text, model)
    assert speaker(x, words) == speaker(x, before) != "person"


@pytest.mark.parametrize("model", MODELS)
def test_the_aged_star_is_the_person_named_before(model):
    x = run(
        "Soap actress Dana Morrow has hit back at her former co-star Ben Reeve over his new memoir.\n\n"
        'The 38-year-old star said the book was "a work of fiction" and that she had never missed a rehearsal.',
        model,
    )
    assert speaker(x, "a work of fiction") == "Dana Morrow"
