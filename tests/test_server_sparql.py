"""The /sparql endpoint: protocol forms, content negotiation, formats, errors, CORS, SD."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest
from rdflib import Graph

from server import create_app

TOKEN = "tok"
DATA = """
INSERT DATA {
  GRAPH <http://example.org/g1> {
    <http://example.org/aws> <http://example.org/name> "Amazon Web Services"@en ;
                             <http://example.org/said> "no merit to these claims" .
  }
  GRAPH <http://example.org/g2> { <http://example.org/parler> <http://example.org/name> "Parler" . }
}"""
SELECT = "SELECT ?s ?n WHERE { ?s <http://example.org/name> ?n } ORDER BY ?n"
CONSTRUCT = "CONSTRUCT WHERE { ?s <http://example.org/name> ?n }"


@pytest.fixture(scope="module")
def app():
    app = create_app({"memory": True, "write_token": TOKEN, "max_rows": 50})
    app.extensions["quotegraph"].update(DATA)
    yield app
    app.extensions["quotegraph"].close()


@pytest.fixture
def client(app):
    return app.test_client()


def test_get_select_defaults_to_json_over_the_union_of_graphs(client):
    r = client.get("/sparql", query_string={"query": SELECT})
    assert r.status_code == 200
    assert r.mimetype == "application/sparql-results+json"
    names = [b["n"]["value"] for b in r.get_json()["results"]["bindings"]]
    assert names == ["Amazon Web Services", "Parler"]


def test_post_form_and_direct_post_give_the_same_answer(client):
    form = client.post("/sparql", data={"query": SELECT})
    direct = client.post("/sparql", data=SELECT, content_type="application/sparql-query")
    assert form.status_code == direct.status_code == 200
    assert form.data == direct.data


@pytest.mark.parametrize(
    "accept,mimetype",
    [
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/csv", "text/csv"),
        ("text/tab-separated-values", "text/tab-separated-values"),
        ("application/json", "application/sparql-results+json"),
        ("text/csv;q=0.5, application/sparql-results+xml;q=0.9", "application/sparql-results+xml"),
        ("text/*;q=0.8, */*;q=0.1", "text/csv"),
    ],
)
def test_select_formats_by_accept(client, accept, mimetype):
    r = client.get("/sparql", query_string={"query": SELECT}, headers={"Accept": accept})
    assert r.status_code == 200
    assert r.mimetype == mimetype
    if mimetype != "text/csv":
        fmt = ox.QueryResultsFormat.from_media_type(
            mimetype.replace("application/json", "application/sparql-results+json")
        )
        assert len(list(ox.parse_query_results(r.data, format=fmt))) == 2


@pytest.mark.parametrize(
    "accept,fmt",
    [
        ("text/turtle", "turtle"),
        ("application/n-triples", "nt"),
        ("application/ld+json", "json-ld"),
        ("application/rdf+xml", "xml"),
        ("application/trig", "trig"),
    ],
)
def test_construct_formats_by_accept(client, accept, fmt):
    r = client.get("/sparql", query_string={"query": CONSTRUCT}, headers={"Accept": accept})
    assert r.status_code == 200 and r.mimetype == accept
    assert len(Graph().parse(data=r.data.decode(), format=fmt)) == 2


def test_format_parameter_overrides_accept_for_links(client):
    r = client.get(
        "/sparql", query_string={"query": SELECT, "format": "csv"}, headers={"Accept": "application/sparql-results+xml"}
    )
    assert r.mimetype == "text/csv"
    assert r.data.splitlines()[0] == b"s,n"
    # An unknown name falls back to content negotiation, as Fuseki and Virtuoso do (clients add their own names).
    r = client.get("/sparql", query_string={"query": SELECT, "format": "bogus"})
    assert r.status_code == 200 and r.mimetype == "application/sparql-results+json"


def test_every_format_the_tool_writes_is_served_by_every_name_it_has(client):
    """One renderer table: each SPARQL results or RDF format in kg/read/renderers.py is offered by the endpoint,
    and the format= parameter knows it by its --format name and its file extension (srj, nquads, nq, ...)."""
    from kg.read.renderers import RENDERERS

    for renderer in RENDERERS:
        if renderer.native is None or renderer.shape not in ("solutions", "triples", "quads"):
            continue
        query = SELECT if renderer.shape == "solutions" else CONSTRUCT
        for name in (renderer.name, renderer.alias):
            r = client.get("/sparql", query_string={"query": query, "format": name}, headers={"Accept": "image/png"})
            assert r.status_code == 200 and r.mimetype == renderer.media_type, (renderer.name, name, r.status_code)
        r = client.get("/sparql", query_string={"query": query}, headers={"Accept": renderer.media_type})
        assert r.status_code == 200 and r.mimetype == renderer.media_type, renderer.name


def test_nothing_acceptable_is_406(client):
    r = client.get("/sparql", query_string={"query": SELECT}, headers={"Accept": "image/png"})
    assert r.status_code == 406
    r = client.get("/sparql", query_string={"query": CONSTRUCT}, headers={"Accept": "application/sparql-results+json"})
    assert r.status_code == 406
    r = client.get("/sparql", query_string={"query": SELECT, "format": "ttl"})
    assert r.status_code == 406


def test_ask_answers_boolean(client):
    r = client.get("/sparql", query_string={"query": 'ASK { ?s ?p "Parler" }'})
    assert r.get_json() == {"head": {}, "boolean": True}


def test_dataset_parameters_select_graphs(client):
    q = "SELECT ?n WHERE { ?s <http://example.org/name> ?n }"
    r = client.get("/sparql", query_string={"query": q, "default-graph-uri": "http://example.org/g2"})
    assert [b["n"]["value"] for b in r.get_json()["results"]["bindings"]] == ["Parler"]
    q = "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    r = client.get("/sparql", query_string={"query": q, "named-graph-uri": "http://example.org/g1"})
    assert {b["g"]["value"] for b in r.get_json()["results"]["bindings"]} == {"http://example.org/g1"}


def test_syntax_error_is_400_with_the_parser_message_in_the_asked_format(client):
    r = client.get(
        "/sparql", query_string={"query": "SELECT * WHERE {"}, headers={"Accept": "application/sparql-results+json"}
    )
    assert r.status_code == 400
    body = r.get_json()
    assert body["error"] == 400 and "line 1, column 17: the text ends too early: a '{' not closed" in body["message"]
    r = client.get("/sparql", query_string={"query": "SELECT * WHERE {"}, headers={"Accept": "text/csv"})
    assert r.status_code == 400 and r.mimetype == "text/plain" and b"syntax error" in r.data


@pytest.mark.parametrize(
    "kwargs",
    [
        {"query_string": {"update": "CLEAR ALL"}},
        {"method": "POST", "data": {"update": "CLEAR ALL"}},
        {"method": "POST", "data": "CLEAR ALL", "content_type": "application/sparql-update"},
        {"method": "POST", "data": "CLEAR ALL", "content_type": "application/sparql-query"},
    ],
)
def test_read_endpoint_refuses_updates(client, kwargs):
    r = client.open("/sparql", **kwargs)
    assert r.status_code == 400
    assert client.get("/sparql", query_string={"query": "ASK { ?s ?p ?o }"}).get_json()["boolean"]


def test_protocol_errors(client):
    assert client.put("/sparql", data="ASK {}").status_code == 405
    assert client.post("/sparql", data="ASK {}", content_type="text/plain").status_code == 415
    assert client.post("/sparql", data="ASK {}").status_code == 415
    two = client.get("/sparql?query=ASK%7B%7D&query=ASK%7B%7D")
    assert two.status_code == 400 and b"exactly one" in two.data
    utf16 = client.post(
        "/sparql", data="ASK {}".encode("utf-16"), content_type="application/sparql-query; charset=UTF-16"
    )
    assert utf16.status_code == 400
    latin = client.post("/sparql", data=b'ASK { ?s ?p "caf\xe9" }', content_type="application/sparql-query")
    assert latin.status_code == 400 and b"UTF-8" in latin.data


def test_cors_for_reads_without_credentials(client):
    r = client.get("/sparql", query_string={"query": "ASK {}"}, headers={"Origin": "https://else.where"})
    assert r.headers["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in r.headers
    pre = client.options("/sparql", headers={"Origin": "https://else.where", "Access-Control-Request-Method": "POST"})
    assert pre.status_code == 200
    assert "POST" in pre.headers["Access-Control-Allow-Methods"]
    assert "Authorization" not in pre.headers["Access-Control-Allow-Headers"]
    write = client.post(
        "/sparql/update",
        data={"update": "CLEAR SILENT GRAPH <http://x/none>"},
        headers={"Authorization": f"Bearer {TOKEN}"},
    )
    assert write.status_code == 204 and "Access-Control-Allow-Origin" not in write.headers


def test_service_description_with_void_counts(client):
    r = client.get("/sparql", headers={"Accept": "text/turtle"})
    assert r.status_code == 200 and r.mimetype == "text/turtle"
    g = Graph().parse(data=r.data.decode(), format="turtle")
    counts = dict(
        g.query("""
        PREFIX sd: <http://www.w3.org/ns/sparql-service-description#>
        PREFIX void: <http://rdfs.org/ns/void#>
        SELECT ?name ?n WHERE { ?svc sd:defaultDataset/sd:namedGraph [ sd:name ?name ; sd:graph/void:triples ?n ] }""")
    )
    assert {str(k): int(v) for k, v in counts.items()} == {"http://example.org/g1": 2, "http://example.org/g2": 1}
    assert g.query(
        "ASK { ?s <http://www.w3.org/ns/sparql-service-description#supportedLanguage> "
        "<http://www.w3.org/ns/sparql-service-description#SPARQL11Update> }"
    ).askAnswer
    jsonld = client.get("/sparql", headers={"Accept": "application/ld+json"})
    assert jsonld.status_code == 200 and json.loads(jsonld.data)


def test_update_then_query_sees_the_write(client):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    r = client.post(
        "/sparql/update",
        data="INSERT DATA { GRAPH <http://example.org/g3> "
        '{ <http://example.org/x> <http://example.org/name> "Matze" } }',
        content_type="application/sparql-update",
        headers=auth,
    )
    assert r.status_code == 204
    ask = client.get("/sparql", query_string={"query": 'ASK { ?s ?p "Matze" }'})
    assert ask.get_json()["boolean"] is True
    client.post("/sparql/update", data={"update": "DROP GRAPH <http://example.org/g3>"}, headers=auth)
    assert client.get("/sparql", query_string={"query": 'ASK { ?s ?p "Matze" }'}).get_json()["boolean"] is False


def test_update_resolves_relative_iris_and_rejects_bad_updates(client):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    bad = client.post("/sparql/update", data={"update": "CLEAR XYZ"}, headers=auth)
    assert bad.status_code == 400 and b"syntax error" in bad.data
    both = client.post(
        "/sparql/update?using-graph-uri=http://example.org/g1",
        data="WITH <http://example.org/g1> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
        content_type="application/sparql-update",
        headers=auth,
    )
    assert both.status_code == 400
    get = client.get("/sparql/update", query_string={"update": "CLEAR ALL"}, headers=auth)
    assert get.status_code == 405
    assert client.get("/sparql", query_string={"query": 'ASK { ?s ?p "Parler" }'}).get_json()["boolean"]


def test_remote_store_is_served_too(oxigraph_server):
    app = create_app(
        {"endpoint": oxigraph_server + "/query", "update_endpoint": oxigraph_server + "/update", "write_token": TOKEN}
    )
    try:
        client = app.test_client()
        r = client.post(
            "/sparql/update",
            data=DATA,
            content_type="application/sparql-update",
            headers={"Authorization": f"Bearer {TOKEN}"},
        )
        assert r.status_code == 204, r.data
        r = client.get("/sparql", query_string={"query": SELECT}, headers={"Accept": "text/csv"})
        assert r.status_code == 200
        assert r.data.splitlines()[1:] == [
            b"http://example.org/aws,Amazon Web Services",
            b"http://example.org/parler,Parler",
        ]
        bad = client.get("/sparql", query_string={"query": "SELECT * {"})
        assert bad.status_code == 400
    finally:
        app.extensions["quotegraph"].close()
