"""The Store verbs callers need, the same on every backend: update with a base, empty graphs,
write observers (instead of subclassing the store to hook its writes), checkpoints."""

from __future__ import annotations

import pytest
from rdflib import Graph

from kg.store import OxigraphStore, QuerySyntaxError
from kg.store.remote import RemoteStore

EX = "http://example.org/"


@pytest.fixture(params=["memory", "disk", "remote"])
def store(request, tmp_path):
    if request.param == "remote":
        server = request.getfixturevalue("oxigraph_server")
        with RemoteStore(f"{server}/query", f"{server}/update") as remote:
            yield remote
        return
    with OxigraphStore(tmp_path / "store" if request.param == "disk" else None) as embedded:
        yield embedded


def test_update_resolves_relative_iris_against_its_base(store):
    store.update("INSERT DATA { GRAPH <g> { <s> <p> <o> } }", base_iri=EX)
    assert store.has_graph(EX + "g")
    assert store.query(f"ASK {{ GRAPH <{EX}g> {{ <{EX}s> <{EX}p> <{EX}o> }} }}")


def test_observers_hear_every_write_and_no_failed_one(store):
    heard = []
    store.observe(lambda: heard.append("one"))
    store.observe(lambda: heard.append("two"))
    store.update(f"INSERT DATA {{ GRAPH <{EX}g> {{ <{EX}s> <{EX}p> 1 }} }}")
    store.replace_graphs({EX + "h": Graph().parse(data=f"<{EX}s> <{EX}p> 2 .", format="turtle")})
    with pytest.raises(QuerySyntaxError):
        store.update("INSERT DATA { oops")
    assert heard == ["one", "two", "one", "two"]


def test_an_empty_graph_written_is_there(store):
    if isinstance(store, RemoteStore):
        pytest.skip("a remote store is asked whether a graph has triples, not whether it exists")
    store.replace_graph(EX + "empty", Graph())
    assert store.contains_graph(EX + "empty") and not store.has_graph(EX + "empty")
    store.drop_graph(EX + "empty")
    assert not store.contains_graph(EX + "empty")


def test_checkpoint_keeps_everything_written(tmp_path):
    with OxigraphStore(tmp_path / "store") as store:
        store.update(f"INSERT DATA {{ GRAPH <{EX}g> {{ <{EX}s> <{EX}p> 1 }} }}")
        store.checkpoint()
        store.update(f"INSERT DATA {{ GRAPH <{EX}g> {{ <{EX}s> <{EX}p> 2 }} }}")
    with OxigraphStore(tmp_path / "store") as store:
        assert store.graphs() == [(EX + "g", 2)]


def test_a_read_only_store_closes_cleanly(tmp_path):
    """Nothing to flush: closing a read-only store must not raise (kg query/export open stores so)."""
    from kg.store import open_store

    open_store(str(tmp_path / "s")).close()
    opened = open_store(str(tmp_path / "s"), read_only=True)
    assert opened.query("ASK {}")
    opened.close()


def _graph(text: str) -> Graph:
    return Graph().parse(data=text, format="turtle")


def _stored(store, iri: str) -> set:
    rows = store.query(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}")
    return {(r["s"].value, r["p"].value, str(r["o"])) for r in rows}


def test_replacing_a_stored_graph_writes_only_what_changed(store):
    """A re-inferred graph that gained one triple and lost one is rewritten by those two, not dropped and
    re-inserted whole; what the store holds afterwards is the same as a drop and insert would leave."""
    old = _graph(f'<{EX}s> <{EX}p> 1, 2, "01"^^<http://www.w3.org/2001/XMLSchema#integer> ; <{EX}q> "a" .')
    new = _graph(f'<{EX}s> <{EX}p> 1, 3 ; <{EX}q> "a"^^<http://www.w3.org/2001/XMLSchema#string> .')
    store.replace_graphs({EX + "g": old})
    sent: list[str] = []
    update = store._update

    def spy(sparql, **options):
        sent.append(sparql)
        update(sparql, **options)

    store._update = spy
    store.replace_graphs({EX + "g": new, EX + "h": new})
    [text] = sent
    assert "DROP SILENT GRAPH <http://example.org/g>" not in text and "DROP SILENT GRAPH <http://example.org/h>" in text
    changed = text.split("DROP SILENT GRAPH")[0]
    assert changed.count(f"<{EX}s>") == 2  # delete 2, insert 3 ("01" is the integer 1, stored once)
    assert _stored(store, EX + "g") == _stored(store, EX + "h")
    assert {o for _, _, o in _stored(store, EX + "g")} == {
        '"1"^^<http://www.w3.org/2001/XMLSchema#integer>',
        '"3"^^<http://www.w3.org/2001/XMLSchema#integer>',
        '"a"',
    }
    sent.clear()
    store.replace_graphs({EX + "g": new})
    assert sent == []  # nothing changed, nothing written
    assert len(_stored(store, EX + "g")) == 3


def test_graphs_with_blank_nodes_are_still_replaced_whole(store):
    store.replace_graphs({EX + "g": _graph(f"<{EX}s> <{EX}p> [ <{EX}n> 1 ] .")})
    store.replace_graphs({EX + "g": _graph(f"<{EX}s> <{EX}p> [ <{EX}n> 2 ] .")})
    assert {o for _, _, o in _stored(store, EX + "g") if "XMLSchema" in o} == {
        '"2"^^<http://www.w3.org/2001/XMLSchema#integer>'
    }
    assert len(_stored(store, EX + "g")) == 2
    store.replace_graphs({EX + "g": _graph(f"<{EX}s> <{EX}p> <{EX}o> .")})
    assert _stored(store, EX + "g") == {(EX + "s", EX + "p", f"<{EX}o>")}


def test_checkpoints_compact_the_files_once_they_have_doubled(tmp_path, monkeypatch):
    """A long load checkpoints every few dozen articles; the files are compacted as it goes, not only at the end."""
    compacted: list[int] = []
    optimize = OxigraphStore.optimize

    def spy(self):
        compacted.append(self.disk_size())
        optimize(self)

    monkeypatch.setattr(OxigraphStore, "optimize", spy)
    monkeypatch.setattr(OxigraphStore, "COMPACT_FLOOR", 0)
    with OxigraphStore(tmp_path / "store") as store:
        for batch in range(6):
            rows = " ".join(f"<{EX}s{batch}-{i}> <{EX}p> {i} ." for i in range(2000))
            store.update(f"INSERT DATA {{ GRAPH <{EX}g{batch}> {{ {rows} }} }}")
            store.checkpoint()
        assert 1 <= len(compacted) < 6  # compacted as it grew, and not at every checkpoint
        before = len(compacted)
        store.checkpoint()
        assert len(compacted) == before  # nothing written since: nothing to compact
        assert store.disk_size() <= 2 * store._compacted
    with OxigraphStore(tmp_path / "store") as store:
        assert len(store.graphs()) == 6


def test_small_stores_are_never_compacted_by_a_checkpoint(tmp_path, monkeypatch):
    monkeypatch.setattr(OxigraphStore, "optimize", lambda self: pytest.fail("compacted a small store"))
    with OxigraphStore(tmp_path / "store") as store:
        store.update(f"INSERT DATA {{ GRAPH <{EX}g> {{ <{EX}s> <{EX}p> 1 }} }}")
        store.checkpoint()
