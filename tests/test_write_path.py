"""One write path: every writer (files, articles, POST /articles, the graph store, party edits)
validates, infers and writes through kg.load.loader.Loader, all or nothing."""

from __future__ import annotations

import pytest
from conftest import SAMPLE

import kg.load.loader
from kg.infer.party_edits import PartyEditor
from kg.load.loader import Loader
from kg.paths import SAMPLES_DIR
from kg.store import OxigraphStore
from server import create_app

AUTH = {"Authorization": "Bearer w"}
G = "http://example.org/graph/story"
QG = "https://quotegraph.org/ontology#"
STORY = f"""@prefix qg: <{QG}> .
<https://quotegraph.org/id/party/ana-ortiz> a qg:Person ; qg:name "Ana Ortiz" .
<https://quotegraph.org/id/party/acme> a qg:Organization ; qg:name "Acme" .
<https://quotegraph.org/id/party/ana-ortiz> qg:speaksFor <https://quotegraph.org/id/party/acme> .
"""


@pytest.fixture
def writes(monkeypatch):
    """Every Loader.write call, by the graphs it was given."""
    seen: list[list[str]] = []
    real = Loader.write

    def recording(self, graphs, **options):
        seen.append(sorted(graphs))
        return real(self, graphs, **options)

    monkeypatch.setattr(Loader, "write", recording)
    return seen


@pytest.fixture
def app():
    app = create_app({"memory": True, "write_token": "w"})
    yield app
    app.extensions["quotegraph"].close()


def _graphs(app) -> list[str]:
    return [g for g, _ in app.extensions["quotegraph"].store.graphs()]


def test_kg_load_of_a_file_goes_through_the_loader(writes):
    with OxigraphStore(None) as store:
        [result] = kg.load.loader.load_rdf_files(store, [str(SAMPLE)])
    assert writes == [[result.graph]]


def test_the_graph_store_writes_quotegraph_data_with_inference(app, writes):
    client = app.test_client()
    r = client.put("/store", query_string={"graph": G}, data=STORY, content_type="text/turtle", headers=AUTH)
    assert r.status_code == 201, r.get_data(as_text=True)
    assert writes == [[G]]
    store = app.extensions["quotegraph"].store
    inferred = str(store.minter.inferred_graph(G))
    assert inferred in _graphs(app)
    assert store.query(f"ASK {{ GRAPH <{inferred}> {{ <https://quotegraph.org/id/party/acme> ?p ?o }} }}")

    r = client.delete("/store", query_string={"graph": G}, headers=AUTH)
    assert r.status_code == 204
    assert G not in _graphs(app) and inferred not in _graphs(app)


def test_the_graph_store_refuses_data_that_breaks_the_shapes(app):
    client = app.test_client()
    before = _graphs(app)
    broken = STORY.replace('qg:name "Acme" .', 'qg:name "Acme", "Acme Corp" .')
    r = client.put("/store", query_string={"graph": G}, data=broken, content_type="text/turtle", headers=AUTH)
    assert r.status_code == 400
    assert "SHACL violation" in r.get_data(as_text=True)
    assert _graphs(app) == before


def test_the_graph_store_writes_other_data_as_it_is(app, writes):
    client = app.test_client()
    r = client.put(
        "/store", query_string={"graph": G}, data="<http://a> <http://b> 1 .", content_type="text/turtle", headers=AUTH
    )
    assert r.status_code == 201
    assert writes == [] and _graphs(app) == [G]


def test_posted_articles_go_through_the_loader(app, writes):
    text = (SAMPLES_DIR / "articles").glob("*.txt").__next__().read_bytes()
    r = app.test_client().post("/articles", data=text, content_type="text/plain", headers=AUTH)
    assert r.status_code == 201, r.get_data(as_text=True)
    assert writes == [[r.get_json()["graph"]]]
    assert str(app.extensions["quotegraph"].store.minter.inferred_graph(r.get_json()["graph"])) in _graphs(app)


def test_party_edits_go_through_the_loader(writes):
    with OxigraphStore(None) as store:
        kg.load.loader.load_rdf_files(store, [str(SAMPLE)])
        writes.clear()
        PartyEditor(store).alias("Amazon Web Services", "Amazon Cloud")
        assert writes == [[str(store.minter.parties_graph)]]
