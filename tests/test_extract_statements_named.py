"""A cue whose object only names a thing says nothing of it (issue 13, item 3): "Union leaders opposed the
plan" tells no claim a denial could answer, and "the plan" is no statement.

What is said of a thing is a statement ("called the plan reckless"), and so is what an answer or an
accusation names ("denied the allegations", "accused the mill of negligence"). Sentences written for these
tests.
"""

import pytest

from tests.extract_support import MODELS, run


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize(
    "sentence, words",
    [
        ("Union leaders opposed the plan at a rally on Friday.", "the plan"),
        ("The mayor mentioned the audit during the meeting.", "the audit"),
        ("The agency's spokeswoman cited privacy rules.", "privacy rules"),
        ("The county proposed the cap in March.", "the cap"),
    ],
)
def test_an_object_that_only_names_a_thing_is_no_claim(sentence, words, model):
    x = run(sentence, model)
    assert not any(words in s.text for s in x.statements), [s.text for s in x.statements]
    assert any(n.text == words and n.why == "no-content" for n in x.not_statements), x.not_statements


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize(
    "sentence, words",
    [
        ("The mill's owner denied the allegations.", "the allegations"),
        ("The inspectors accused the mill of negligence.", "negligence"),
        ("Critics called the plan reckless.", "the plan reckless"),
        ("Councilwoman Ada Brandt praised the new budget.", "the new budget"),
        ("The mayor mentioned that the audit had found no fraud.", "the audit had found no fraud"),
    ],
)
def test_what_is_said_of_a_thing_stays_a_statement(sentence, words, model):
    x = run(sentence, model)
    assert any(words in s.text for s in x.statements), [s.text for s in x.statements]
