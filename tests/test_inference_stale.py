"""Writes that bypass inference (a raw SPARQL Update) flag the store stale, where pages, `kg query`
and `kg reason` report it, until `kg reason --full` brings the derived graphs up to date (issue 15)."""

from __future__ import annotations

import pytest
from conftest import SAMPLE
from pages_support import app_with

from kg.cli import main
from kg.infer import stale
from kg.store import OxigraphStore

TOKEN = "tok"
RETRACT = (
    "DELETE { GRAPH ?g { ?s qg:content ?c } } WHERE { GRAPH ?g { ?s qg:content ?c FILTER(CONTAINS(?c, 'merit')) } }"
)


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def loaded(capsys, tmp_path):
    store = str(tmp_path / "store")
    code, _, err = run(capsys, "load", str(SAMPLE), "--store", store)
    assert code == 0, err
    return store


def test_kg_update_flags_the_store_until_a_full_reason(loaded, capsys):
    query = ("query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--store", loaded)
    code, _, err = run(capsys, *query)
    assert code == 0 and "stale" not in err, "a store written only through inference is not stale"
    code, _, err = run(capsys, "update", RETRACT, "--store", loaded)
    assert code == 0, err
    code, _, err = run(capsys, *query)
    assert code == 0 and "inference is stale since" in err and "kg update" in err and "kg reason --full" in err
    code, _, err = run(capsys, "reason", "--store", loaded)
    assert code == 0 and "inference is stale" in err, "reasoning only what is missing does not clear it"
    code, _, err = run(capsys, "reason", "--full", "--store", loaded)
    assert code == 0 and "stale" not in err, err
    code, _, err = run(capsys, *query)
    assert code == 0 and "stale" not in err, err


def test_a_failed_update_or_a_store_without_quotegraph_data_is_not_flagged(loaded, capsys, tmp_path):
    code, _, err = run(capsys, "update", "DROP GRAPH <urn:x:absent>", "--store", loaded)
    assert code == 1, err
    with OxigraphStore(loaded) as store:
        assert stale.staleness(store) is None
    plain = str(tmp_path / "plain")
    code, _, err = run(capsys, "update", "INSERT DATA { <urn:x:a> <urn:x:b> 'c' }", "--store", plain)
    assert code == 0, err
    with OxigraphStore(plain) as store:
        assert stale.staleness(store) is None


def test_a_sparql_update_at_the_endpoint_is_reported_on_every_page_until_reasoned():
    from kg.infer.planner import Reasoner

    with app_with(SAMPLE, write_token=TOKEN) as app:
        client = app.test_client()
        home = client.get("/")
        assert home.status_code == 200 and b'class="stale"' not in home.data
        assert "inference_stale" not in client.get("/index.json").get_json()
        bad = client.post("/sparql/update", data={"update": "CLEAR XYZ"}, headers={"Authorization": f"Bearer {TOKEN}"})
        assert bad.status_code == 400
        assert b'class="stale"' not in client.get("/").data, "a refused update changes nothing"
        done = client.post(
            "/sparql/update",
            data="PREFIX qg: <https://quotegraph.org/ontology#> " + RETRACT,
            content_type="application/sparql-update",
            headers={"Authorization": f"Bearer {TOKEN}"},
        )
        assert done.status_code == 204, done.data
        page = client.get("/")
        assert b'class="stale"' in page.data and b"/sparql/update" in page.data and b"kg reason --full" in page.data
        flagged = client.get("/index.json").get_json()["inference_stale"]
        assert flagged["because"] == "a SPARQL Update at /sparql/update" and flagged["since"]
        state = app.extensions["quotegraph"]
        Reasoner(state.store).full()
        state.after_write()
        assert b'class="stale"' not in client.get("/").data
        assert "inference_stale" not in client.get("/index.json").get_json()


def test_quotegraph_data_put_into_the_default_graph_is_flagged_and_other_graph_store_writes_are_not():
    auth = {"Authorization": f"Bearer {TOKEN}"}
    with app_with(SAMPLE, write_token=TOKEN) as app:
        client = app.test_client()
        plain = client.put(
            "/store?graph=urn:x:notes",
            data="<urn:x:a> <urn:x:b> <urn:x:c> .",
            content_type="application/n-triples",
            headers=auth,
        )
        assert plain.status_code in (201, 204), plain.data
        assert "inference_stale" not in client.get("/index.json").get_json()
        ours = client.put(
            "/store?default",
            data='<urn:x:s> <https://quotegraph.org/ontology#content> "AWS broke its contract" .',
            content_type="application/n-triples",
            headers=auth,
        )
        assert ours.status_code in (201, 204), ours.data
        assert client.get("/index.json").get_json()["inference_stale"]["because"] == "a Graph Store write to /store"
