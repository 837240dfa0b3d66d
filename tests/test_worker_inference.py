"""A load's workers derive each article's inferred graph; the writer takes it only while the curated parties hold."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from kg.infer.local import LocalInference
from kg.infer.party_edits import PartyEditor
from kg.infer.planner import reasoner_for
from kg.load import articles
from kg.sources.documents import read_document
from kg.store import OxigraphStore

SAMPLE = Path(__file__).parent.parent / "samples" / "articles" / "contractor-dispute.txt"


@pytest.fixture
def counted(monkeypatch) -> list:
    """Every inferred graph the writer derives itself."""
    calls: list = []
    derive = LocalInference.__call__

    def spy(self, g, graph):
        calls.append(g)
        return derive(self, g, graph)

    monkeypatch.setattr(LocalInference, "__call__", spy)
    return calls


def built(store, curated: bytes | None) -> articles.Built:
    [outcome] = articles.build_articles([(0, read_document(str(SAMPLE)))], store.minter.base, curated)
    assert isinstance(outcome, articles.Built), outcome
    return outcome


def plan(store, found: articles.Built, local: bool) -> dict:
    from kg.store import terms

    graph = terms.graph(terms.from_ntriples(found.ntriples))
    derived = found.derived()
    assert derived is not None
    return reasoner_for(store).plan({found.graph: graph}, local={found.graph: derived} if local else None)


def contents(writes: dict) -> dict:
    return {g: (set(w), set(getattr(w, "removed", ()))) if w is not None else None for g, w in writes.items()}


def test_the_writer_takes_the_workers_inferred_graph_and_it_is_the_one_it_would_derive(counted):
    store = OxigraphStore(None)
    store.replace_graphs(reasoner_for(store).plan({}))  # the shipped parties, reasoned once
    found = built(store, reasoner_for(store).curated_snapshot())
    counted.clear()
    taken = plan(store, found, local=True)
    assert counted == [], "the writer derived nothing itself"
    assert contents(taken) == contents(plan(store, found, local=False))
    assert counted == [found.graph]
    store.close()


def test_a_party_edit_after_the_snapshot_makes_the_writer_derive_again(counted):
    store = OxigraphStore(None)
    found = built(store, reasoner_for(store).curated_snapshot())
    PartyEditor(store).alias("Amazon Web Services", "Amazon Cloud")
    counted.clear()
    taken = plan(store, found, local=True)
    assert counted == [found.graph], "the worker's graph was derived against other curated parties"
    assert contents(taken) == contents(plan(store, found, local=False))
    store.close()


def written_by_the_writer(found: articles.Built, store) -> set:
    """What the writer stores of one built article: every quad but the ontology's (stamped with the time)."""
    from kg.load.loader import Loader

    loaded: list = []
    Loader(store)._write_articles(iter([found]), lambda: False, {}, lambda _, result: loaded.append(result))
    assert [r.status for r in loaded] == ["loaded"] and loaded[0].derived > 0
    return {q for q in store.native if q.graph_name.value != str(store.minter.ontology_graph)}


def test_the_writer_never_parses_what_the_workers_sent_and_stores_the_same(monkeypatch):
    from kg.load.loader import Loader
    from kg.store import terms

    stores = [OxigraphStore(None), OxigraphStore(None)]
    for store in stores:
        Loader(store).ensure_ontology()
    one = built(stores[0], reasoner_for(stores[0]).curated_snapshot())
    found = [replace(one, triples=None, inferred_triples=None), one]  # the first parsed at once, as before
    before = written_by_the_writer(found[0], stores[0])
    parsed: list = []
    read = terms.from_ntriples
    monkeypatch.setattr(terms, "from_ntriples", lambda data: parsed.append(data) or read(data))
    after = written_by_the_writer(found[1], stores[1])
    assert parsed == [], "the writer parsed N-Triples a worker sent"
    assert before == after and len(after) > 1000
