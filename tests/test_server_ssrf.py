"""No request reaches the network by any spelling of SERVICE or LOAD (issue 11, items 1 and 4).

Every check is made against the real ``kg serve`` over HTTP, with a listener on 127.0.0.1 that
counts the connections it gets: a refused query must also leave it untouched. The second wall
(query workers and updates have no network) is checked beneath the first: jobs that name the
listener are handed straight to the workers and the update thread.
"""

from __future__ import annotations

import resource
import socket
import threading
from contextlib import contextmanager
from urllib.parse import quote, urlencode

import pytest
from server_harness import TOKEN, raw_request, running_server


@contextmanager
def listener():
    """(port, connections) of a TCP listener on 127.0.0.1 that answers every connection with a 302."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    server.settimeout(0.2)
    seen: list[bytes] = []
    stop = threading.Event()

    def serve():
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with conn:
                conn.settimeout(2)
                try:
                    seen.append(conn.recv(4096))
                    conn.sendall(
                        b"HTTP/1.1 200 OK\r\nContent-Type: text/turtle\r\nContent-Length: 28\r\n\r\n<a:s> <a:p> <a:o> .\n        "
                    )
                except OSError:
                    pass

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield server.getsockname()[1], seen
    finally:
        stop.set()
        thread.join(5)
        server.close()


def _get(base: str, query: str):
    return raw_request(base, "GET", "/sparql?" + urlencode({"query": query}))


def _update(base: str, update: str):
    return raw_request(
        base,
        "POST",
        "/sparql/update",
        update.encode("utf-8"),
        {"Content-Type": "application/sparql-update", "Authorization": f"Bearer {TOKEN}"},
    )


SERVICE_SPELLINGS = [
    "PREFIX ex: <http://ex/> SELECT * WHERE {{ OPTIONAL {{ ?a ex:a\\# ?b }} SERVICE <{url}> {{ ?s ?p ?o }} }}",
    "PREFIX ex: <http://ex/> SELECT * WHERE {{ OPTIONAL {{ ?a ex:a\\' ?b }} SERVICE <{url}> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ SERVICESILENT <{url}> {{ ?s ?p ?o }} }}",
    "PREFIX : <{url}> SELECT * WHERE {{ ?s ?p ?o SERVICE:{{}} }}",
    "PREFIX SERVICE: <{url}> SELECT * WHERE {{ SERVICE SERVICE: {{}} }}",
    "BASE <{url}> SELECT * WHERE {{ SERVICE <x> {{}} }}",
    "SELECT * WHERE {{ SERVICE <http:\\u002F\\u002F{host}/sparql> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ ?s ?p 1SERVICE <{url}> {{}} }}",
    "SELECT * WHERE {{ BIND(<{url}> AS ?e) SERVICE ?e {{ ?s ?p ?o }} }}",
    'SELECT * WHERE {{ ?s ?p "a\\"" }} SERVICE <{url}> {{ ?s ?p ?o }} # " }}',
]


@pytest.mark.parametrize("template", SERVICE_SPELLINGS)
def test_service_by_any_spelling_is_refused_and_reaches_nothing(server, template):
    base, _ = server
    with listener() as (port, seen):
        query = template.format(url=f"http://127.0.0.1:{port}/sparql", host=f"127.0.0.1:{port}")
        status, _, body = _get(base, query)
        assert status == 400, body
        assert not seen, "the query reached the listener"


LOAD_SPELLINGS = [
    "PREFIX ex: <http://ex/> INSERT DATA {{ ex:b\\# ex:c ex:d }} ; LOAD <{url}>",
    "PREFIX ex: <http://ex/> INSERT DATA {{ ex:b\\' ex:c ex:d }} ; LOAD SILENT <{url}> INTO GRAPH <http://g>",
    "LOADSILENT <{url}>",
    "PREFIX : <{url}> LOAD:",
    "LOAD <http:\\u002F\\u002F{host}/data.ttl>",
]


@pytest.mark.parametrize("template", LOAD_SPELLINGS)
def test_load_by_any_spelling_is_refused_and_reaches_nothing(server, template):
    base, _ = server
    with listener() as (port, seen):
        status, _, body = _update(base, template.format(url=f"http://127.0.0.1:{port}/d.ttl", host=f"127.0.0.1:{port}"))
        assert status == 400, body
        assert not seen, "the update reached the listener"
        status, _, body = _get(base, "ASK { <a:s> ?p ?o }")
        assert b"false" in body


@pytest.fixture(scope="module")
def server():
    with running_server(write_token=TOKEN) as running:
        yield running


def test_allowlist_compares_scheme_host_port_and_path():
    with running_server(service_allow="http://allowed.test/sparql") as (base, _):
        for target in (
            "http://allowed.test.evil.example/sparql",
            "http://allowed.test:8080/sparql",
            "https://allowed.test/sparql",
            "http://allowed.test/sparqlx",
            "http://allowed.test@127.0.0.1:9/sparql",
            "http://evil.example/?http://allowed.test/sparql",
        ):
            status, _, body = _get(base, f"SELECT * WHERE {{ SERVICE SILENT <{target}> {{ ?s ?p ?o }} }}")
            assert status == 400 and b"not in the allowlist" in body, (target, body)
        for target in ("http://allowed.test/sparql", "http://ALLOWED.test:80/sparql/sub"):
            status, _, body = _get(base, f"SELECT * WHERE {{ SERVICE SILENT <{target}> {{ ?s ?p ?o }} }}")
            assert status == 200, (target, body)


def test_query_workers_and_updates_have_no_network(tmp_path):
    """The second wall: what the engine runs cannot open a connection, whatever the text check said."""
    from server import create_app, sandbox

    app = create_app({"store": str(tmp_path / "store"), "write_token": TOKEN})
    state = app.extensions["quotegraph"]
    try:
        assert state.pool.wall is None, state.pool.wall
        with listener() as (port, seen):
            assert not state.pool.probe("127.0.0.1", port)
            from server.sparql_exec import QueryJob

            job = QueryJob(f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}")
            with pytest.raises(Exception, match=r"(?i)unreachable|lookup|connect"):
                state.pool.run(job)
            with pytest.raises(Exception, match=r"(?i)unreachable|lookup|connect"):
                state.update(f"LOAD <http://127.0.0.1:{port}/d.ttl>")
            assert sandbox.can_connect("127.0.0.1", port), "the test's own process must reach the listener"
            seen.clear()  # the line above connected from the test itself
            assert not seen
    finally:
        state.close()


def test_update_nested_too_deep_is_400_and_the_server_lives(server):
    base, _ = server
    deep = "INSERT { <a:s> <a:p> ?x } WHERE { BIND(" + "(" * 10000 + "1" + ")" * 10000 + " AS ?x) }"
    status, _, body = _update(base, deep)
    assert status == 400, body
    status, _, body = raw_request(base, "GET", "/sparql?query=" + quote("ASK {}"))
    assert status == 200 and b"true" in body


def test_an_update_that_passes_the_trial_cannot_overflow_the_real_run():
    """With RLIMIT_STACK unlimited, glibc gives a thread 2 MiB while a main thread grows without
    bound: the trial run (a worker's main thread) passed 2,500 nested brackets that then overflowed
    the update thread and killed the server. Both now run on stacks of their own, the real run on
    twice the trial's, so what passes the trial runs."""
    unlimited = (resource.RLIM_INFINITY, resource.RLIM_INFINITY)
    with running_server(write_token=TOKEN, stack_limit=unlimited) as (base, _):
        deep = "INSERT { <a:s> <a:p> ?x } WHERE { BIND(" + "(" * 2500 + "1" + ")" * 2500 + " AS ?x) }"
        status, _, body = _update(base, deep)
        assert status == 204, body
        ask = "ASK { <a:s> <a:p> 1 }"
        status, _, body = raw_request(base, "GET", "/sparql?query=" + quote(ask), None, {"Accept": "application/json"})
        assert status == 200 and b"true" in body


def test_query_nested_too_deep_is_400_and_the_server_lives(server):
    base, _ = server
    deep = "SELECT * WHERE { BIND(" + "(" * 50000 + "1" + ")" * 50000 + " AS ?x) }"
    status, _, body = raw_request(base, "POST", "/sparql", deep.encode(), {"Content-Type": "application/sparql-query"})
    assert status == 400, body
    status, _, body = raw_request(base, "GET", "/sparql?query=" + quote("ASK {}"))
    assert status == 200 and b"true" in body


def test_names_that_start_like_keywords_are_neither_refused_nor_misread(server):
    """``loader:``, ``service_area:``, ``fromage:`` are prefixes like any other: not LOAD, not
    SERVICE, not FROM (which would turn off the union default graph and find nothing)."""
    base, _ = server
    status, _, body = _update(base, "INSERT DATA { GRAPH <http://e/g> { <http://x/s> <http://x/p> <http://x/o> } }")
    assert status == 204, body
    prologue = "PREFIX loader: <http://x/> PREFIX service_area: <http://x/> PREFIX fromage: <http://x/> "
    for pattern in ("?s loader:p ?o", "?s service_area:p ?o", "?s fromage:p ?o", "service_area:s ?p ?o"):
        query = prologue + f"SELECT * WHERE {{ {pattern} }}"
        status, _, body = raw_request(base, "GET", "/sparql?query=" + quote(query), None, {"Accept": "text/csv"})
        assert status == 200 and body.count(b"\n") == 2, (pattern, status, body)
    status, _, body = _update(
        base, prologue + "INSERT DATA { GRAPH <http://e/h> { loader:a service_area:b fromage:c } }"
    )
    assert status == 204, body
