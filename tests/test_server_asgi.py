"""The ASGI front kg serve runs: whole bodies before a thread, limits, cache hits in the loop."""

from __future__ import annotations

import asyncio
import json
from urllib.parse import quote

import pytest

from server import create_app
from server.asgi import AsgiFront, _environ

ASK = "ASK { ?s ?p ?o }"


@pytest.fixture
def front():
    app = create_app({"memory": True, "max_body": 1000})
    app.extensions["quotegraph"].update(
        "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/s> <http://example.org/p> 1 } }"
    )
    front = AsgiFront(app, 2, body_timeout=0.3)
    yield front
    front.close()
    app.extensions["quotegraph"].close()


def _scope(method="GET", path="/sparql", query="", headers=()):
    return {
        "type": "http",
        "method": method,
        "path": path,
        "raw_path": path.encode(),
        "root_path": "",
        "query_string": query.encode(),
        "http_version": "1.1",
        "scheme": "http",
        "server": ("127.0.0.1", 5000),
        "client": ("127.0.0.1", 40000),
        "headers": [(k.lower().encode(), v.encode()) for k, v in headers],
    }


def _call(front, scope, messages):
    """Run one request; ``messages`` are what the client sends (a None entry: it stalls)."""
    sent = []

    async def receive():
        if not messages or messages[0] is None:
            await asyncio.sleep(3600)
        return messages.pop(0)

    async def send(message):
        sent.append(message)

    asyncio.run(front(scope, receive, send))
    if not sent:
        return None, {}, b""
    headers = {k.decode().lower(): v.decode() for k, v in sent[0]["headers"]}
    return sent[0]["status"], headers, b"".join(m.get("body", b"") for m in sent[1:])


def _body(data: bytes, more=False):
    return {"type": "http.request", "body": data, "more_body": more}


def test_a_get_is_answered_like_the_wsgi_app(front):
    status, headers, body = _call(
        front, _scope(query="query=" + quote(ASK), headers=[("Accept", "text/csv")]), [_body(b"")]
    )
    assert (status, body) == (200, b"true")
    assert headers["access-control-allow-origin"] == "*"


def test_a_chunked_body_reaches_the_app_whole(front):
    scope = _scope(
        "POST",
        headers=[
            ("Content-Type", "application/sparql-query"),
            ("Transfer-Encoding", "chunked"),
            ("Accept", "text/csv"),
        ],
    )
    status, _, body = _call(front, scope, [_body(b"ASK { ?s ", more=True), _body(b"?p ?o }")])
    assert (status, body) == (200, b"true")


def test_a_stalled_body_is_refused_with_408(front):
    scope = _scope("POST", headers=[("Content-Type", "application/sparql-query"), ("Content-Length", "50")])
    status, _, body = _call(front, scope, [_body(b"ASK", more=True), None])
    assert status == 408 and b"not received within" in body


@pytest.mark.parametrize("declared", [True, False])
def test_a_body_over_the_limit_is_refused_with_413_before_it_is_read(front, declared):
    headers = [("Content-Type", "application/sparql-query"), ("Accept", "application/sparql-results+json")]
    if declared:
        headers.append(("Content-Length", "5000"))
    messages = [_body(b"#" * 600, more=True), _body(b"#" * 600, more=True), None]
    status, headers, body = _call(front, _scope("POST", headers=headers), messages)
    assert status == 413
    assert json.loads(body)["error"] == 413 and headers["content-type"] == "application/json"


def test_a_body_that_stops_short_is_400_and_never_reaches_flask(front, monkeypatch):
    """A client that leaves mid-body, or a malformed chunked body (granian reports both as a
    disconnect), gets 400: discarded if the client is gone, and never a bare 500."""
    monkeypatch.setattr(front, "_call_app", None)
    scope = _scope("POST", headers=[("Content-Type", "application/sparql-query")])
    assert _call(front, scope, [_body(b"ASK", more=True), {"type": "http.disconnect"}])[0] == 400


def test_a_repeated_read_is_answered_in_the_loop(front):
    scope = _scope(query="query=" + quote(ASK))
    first = _call(front, scope, [_body(b"")])
    front._call_app = None  # a second request reaching Flask would fail
    assert _call(front, _scope(query="query=" + quote(ASK)), [_body(b"")]) == first


def test_the_environ_keeps_the_raw_path_bytes_and_headers():
    scope = _scope(path="/store/caf%C3%A9", headers=[("X-A", "1"), ("X-A", "2"), ("Content-Type", "text/turtle")])
    scope["path"] = "/store/café"
    environ = _environ(scope)
    assert environ["PATH_INFO"] == "/store/café".encode().decode("latin-1")
    assert environ["HTTP_X_A"] == "1,2" and environ["CONTENT_TYPE"] == "text/turtle"
    assert (environ["SERVER_NAME"], environ["REMOTE_ADDR"]) == ("127.0.0.1", "127.0.0.1")
