"""A named graph's triples a page at a time, in (subject, predicate, object) order, paged by keys.

``ORDER BY ?s ?p ?o`` over a 300k-triple graph took Oxigraph 30 s for every page (it compares
terms by reading their text back from the store at each step), and ``OFFSET`` made page N
redo it all. A page here reads the graph's distinct subjects (no sort in the store: about
0.6 s per 100k subjects), keeps the first ones at or after the key the page's link carries,
and sorts only their triples. So page N costs what page 1 costs, and the link to the next
page is the key of the last triple shown, not a count of pages to skip.
"""

from __future__ import annotations

import base64
import binascii
import heapq
import json

import pyoxigraph as ox

from kg.read.base import iris, is_iri, run, term_value

Key = tuple[int, str, str, str]
TripleKey = tuple[Key, Key, Key]


def term_key(term) -> Key:
    """Where a term sorts: blank nodes, then IRIs, then literals (by text, datatype, language)."""
    if isinstance(term, ox.Literal):
        return (2, term.value, term.datatype.value, term.language or "")
    if isinstance(term, ox.BlankNode):
        return (0, term.value, "", "")
    if isinstance(term, ox.NamedNode):
        return (1, term.value, "", "")
    return (3, str(term), "", "")


def triple_key(triple) -> TripleKey:
    s, p, o = triple
    return (term_key(s), term_key(p), term_key(o))


def cursor(key: TripleKey, shown: int) -> str:
    """The opaque text a page link carries: the last key shown and how many triples came before."""
    return base64.urlsafe_b64encode(json.dumps([list(map(list, key)), shown]).encode()).decode().rstrip("=")


def read_cursor(text: str) -> tuple[TripleKey, int]:
    """The key and count a cursor carries; ValueError if it is not one this module wrote."""
    try:
        raw = json.loads(base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)))
        (s, p, o), shown = raw
        key = tuple(_key(part) for part in (s, p, o))
    except (ValueError, TypeError, binascii.Error):
        raise ValueError("not a page link of this graph (the 'after' parameter)") from None
    if not isinstance(shown, int) or isinstance(shown, bool) or shown < 0:
        raise ValueError("not a page link of this graph (the 'after' parameter)")
    return key, shown  # type: ignore[return-value]


def _key(part) -> Key:
    rank, value, datatype, language = part
    if not (isinstance(rank, int) and all(isinstance(x, str) for x in (value, datatype, language))):
        raise ValueError("bad key")
    return (rank, value, datatype, language)


def page(store, graph: str, after: tuple[TripleKey, int] | None, per_page: int, total: int) -> dict:
    """The ``per_page`` triples of the graph (an ``<iri>`` term) that follow ``after`` (None: the first)."""
    last, shown = after if after is not None else (None, 0)
    subjects = [(term_key(row[0]), row[0]) for row in run(store, "graph-subjects", this=graph)]
    if last is not None:
        subjects = [entry for entry in subjects if entry[0] >= last[0]]
    # the subject of the last key may have nothing left: one more subject than triples wanted
    chosen = heapq.nsmallest(per_page + 1, subjects, key=lambda entry: entry[0])
    keyed = ((triple_key(triple), triple) for triple in _triples(store, graph, [t for _, t in chosen]))
    found = sorted((entry for entry in keyed if last is None or entry[0] > last), key=lambda entry: entry[0])
    more = len(found) > per_page or len(subjects) > len(chosen)
    found = found[:per_page]
    return {
        "pagination": {
            "total": total,
            "per_page": per_page,
            "first": shown + 1 if found else shown,
            "last": shown + len(found),
            "next": cursor(found[-1][0], shown + len(found)) if more and found else None,
            "later": last is not None,
        },
        "triples": [
            {
                "subject": term_value(s),
                "predicate": term_value(p),
                "object": term_value(o),
                "object_is_iri": is_iri(term_value(o)),
            }
            for _, (s, p, o) in found
        ],
    }


def _triples(store, graph: str, subjects: list) -> list[tuple]:
    """Every triple of the graph whose subject is one of these; blank nodes cannot be named in a
    query, so theirs come from one scan of the graph's blank-node subjects."""
    named = [s.value for s in subjects if isinstance(s, ox.NamedNode)]
    blank = {s.value for s in subjects if isinstance(s, ox.BlankNode)}
    found = []
    if named:
        found += [tuple(row) for row in run(store, "graph-subject-triples", this=graph, subjects=iris(named))]
    if blank:
        found += [tuple(row) for row in run(store, "graph-blank-triples", this=graph) if row[0].value in blank]
    return found
