"""Writes that bypass inference (a raw SPARQL Update) flag the store stale, where pages, `kg query`
and `kg reason` report it, until `kg reason --full` brings the derived graphs up to date (issue 15)."""

from __future__ import annotations

import pytest
from cli_support import loaded, run  # noqa: F401 (loaded is a fixture)
from conftest import SAMPLE
from pages_support import app_with

from kg.infer import stale
from kg.store import OxigraphStore

TOKEN = "tok"
RETRACT = (
    "DELETE { GRAPH ?g { ?s qg:content ?c } } WHERE { GRAPH ?g { ?s qg:content ?c FILTER(CONTAINS(?c, 'merit')) } }"
)


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


QG_CONTENT = "<https://quotegraph.org/ontology#content>"
OURS = f'<urn:x:s> {QG_CONTENT} "AWS broke its contract" .'
PLAIN = "<urn:x:a> <urn:x:b> <urn:x:c> ."


def _inferred_graph(store) -> str:
    rows = store.query(
        "SELECT ?g WHERE { GRAPH ?g { ?g <https://quotegraph.org/ontology#inferredFrom> ?d } } ORDER BY ?g LIMIT 1"
    )
    return next(iter(rows))["g"].value


def _names_graph(store) -> str:
    return str(store.minter.names_graph)


@pytest.fixture(scope="module")
def writable():
    with app_with(SAMPLE, write_token=TOKEN) as app:
        yield app


# (what the write does, how to make its target hold quotegraph data written around inference, the request)
BYPASSING = {
    "DELETE /store?default": (f"INSERT DATA {{ {OURS} }}", lambda c, s, h: c.delete("/store?default", headers=h)),
    "PUT /store?default, other data": (
        f"INSERT DATA {{ {OURS} }}",
        lambda c, s, h: c.put("/store?default", data=PLAIN, content_type="application/n-triples", headers=h),
    ),
    "POST /store?default, quotegraph data": (
        "",
        lambda c, s, h: c.post("/store?default", data=OURS, content_type="application/n-triples", headers=h),
    ),
    "CLEAR DEFAULT at /sparql/update": (
        f"INSERT DATA {{ {OURS} }}",
        lambda c, s, h: c.post(
            "/sparql/update", data="CLEAR DEFAULT", content_type="application/sparql-update", headers=h
        ),
    ),
    "DELETE an inferred graph": (
        "",
        lambda c, s, h: c.delete("/store", query_string={"graph": _inferred_graph(s)}, headers=h),
    ),
    "PUT other data over the names graph": (
        "",
        lambda c, s, h: c.put(
            "/store",
            query_string={"graph": _names_graph(s)},
            data=PLAIN,
            content_type="application/n-triples",
            headers=h,
        ),
    ),
    "PUT quotegraph data into the claims graph": (
        "",
        lambda c, s, h: c.put(
            "/store",
            query_string={"graph": str(s.minter.claims_graph)},
            data=OURS,
            content_type="application/n-triples",
            headers=h,
        ),
    ),
    "DELETE a graph of quotegraph data written raw": (
        f"INSERT DATA {{ GRAPH <urn:x:raw> {{ {OURS} }} }}",
        lambda c, s, h: c.delete("/store?graph=urn:x:raw", headers=h),
    ),
}


@pytest.mark.parametrize("route", list(BYPASSING))
def test_every_graph_store_write_that_bypasses_inference_flags_it(writable, route):
    """Adding quotegraph data where nothing is inferred from it, or taking away what such a graph held
    (the default graph, a derived graph, a graph written raw), leaves inference behind: pages say so."""
    setup, request = BYPASSING[route]
    state = writable.extensions["quotegraph"]
    state.store.update(stale.clear_update(state.store.base))
    if setup:
        state.store.update(setup)
    state.after_write()
    client, auth = writable.test_client(), {"Authorization": f"Bearer {TOKEN}"}
    assert "inference_stale" not in client.get("/index.json").get_json()
    response = request(client, state.store, auth)
    assert response.status_code in (201, 204), response.data
    flagged = client.get("/index.json").get_json().get("inference_stale")
    assert flagged is not None and flagged["since"], route
    assert flagged["because"] == (
        "a SPARQL Update at /sparql/update" if "sparql" in route else "a Graph Store write to /store"
    )
    assert b'class="stale"' in client.get("/").data
    assert not state.store.contains_graph(str(state.store.minter.inferred_graph(state.store.minter.claims_graph))), (
        "a derived graph is written as it is, never reasoned over as if loaded"
    )


def test_graph_store_writes_of_other_data_are_not_flagged(writable):
    state = writable.extensions["quotegraph"]
    state.store.update(stale.clear_update(state.store.base))
    state.after_write()
    client, auth = writable.test_client(), {"Authorization": f"Bearer {TOKEN}"}
    for write in (
        lambda: client.put("/store?graph=urn:x:notes", data=PLAIN, content_type="application/n-triples", headers=auth),
        lambda: client.post("/store?default", data=PLAIN, content_type="application/n-triples", headers=auth),
        lambda: client.delete("/store?graph=urn:x:notes", headers=auth),
    ):
        assert write().status_code in (201, 204)
        assert "inference_stale" not in client.get("/index.json").get_json()


def test_kg_query_reports_a_default_graph_cleared_at_the_graph_store(loaded, capsys):
    from server import create_app

    with OxigraphStore(loaded) as store:
        store.update(f"INSERT DATA {{ {OURS} }}")
        assert stale.staleness(store) is None
    app = create_app({"store": loaded, "write_token": TOKEN})
    try:
        response = app.test_client().delete("/store?default", headers={"Authorization": f"Bearer {TOKEN}"})
        assert response.status_code == 204, response.data
    finally:
        app.extensions["quotegraph"].close()
    code, _, err = run(capsys, "query", "ASK { ?s ?p ?o }", "--store", loaded)
    assert code == 0 and "inference is stale since" in err and "a Graph Store write to /store" in err


def test_the_flag_is_set_before_the_bypassing_write_and_taken_back_if_it_fails(loaded):
    """A crash between the write and the flag can only leave a store flagged that need not be, never the reverse."""
    with OxigraphStore(loaded) as store:
        with pytest.raises(RuntimeError), stale.bypassing(store, store.update, "a test"):
            assert stale.staleness(store)["because"] == "a test"
            raise RuntimeError("the write failed")
        assert stale.staleness(store) is None
        with stale.bypassing(store, store.update, "a test"):
            assert stale.staleness(store) is not None
            store.update(f"INSERT DATA {{ {OURS} }}")
        assert stale.staleness(store)["because"] == "a test"
