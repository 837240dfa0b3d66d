"""The W3C SPARQL 1.1 Protocol and Graph Store Protocol test suites, over real HTTP.

The manifests live in ../shared/w3c-sparql11 (not copied into the repository). Each test's
requests are sent raw, in order, to a server on 127.0.0.1 with a write token. Paths are
rewritten as the manifests allow: protocol queries go to /sparql and updates to
/sparql/update (the manifest says an endpoint may use different paths for the two);
``/gsp`` becomes ``/store``. A request is an update when it carries an update (form field,
query parameter or application/sparql-update body) or belongs to an update test and is
not a query.
"""

from __future__ import annotations

import io
from pathlib import Path
from urllib.parse import quote

import pytest
from rdflib import Graph, Namespace
from rdflib.collection import Collection
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, RDFS
from server_harness import TOKEN, raw_request, running_server

SUITE = Path(__file__).resolve().parents[1].parent / "shared" / "w3c-sparql11"
if not SUITE.is_dir():
    pytest.skip(f"W3C SPARQL 1.1 manifests not found at {SUITE}", allow_module_level=True)

MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = Namespace("http://www.w3.org/2011/http#")
CNT = Namespace("http://www.w3.org/2011/content#")
UT = Namespace("http://www.w3.org/2009/sparql/tests/test-update#")
HTS = "http://www.w3.org/2011/http-statusCodes#"
STATUS_NAMES = {"OK": 200, "Created": 201, "NoContent": 204, "NotFound": 404}

RESULT_TYPES = ("application/sparql-results+json", "application/sparql-results+xml")
RDF_PARSERS = {
    "text/turtle": "turtle",
    "application/n-triples": "nt",
    "application/rdf+xml": "xml",
    "application/ld+json": "json-ld",
    "application/trig": "trig",
}


def _items(graph: Graph, node) -> list:
    return list(Collection(graph, node)) if node is not None else []


def _request(graph: Graph, node) -> dict:
    headers = {}
    for header in _items(graph, graph.value(node, HT.headers)):
        headers[str(graph.value(header, HT.fieldName))] = str(graph.value(header, HT.fieldValue))
    body_node = graph.value(node, HT.body)
    response = graph.value(node, HT.resp)
    expected_body = graph.value(response, HT.body)
    expected_headers = {
        str(graph.value(h, HT.fieldName)).lower(): str(graph.value(h, HT.fieldValue))
        for h in _items(graph, graph.value(response, HT.headers))
    }
    return {
        "method": str(graph.value(node, HT.methodName)),
        "path": str(graph.value(node, HT.absolutePath)),
        "headers": headers,
        "body": str(graph.value(body_node, CNT.chars)) if body_node is not None else None,
        "status": [str(s)[len(HTS) :] for s in graph.objects(response, MF.expectedStatus)],
        "format": str(graph.value(response, MF.expectedFormat) or "") or None,
        "boolean": graph.value(response, MF.expectedBoolean),
        "location": graph.value(response, MF.expectedLocation),
        "expected_body": str(graph.value(expected_body, CNT.chars)) if expected_body is not None else None,
        "expected_type": expected_headers.get("content-type"),
    }


def _load_manifest(path: Path) -> list[tuple[str, list[dict], list[tuple[str, Path]]]]:
    graph = Graph().parse(path, format="turtle", publicID=path.as_uri())
    manifest = next(graph.subjects(RDF.type, MF.Manifest))
    tests = []
    for test in _items(graph, graph.value(manifest, MF.entries)):
        name = str(test).rsplit("#", 1)[-1]
        action = graph.value(test, MF.action)
        requests = [_request(graph, r) for r in _items(graph, graph.value(action, HT.requests))]
        data = [
            (str(graph.value(d, RDFS.label)), Path(str(graph.value(d, UT.graph))[len("file://") :]))
            for d in graph.objects(test, UT.graphData)
        ]
        tests.append((name, requests, data))
    return tests


PROTOCOL = _load_manifest(SUITE / "protocol" / "manifest.ttl")
GSP = _load_manifest(SUITE / "graph-store-protocol" / "manifest-direct.ttl") + _load_manifest(
    SUITE / "graph-store-protocol" / "manifest-indirect.ttl"
)


def test_manifests_have_the_expected_size():
    assert len(PROTOCOL) == 34
    assert len(GSP) == 13


@pytest.fixture(scope="module")
def server():
    with running_server(write_token=TOKEN, query_workers=2) as (base, _app):
        yield base


def _reset(base: str, data: list[tuple[str, Path]]) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    status, _, body = raw_request(
        base, "POST", "/sparql/update", b"DROP ALL", {"Content-Type": "application/sparql-update", **auth}
    )
    assert status == 204, body
    for graph_iri, path in data:
        status, _, body = raw_request(
            base,
            "PUT",
            "/store?graph=" + quote(graph_iri, safe=""),
            path.read_bytes(),
            {"Content-Type": "application/n-triples", **auth},
        )
        assert status in (201, 204), body


def _is_update(test: str, request: dict) -> bool:
    content_type = request["headers"].get("content-type", "")
    body = request["body"] or ""
    if content_type.startswith("application/sparql-update") or body.startswith("update="):
        return True
    if "update=" in request["path"]:
        return True
    return "update" in test and not content_type.startswith("application/sparql-query")


def _path(test: str, request: dict, location: str | None) -> str:
    path = request["path"]
    if location:
        path = path.replace("$LOCATION$", location)
    if path.startswith("/gsp"):
        return "/store" + path[len("/gsp") :]
    rest = path[len("/sparql/") :]
    return ("/sparql/update" if _is_update(test, request) else "/sparql") + rest


def _encode(request: dict) -> bytes | None:
    if request["body"] is None:
        return None
    content_type = request["headers"].get("content-type", "").lower()
    return request["body"].encode("utf-16" if "utf-16" in content_type else "utf-8")


def _status_ok(status: int, expected: list[str]) -> bool:
    for name in expected:
        if name.startswith("StatusCode") and str(status)[0] == name[len("StatusCode")]:
            return True
        if STATUS_NAMES.get(name) == status:
            return True
    return False


def _check_format(request: dict, headers: dict, body: bytes) -> None:
    import pyoxigraph as ox

    media = headers.get("content-type", "").split(";")[0].strip()
    if request["format"] in ("boolean", "tabular"):
        assert media in RESULT_TYPES, media
        fmt = ox.QueryResultsFormat.from_media_type(media)
        results = ox.parse_query_results(body, format=fmt)
        if request["format"] == "boolean":
            assert isinstance(results, ox.QueryBoolean)
            if request["boolean"] is not None:
                assert bool(results) == request["boolean"].toPython()
        else:
            assert isinstance(results, ox.QuerySolutions)
            list(results)
    elif request["format"] == "RDF":
        assert media in RDF_PARSERS, media
        Graph().parse(data=body.decode("utf-8"), format=RDF_PARSERS[media])


def _check_body(request: dict, headers: dict, body: bytes, base_iri: str) -> None:
    media = headers.get("content-type", "").split(";")[0].strip()
    assert media == request["expected_type"].split(";")[0].strip()
    got = Graph().parse(data=body.decode("utf-8"), format=RDF_PARSERS[media], publicID=base_iri)
    want = Graph().parse(io.StringIO(request["expected_body"]), format="turtle", publicID=base_iri)
    assert isomorphic(got, want), got.serialize(format="nt")


def _run(base: str, name: str, requests: list[dict], data) -> None:
    _reset(base, data)
    location = None
    for index, request in enumerate(requests):
        path = _path(name, request, location)
        headers = dict(request["headers"])
        if path.startswith(("/store", "/sparql/update")):
            headers["Authorization"] = f"Bearer {TOKEN}"
        body = _encode(request)
        if body is not None and location:
            body = body.replace(b"$LOCATION$", location.encode())
        status, got_headers, got_body = raw_request(base, request["method"], path, body, headers)
        where = f"{name} request {index + 1}: {request['method']} {path} -> {status} {got_body[:300]!r}"
        assert _status_ok(status, request["status"]), where
        if request["location"] is not None:
            location = got_headers.get("location")
            assert location, where
        if request["format"]:
            _check_format(request, got_headers, got_body)
        if request["expected_body"] is not None and request["method"] == "GET":
            _check_body(request, got_headers, got_body, base + path)


@pytest.mark.parametrize("name,requests,data", PROTOCOL, ids=[t[0] for t in PROTOCOL])
def test_protocol(server, name, requests, data):
    _run(server, name, requests, data)


@pytest.mark.parametrize("name,requests,data", GSP, ids=[t[0] for t in GSP])
def test_graph_store_protocol(server, name, requests, data):
    _run(server, name, requests, data)


def test_graph_data_is_loaded_as_named_graphs(server):
    """The runner's own set-up: a manifest's graph data is visible to the next query."""
    _, _, data = next(t for t in PROTOCOL if t[0] == "query_dataset_full")
    _reset(server, data)
    status, _, body = raw_request(
        server,
        "GET",
        "/sparql?query=" + quote("SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s ?p ?o } }"),
        headers={"Accept": "text/csv"},
    )
    assert status == 200 and body.splitlines()[1] == b"3"
