"""Evidence in its compact form (qg:start, qg:end on the evidence) and in the W3C Web Annotation form
quotegraph wrote before it (a SpecificResource with quote and position selectors) read alike: a store
holding graphs of the older form shows the same words on pages and links the same statements."""

from __future__ import annotations

import pytest
from rdflib import Graph
from test_shapes_validation import W3C
from test_triples_graph import KEY, MINTER, TEXT, make_extraction

from kg.build.namespace import OA, QG, sparql_prologue
from kg.build.triples import extraction_to_graph
from kg.infer.disputes import _content_span
from kg.infer.lookup import Facts
from kg.load.validate import violations
from kg.read.base import values
from kg.read.evidence import passage, selectors, spans
from kg.store import OxigraphStore

GRAPH = "https://example.org/id/graph/article/k1"


@pytest.fixture(scope="module")
def forms():
    compact = extraction_to_graph(make_extraction(), MINTER, key=KEY, extractor_version="test/1")
    older = Graph()
    older += compact
    older.update(sparql_prologue() + W3C.rstrip(" ;"))
    return compact, older


def test_the_older_form_is_what_the_builder_wrote_before(forms):
    compact, older = forms
    assert not list(older.triples((None, QG.start, None)))
    assert len(older) - len(compact) == 10 * (16 + 1 - 5)  # sixteen a W3C evidence, and oa:hasBody
    for quote in older.subjects(OA.exact, None):
        assert str(older.value(quote, OA.prefix)) == TEXT[: TEXT.index(str(older.value(quote, OA.exact)))][-32:]
    assert violations(compact) == violations(older) == []


def test_pages_read_both_forms_alike(forms):
    statements = sorted({s for s, _ in forms[0].subject_objects(QG.evidence)})
    found = []
    for graph in forms:
        store = OxigraphStore(None)
        store.replace_graphs({GRAPH: graph})
        where = values("?s", [str(s) for s in statements])
        located = sorted(spans(TEXT, selectors(store, where)))
        found.append((located, [passage(store, str(s)) for s in statements]))
        store.close()
    assert found[0] == found[1]
    assert len(found[0][0]) == 10 and all(p is not None for p in found[0][1])


def test_inference_reads_both_forms_alike(forms):
    compact, older = (Facts(set(graph)) for graph in forms)
    statements = {s for s, _ in forms[0].subject_objects(QG.evidence)}
    assert {s: _content_span(compact, s) for s in statements} == {s: _content_span(older, s) for s in statements}
    assert all(_content_span(compact, s) for s in statements)
