"""Random and mutated requests at /sparql: never a 500; the query time limit bounds every request."""

from __future__ import annotations

from urllib.parse import urlencode

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from server_harness import raw_request, running_server

from server import create_app

SEEDS = [
    "SELECT * WHERE { ?s ?p ?o } LIMIT 5",
    'ASK { ?s <http://example.org/p> "x"@en }',
    "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }",
    "DESCRIBE <http://example.org/s>",
    "PREFIX e: <http://example.org/> SELECT (COUNT(*) AS ?n) WHERE { ?s e:p ?o FILTER(?o > 1) } GROUP BY ?s",
    "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
    "INSERT DATA { <http://a> <http://b> <http://c> }",
]
ACCEPTS = [
    "",
    "*/*",
    "application/sparql-results+json",
    "text/csv;q=0",
    "text/turtle, */*;q=0.1",
    "application/ld+json;q=abc",
    "nonsense",
    "image/png",
    ",,;",
    "text/*;q=0.5",
]
CONTENT_TYPES = [
    "application/sparql-query",
    "application/x-www-form-urlencoded",
    "application/sparql-query; charset=latin1",
    "application/sparql-update",
    "multipart/form-data; boundary=x",
    "text/plain",
    "",
    "application/sparql-query; charset=",
]
header_text = st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=60)


@st.composite
def mutated_query(draw):
    text = draw(st.sampled_from(SEEDS))
    for _ in range(draw(st.integers(0, 4))):
        pos = draw(st.integers(0, len(text)))
        action = draw(st.sampled_from(["insert", "delete", "dup"]))
        if action == "insert":
            text = text[:pos] + draw(st.text(max_size=5)) + text[pos:]
        elif action == "delete":
            text = text[:pos] + text[pos + draw(st.integers(1, 5)) :]
        else:
            text = text[:pos] + text[pos : pos + 20] * 3 + text[pos:]
    return text


LOCAL_ESCAPES = ["\\" + c for c in "_~.-!$&'()*+,;=/?#@%"]
local_part = st.lists(
    st.one_of(st.sampled_from(LOCAL_ESCAPES), st.sampled_from(["%41", "a", "9", ".", ":", "-", "SERVICE", "é"])),
    max_size=4,
).map("".join)
term = st.one_of(
    local_part.map(lambda local: f"ex:{local}"),
    st.sampled_from(["?s", "<http://example.org/s>", '"a\\"b"', "'''x'''", "1", "ex:"]),
)
OPEN_CLOSE = [("(", ")"), ("{", "}"), ("[", "]"), ("{ { ", " } }"), ("(1+", ")"), ("!(", ")")]


@st.composite
def escaped_or_nested_query(draw):
    """Escaped prefixed names (every PN_LOCAL escape) around a SERVICE or LOAD, or structure nested
    up to ~1,500 deep: what fooled the keyword scan, and what overflows a recursive parser."""
    if draw(st.booleans()):
        terms = " ".join(draw(st.lists(term, min_size=1, max_size=4)))
        tail = draw(st.sampled_from(["SERVICE <http://127.0.0.1:9/> { }", "", "} ; LOAD <http://127.0.0.1:9/x>"]))
        return f"PREFIX ex: <http://example.org/> SELECT * WHERE {{ VALUES ?x {{ {terms} }} {tail} }}"
    opening, closing = draw(st.sampled_from(OPEN_CLOSE))
    depth = draw(st.integers(1, 1500 // len(opening)))
    return f"SELECT * WHERE {{ BIND({opening * depth}{draw(term)}{closing * depth} AS ?x) }}"


@pytest.fixture(scope="module")
def client():
    app = create_app({"memory": True, "query_timeout": 3, "max_body": 4096, "write_token": "t"})
    app.extensions["quotegraph"].update(
        'INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/s> <http://example.org/p> 1, 2, "x"@en } }'
    )
    yield app.test_client()
    app.extensions["quotegraph"].close()


REQUESTS = dict(
    method=st.sampled_from(["GET", "POST", "PUT", "DELETE", "HEAD", "OPTIONS", "PATCH"]),
    path=st.sampled_from(["/sparql", "/sparql/update", "/store", "/store/x", "/query"]),
    query=st.one_of(mutated_query(), escaped_or_nested_query(), st.text(max_size=200)),
    accept=st.one_of(st.sampled_from(ACCEPTS), header_text),
    content_type=st.one_of(st.sampled_from(CONTENT_TYPES), header_text),
    body=st.one_of(
        st.none(),
        st.binary(max_size=300),
        mutated_query().map(lambda q: q.encode("utf-8")),
        escaped_or_nested_query().map(lambda q: q.encode("utf-8")),
    ),
    params=st.dictionaries(
        st.sampled_from(
            ["query", "update", "default-graph-uri", "named-graph-uri", "format", "graph", "default", "using-graph-uri"]
        ),
        st.one_of(mutated_query(), header_text),
        max_size=3,
    ),
    auth=st.sampled_from([None, "Bearer t", "Bearer x", "Basic x", "Bearer"]),
)


def _request(method, query, accept, content_type, params, auth) -> tuple[dict, dict]:
    """The headers and query-string parameters of one generated request."""
    headers = {"Accept": accept}
    if auth:
        headers["Authorization"] = auth
    if content_type:
        headers["Content-Type"] = content_type
    query_string = dict(params)
    if method == "GET" and "query" not in query_string:
        query_string["query"] = query
    return headers, query_string


def _check(status: int, body: bytes) -> None:
    assert status < 500 or status == 503, (status, body[:300])
    if status == 503:
        assert any(reason in body for reason in (b"time limit", b"worker", b"memory", b"turn", b"could not")), body


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(**REQUESTS)
def test_no_request_gets_a_500_or_hangs(client, method, path, query, accept, content_type, body, params, auth):
    headers, query_string = _request(method, query, accept, content_type, params, auth)
    response = client.open(path, method=method, query_string=query_string, headers=headers, data=body)
    _check(response.status_code, response.data)


@pytest.fixture(scope="module")
def served():
    with running_server(query_timeout=3, max_body=4096, write_token="t") as (base, _server):
        yield base


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(**REQUESTS)
def test_no_request_over_http_gets_a_500_or_hangs(
    served, method, path, query, accept, content_type, body, params, auth
):
    """The same requests through kg serve itself: granian, the ASGI front, then Flask."""
    headers, query_string = _request(method, query, accept, content_type, params, auth)
    status, _, data = raw_request(served, method, f"{path}?{urlencode(query_string)}", body, headers, timeout=30)
    _check(status, data)
