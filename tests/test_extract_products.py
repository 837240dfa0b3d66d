"""The pipeline multiplies its matrices with numpy's BLAS on one thread (kg.extract.nlp), and reads text as blis did."""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.tokens import Doc
from threadpoolctl import threadpool_info

from kg.extract.nlp import MODEL, load_pipeline, numpy_products

SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "articles"


def read(doc: Doc) -> list[tuple]:
    return [
        (t.text, t.tag_, t.pos_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_, t.lemma_, t.is_sent_start, t.morph.key)
        for t in doc
    ]


def test_every_layer_multiplies_with_numpy_on_one_thread() -> None:
    nlp = load_pipeline()
    layers = [layer for _, c in nlp.pipeline if getattr(c, "model", None) is not None for layer in c.model.walk()]
    assert layers and all(getattr(layer.ops, "use_blis", None) is False for layer in layers)
    # numpy's own BLAS: scipy's, loaded by training in the same process, never multiplies for spaCy.
    numpy_blas = [p["num_threads"] for p in threadpool_info() if p["user_api"] == "blas" and "numpy" in p["filepath"]]
    assert numpy_blas == [1]


def test_the_same_reading_as_with_blis() -> None:
    """Tags, parses, entities and lemmas of every sample article, as the stock pipeline (blis) reads them."""
    stock, ours = spacy.load(MODEL), spacy.load(MODEL)
    numpy_products(ours)
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    assert len(texts) >= 5
    assert next(getattr(layer.ops, "use_blis", None) for layer in stock.get_pipe("tok2vec").model.walk()) is True
    for text, mine, theirs in zip(texts, ours.pipe(texts), stock.pipe(texts), strict=True):
        assert read(mine) == read(theirs), text[:60]
