"""The compiled first pass (kg.load.shape_check) clears only graphs that conform, and never changes a report.

Every bad graph the shape tests build, and a few the pass could misjudge (odd datatypes,
ill-typed values, strings typed explicitly), must go to pyshacl, which reports exactly what
it reports without the pass; a graph the pass clears must conform by pyshacl's own verdict.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal
from test_shapes_validation import BREAKAGES, DENIAL, W3C, broken

from kg.build.namespace import SH
from kg.load import shape_check
from kg.load.validate import _axiom_index, pyshacl_violations, shapes_graph, violations
from kg.store import terms

POLNEAR = Path(__file__).resolve().parents[2] / "shared" / "polnear" / "dev" / "text"

# Bad in ways the pass must doubt (each also breaks a shape as pyshacl reads it).
DOUBTFUL = [
    'DELETE WHERE { ?e qg:evidenceRole "cue" } ; INSERT { ?e qg:evidenceRole "cue"^^xsd:string } WHERE { ?e qg:evidenceRole ?r }',
    f'DELETE WHERE {{ {DENIAL} qg:statedOn ?d }} ; INSERT DATA {{ {DENIAL} qg:statedOn "2021-13-01"^^xsd:date }}',
    f'DELETE WHERE {{ {DENIAL} qg:content ?c }} ; INSERT DATA {{ {DENIAL} qg:content "words"@en }}',
    "DELETE { ?s qg:start ?a } INSERT { ?s qg:start ?d } WHERE { ?s qg:start ?a BIND(STR(?a) AS ?d) }",
    W3C + "DELETE { ?s oa:start ?a } INSERT { ?s oa:start ?d } WHERE { ?s oa:start ?a BIND(STR(?a) AS ?d) }",
    f"INSERT DATA {{ {DENIAL} qg:speaker [] }}",
]


def _clears(graph: Graph) -> bool:
    checks = shape_check.compiled(shapes_graph())
    assert checks is not None, "the shipped shapes compile"
    return shape_check.clears(checks, terms.triples(graph), graph, _axiom_index())


def test_the_sample_is_cleared_without_pyshacl(sample_graph):
    assert _clears(sample_graph)
    assert pyshacl_violations(sample_graph) == []


@pytest.mark.parametrize("shape, update", BREAKAGES, ids=[f"{s}-{i}" for i, (s, _) in enumerate(BREAKAGES)])
def test_every_bad_graph_goes_to_pyshacl_and_gets_its_report(sample_graph, shape, update):
    graph = broken(sample_graph, update)
    assert not _clears(graph)
    found = violations(graph)
    assert found == pyshacl_violations(graph)
    assert shape in {v.shape for v in found}


@pytest.mark.parametrize("update", DOUBTFUL)
def test_values_it_cannot_vouch_for_go_to_pyshacl(sample_graph, update):
    graph = broken(sample_graph, update)
    assert not _clears(graph)
    assert violations(graph) == pyshacl_violations(graph) != []


def test_shapes_it_cannot_compile_turn_it_off(sample_graph):
    shapes = Graph()
    shapes += shapes_graph()
    shapes.add((next(shapes.subjects(SH.path, None)), SH.maxLength, Literal(5)))
    assert shape_check.compiled(shapes) is None


def test_real_articles_get_pyshacls_verdict():
    if not POLNEAR.is_dir():
        pytest.skip(f"PolNeAR is not at {POLNEAR}")
    from kg.build.iris import Minter
    from kg.extract import extract_many
    from kg.extract.model import Article

    files = sorted(POLNEAR.glob("*.txt"))[:12]
    articles = [Article(text=f.read_text(encoding="utf-8"), source=str(f)) for f in files]
    from kg.build.triples import extraction_to_graph

    for article, extraction in zip(articles, extract_many(articles), strict=True):
        graph = extraction_to_graph(extraction, Minter(), key=article.source)
        assert _clears(graph) == (pyshacl_violations(graph) == []), article.source
