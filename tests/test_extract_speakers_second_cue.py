"""A second speech verb that the parse joins to the clause a first one reports is said by the first verb's speaker
(issue 13, item 5), on sentences written for these tests in a union press story, a science page, a match report, a
politics story and a court report: in "said its members would strike and accused Northline Trains of ...", the
parse hangs "accused" on "would strike", so the accuser was read as "its members"; "acknowledged that the public
file contained duplicates but said they were ..." made the file the speaker. A perfect tense shares its "had" with
the second verb, which stays the reported clause's: in "said her dispatcher had called her and told her to ...",
the dispatcher told.
"""

import pytest
from extract_support import MODELS, run, speaker


@pytest.mark.parametrize("model", MODELS)
def test_a_unions_accusation_after_said_is_the_unions(model):
    x = run(
        "Drivers to strike\n\nThe Rail Drivers' Union said its members would strike on May 22 and 23, and accused "
        'Northline Trains of effectively "tearing up" a 2019 agreement.',
        model,
    )
    assert speaker(x, "tearing up") == "Rail Drivers' Union"


@pytest.mark.parametrize("model", MODELS)
def test_an_authors_answer_after_a_concession_is_the_authors(model):
    x = run(
        "Study row\n\nThe study's lead author, Dr. Ines Kovac, acknowledged that the public file contained duplicates "
        'but said they were "a copy-and-paste error in the version we uploaded".',
        model,
    )
    assert speaker(x, "copy-and-paste") == "Ines Kovac"


@pytest.mark.parametrize("model", MODELS)
def test_a_managers_second_claim_in_a_match_report_is_the_managers(model):
    x = run(
        "Cup exit\n\nManager Tom Reid admitted his players were tired but insisted the referee had got the penalty wrong.",
        model,
    )
    assert speaker(x, "got the penalty wrong") == "Tom Reid"


@pytest.mark.parametrize("model", MODELS)
def test_a_politicians_claim_after_said_is_the_politicians(model):
    x = run(
        "Tax plan\n\nOpposition leader Maria Costa said the tax plan would hurt families and claimed the finance "
        "minister had hidden the true cost.",
        model,
    )
    assert speaker(x, "hidden the true cost") == "Maria Costa"


@pytest.mark.parametrize("model", MODELS)
def test_a_verb_sharing_a_perfect_tense_stays_in_the_reported_clause(model):
    x = run(
        "Trucker trial\n\nOn the stand, driver Lena Ortiz told jurors that her dispatcher, Ray Coombs, had called her "
        "in March and told her the route was safe.",
        model,
    )
    assert speaker(x, "the route was safe") == "Ray Coombs"


@pytest.mark.parametrize("model", MODELS)
def test_a_thing_in_a_perfect_tense_cannot_accuse(model):
    x = run(
        "Grain row\n\nThe Valley Millers' Union said the samples had passed every inspection at the port and accused "
        "the importer of inventing a fault to break the deal.",
        model,
    )
    assert speaker(x, "inventing a fault") == "Valley Millers' Union"
