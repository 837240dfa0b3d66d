"""``kg train`` end to end on a tiny slice: our own sample articles, a few iterations.

The samples are brat-annotated like PolNeAR (NAME.txt beside NAME.ann), so the whole path
runs in CI without the corpus: parse, fit both taggers, write the folder, load it back,
extract with it, and score it on dev.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg.extract import extract
from kg.extract.learned import AttributionTagger, ModelError
from kg.extract.learned.tagger import CUE_FILE, META_FILE, ROLES_FILE
from kg.extract.model import Article
from kg.paths import SAMPLES_DIR

KG = Path(sys.executable).with_name("kg")
SAMPLES = SAMPLES_DIR / "articles"


def _train(out: Path, cache: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [
            str(KG),
            "train",
            "--brat",
            str(SAMPLES),
            "--out",
            str(out),
            "--iterations",
            "30",
            "--cache",
            str(cache),
            *extra,
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture(scope="module")
def trained(tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess]:
    root = tmp_path_factory.mktemp("train")
    out = root / "model"
    done = _train(out, root / "cache", "--dev", str(SAMPLES), "--dev-limit", "2", "--stacked")
    assert done.returncode == 0, done.stderr
    return out, done


@pytest.mark.parametrize("mode", ["learned", "hybrid"])
def test_training_writes_a_loadable_model_and_scores_dev(trained, mode):
    out, done = trained
    for name in (CUE_FILE, ROLES_FILE, META_FILE):
        assert (out / mode / name).stat().st_size > 0
    meta = json.loads((out / mode / META_FILE).read_text())
    assert meta["stacked"] == (mode == "hybrid")
    assert meta["trained_on"]["articles"] == len(list(SAMPLES.glob("*.ann")))
    assert meta["trained_on"]["cues"] > 20
    assert meta["dev"]["articles"] == 2 and meta["dev"][mode]["lenient"]["triple"]["gold"] > 0
    assert f"dev, {mode}:" in done.stdout and "triple" in done.stdout
    tagger = AttributionTagger(out / mode)
    assert tagger.stacked == (mode == "hybrid")
    assert tagger.vocabulary.lemmas  # the samples' common words, nothing else
    assert "parser" not in tagger.vocabulary.lemmas  # a proper noun never enters the vocabulary


def test_a_trained_model_extracts_what_it_was_trained_on(trained):
    out, _ = trained
    text = (SAMPLES / "council-vote.txt").read_text(encoding="utf-8")
    result = extract(Article("council-vote.txt", text), model="learned", weights=out)
    assert result.statements, "a model fitted on this very article finds statements in it"
    assert all(s.confidence is not None and 0 < s.confidence <= 1 for s in result.statements)
    assert all(text[s.start : s.end] == s.text for s in result.statements)


def test_training_is_deterministic(trained, tmp_path):
    """Also when the two taggers are fitted at once, in two processes (--jobs 2)."""
    out, _ = trained
    again = _train(tmp_path / "again", tmp_path / "cache", "--stacked", "--jobs", "2")
    assert again.returncode == 0, again.stderr
    for mode in ("learned", "hybrid"):
        for name in (CUE_FILE, ROLES_FILE):
            assert (tmp_path / "again" / mode / name).read_bytes() == (out / mode / name).read_bytes()


def test_without_stacking_the_hybrid_reads_with_the_learned_model(trained, tmp_path):
    out, _ = trained
    (tmp_path / "learned").symlink_to(out / "learned", target_is_directory=True)
    text = (SAMPLES / "council-vote.txt").read_text(encoding="utf-8")
    alone = extract(Article("council-vote.txt", text), model="hybrid", weights=tmp_path)
    stacked = extract(Article("council-vote.txt", text), model="hybrid", weights=out)
    assert alone.statements and stacked.statements


def test_bad_inputs_get_a_clear_error(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    done = _train(tmp_path / "model", tmp_path / "cache", "--dev", str(tmp_path / "missing"))
    assert done.returncode != 0 and "not a directory" in done.stderr
    done = subprocess.run(
        [str(KG), "train", "--brat", str(empty), "--out", str(tmp_path / "m")], capture_output=True, text=True
    )
    assert done.returncode != 0 and "no .txt files" in done.stderr
    with pytest.raises(ModelError, match="not a quotegraph model"):
        AttributionTagger(empty)
