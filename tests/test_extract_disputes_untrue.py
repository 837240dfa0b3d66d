"""A pointer judged untrue (issue 13, kinds and dispute links), on sentences written for these tests in several
styles: "The minister's office said that was not correct." denies what "that" points back at, the last thing the
other side said, in whatever story: no denial verb, no noun for the claim ("these claims"), only the verdict. So
does a bare negated answer ("Critics called the levy a tax on the poor. 'It is not,' the minister said."), the one
thing just said; after its speaker's own words ("I thought it was a bluff. It wasn't.") it denies nothing.
"""

import pytest
from extract_support import MODELS, disputed, run, said

VERDICTS = [
    (  # politics
        "Opposition MPs said the minister had met the donor twice before the tender closed. The minister's office "
        "said that was not correct.",
        "that was not correct",
        "had met the donor twice",
    ),
    (  # local government
        "Parents said the district had cut the Elm Street bus route without notice. District spokeswoman Ana Ruiz "
        "said that was not the case.",
        "that was not the case",
        "cut the Elm Street bus route",
    ),
    (  # police
        "The family said officers took almost an hour to reach the scene. Police said this was not accurate.",
        "this was not accurate",
        "almost an hour",
    ),
    (  # court
        'Prosecutors said Dorsey had deleted the files the night before the raid. "That is false," his lawyer, Mara '
        "Quinn, told the jury.",
        "That is false",
        "deleted the files",
    ),
    (  # sport
        "The striker's agent said Harbor FC had promised her a new contract in May. The club said that was untrue.",
        "that was untrue",
        "promised her a new contract",
    ),
    (  # housing
        "Tenants at Larch Court said the landlord had switched off the heating for a week in January. The landlord "
        "said that was not what happened.",
        "that was not what happened",
        "switched off the heating",
    ),
    (  # transport
        "The cyclist said the bus had pulled out without signalling. The operator's spokesman said that is not how it "
        "happened.",
        "that is not how it happened",
        "pulled out without signalling",
    ),
    (  # a bare negated answer: politics
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
    (  # planning
        "Neighbours said the new wall had closed off the footpath to the river. Harwick District Council said it "
        "had not.",
        "it had not",
        "closed off the footpath",
    ),
]


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("text, verdict, pointed", VERDICTS)
def test_a_pointer_judged_untrue_denies_what_it_points_at(model, text, verdict, pointed):
    x = run(text, model)
    assert said(x, verdict).kind == "denial"
    assert [t for t in disputed(x, verdict) if pointed in t], disputed(x, verdict)


def test_the_verdict_answers_the_last_voice_not_everything_since_its_side_spoke():
    x = run(
        "Residents said the quarry's blasting had cracked the walls of at least a dozen homes. Councillor Joan Pike "
        "said the council had received 40 complaints since March. The Deller Quarry manager said that was not "
        "true.",
    )
    answered = disputed(x, "that was not true")
    assert any("40 complaints" in t for t in answered) and not any("cracked the walls" in t for t in answered), answered


@pytest.mark.parametrize(
    "text", ["The report said the bridge was safe. It is not fair to blame the engineers, he said."]
)
def test_a_judgement_other_than_untrue_is_no_verdict(text):
    assert all(s.kind != "denial" for s in run(text).statements)


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
