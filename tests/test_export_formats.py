"""Flat exports: the statements CSV and schema.org ClaimReview, from the library, the CLI and the server."""

from __future__ import annotations

import csv
import io
import json

import pytest
from pages_support import ANIMUS, BASE, NO_MERIT, STORY, app_with, load_files
from pages_support import story_store as store  # noqa: F401 - a fixture

from kg.cli import main
from kg.read import export
from kg.store import OxigraphStore

CONTRACT = BASE + "statement/a1b2c3d4e5f60718/contract"
NOTICE = BASE + "statement/a1b2c3d4e5f60718/notice"
# the reports the denial answered, as the fixture states; another article's report of the animus claim
# (statement/f0e1d2c3b4a59687/animus) is disputed through that claim, not answered (the named-party rule stays in
# an article, and this denial names what it answers)
DISPUTED = {ANIMUS, CONTRACT}


def test_csv_has_one_row_per_statement_with_speaker_kind_text_date_source_disputes(store):
    rows = list(csv.DictReader(io.StringIO(export.csv_text(store))))
    assert len(rows) == 6
    assert tuple(rows[0]) == export.CSV_COLUMNS
    denial = next(r for r in rows if r["statement"] == NO_MERIT)
    assert denial == {
        "statement": NO_MERIT,
        "speaker": "AWS spokesperson",
        "speaker_iri": BASE + "party/a1b2c3d4e5f60718/aws-spokesperson",
        "on_behalf_of": "Amazon Web Services",
        "on_behalf_of_iri": BASE + "party/amazon-web-services",
        "kind": "denial",
        "quote": "direct",
        "text": "There is no merit to these claims",
        "date": "2021-01-12",
        "source": "Parler sues Amazon over suspension",
        "source_iri": BASE + "source/a1b2c3d4e5f60718",
        "disputes": " ".join(sorted(DISPUTED)),
    }
    assert [r["date"] for r in rows] == sorted(r["date"] for r in rows)
    assert next(r for r in rows if r["statement"] == ANIMUS)["kind"] == "allegation"


def test_csv_quotes_commas_quotes_and_newlines(store):
    from rdflib import Graph, Literal, URIRef

    from kg.build.namespace import QG, RDF

    graph = Graph()
    s = URIRef(BASE + "statement/x/tricky")
    graph.add((s, RDF.type, QG.Claim))
    graph.add((s, QG.speaker, URIRef(BASE + "party/parler")))
    graph.add((s, QG.content, Literal('one, "two"\nthree')))
    store.replace_graph(BASE + "graph/file/tricky", graph)
    rows = list(csv.DictReader(io.StringIO(export.csv_text(store))))
    assert next(r for r in rows if r["statement"] == str(s))["text"] == 'one, "two"\nthree'


def test_claimreview_reviews_each_disputed_claim(store):
    document = export.claimreview(store)
    assert document["@context"] == "https://schema.org"
    reviews = {r["itemReviewed"]["@id"]: r for r in document["@graph"]}
    assert set(reviews) == DISPUTED
    review = reviews[ANIMUS]
    assert review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == "AWS acted out of political animus and to favour Twitter"
    assert review["itemReviewed"]["author"] == {"@type": "Organization", "@id": BASE + "party/parler", "name": "Parler"}
    assert review["itemReviewed"]["appearance"]["url"] == "https://www.example.com/parler-sues-amazon"
    assert review["itemReviewed"]["firstAppearance"]["headline"] == "Parler LLC v. Amazon Web Services, Inc."
    assert review["reviewRating"]["alternateName"] == "Disputed"
    assert "Amazon Web Services" in review["reviewRating"]["ratingExplanation"]
    assert [c["@id"] for c in review["citation"]] == [NO_MERIT]
    assert review["datePublished"] == "2021-01-12"


def test_empty_store_exports_headers_and_empty_graph():
    store = OxigraphStore(None)
    assert export.csv_text(store).splitlines() == [",".join(export.CSV_COLUMNS)]
    assert export.claimreview(store) == {"@context": "https://schema.org", "@graph": []}


@pytest.mark.parametrize("fmt", ["csv", "claimreview"])
def test_kg_export_cli_formats(tmp_path, capsysbinary, fmt):
    path = str(tmp_path / "store")
    store = OxigraphStore(path)
    load_files(store, STORY)
    expected = export.flat_export(store, fmt)
    store.close()
    assert main(["export", "--store", path, "--format", fmt]) == 0
    assert capsysbinary.readouterr().out == expected
    out = tmp_path / f"out.{fmt}"
    assert main(["export", "--store", path, "--format", fmt, "-o", str(out)]) == 0
    assert out.read_bytes() == expected
    if fmt == "claimreview":
        assert len(json.loads(expected)["@graph"]) == len(DISPUTED)


def test_server_download_links_match_the_library():
    with app_with(STORY) as app:
        client = app.test_client()
        store = app.extensions["quotegraph"].store
        response = client.get("/export.csv")
        assert response.status_code == 200 and response.mimetype == "text/csv"
        assert response.get_data(as_text=True) == export.csv_text(store)
        assert "attachment" in response.headers["Content-Disposition"]
        response = client.get("/export.claimreview.json")
        assert response.mimetype == "application/ld+json"
        assert response.get_json() == export.claimreview(store)


def test_exports_read_names_from_the_names_graph_when_it_is_there(store):
    """Names come from the names graph once built; without it, from the store: the same export."""
    from kg.build.iris import Minter
    from kg.build.namespace import QG
    from kg.infer import names

    before = export.csv_text(store), export.claimreview(store)
    names.rebuild(store, str(Minter().names_graph))
    assert (export.csv_text(store), export.claimreview(store)) == before
    named = f"GRAPH ?g {{ <{BASE}party/amazon-web-services> <{QG.name}> ?n }}"
    store.update(f"DELETE {{ {named} }} WHERE {{ {named} FILTER(?g != <{Minter().names_graph}>) }}")
    rows = list(csv.DictReader(io.StringIO(export.csv_text(store))))
    assert next(r for r in rows if r["statement"] == NO_MERIT)["on_behalf_of"] == "Amazon Web Services"
