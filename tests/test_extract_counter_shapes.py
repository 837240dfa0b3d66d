"""Counter-accounts by their shape (issue 13, "answer read as claim"): a correction ("moved to its new clinic, not
cut"), an error found in the other side's account ("relied on outdated monitoring data"), a denial of relevance
("played no part"), and the framing of a reply ("However, ... insists"). ``kg.extract.counters`` reads them as
classes, so they carry to wordings no studied split holds; the sentences here are written for these tests in
several outlet styles.
"""

import re

import pytest
from extract_support import MODELS, run, said

from kg.extract import counters
from kg.extract.denials import Denials

SHAPED = [
    (  # a US wire: a union's charge, the hospital's correction
        "Nursing jobs\n\nDENVER (AP) — The Colorado Nurses Union said Aspen Valley Hospital cut 40 nursing jobs to "
        "pay for executive bonuses.\n\nAspen Valley Hospital said the 40 positions were moved to its new clinic in "
        "Basalt, not cut.",
        "moved to its new clinic",
        "corrective",
    ),
    (  # a British broadcaster: campaigners' figures, the water company's error in them
        "River sewage\n\nCampaigners at the Clean Rivers Trust said Severnside Water had released sewage into the "
        "River Teme on 300 days last year.\n\nSevernside Water said the trust had relied on outdated monitoring data "
        "from before its new storm tanks were built.",
        "relied on outdated monitoring data",
        "error",
    ),
    (  # a trade weekly: drivers' charge, the firm's denial of any part in it
        "Driver pay\n\nThe Independent Drivers Association said Fleetway Logistics cut drivers' pay after they voted "
        "to join a union.\n\nFleetway Logistics said the vote played no part in the new pay scale, which was agreed "
        "with its customers in the spring.",
        "played no part in the new pay scale",
        "irrelevant",
    ),
    (  # a magazine feature: former staff's charge, a quoted correction
        "Safety team\n\nFormer employees say Lumos Robotics fired its safety team to keep defects quiet.\n\n"
        '"The safety team was folded into engineering rather than fired," a Lumos Robotics spokeswoman said.',
        "folded into engineering rather than fired",
        "corrective",
    ),
    (  # a sports desk: a coach's charge, the league's answer
        "Referee row\n\nMarlins coach Dave Kent accused the Coastal League of picking referees who favour the "
        "Sharks.\n\nThe Coastal League said referees are drawn by lot, not chosen.",
        "referees are drawn by lot",
        "corrective",
    ),
]


def _features(text: str, words: str) -> list[str]:
    x = run(text, "rules")
    starts = [0] + [m.end() for m in re.finditer(r"(?<=[.!?])\s+|\n\n", text)]
    sides = Denials(x.statements, x.parties, x.article.text, starts)
    return counters.Exchange(sides).features(said(x, words))


@pytest.mark.parametrize("text, words, shape", SHAPED)
def test_a_counter_account_is_read_by_its_shape_and_place(text, words, shape):
    found = _features(text, words)
    assert f"shape={shape}" in found and "shaped_others=True" in found


def test_the_same_shape_from_the_only_side_that_speaks_answers_nothing():
    found = _features(
        "Clinic opens\n\nAspen Valley Hospital said 40 positions were moved to its new clinic in Basalt, not cut.",
        "moved to its new clinic",
    )
    assert "shape=corrective" in found and "shaped_others=False" in found


def test_a_reply_is_read_by_its_framing():
    text = (
        "Roof claim\n\nHomeowner Jean Park said Harlow Insurance refused her claim to avoid paying for a new roof.\n\n"
        "However, Harlow Insurance insists its decision was fair."
    )
    found = _features(text, "its decision was fair")
    assert "frame_con=True" in found and "frame_reply=True" in found and "frame_answer=True" in found
    plain = _features("Roof claim\n\nHarlow Insurance said its profits rose.", "its profits rose")
    assert "frame_con=False" in plain and "frame_reply=False" in plain


@pytest.mark.parametrize("model", MODELS)
def test_how_many_shaped_answers_the_shipped_model_reads(model):
    """The model before these features (2026-12-05h weights) read none of the answers above; retrained with them
    on the eleven studied splits (2026-12-06a) it reads three of the five. A retraining must not read fewer."""
    found = [words for text, words, _ in SHAPED if said(run(text, model), words).kind == "denial"]
    assert len(found) >= 3, found
