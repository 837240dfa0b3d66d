"""Claims that charge another party with wrongdoing without a cue that says so (issue 13, kinds), read by
the small learned model of ``kg/extract/charges.py``, on sentences written for these tests in several styles;
and the model's plumbing: its weights load, its training is deterministic.
"""

import json
from pathlib import Path

import pytest
from extract_support import MODELS, run, said

from kg.extract import charges
from kg.train import charges as training

CHARGES = [
    (  # a wire story
        "Warehouse heat\n\nRIVERSIDE, Calif. (Reuters) - Workers at a Dunmore Logistics warehouse said managers had "
        "ignored complaints about the heat for weeks and had threatened to fire anyone who left the line.\n\n"
        "Dunmore Logistics denied the accusations.",
        "had ignored complaints",
    ),
    (  # a Canadian Press-style wire with a union's account
        "Ferry contract\n\nHALIFAX — The union says Bluewater Ferries cut crew sizes below the legal minimum to save "
        "money, and that the company hid the changes from inspectors.\n\nBluewater Ferries rejected that account.",
        "cut crew sizes",
    ),
    pytest.param(  # a local story: former employees, then a quote
        "Mill layoffs\n\nFormer employees said Corven Mills had kept them working unpaid overtime for months before "
        'laying them off without notice. "They knew exactly what they were doing," said Sam Ortiz, who worked at '
        "the mill for 11 years.",
        "unpaid overtime",
        marks=pytest.mark.xfail(
            strict=True,
            reason="the weights `make models` rebuilt from rules 1.15 give it 0.576, under the 0.6 threshold (the "
            "rules 1.7 reading's weights gave 0.616)",
        ),
    ),
]

PLAIN = [
    (
        "Warehouse plans\n\nDunmore Logistics said it had opened two new warehouses this year and planned to hire "
        "300 workers.",
        "opened two new warehouses",
    ),
    (
        "Bridge repairs\n\nState officials said the Harlow Bridge would reopen in May after repairs to its deck "
        "joints. The contractor, Pell Construction, said the work had cost $4 million.",
        "the work had cost",
    ),
    (
        "Ferry season\n\nHALIFAX — Bluewater Ferries says it carried 1.2 million passengers last year, a record.",
        "carried 1.2 million",
    ),
    (  # a BBC-style regional item
        "School classrooms\n\nThe council said the new classrooms at Hollins Primary School would open in "
        "September and seat 120 pupils.",
        "would open in September",
    ),
    (  # a markets item: the accusers go on about themselves
        "Fund letter\n\nInvestors in the Arlo Credit Fund said its managers had hidden losses from them. The "
        "investors said they had hired a law firm in Boston.",
        "they had hired a law firm",
    ),
    (  # a tech-press brief
        "Gig pay\n\nZipcart said it now operates in 14 cities and plans to add six more next year.",
        "it now operates in 14 cities",
    ),
    (  # a sports page
        "Season preview\n\nCoach Dale Whitman said the team had added four players over the summer.",
        "the team had added four players",
    ),
]


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("text, charge", CHARGES)
def test_a_claim_charging_the_other_side_is_an_allegation(model, text, charge):
    assert said(run(text, model), charge).kind == "allegation"


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("text, words", PLAIN)
def test_a_plain_claim_stays_a_claim(model, text, words):
    assert said(run(text, model), words).kind == "claim"


def test_the_shipped_weights_load():
    weights = charges.shipped()
    assert weights is not None and len(weights) == charges.DIMENSIONS


def test_training_is_deterministic():
    rows = [(["bias", "w=ignored"], True), (["bias", "w=opened"], False), (["bias", "w=hid"], True)]
    first, second = training.fit(rows), training.fit(rows)
    assert first == second
    assert charges.probability(["bias", "w=ignored"], first) > charges.probability(["bias", "w=opened"], first)


def test_the_training_command_reads_the_rules_kinds_and_writes_loadable_weights(tmp_path):
    devset = Path(__file__).resolve().parents[1] / "devset"
    rows = training.collect(devset / "tune", "rules")
    assert any(label for _, label in rows) and not all(label for _, label in rows)
    out = tmp_path / "charges.json"
    assert training.main(["--devset", str(devset), "--splits", "tune", "--out", str(out)]) == 0
    weights = json.loads(out.read_text(encoding="utf-8"))["weights"]
    assert len(weights) == charges.DIMENSIONS


def test_leave_one_split_out_scores_kinds_and_allegations_against_the_rules_alone(capsys):
    rows = [
        (["bias", "w=hid"], "allegation", "claim"),
        (None, "denial", "denial"),
        (["bias", "w=opened"], "claim", "claim"),
    ]
    weights = [0.0] * charges.DIMENSIONS
    weights[charges.index("w=hid")] = 5.0
    turned, alone = training.kinds(rows, weights, 0.6), training.kinds(rows, None, 0.6)
    assert training.figures(turned) == "1.000 1.000 1.000" and training.figures(alone) == "0.667 0.000 0.000"
    training.cross({"a": rows, "b": rows}, ["a", "b"])
    printed = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in printed] == ["split", "a", "b", "POOLED"]
    assert printed[-1].split()[1:4] == ["0.667", "0.000", "0.000"]
