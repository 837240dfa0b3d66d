"""Limits: a timeout that really kills the query, row and body limits, SERVICE/LOAD refusal."""

from __future__ import annotations

import os
import threading
import time
from urllib.parse import quote

import pytest
from server_harness import alive, query_worker_pids, raw_request, running_server

from server import create_app

# 20^6 = 64 million combinations: seconds of work for Oxigraph, whatever the data.
VALUES = " ".join(f"VALUES ?v{i} {{ {' '.join(str(n) for n in range(20))} }}" for i in range(6))
SLOW = f"SELECT (COUNT(*) AS ?n) WHERE {{ {VALUES} }}"


def _workers(server, count: int) -> set[int]:
    deadline = time.monotonic() + 20
    while len(pids := query_worker_pids(server)) != count and time.monotonic() < deadline:
        time.sleep(0.05)
    return pids


def test_timeout_kills_the_query_and_other_requests_are_answered():
    with running_server(query_timeout=1.0, query_workers=2) as (base, server):
        before = _workers(server, 2)
        assert len(before) == 2
        slow_result = {}

        def slow():
            slow_result["response"] = raw_request(base, "GET", "/sparql?query=" + quote(SLOW))

        thread = threading.Thread(target=slow)
        thread.start()
        time.sleep(0.3)
        status, _, body = raw_request(base, "GET", "/sparql?query=" + quote("ASK {}"))
        still_running = thread.is_alive()
        thread.join(60)
        assert status == 200 and b"true" in body
        assert still_running, "the quick query was answered only after the slow one ended"
        status, headers, body = slow_result["response"]
        assert status == 503, body
        assert b"time limit" in body and headers.get("retry-after")
        after = _workers(server, 2)
        killed = before - after
        assert len(killed) == 1
        assert not any(alive(pid) for pid in killed)
        assert len(after) == 2, "the killed worker was not replaced"
        status, _, _ = raw_request(base, "GET", "/sparql?query=" + quote("ASK {}"))
        assert status == 200


@pytest.fixture(scope="module")
def app():
    app = create_app({"memory": True, "max_rows": 3, "max_body": 2000, "service_allowlist": ["http://127.0.0.1:9/"]})
    app.extensions["quotegraph"].update(
        "INSERT DATA { GRAPH <http://example.org/g> { "
        + " ".join(f"<http://example.org/s{i}> <http://example.org/p> {i} ." for i in range(10))
        + " } }"
    )
    yield app
    app.extensions["quotegraph"].close()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.mark.parametrize(
    "query,accept,count",
    [
        ("SELECT ?s WHERE { ?s ?p ?o }", "text/csv", lambda b: len(b.splitlines()) - 1),
        ("SELECT ?s WHERE { ?s ?p ?o }", "application/sparql-results+json", lambda b: b.count(b'"uri"')),
        ("CONSTRUCT WHERE { ?s ?p ?o }", "application/n-triples", lambda b: len(b.splitlines())),
    ],
)
def test_row_limit_is_announced(client, query, accept, count):
    r = client.get("/sparql", query_string={"query": query}, headers={"Accept": accept})
    assert r.status_code == 200
    assert r.headers["X-Quotegraph-Truncated"] == "true; limit=3"
    assert count(r.data) == 3


def test_small_results_are_not_marked(client):
    r = client.get("/sparql", query_string={"query": "SELECT ?s WHERE { ?s ?p 1 }"})
    assert r.status_code == 200 and "X-Quotegraph-Truncated" not in r.headers


def test_body_over_the_limit_is_413(client):
    big = "ASK {}" + " " * 5000
    r = client.post("/sparql", data=big, content_type="application/sparql-query")
    assert r.status_code == 413
    r = client.post("/sparql", data={"query": big})
    assert r.status_code == 413


def test_body_over_the_limit_is_413_over_http():
    with running_server(max_body=1000) as (base, _app):
        status, _, body = raw_request(
            base, "POST", "/sparql", b"ASK {}" + b" " * 4000, {"Content-Type": "application/sparql-query"}
        )
        assert status == 413, body


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
        "SELECT * WHERE { SERVICE SILENT <http://example.org/sparql> { ?s ?p ?o } }",
        "PREFIX e: <http://example.org/> SELECT * WHERE { service e:sparql { ?s ?p ?o } }",
        "SELECT * WHERE { SERVICE ?endpoint { ?s ?p ?o } }",
    ],
)
def test_service_outside_the_allowlist_is_refused(client, query):
    r = client.get("/sparql", query_string={"query": query})
    assert r.status_code == 400
    assert b"not allowed" in r.data


def test_service_keyword_inside_strings_iris_and_names_is_not_refused(client):
    q = (
        "PREFIX ex: <http://example.org/SERVICE/> # SERVICE <http://evil/>\n"
        'SELECT * WHERE { ?s ex:SERVICE "SERVICE <http://evil/> {}" } LIMIT 1'
    )
    assert client.get("/sparql", query_string={"query": q}).status_code == 200


def test_allowlisted_service_is_attempted(client):
    # Port 9 (discard) on loopback refuses connections: reaching the engine's HTTP client proves
    # the query was let through; SILENT turns the failure into an empty answer.
    q = "SELECT * WHERE { SERVICE SILENT <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    r = client.get("/sparql", query_string={"query": q})
    assert r.status_code == 200, r.data


def test_service_and_load_are_off_without_an_allowlist():
    app = create_app({"memory": True, "write_token": "t"})
    try:
        client = app.test_client()
        r = client.get("/sparql", query_string={"query": "SELECT * { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"})
        assert r.status_code == 400 and b"SERVICE is disabled" in r.data
        r = client.post(
            "/sparql/update",
            data={"update": "LOAD <http://127.0.0.1:9/data.ttl>"},
            headers={"Authorization": "Bearer t"},
        )
        assert r.status_code == 400 and b"LOAD is disabled" in r.data
    finally:
        app.extensions["quotegraph"].close()


def test_bad_settings_are_refused():
    from kg.errors import KgError

    for bad in ({"query_timeout": "soon"}, {"max_rows": -1}, {"no_such_setting": 1}):
        with pytest.raises(KgError):
            create_app({"memory": True, **bad})


def test_checkpoints_of_a_killed_server_are_removed_at_start(tmp_path):
    import subprocess
    import sys

    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    orphan = tmp_path / f".quotegraph-snapshots-{dead.pid}-abc"
    (orphan / "g1").mkdir(parents=True)
    app = create_app({"store": str(tmp_path / "store")})
    try:
        assert not orphan.exists()
        live = [p.name for p in tmp_path.iterdir() if p.name.startswith(".quotegraph-snapshots-")]
        assert len(live) == 1 and live[0].startswith(f".quotegraph-snapshots-{os.getpid()}-")
    finally:
        app.extensions["quotegraph"].close()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".quotegraph-snapshots-")]


def test_clients_that_stall_mid_body_do_not_hold_the_server():
    import socket
    from urllib.parse import urlsplit

    with running_server() as (base, _server):
        address = (urlsplit(base).hostname, urlsplit(base).port)
        stalled = []
        try:
            for _ in range(12):  # more than the server's threads
                sock = socket.create_connection(address)
                sock.sendall(
                    b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                    b"Content-Length: 100\r\n\r\nASK"
                )
                stalled.append(sock)
            status, _, body = raw_request(base, "GET", "/sparql?query=" + quote("ASK {}"), timeout=10)
            assert status == 200 and b"true" in body
        finally:
            for sock in stalled:
                sock.close()
