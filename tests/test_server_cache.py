"""The result cache: reused until the next write, never for answers that vary between runs."""

from __future__ import annotations

import pytest

from server import create_app

Q = "SELECT ?o WHERE { ?s <http://example.org/p> ?o }"


@pytest.fixture
def app():
    app = create_app({"memory": True, "write_token": "c"})
    app.extensions["quotegraph"].update(
        "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/s> <http://example.org/p> 1 } }"
    )
    yield app
    app.extensions["quotegraph"].close()


def _values(client, query=Q):
    r = client.get("/sparql", query_string={"query": query})
    assert r.status_code == 200
    return [b["o"]["value"] for b in r.get_json()["results"]["bindings"]]


def test_repeated_query_is_served_from_the_cache_until_a_write(app):
    client = app.test_client()
    cache = app.extensions["quotegraph"].cache
    assert _values(client) == ["1"]
    hits = cache.hits
    assert _values(client) == ["1"]
    assert cache.hits == hits + 1
    r = client.put(
        "/store?graph=http://example.org/g",
        data="<http://example.org/s> <http://example.org/p> 2 .",
        content_type="text/turtle",
        headers={"Authorization": "Bearer c"},
    )
    assert r.status_code == 204
    assert _values(client) == ["2"]
    app.extensions["quotegraph"].store.replace_graph("http://example.org/g", None)
    assert _values(client) == []


def test_other_formats_and_datasets_are_separate_entries(app):
    client = app.test_client()
    csv = client.get("/sparql", query_string={"query": Q}, headers={"Accept": "text/csv"})
    json_ = client.get("/sparql", query_string={"query": Q})
    assert csv.data == b"o\r\n1\r\n" and json_.mimetype == "application/sparql-results+json"
    other = client.get("/sparql", query_string={"query": Q, "default-graph-uri": "http://example.org/none"})
    assert other.get_json()["results"]["bindings"] == []


@pytest.mark.parametrize(
    "query",
    [
        "SELECT (RAND() AS ?o) {}",
        "SELECT (STRUUID() AS ?o) {}",
        "SELECT (NOW() AS ?o) {}",
    ],
)
def test_volatile_queries_are_not_cached(app, query):
    client = app.test_client()
    cache = app.extensions["quotegraph"].cache
    _values(client, query)
    hits = cache.hits
    _values(client, query)
    assert cache.hits == hits


def test_cache_can_be_turned_off():
    app = create_app({"memory": True, "result_cache": 0})
    try:
        assert app.extensions["quotegraph"].cache is None
        assert _values(app.test_client()) == []
    finally:
        app.extensions["quotegraph"].close()


def test_a_cached_answer_is_the_same_response_headers_included(app):
    client = app.test_client()
    app.extensions["quotegraph"].config["max_rows"] = 1
    app.extensions["quotegraph"].update(
        "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/s> <http://example.org/p> 3 } }"
    )
    first = client.get("/sparql", query_string={"query": Q}, headers={"Accept": "text/csv"})
    hits = app.extensions["quotegraph"].cache.hits
    second = client.get("/sparql", query_string={"query": Q}, headers={"Accept": "text/csv"})
    assert app.extensions["quotegraph"].cache.hits == hits + 1
    assert second.data == first.data and second.status_code == 200
    assert dict(second.headers) == dict(first.headers)
    assert second.headers["X-Quotegraph-Truncated"] == "true; limit=1"
    assert second.headers["Access-Control-Allow-Origin"] == "*"


def test_posted_queries_are_kept_by_body(app):
    client = app.test_client()
    cache = app.extensions["quotegraph"].cache
    other = "SELECT ?s WHERE { ?s <http://example.org/p> ?o }"
    answers = [
        client.post("/sparql", data=q, content_type="application/sparql-query").get_json() for q in (Q, other, Q)
    ]
    assert cache.hits == 1
    assert answers[0] == answers[2] != answers[1]
    form = client.post("/sparql", data={"query": Q})
    assert form.get_json() == answers[0]


def test_large_bodies_pass_through_uncached(app):
    client = app.test_client()
    cache = app.extensions["quotegraph"].cache
    padded = Q + " #" + "x" * (70 * 1024)
    for _ in range(2):
        r = client.post("/sparql", data=padded, content_type="application/sparql-query")
        assert r.status_code == 200 and r.get_json()["results"]["bindings"][0]["o"]["value"] == "1"
    assert cache.hits == 0 and len(cache) == 0


def test_errors_are_not_kept(app):
    client = app.test_client()
    cache = app.extensions["quotegraph"].cache
    for _ in range(2):
        assert client.get("/sparql", query_string={"query": "SELECT * {"}).status_code == 400
        assert client.get("/sparql", query_string={"query": Q}, headers={"Accept": "image/png"}).status_code == 406
    assert cache.hits == 0 and len(cache) == 0


def test_an_update_through_the_endpoint_starts_a_new_generation(app):
    client = app.test_client()
    assert _values(client) == ["1"]
    r = client.post(
        "/sparql/update",
        data="DELETE WHERE { GRAPH ?g { ?s ?p ?o } }",
        content_type="application/sparql-update",
        headers={"Authorization": "Bearer c"},
    )
    assert r.status_code == 204
    assert _values(client) == []


def test_an_answer_computed_before_a_write_is_not_kept():
    from server.response_cache import ResponseCache

    cache = ResponseCache(1 << 20)
    cache.new_generation("g1")
    key = ("GET", "query=x", "", b"", "", "", "http", "", "g1")
    cache.new_generation("g2")
    cache.put(key, ("200 OK", [], b"old"))
    assert len(cache) == 0
    cache.put(key[:-1] + ("g2",), ("200 OK", [], b"new"))
    assert cache.get(key[:-1] + ("g2",))[2] == b"new"
