"""Graph Store Protocol details beyond the W3C suite: atomic writes, formats, bad bodies."""

from __future__ import annotations

import pytest
from rdflib import Graph

from server import create_app

AUTH = {"Authorization": "Bearer gsp"}
G = "http://example.org/graph/1"


@pytest.fixture
def client():
    app = create_app({"memory": True, "write_token": "gsp"})
    yield app.test_client()
    app.extensions["quotegraph"].close()


def _triples(client, graph=G, accept="application/n-triples"):
    r = client.get("/store", query_string={"graph": graph}, headers={**AUTH, "Accept": accept})
    return r.status_code, r


def test_put_replaces_and_post_merges(client):
    r = client.put(
        "/store", query_string={"graph": G}, data="<http://a> <http://b> 1 .", content_type="text/turtle", headers=AUTH
    )
    assert r.status_code == 201
    r = client.put(
        "/store", query_string={"graph": G}, data="<http://a> <http://b> 2 .", content_type="text/turtle", headers=AUTH
    )
    assert r.status_code == 204
    r = client.post(
        "/store",
        query_string={"graph": G},
        data='[{"@id": "http://a", "http://b": [{"@value": 3}]}]',
        content_type="application/ld+json",
        headers=AUTH,
    )
    assert r.status_code == 204
    _, r = _triples(client)
    objects = sorted(str(o) for o in Graph().parse(data=r.data.decode(), format="nt").objects())
    assert objects == ["2", "3"]


def test_bad_body_changes_nothing(client):
    client.put(
        "/store", query_string={"graph": G}, data="<http://a> <http://b> 1 .", content_type="text/turtle", headers=AUTH
    )
    r = client.put(
        "/store",
        query_string={"graph": G},
        data="<http://a> <http://b> 2 . this is not turtle",
        content_type="text/turtle",
        headers=AUTH,
    )
    assert r.status_code == 400 and b"cannot parse" in r.data
    r = client.put("/store", query_string={"graph": G}, data="{}", content_type="application/x-unknown", headers=AUTH)
    assert r.status_code == 415
    _, r = _triples(client)
    assert [str(o) for o in Graph().parse(data=r.data.decode(), format="nt").objects()] == ["1"]


def test_graph_parameters_are_checked(client):
    assert client.get("/store", headers=AUTH).status_code == 400
    assert client.get("/store?default&graph=http://x/", headers=AUTH).status_code == 400
    assert client.get("/store?graph=not%20an%20iri", headers=AUTH).status_code == 400
    assert client.get("/store/direct?graph=http://x/", headers=AUTH).status_code == 400
    assert client.delete("/store", query_string={"graph": "http://example.org/none"}, headers=AUTH).status_code == 404


def test_read_formats_and_406(client):
    client.put(
        "/store", query_string={"graph": G}, data="<http://a> <http://b> 1 .", content_type="text/turtle", headers=AUTH
    )
    for accept in ("text/turtle", "application/rdf+xml", "application/ld+json", "application/trig"):
        status, r = _triples(client, accept=accept)
        assert status == 200 and r.mimetype == accept
    status, _ = _triples(client, accept="text/html")
    assert status == 406


def test_default_graph(client):
    r = client.put(
        "/store?default", data="<http://a> <http://b> <http://c> .", content_type="application/n-triples", headers=AUTH
    )
    assert r.status_code == 204
    r = client.get("/store?default", headers={**AUTH, "Accept": "application/n-triples"})
    assert r.data.strip() == b"<http://a> <http://b> <http://c> ."
    assert client.delete("/store?default", headers=AUTH).status_code == 204
    assert client.get("/store?default", headers={**AUTH, "Accept": "application/n-triples"}).data == b""


def test_direct_identification_uses_the_request_url(client):
    r = client.put("/store/people/aws.ttl", data="<http://a> <http://b> 1 .", content_type="text/turtle", headers=AUTH)
    assert r.status_code == 201
    ask = client.get(
        "/sparql", query_string={"query": "ASK { GRAPH <http://localhost/store/people/aws.ttl> { ?s ?p 1 } }"}
    )
    assert ask.get_json()["boolean"] is True
