"""Decoding the taggers' labels into attributions, and scoring them as PolNeAR marks them."""

from __future__ import annotations

import pytest

from kg.eval.scoring import as_annotated
from kg.extract.learned import MODES, ModelError, combiner
from kg.extract.learned.tagger import Predicted, _resolve_overlaps, runs
from kg.extract.model import Statement


def test_runs_split_on_b_and_gaps():
    labels = ["O", "B-C", "I-C", "V", "I-C", "B-C", "O", "B-S", "I-S"]
    assert runs(labels, "C") == [(1, 3), (4, 5), (5, 6)]
    assert runs(labels, "S") == [(7, 9)]
    assert runs(["O", "O"], "C") == []


def test_overlapping_contents_go_to_the_more_confident_cue():
    strong = Predicted((0, 1), (1, 2), ((2, 10),), 0.9)
    weak = Predicted((11, 12), None, ((3, 9),), 0.4)
    apart = Predicted((20, 21), None, ((22, 30),), 0.2)
    assert _resolve_overlaps([weak, apart, strong]) == [strong, apart]


def _statement(start: int, end: int, quote: str) -> Statement:
    return Statement("s1", "p1", "claim", "", start, end, quote == "direct", quote)


def test_a_direct_quotation_is_scored_with_its_marks():
    text = 'Then: "We will appeal," she said. “Never.” And "so"'
    inner = text.index("We")
    assert as_annotated(_statement(inner, inner + len("We will appeal"), "direct"), text) == (
        inner - 1,
        inner + len('We will appeal,"'),
    )
    never = text.index("Never")
    assert as_annotated(_statement(never, never + 5, "direct"), text) == (never - 1, never + 7)
    assert as_annotated(_statement(inner, inner + 2, "indirect"), text) == (inner, inner + 2)


def test_typewriter_quotation_marks_are_two_characters():
    text = "Then: ``We will appeal,'' she said. ''Never.'' And"
    inner = text.index("We")
    assert as_annotated(_statement(inner, inner + len("We will appeal"), "direct"), text) == (
        inner - 2,
        inner + len("We will appeal,''"),
    )
    never = text.index("Never")
    assert as_annotated(_statement(never, never + 5, "direct"), text) == (never - 2, never + 8)


def test_unknown_models_are_refused():
    assert MODES == ("rules", "learned", "hybrid")
    assert combiner("rules") is None
    with pytest.raises(ModelError, match="unknown extraction model"):
        combiner("neural")


def test_the_cli_offers_the_same_models():
    from kg.cli import EXTRACTION_MODELS

    assert EXTRACTION_MODELS == MODES
