"""Every backend (memory, disk, remote `oxigraph serve`) behaves the same through the Store API."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg.settings import Settings
from kg.store import OxigraphStore, QuerySyntaxError, StoreError, open_store
from kg.store.remote import RemoteStore

G1 = "https://quotegraph.org/id/graph/file/test-one"
G2 = "https://quotegraph.org/id/graph/file/test-two"
EX = "http://example.org/"


def sample(n: int, tag: str) -> Graph:
    graph = Graph()
    for i in range(n):
        node = BNode()
        graph.add((URIRef(f"{EX}{tag}/{i}"), URIRef(f"{EX}p"), Literal(f"{tag} {i}", lang="en")))
        graph.add((URIRef(f"{EX}{tag}/{i}"), URIRef(f"{EX}q"), node))
        graph.add((node, URIRef(f"{EX}n"), Literal(i)))
    return graph


@pytest.fixture(params=["memory", "disk", "remote"])
def store(request, tmp_path):
    if request.param == "memory":
        backend = OxigraphStore(None)
    elif request.param == "disk":
        backend = OxigraphStore(tmp_path / "store")
    else:
        base = request.getfixturevalue("oxigraph_server")
        backend = RemoteStore(f"{base}/query", f"{base}/update")
    yield backend
    backend.close()


def test_named_graphs_round_trip(store):
    one, two = sample(3, "one"), sample(2, "two")
    store.replace_graphs({G1: one, G2: two})
    assert store.graphs() == [(G1, 9), (G2, 6)]
    assert store.has_graph(G1) and not store.has_graph(G1 + "-absent")
    assert isomorphic(store.graph(G1), one)
    assert isomorphic(store.graph(G2), two)


def test_default_graph_is_the_union_unless_graphs_are_named(store):
    store.replace_graphs({G1: sample(2, "one"), G2: sample(1, "two")})
    count = f"SELECT (COUNT(*) AS ?n) WHERE {{ ?s <{EX}p> ?o }}"
    assert int(next(iter(store.query(count)))["n"].value) == 3
    only_two = store.query(count, default_graphs=[G2])
    assert int(next(iter(only_two))["n"].value) == 1
    assert bool(store.query(f"ASK {{ <{EX}one/1> <{EX}p> ?o }}"))


def test_query_result_types_match_across_backends(store):
    store.replace_graph(G1, sample(2, "one"))
    assert isinstance(store.query("SELECT * WHERE { ?s ?p ?o }"), ox.QuerySolutions)
    assert isinstance(store.query("ASK { ?s ?p ?o }"), ox.QueryBoolean)
    triples = store.query(f"CONSTRUCT {{ ?s <{EX}p> ?o }} WHERE {{ ?s <{EX}p> ?o }}")
    assert isinstance(triples, ox.QueryTriples)
    assert len(list(triples)) == 2


def test_replace_is_atomic_and_drops(store):
    store.replace_graphs({G1: sample(2, "one"), G2: sample(2, "two")})
    store.replace_graphs({G1: sample(1, "new"), G2: None})
    assert store.graphs() == [(G1, 3)]
    assert bool(store.query(f"ASK {{ <{EX}new/0> ?p ?o }}"))
    with pytest.raises(StoreError):
        store.update(f"DROP GRAPH <{G1}> ; DROP GRAPH <{G2}-never-existed>")
    assert store.graphs() == [(G1, 3)], "a failed update must change nothing"


def test_dump_round_trips_every_quad(store):
    store.replace_graphs({G1: sample(2, "one"), G2: sample(1, "two")})
    for rdf_format in (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG):
        quads = list(ox.parse(store.dump(rdf_format), rdf_format))
        assert sorted({q.graph_name.value for q in quads}) == [G1, G2]
        assert len(quads) == 9


def test_syntax_errors_are_one_line(store):
    with pytest.raises(QuerySyntaxError) as caught:
        store.query("SELECT * WHERE { ?s ?p ")
    assert "\n" not in str(caught.value)
    with pytest.raises(QuerySyntaxError):
        store.update("INSERT DATA { <a> }")


def test_disk_store_persists_and_is_locked(tmp_path):
    path = tmp_path / "store"
    with OxigraphStore(path) as first:
        first.replace_graph(G1, sample(1, "one"))
        with pytest.raises(StoreError, match="locked by another process"):
            OxigraphStore(path)
    with open_store(str(path)) as again:
        assert again.graphs() == [(G1, 3)]


@pytest.mark.parametrize(
    "status, fragment",
    [
        (401, "refused the request (HTTP 401)"),
        (403, "refused the request (HTTP 403)"),
        (500, "failed (HTTP 500): nope"),
        (503, "failed (HTTP 503)"),
    ],
)
def test_refusing_endpoint_is_a_one_line_store_error(refusing_endpoint, status, fragment):
    server = refusing_endpoint(status)
    url = f"http://127.0.0.1:{server.server_address[1]}/sparql"
    with pytest.raises(StoreError) as caught:
        RemoteStore(url).graphs()
    assert fragment in str(caught.value) and "\n" not in str(caught.value)


def test_auth_is_sent_as_basic_or_bearer(refusing_endpoint):
    server = refusing_endpoint(401)
    url = f"http://127.0.0.1:{server.server_address[1]}/sparql"
    for auth in (("alice", "secret"), "token-123"):
        with pytest.raises(StoreError):
            RemoteStore(url, auth=auth).update("CLEAR ALL")
    assert server.seen_auth == ["Basic YWxpY2U6c2VjcmV0", "Bearer token-123"]


def test_unreachable_endpoint_is_a_store_error():
    from conftest import free_port

    url = f"http://127.0.0.1:{free_port()}/query"
    with pytest.raises(StoreError, match="cannot reach SPARQL endpoint"):
        open_store(query_url=url).graphs()


def test_remote_union_default_graph_depends_on_the_parameter(oxigraph_server, monkeypatch):
    urls = (f"{oxigraph_server}/query", f"{oxigraph_server}/update")
    with RemoteStore(*urls) as union:
        union.replace_graph(G1, sample(1, "one"))
        assert bool(union.query("ASK { ?s ?p ?o }"))
    monkeypatch.setenv("QUOTEGRAPH_UNION_PARAM", "")
    settings = Settings.resolve({"endpoint": urls[0], "update_endpoint": urls[1]})
    with settings.open_store() as plain:
        assert not bool(plain.query("ASK { ?s ?p ?o }")), "Oxigraph's own default graph is empty"
        assert plain.graphs() == [(G1, 3)]
