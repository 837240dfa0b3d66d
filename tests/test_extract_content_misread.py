"""What a cue reports where the parser misreads the words after it (issue 13, statements): a lone "that" an answer
takes, followed only by when or where it was said ("rejected that on Monday, saying ..."). Sentences written for these
tests in wire and local-paper styles.
"""

from __future__ import annotations

import pytest
from extract_support import MODELS, claims, run, said


@pytest.mark.parametrize("model", MODELS)
def test_a_pointer_followed_by_its_day_is_the_answer(model):
    x = run(
        "Drivers at the Eastgate depot said the company had cut their overtime rates without telling them. "
        "Harlow Freight rejected that on Tuesday, saying the new rates had been agreed with the union in March.",
        model,
    )
    pointer = said(x, "that")
    assert pointer.kind == "denial"
    assert x.article.text[pointer.start : pointer.start + 4] == "that"


@pytest.mark.parametrize("model", MODELS)
def test_a_pointer_with_an_adverb_after_it_is_the_answer(model):
    found = claims(
        "The tenants' group said the landlord had ignored repeated complaints about damp in the flats. "
        "The landlord disputes that as well. Its director said every complaint had been logged and inspected.",
        model,
    )
    assert "that" in found, found


@pytest.mark.parametrize("model", MODELS)
def test_a_pointer_before_a_clause_stays_the_clause(model):
    found = claims(
        "The tenants' group said the landlord had ignored repeated complaints about damp in the flats. "
        "The landlord denied that any complaint had gone unanswered.",
        model,
    )
    assert "that any complaint had gone unanswered" in found, found
