"""``kg train --cue-net``: the neural cue scorer, trained on a tiny slice and stacked under the cue CRF.

Our sample articles stand in for PolNeAR (one epoch): the scorer is trained on two folds and
on all, the folder loads, the cue tagger reads its probabilities, training is deterministic,
and the scorer's folder keeps no words of the training text.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg.extract import extract
from kg.extract.learned import AttributionTagger
from kg.extract.learned.cue_net import CueNet
from kg.extract.learned.features import ChunkView
from kg.extract.learned.tagger import CUE_FILE, CUE_NET, META_FILE
from kg.extract.model import Article
from kg.extract.nlp import load_pipeline
from kg.paths import SAMPLES_DIR

KG = Path(sys.executable).with_name("kg")
SAMPLES = SAMPLES_DIR / "articles"


def _train(out: Path, cache: Path, *extra: str) -> subprocess.CompletedProcess:
    command = [str(KG), "train", "--brat", str(SAMPLES), "--out", str(out), "--iterations", "20"]
    command += ["--cache", str(cache), "--cue-net", "--cue-net-epochs", "1", *extra]
    return subprocess.run(command, capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def trained(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("cue-net")
    done = _train(root / "model", root / "cache")
    assert done.returncode == 0, done.stderr
    assert "cue scorer and its 2 folds trained" in done.stderr
    return root / "model"


def test_the_cue_tagger_is_stacked_on_the_scorer(trained):
    folder = trained / "learned"
    meta = json.loads((folder / META_FILE).read_text())
    assert meta["cue_net"] is True and meta["training"]["cue_net_epochs"] == 1
    tagger = AttributionTagger(folder)
    assert tagger.cue_net is not None
    doc = load_pipeline()("The mayor said the bridge would reopen in May.")
    scores = tagger.cue_net.scores([doc])[0]
    assert len(scores) == len(doc) and all(0 <= p <= 1 for p in scores)
    view = tagger.view(doc, 0, [])
    assert any(f.startswith("nn=") for f in view.cue_features(2))
    assert not any(f.startswith("nn=") for f in ChunkView(doc, 0, [], tagger.vocabulary).cue_features(2))


def test_a_stacked_model_extracts(trained):
    text = (SAMPLES / "council-vote.txt").read_text(encoding="utf-8")
    result = extract(Article("council-vote.txt", text), model="hybrid", weights=trained)
    assert result.statements and all(text[s.start : s.end] == s.text for s in result.statements)


def test_the_scorer_keeps_no_training_words(trained):
    strings = json.loads((trained / "learned" / CUE_NET / "vocab" / "strings.json").read_text())
    assert sorted(strings) == ["B", "I", "O"]
    assert CueNet(trained / "learned" / CUE_NET).scores([load_pipeline()("Council voted.")])


def test_training_with_the_scorer_is_deterministic(trained, tmp_path):
    """The same weights when the three scorers are trained two at a time (--jobs 2)."""
    again = _train(tmp_path / "again", tmp_path / "cache", "--jobs", "2")
    assert again.returncode == 0, again.stderr
    for name in (CUE_FILE, f"{CUE_NET}/cue/model"):
        assert (tmp_path / "again" / "learned" / name).read_bytes() == (trained / "learned" / name).read_bytes()
