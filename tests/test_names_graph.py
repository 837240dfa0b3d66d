"""The names graph holds each party name of the other graphs once, exactly, whatever was loaded or unloaded."""

from __future__ import annotations

import pytest
from multi_support import MATZE, MINTER, PARLER, article, load, three_articles
from rdflib import Graph, Literal, URIRef

from kg.build.namespace import QG
from kg.infer.names import rebuild
from kg.infer.party_edits import PartyEditor
from kg.infer.planner import Reasoner
from kg.load.loader import unload_graphs
from kg.store import GraphPatch, OxigraphStore, replace_update

NAMES = str(MINTER.names_graph)


def held(store) -> list[tuple[str, str]]:
    """The names graph's triples, as a list: a copy would show twice."""
    rows = store.query(f"SELECT ?s ?n WHERE {{ GRAPH <{NAMES}> {{ ?s <{QG.name}> ?n }} }}")
    return sorted((r["s"].value, r["n"].value) for r in rows)


def named_elsewhere(store) -> list[tuple[str, str]]:
    rows = store.query(f"SELECT DISTINCT ?s ?n WHERE {{ GRAPH ?g {{ ?s <{QG.name}> ?n }} FILTER(?g != <{NAMES}>) }}")
    return sorted((r["s"].value, r["n"].value) for r in rows)


def triples(store, *, without_names: bool) -> set:
    guard = f"FILTER(?g != <{NAMES}>)" if without_names else ""
    return {tuple(r) for r in store.query(f"SELECT DISTINCT ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {guard} }}")}


@pytest.fixture
def story():
    with three_articles() as store:
        yield store


def test_each_name_once_and_nothing_the_other_graphs_do_not_hold(story):
    assert held(story) == named_elsewhere(story)
    assert (str(PARLER), "Parler") in held(story)
    assert triples(story, without_names=True) == triples(story, without_names=False)


def test_reload_and_unload_keep_it_exact(story):
    renamed = article("reuters")
    renamed.remove((MATZE, QG.name, None))
    renamed.add((MATZE, QG.name, Literal("J. Matze")))
    load(story, "reuters", renamed)
    assert held(story) == named_elsewhere(story)
    assert (str(MATZE), "J. Matze") in held(story) and (str(MATZE), "Matze") not in held(story)
    story.replace_graphs(unload_graphs(story, str(MINTER.article_graph("reuters"))))
    assert held(story) == named_elsewhere(story)
    assert (str(MATZE), "J. Matze") not in held(story)
    assert (str(PARLER), "Parler") in held(story), "wsj and fox still name Parler"


def test_unloading_restores_it_exactly(story):
    before = held(story)
    extra = Graph()
    extra.add((PARLER, QG.name, Literal("Parler")))
    extra.add((MINTER.party("Newcomer"), QG.name, Literal("Newcomer")))
    load(story, "extra", extra)
    assert (str(MINTER.party("Newcomer")), "Newcomer") in held(story)
    story.replace_graphs(unload_graphs(story, str(MINTER.article_graph("extra"))))
    assert held(story) == before


def test_kg_reason_rebuilds_it_for_graphs_written_without_inference():
    store = OxigraphStore(None)
    store.replace_graph(str(MINTER.article_graph("wsj")), article("wsj"))
    assert held(store) == []
    Reasoner(store).missing()
    assert held(store) == named_elsewhere(store) != []
    store.close()


def test_full_recompute_rebuilds_it(story):
    story.update(f'INSERT DATA {{ GRAPH <{NAMES}> {{ <{PARLER}> <{QG.name}> "Stale" }} }}')
    Reasoner(story).full()
    assert held(story) == named_elsewhere(story)
    rebuild(story, NAMES)
    assert held(story) == named_elsewhere(story)


def test_party_edits_do_not_reason_over_it(story):
    PartyEditor(story).alias("Parler", "Parler LLC")
    assert not story.has_graph(Reasoner(story).inferred(NAMES))
    assert held(story) == named_elsewhere(story)


def test_a_patch_touches_only_its_triples():
    store = OxigraphStore(None)
    a, b, c = (URIRef(f"urn:x:{n}") for n in "abc")
    store.replace_graph(NAMES, Graph().__iadd__([(a, QG.name, Literal("A")), (b, QG.name, Literal("B"))]))
    patch = GraphPatch([(a, QG.name, Literal("A"))])
    patch.add((c, QG.name, Literal("C")))
    assert "DROP" not in replace_update({NAMES: patch})
    store.replace_graphs({NAMES: patch})
    assert held(store) == [("urn:x:b", "B"), ("urn:x:c", "C")]
    store.close()


def test_kg_query_warns_when_a_store_lacks_the_names_graph(tmp_path, capsys):
    """A store written without inference answers no name-reading query: say so, and how to fix it."""
    from kg.cli import main
    from kg.paths import QUERIES_DIR

    path = tmp_path / "store"
    store = OxigraphStore(path)
    store.replace_graphs({str(MINTER.article_graph("wsj")): article("wsj")})
    store.close()
    query = str(QUERIES_DIR / "claims-disputed-by-party.rq")
    assert main(["query", "-f", query, "--store", str(path), "--format", "csv"]) == 0
    assert "run `kg reason`" in capsys.readouterr().err
    assert main(["reason", "--store", str(path)]) == 0
    capsys.readouterr()
    assert main(["query", "-f", query, "--store", str(path), "--format", "csv"]) == 0
    assert "warning" not in capsys.readouterr().err
