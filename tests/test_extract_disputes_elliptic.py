"""A bare negated answer (issue 13, kinds and dispute links), on sentences written for these tests: "Critics have
called the levy a tax on the poor. 'It is not,' the minister said." denies what the other side had just said, with
no denial verb and no verdict word, only the negated auxiliary; after its speaker's own words ("I thought the offer
was final. It wasn't.") it denies nothing.
"""

import pytest
from extract_support import MODELS, disputed, run, said

ANSWERS = [
    (  # politics
        'Opposition MPs said the fuel levy was a tax on the poor. "It is not," Finance Minister Clara Voss told '
        "reporters on Tuesday.",
        "It is not",
        "a tax on the poor",
    ),
    (  # labour
        'The union said the new rota breached the 2019 agreement. "It did not," the company\'s lawyer, Ian Marsh, '
        "told the tribunal.",
        "It did not",
        "breached the 2019 agreement",
    ),
    (  # local government
        "Neighbours said the new wall had closed off the footpath to the river. Harwick District Council said it had not.",
        "it had not",
        "closed off the footpath",
    ),
]


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("text, answer, put", ANSWERS)
def test_a_bare_negated_answer_denies_what_the_other_side_just_said(model, text, answer, put):
    x = run(text, model)
    assert said(x, answer).kind == "denial"
    assert [t for t in disputed(x, answer) if put in t], disputed(x, answer)


def test_after_its_speakers_own_words_it_denies_nothing():
    x = run(
        'Harbor Mills said its first offer to the union had been its final one. "I thought it was a bluff," union '
        'steward Dan Orr said. "It wasn\'t."',
    )
    assert said(x, "It wasn't").kind == "claim"


@pytest.mark.parametrize("model", MODELS)
def test_it_answers_the_one_thing_just_said_not_all_its_side_said(model):
    x = run(
        "Opposition MPs said the fuel levy would raise £2bn a year. They said the levy was a tax on the poor. "
        '"It is not," Finance Minister Clara Voss told reporters.',
        model,
    )
    answered = disputed(x, "It is not")
    assert any("tax on the poor" in t for t in answered) and not any("£2bn" in t for t in answered), answered
