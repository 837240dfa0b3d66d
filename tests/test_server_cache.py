"""The result cache: reused until the next write, never for answers that vary between runs."""

from __future__ import annotations

import pytest

from server import create_app

Q = "SELECT ?o WHERE { ?s <http://example.org/p> ?o }"


@pytest.fixture
def app():
    app = create_app({"memory": True, "write_token": "c"})
    app.extensions["quotegraph"].update("INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/s> <http://example.org/p> 1 } }")
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
    r = client.put("/store?graph=http://example.org/g", data="<http://example.org/s> <http://example.org/p> 2 .",
                   content_type="text/turtle", headers={"Authorization": "Bearer c"})
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


@pytest.mark.parametrize("query", [
    "SELECT (RAND() AS ?o) {}", "SELECT (STRUUID() AS ?o) {}", "SELECT (NOW() AS ?o) {}",
])
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
