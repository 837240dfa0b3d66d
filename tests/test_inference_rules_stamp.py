"""A store reasoned by other inference rules (an older quotegraph) says so, in `kg query`, `kg reason`
and on every page, until `kg reason --full` re-derives it; a full run that dies half way leaves the
store flagged, never passing for reasoned."""

from __future__ import annotations

import pytest
from cli_support import loaded, run  # noqa: F401 (loaded is a fixture)
from conftest import SAMPLE
from pages_support import app_with

from kg.cli import main
from kg.infer import RULES_VERSION, names, stale
from kg.store import OxigraphStore, quote

QUERY = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def stamped(store) -> list[str]:
    graph = quote.iri(stale.rules_graph(store.base))
    rows = store.query(
        f"SELECT ?v WHERE {{ GRAPH {graph} {{ ?s <https://quotegraph.org/ontology#inferenceRules> ?v }} }}"
    )
    return [row["v"].value for row in rows]


def restamp(path: str, version: str | None) -> None:
    """What a store reasoned by other rules looks like: another stamp, or none at all."""
    with OxigraphStore(path) as store:
        update = f"DROP SILENT GRAPH {quote.iri(stale.rules_graph(store.base))}"
        if version is not None:
            update = stale.stamp_update(store.base).replace(quote.literal(RULES_VERSION), quote.literal(version))
        store.update(update)


def test_the_first_load_stamps_the_rules_and_the_store_is_not_stale(loaded, capsys):
    with OxigraphStore(loaded) as store:
        assert stamped(store) == [RULES_VERSION]
        assert stale.staleness(store) is None
    code, _, err = run(capsys, "query", QUERY, "--store", loaded)
    assert code == 0 and "stale" not in err, err


@pytest.mark.parametrize("version", ["quotegraph-inference/1", None])
def test_a_store_of_other_rules_is_stale_until_a_full_reason(loaded, capsys, version):
    restamp(loaded, version)
    code, _, err = run(capsys, "query", QUERY, "--store", loaded)
    assert code == 0 and "inference is stale" in err and RULES_VERSION in err and "kg reason --full" in err, err
    assert (version or "older than stamps") in err
    code, _, err = run(capsys, "load", str(SAMPLE), "--store", loaded)
    assert code == 0, err
    with OxigraphStore(loaded) as store:
        assert stale.staleness(store) is not None, "a load with new rules does not make the old graphs new"
    code, _, err = run(capsys, "reason", "--full", "--store", loaded)
    assert code == 0, err
    with OxigraphStore(loaded) as store:
        assert stamped(store) == [RULES_VERSION] and stale.staleness(store) is None


def test_pages_say_the_rules_changed():
    with app_with(SAMPLE) as app:
        client = app.test_client()
        assert b'class="stale"' not in client.get("/").data
        st = app.extensions["quotegraph"]
        st.update(stale.stamp_update(st.store.base).replace(RULES_VERSION, "quotegraph-inference/1"), check=False)
        page = client.get("/").data.decode()
        assert 'class="stale"' in page and "quotegraph-inference/1" in page and "kg reason --full" in page
        assert client.get("/index.json").get_json()["inference_stale"]["rules"] == "quotegraph-inference/1"


def test_a_full_reason_that_dies_half_way_leaves_the_store_flagged(loaded, capsys, monkeypatch):
    def fail(*args, **kwargs):
        raise RuntimeError("killed")

    monkeypatch.setattr(names, "rebuild", fail)
    with pytest.raises(RuntimeError):
        main(["reason", "--full", "--store", loaded])
    capsys.readouterr()
    with OxigraphStore(loaded) as store:
        state = stale.staleness(store)
        assert state is not None and "did not finish" in state["because"]
    monkeypatch.undo()
    code, _, err = run(capsys, "reason", "--full", "--store", loaded)
    assert code == 0, err
    with OxigraphStore(loaded) as store:
        assert stale.staleness(store) is None


def test_a_store_without_quotegraph_data_needs_no_stamp(capsys, tmp_path):
    plain = str(tmp_path / "plain")
    code, _, err = run(capsys, "update", "INSERT DATA { <urn:x:a> <urn:x:b> 'c' }", "--store", plain)
    assert code == 0, err
    with OxigraphStore(plain) as store:
        assert stale.staleness(store) is None and stamped(store) == []
