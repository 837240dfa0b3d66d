"""The party facts graph: what the loaded graphs say of each party's names, aliases and kind, once and exactly."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from multi_support import MATZE, MINTER, PARLER, article, load, three_articles
from rdflib import Graph, Literal

from kg.build.namespace import QG, RDF
from kg.infer import party_facts
from kg.infer.lookup import Lookup
from kg.infer.party_match import parties_in
from kg.infer.planner import reasoner_for
from kg.load.loader import unload_graphs
from kg.store import terms

FACTS = str(MINTER.party_facts_graph)
INFERRED = f"{MINTER.base}graph/inferred/"


def held(store) -> list[tuple[str, str, str]]:
    """The facts graph's triples, as a list: a copy would show twice."""
    rows = store.query(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{FACTS}> {{ ?s ?p ?o }} }}")
    return sorted((r["s"].value, r["p"].value, str(r["o"])) for r in rows)


def stated(store) -> list[tuple[str, str, str]]:
    """The same facts as the loaded graphs state them, read from every one of them."""
    rows = store.query(
        f"SELECT DISTINCT ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} "
        f'FILTER(!STRSTARTS(STR(?g), "{INFERRED}")) VALUES ?p {{ <{QG.name}> <{QG.alias}> <{RDF.type}> }} }}'
    )
    found = (ox.Triple(r["s"], r["p"], r["o"]) for r in rows)
    return sorted((t.subject.value, t.predicate.value, str(t.object)) for t in found if party_facts.is_fact(t))


def read_per_graph(store, parties: set) -> dict:
    """What identity read before the facts graph existed: every loaded graph naming the parties."""
    graph = Graph()
    for s, p, o in store.query(
        f"SELECT ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} "
        f'FILTER(!STRSTARTS(STR(?g), "{INFERRED}") && ?s IN ({", ".join(f"<{x}>" for x in parties)})) }}'
    ):
        graph.add(tuple(terms.to_rdflib(t) for t in (s, p, o)))
    return parties_in(graph)


@pytest.fixture
def story():
    with three_articles() as store:
        yield store


def test_each_fact_once_and_nothing_the_loaded_graphs_do_not_state(story):
    assert held(story) == stated(story)
    assert (str(PARLER), str(QG.name), '"Parler"') in held(story), "three articles name Parler: held once"
    assert not any(p == str(RDF.type) and o.startswith(f"<{QG}Statement") for _, p, o in held(story))


def test_reload_and_unload_keep_it_exact(story):
    before = held(story)
    renamed = article("reuters")
    renamed.remove((MATZE, QG.name, None))
    renamed.add((MATZE, QG.name, Literal("J. Matze")))
    load(story, "reuters", renamed)
    assert held(story) == stated(story)
    assert (str(MATZE), str(QG.name), '"J. Matze"') in held(story)
    story.replace_graphs(unload_graphs(story, str(MINTER.article_graph("reuters"))))
    assert held(story) == stated(story)
    assert (str(PARLER), str(QG.name), '"Parler"') in held(story), "wsj and fox still name Parler"
    load(story, "reuters")
    assert held(story) == before


def test_kg_reason_rebuilds_it_the_same(story):
    before = held(story)
    story.update(f"DROP GRAPH <{FACTS}>")
    reasoner_for(story).full()
    assert held(story) == before


def test_identity_reads_the_same_parties_as_from_every_graph(story):
    resolver = reasoner_for(story).parties
    parties = {PARLER, MATZE, MINTER.party("John Matze"), MINTER.party("Amazon Web Services")}
    assert resolver.named_in_store(Lookup(story), parties) == read_per_graph(story, parties)


def test_while_a_graph_is_replaced_identity_reads_its_new_version_only(story):
    """The stored facts graph still holds what the replaced version said: identity must not read that."""
    resolver = reasoner_for(story).parties
    renamed = article("reuters")
    renamed.remove((MATZE, QG.name, None))
    renamed.add((MATZE, QG.name, Literal("J. Matze")))
    lookup = Lookup(story)
    lookup.put(str(MINTER.article_graph("reuters")), renamed)
    found = resolver.named_in_store(lookup, {MATZE})
    load(story, "reuters", renamed)
    assert found == read_per_graph(story, {MATZE})
    assert "J. Matze" in found[MATZE].names
