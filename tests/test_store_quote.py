"""kg.store.quote: terms written into SPARQL text are checked and escaped by Oxigraph, never by hand."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD

from kg.store import OxigraphStore, quote

EX = "http://example.org/"


def test_an_iri_that_would_break_out_of_its_brackets_is_refused():
    for bad in ("http://a> } ; DROP ALL ; INSERT DATA { <x", "not an iri", "http://a b", ""):
        with pytest.raises(ValueError):
            quote.iri(bad)
    assert quote.iri(EX + "a") == f"<{EX}a>"
    assert quote.iri(URIRef(EX + "a")) == quote.iri(ox.NamedNode(EX + "a")) == f"<{EX}a>"


@pytest.mark.parametrize(
    "value", ['say "no"', "two\nlines", "back\\slash", "tab\tand ' quote", "\U0001f600 beyond the BMP", "}> ; DROP ALL"]
)
def test_literals_round_trip_through_a_query(value):
    with OxigraphStore(None) as store:
        store.update(f"INSERT DATA {{ <{EX}s> <{EX}p> {quote.literal(value)} }}")
        [row] = store.query(f"SELECT ?s WHERE {{ ?s <{EX}p> {quote.term(Literal(value))} }}")
        assert row["s"].value == EX + "s"
        [row] = store.query(f"SELECT ?o WHERE {{ {quote.values('o', [Literal(value)])} ?s <{EX}p> ?o }}")
        assert row["o"].value == value


def test_typed_and_tagged_literals():
    assert quote.literal(3) == '"3"^^<http://www.w3.org/2001/XMLSchema#integer>'
    assert (
        quote.literal("2021-01-12", datatype=str(XSD.date)) == '"2021-01-12"^^<http://www.w3.org/2001/XMLSchema#date>'
    )
    assert quote.literal("Parler", language="en") == '"Parler"@en'
    assert quote.term(Literal("2021-01-12", datatype=XSD.date)) == quote.literal("2021-01-12", datatype=str(XSD.date))
    # xsd:string is the plain literal (RDF 1.1), whichever way rdflib spells it
    assert quote.term(Literal("a", datatype=XSD.string)) == quote.term(Literal("a")) == '"a"'


def test_values_blocks():
    assert quote.values("p", [URIRef(EX + "a"), ox.NamedNode(EX + "b"), EX + "c"]) == (
        f"VALUES ?p {{ <{EX}a> <{EX}b> <{EX}c> }}"
    )
    assert quote.rows(("s", "n"), [(URIRef(EX + "a"), Literal("A"))]) == f'VALUES (?s ?n) {{ (<{EX}a> "A") }}'
    with pytest.raises(ValueError):
        quote.values("p } DROP ALL {", [EX + "a"])
    with pytest.raises(ValueError):
        quote.values("p", [BNode()])


def test_graph_writes_quote_their_graph_names():
    from kg.store import replace_update

    with pytest.raises(ValueError):
        replace_update({"http://a> } ; DROP ALL ; INSERT DATA { GRAPH <http://b": None})
