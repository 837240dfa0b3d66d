"""What a party page costs the store and the workers, counted rather than timed (bench/pages_bench.py times it)."""

from __future__ import annotations

import pickle

from pages_support import BASE, STORY, app_with, write
from rdflib import Graph, Literal, URIRef

from kg.build.iris import Minter
from kg.build.namespace import QG, RDF
from kg.read import base, party


def three_lists() -> Graph:
    """Alpha disputed Beta's claim, Beta disputed Alpha's, and Gamma confirmed Alpha's."""
    graph = Graph()
    said = {}
    for key, name in (("alpha", "Alpha"), ("beta", "Beta"), ("gamma", "Gamma")):
        graph.add((URIRef(BASE + f"party/{key}"), RDF.type, QG.Organization))
        graph.add((URIRef(BASE + f"party/{key}"), QG.name, Literal(name)))
    for key, speaker in (
        ("a-claim", "alpha"),
        ("a-denial", "alpha"),
        ("b-claim", "beta"),
        ("b-denial", "beta"),
        ("g-yes", "gamma"),
    ):
        said[key] = URIRef(BASE + f"statement/three/{key}")
        graph.add((said[key], QG.speaker, URIRef(BASE + f"party/{speaker}")))
        graph.add((said[key], QG.content, Literal(f"words of {key}")))
    graph.add((said["a-denial"], QG.disputes, said["b-claim"]))
    graph.add((said["b-denial"], QG.disputes, said["a-claim"]))
    graph.add((said["g-yes"], QG.confirms, said["a-claim"]))
    return graph


def test_a_party_pages_claim_groups_are_read_in_one_round_of_queries(monkeypatch):
    """Its three lists (what it disputed, its claims disputed, its claims confirmed) share one query of each
    kind: grouping them one list at a time cost a busy party three rounds (75 -> 164 ms at 1M triples)."""
    asked: list[str] = []
    real = base.rows

    def counting(store, name, **holes):
        asked.append(name)
        return real(store, name, **holes)

    monkeypatch.setattr(base, "rows", counting)
    monkeypatch.setattr(party.disputes, "rows", counting)
    with app_with() as app:
        store = app.extensions["quotegraph"].store
        write(store, str(Minter().file_graph("three")), three_lists())
        asked.clear()
        summary, _ = party.party_profile(store, BASE + "party/alpha")
    assert summary["disputed_claims"] and summary["claims_disputed"] and summary["claims_confirmed"]
    for name in ("same-claims", "report-sources", "link-basis", "statement-rows"):
        assert asked.count(name) == 1, (name, asked.count(name))


def test_a_party_pages_statements_are_computed_without_sending_its_profile_back_and_forth():
    """The worker computing a page of statements gets the statement IRIs, never the whole profile."""
    with app_with(STORY) as app:
        state = app.extensions["quotegraph"]
        sent: list[tuple[str, int]] = []
        real = state.run_view

        def recording(name, args, **kwargs):
            sent.append((name, len(pickle.dumps(args))))
            return real(name, args, **kwargs)

        state.run_view = recording
        response = app.test_client().get("/id/party/parler.json")
        assert response.status_code == 200 and response.get_json()["statements"]
    profile = len(pickle.dumps(response.get_json()))
    assert [name for name, _ in sent].count("party") == 1
    assert all(size < profile / 2 for name, size in sent), sent
