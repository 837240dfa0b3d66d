"""Pure helpers of the server: Accept negotiation and the SPARQL keyword scanner."""

from __future__ import annotations

import pytest

from kg.store.sparql_text import add_using, read
from server.negotiation import NotAcceptable, choose

OFFERS = ["application/sparql-results+json", "text/csv", "text/tab-separated-values"]


@pytest.mark.parametrize(
    "accept,expected",
    [
        (None, "application/sparql-results+json"),
        ("", "application/sparql-results+json"),
        ("text/csv", "text/csv"),
        ("text/*", "text/csv"),
        ("text/*;q=0.9, text/tab-separated-values", "text/tab-separated-values"),
        ("*/*;q=0.2, text/csv;q=0.1", "application/sparql-results+json"),
        ("TEXT/CSV", "text/csv"),
        ("text/csv;q=0, */*", "application/sparql-results+json"),
    ],
)
def test_choose(accept, expected):
    assert choose(accept, OFFERS) == expected


@pytest.mark.parametrize(
    "accept", ["image/png", "text/csv;q=0, text/tab-separated-values;q=0, application/*;q=0", "*/*;q=0"]
)
def test_not_acceptable(accept):
    with pytest.raises(NotAcceptable):
        choose(accept, OFFERS)


def test_garbage_in_accept_is_ignored():
    assert choose("nonsense, text/csv, ;;", OFFERS) == "text/csv"
    assert choose("text/tab-separated-values; charset=utf-8", OFFERS) == "text/tab-separated-values"
    with pytest.raises(NotAcceptable):
        choose("nonsense, text/csv;q=abc", OFFERS)


def test_remote_targets_ignore_strings_comments_iris_and_names():
    q = """PREFIX e: <http://e/> # SERVICE <http://c/>
    SELECT * { ?s e:service "SERVICE <http://s/>"@service ; <http://x/SERVICE> ?o .
    SERVICE <http://one/> {} service SILENT e:two {} SERVICE ?v {} }"""
    assert read(q).services == ("http://one/", "http://e/two", None)
    assert read("LOAD SILENT <http://d/x.ttl> INTO GRAPH <http://g>").loads == ("http://d/x.ttl",)
    assert not read('SELECT * { ?s ?p """WITH USING""" }').using_or_with
    assert read("WITH <http://g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }").using_or_with


def test_add_using_goes_before_each_modify_where_only():
    u = (
        'INSERT DATA { <a:s> <a:p> "WHERE" } ; DELETE WHERE { ?s ?p ?o } ; '
        "DELETE { ?s ?p ?o } INSERT { ?s ?p 1 } WHERE { ?s ?p ?o FILTER EXISTS { ?s ?p ?o } }"
    )
    out = add_using(u, ["http://d"], ["http://n"])
    assert out.count("USING <http://d> USING NAMED <http://n> WHERE") == 1
    assert "DELETE WHERE { ?s ?p ?o }" in out and '"WHERE"' in out
