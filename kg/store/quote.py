"""SPARQL text from RDF terms: the one place an IRI, a literal or a VALUES block is quoted.

Terms are written as Oxigraph writes them (N-Triples syntax, which SPARQL reads) after
Oxigraph has checked them, so a value that is not an IRI raises ``ValueError`` here, before
any query is built around it: nothing a user typed can close the brackets early. rdflib
terms are accepted and converted (``kg.store.terms``), so callers never call ``.n3()``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import pyoxigraph as ox


def iri(value: Any) -> str:
    """``<value>`` for an IRI given as text, an rdflib URIRef or a pyoxigraph NamedNode."""
    if isinstance(value, ox.NamedNode):
        return str(value)
    return str(ox.NamedNode(str(value)))


def literal(value: str | int | float | bool, *, datatype: str | None = None, language: str | None = None) -> str:
    """A literal: a Python string, number or boolean (typed as XSD would), or a string with a datatype or language."""
    if datatype is not None or language is not None:
        typed = ox.NamedNode(datatype) if datatype is not None else None
        return str(ox.Literal(str(value), datatype=typed, language=language))
    return str(ox.Literal(value))


def term(value: Any) -> str:
    """Any IRI or literal, pyoxigraph's or rdflib's (a plain string is an IRI: see ``literal``)."""
    if isinstance(value, ox.NamedNode | ox.Literal):
        return str(value)
    if isinstance(value, ox.BlankNode):
        raise ValueError("a blank node cannot be named in a query")
    if type(value) is str:
        return iri(value)
    from kg.store.terms import to_oxigraph

    return term(to_oxigraph(value))


def values(var: str, terms: Iterable[Any]) -> str:
    """``VALUES ?var { ... }`` binding one variable to each term."""
    return f"VALUES ?{_name(var)} {{ {' '.join(term(t) for t in terms)} }}"


def rows(variables: Sequence[str], found: Iterable[Sequence[Any]]) -> str:
    """``VALUES (?a ?b) { (...) ... }`` binding several variables per row."""
    names = " ".join(f"?{_name(v)}" for v in variables)
    body = " ".join("(" + " ".join(term(t) for t in row) + ")" for row in found)
    return f"VALUES ({names}) {{ {body} }}"


def _name(var: str) -> str:
    if not var or not all(c.isalnum() or c == "_" for c in var):
        raise ValueError(f"not a SPARQL variable name: {var!r}")
    return var
