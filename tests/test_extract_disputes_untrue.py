"""A pointer judged untrue (issue 13, kinds and dispute links), on sentences written for these tests in several
styles: "The minister's office said that was not correct." denies what "that" points back at, the last thing the
other side said, in whatever story: no denial verb, no noun for the claim ("these claims"), only the verdict.
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
