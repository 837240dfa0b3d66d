"""Right answers for real clients, and reads that hold during writes (issue 11, items 7, 11-16).

Against the real ``kg serve`` over HTTP, with SPARQLWrapper and rdflib's SPARQLUpdateStore as the
clients people use.
"""

from __future__ import annotations

import json
import threading
from urllib.parse import urlencode

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLUpdateStore
from server_harness import TOKEN, raw_request, running_server
from SPARQLWrapper import CSV, JSON, N3, RDFXML, TSV, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper import JSONLD as SW_JSONLD

AUTH = {"Authorization": f"Bearer {TOKEN}"}
G1, G2 = "http://example.org/g1", "http://example.org/g2"


def _nt(graph: str, n: int, predicate: str = "p") -> bytes:
    return "".join(
        f"<http://example.org/{graph}/s{i}> <http://example.org/{predicate}> {i} .\n" for i in range(n)
    ).encode()


@pytest.fixture(scope="module")
def server():
    with running_server(write_token=TOKEN, max_rows=10, result_cache=0) as (base, process):
        for graph, n in ((G1, 12), (G2, 3)):
            status, _, body = raw_request(
                base,
                "PUT",
                f"/store?graph={graph}",
                _nt(graph.rsplit("/", 1)[1], n),
                {**AUTH, "Content-Type": "text/turtle"},
            )
            assert status == 201, body
        yield base, process


def _select(base: str, query: str, **params) -> dict:
    status, _, body = raw_request(
        base,
        "GET",
        "/sparql?" + urlencode({"query": query, **params}, doseq=True),
        None,
        {"Accept": "application/sparql-results+json"},
    )
    assert status == 200, body
    return json.loads(body)


def test_the_querys_own_dataset_wins_over_the_union_default(server):
    base, _ = server
    assert _select(base, f"SELECT * FROM NAMED <{G1}> {{ ?s ?p ?o }}")["results"]["bindings"] == []
    rows = _select(base, f"SELECT ?s FROM <{G2}> {{ ?s ?p ?o }}")["results"]["bindings"]
    assert len(rows) == 3 and all("/g2/" in r["s"]["value"] for r in rows)
    rows = _select(base, f"SELECT ?g FROM NAMED <{G2}> {{ GRAPH ?g {{ ?s ?p ?o }} }}")["results"]["bindings"]
    assert {r["g"]["value"] for r in rows} == {G2}
    assert len(_select(base, "SELECT * { ?s ?p ?o FILTER(CONTAINS(STR(?s), '/g2/')) }")["results"]["bindings"]) == 3


def test_a_request_that_names_default_graphs_only_sees_no_named_graphs(server):
    base, _ = server
    answer = _select(base, "SELECT ?g { GRAPH ?g { ?s ?p ?o } }", **{"default-graph-uri": G2})
    assert answer["results"]["bindings"] == []
    answer = _select(base, "SELECT ?s { ?s ?p ?o }", **{"default-graph-uri": G2})
    assert len(answer["results"]["bindings"]) == 3


@pytest.mark.parametrize(
    "query,fmt,check",
    [
        ("SELECT ?s { ?s ?p ?o } LIMIT 2", JSON, lambda r: len(r.convert()["results"]["bindings"]) == 2),
        ("SELECT ?s { ?s ?p ?o } LIMIT 2", XML, lambda r: len(r.convert().getElementsByTagName("result")) == 2),
        ("SELECT ?s { ?s ?p ?o } LIMIT 2", CSV, lambda r: len(r.convert().splitlines()) == 3),
        ("SELECT ?s { ?s ?p ?o } LIMIT 2", TSV, lambda r: len(r.convert().splitlines()) == 3),
        (
            "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <http://example.org/g2> { ?s ?p ?o } }",
            XML,
            lambda r: len(r.convert()) == 3,
        ),
        (
            "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <http://example.org/g2> { ?s ?p ?o } }",
            RDFXML,
            lambda r: len(r.convert()) == 3,
        ),
        (
            "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <http://example.org/g2> { ?s ?p ?o } }",
            N3,
            lambda r: b"g2/s1" in r.convert(),
        ),
        (
            "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <http://example.org/g2> { ?s ?p ?o } }",
            TURTLE,
            lambda r: b"g2/s1" in r.convert(),
        ),
        (
            "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <http://example.org/g2> { ?s ?p ?o } }",
            SW_JSONLD,
            lambda r: len(r.convert()) == 3,
        ),
        ("DESCRIBE <http://example.org/g2/s1>", XML, lambda r: len(r.convert()) >= 1),
        ("ASK { ?s ?p ?o }", JSON, lambda r: r.convert()["boolean"] is True),
        ("ASK { ?s ?p ?o }", XML, lambda r: r.convert().getElementsByTagName("boolean")[0].firstChild.data == "true"),
    ],
)
def test_sparqlwrapper_get_queries_in_every_format(server, query, fmt, check):
    base, _ = server
    client = SPARQLWrapper(f"{base}/sparql")
    client.setQuery(query)
    client.setReturnFormat(fmt)
    assert check(client.query())


def test_sparql_update_store_with_basic_auth(server):
    base, _ = server
    store = SPARQLUpdateStore(f"{base}/sparql", f"{base}/sparql/update", auth=("anyone", TOKEN))
    graph = Graph(store, identifier=URIRef("http://example.org/g3"))
    graph.add((URIRef("http://example.org/x"), URIRef("http://example.org/name"), Literal("Matze")))
    assert (URIRef("http://example.org/x"), None, Literal("Matze")) in graph
    refused = SPARQLUpdateStore(f"{base}/sparql", f"{base}/sparql/update", auth=("anyone", "wrong"))
    with pytest.raises(Exception, match="403"):
        Graph(refused, identifier=URIRef("http://example.org/g3")).add(
            (URIRef("http://example.org/y"), URIRef("http://example.org/name"), Literal("no"))
        )


def test_a_non_ascii_write_token_is_compared_as_utf8():
    token = "tökén-ü-✓"
    with running_server(write_token=token) as (base, _):
        update = b"INSERT DATA { <http://e/s> <http://e/p> 1 }"
        for scheme, value in (("Bearer", token.encode()), ("Basic", None)):
            if value is None:
                import base64

                value = base64.b64encode(b"u:" + token.encode())
            status, _, body = raw_request(
                base,
                "POST",
                "/sparql/update",
                update,
                {"Content-Type": "application/sparql-update", "Authorization": f"{scheme} ".encode() + value},
            )
            assert status == 204, body
        status, _, _ = raw_request(
            base,
            "POST",
            "/sparql/update",
            update,
            {"Content-Type": "application/sparql-update", "Authorization": "Bearer tökén-ü-?"},
        )
        assert status == 403


def test_the_row_cap_is_visible_in_the_result_and_the_token_lifts_it(server):
    base, _ = server
    query = f"SELECT ?s {{ GRAPH <{G1}> {{ ?s ?p ?o }} }}"
    client = SPARQLWrapper(f"{base}/sparql")
    client.setQuery(query)
    client.setReturnFormat(JSON)
    answer = client.query()
    data = answer.convert()
    assert len(data["results"]["bindings"]) == 10
    assert data["head"]["link"] == ["urn:quotegraph:truncated:rows=10"]
    assert answer.info()["x-quotegraph-truncated"] == "true; limit=10"
    client.setReturnFormat(XML)
    links = client.query().convert().getElementsByTagName("link")
    assert links and links[0].getAttribute("href") == "urn:quotegraph:truncated:rows=10"
    client.setReturnFormat(JSON)
    client.addCustomHttpHeader("Authorization", f"Bearer {TOKEN}")
    data = client.query().convert()
    assert len(data["results"]["bindings"]) == 12 and "link" not in data["head"]


def test_the_token_lifts_the_cap_whatever_the_response_cache_holds():
    """The cache's key ignored credentials: the token got the capped answer an anonymous client had
    cached, and an anonymous client the token holder's uncapped one."""
    query = "/sparql?" + urlencode({"query": "SELECT ?n { VALUES ?n { 1 2 3 4 5 6 7 8 9 10 11 12 } }"})
    accept = {"Accept": "application/sparql-results+json"}

    def rows(base: str, headers: dict) -> int:
        status, _, body = raw_request(base, "GET", query, None, {**accept, **headers})
        assert status == 200, body
        return len(json.loads(body)["results"]["bindings"])

    with running_server(write_token=TOKEN, max_rows=10) as (base, _):
        assert [rows(base, {}), rows(base, AUTH), rows(base, {})] == [10, 12, 10]
    with running_server(write_token=TOKEN, max_rows=10) as (base, _):
        assert [rows(base, AUTH), rows(base, {}), rows(base, AUTH)] == [12, 10, 12]


def test_max_rows_zero_lifts_the_cap_and_max_bytes_cuts_whole_rows():
    with running_server(write_token=TOKEN, max_rows=0, max_bytes=2000) as (base, _):
        status, _, body = raw_request(
            base, "PUT", f"/store?graph={G1}", _nt("g1", 20), {**AUTH, "Content-Type": "text/turtle"}
        )
        assert status == 201
        data = _select(base, f"SELECT ?s {{ GRAPH <{G1}> {{ ?s ?p ?o }} }}")
        assert len(data["results"]["bindings"]) == 20 and "link" not in data["head"]
        status, headers, body = raw_request(
            base,
            "GET",
            "/sparql?"
            + urlencode(
                {
                    "query": "SELECT ?x { VALUES ?n { 1 2 3 4 5 } BIND(CONCAT(STR(?n), REPLACE('a', 'a', STRUUID())) AS ?x) }"
                }
            ),
            None,
            {"Accept": "text/tab-separated-values"},
        )
        assert status == 200 and "x-quotegraph-truncated" not in headers
        big = "SELECT ?x { VALUES ?n { 1 2 3 4 5 6 7 8 } BIND(CONCAT(STR(?n), REPLACE(STRUUID(), '.', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaa')) AS ?x) }"
        status, headers, body = raw_request(
            base, "GET", "/sparql?" + urlencode({"query": big}), None, {"Accept": "application/sparql-results+json"}
        )
        assert status == 200 and headers["x-quotegraph-truncated"] == "true; limit=2000 bytes", headers
        data = json.loads(body)
        assert 0 < len(data["results"]["bindings"]) < 8
        assert data["head"]["link"] == ["urn:quotegraph:truncated:bytes=2000"]


def test_max_bytes_caps_the_bytes_the_client_receives_in_every_format():
    """The cap was measured on TSV and N-Triples: the same answer in SPARQL XML was about 4x the cap."""
    with running_server(write_token=TOKEN, max_rows=0, max_bytes=4000) as (base, _):
        status, _, body = raw_request(
            base, "PUT", f"/store?graph={G1}", _nt("g1", 400), {**AUTH, "Content-Type": "text/turtle"}
        )
        assert status == 201
        select = f"SELECT ?s ?p ?o {{ GRAPH <{G1}> {{ ?s ?p ?o }} }}"
        construct = f"CONSTRUCT {{ ?s ?p ?o }} {{ GRAPH <{G1}> {{ ?s ?p ?o }} }}"
        for query, accept in [
            (select, "application/sparql-results+xml"),
            (select, "application/sparql-results+json"),
            (select, "text/csv"),
            (construct, "application/rdf+xml"),
            (construct, "application/ld+json"),
            (construct, "text/turtle"),
        ]:
            status, headers, body = raw_request(
                base, "GET", "/sparql?" + urlencode({"query": query}), None, {"Accept": accept}
            )
            assert status == 200, body
            assert headers["x-quotegraph-truncated"] == "true; limit=4000 bytes", (accept, headers)
            assert 1000 < len(body) <= 4000, (accept, len(body))
            if accept == "application/sparql-results+xml":
                assert b'<link href="urn:quotegraph:truncated:bytes=4000"/>' in body and body.endswith(b"</sparql>")
            if accept == "application/sparql-results+json":
                assert json.loads(body)["head"]["link"] == ["urn:quotegraph:truncated:bytes=4000"]


def test_reads_never_fail_during_writes():
    with running_server(write_token=TOKEN, result_cache=0, query_workers=2, client_queries=0) as (base, _):
        failures, reads, stop = [], [0], threading.Event()

        def write(n: int):
            for i in range(1, 41):
                status, _, body = raw_request(
                    base,
                    "PUT",
                    f"/store?graph=http://example.org/w{n}",
                    _nt(f"w{n}", 1 + i % 5),
                    {**AUTH, "Content-Type": "text/turtle"},
                )
                if status not in (201, 204):
                    failures.append(("write", status, body))

        def read():
            while not (stop.is_set() and reads[0] >= 100):
                status, _, body = raw_request(
                    base, "GET", "/sparql?" + urlencode({"query": "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"})
                )
                reads[0] += 1
                if status != 200:
                    failures.append(("read", status, body))

        writers = [threading.Thread(target=write, args=(n,)) for n in range(6)]
        readers = [threading.Thread(target=read) for _ in range(3)]
        for thread in writers + readers:
            thread.start()
        for thread in writers:  # a fixed amount of work, not a time: 240 writes, and reads all along
            thread.join()
        stop.set()
        for thread in readers:
            thread.join()
        assert reads[0] >= 100
        assert not failures, failures[:3]
