"""The source page: the article's text with every statement highlighted by speaker, and its statements."""

from __future__ import annotations

from kg.build.namespace import QG
from kg.read.base import (
    class_label,
    iri_ref,
    named,
    party_names,
    ref,
    rows,
    sparql,
    statement_rows,
    tail,
    term,
    types_of,
)
from kg.read.evidence import segments, selectors, source_text, spans

SPEAKER_COLOURS = 8


def source(store, iri: str) -> dict:
    this = iri_ref(iri)
    meta = rows(store, "source-meta", this=this)
    first = meta[0] if meta else {}
    publisher = first.get("publisher")
    kind = class_label(types_of(store, iri), "Source", skip=frozenset({str(QG.Source)}))
    reported_here = sparql("linking-to", this=this, prop=term("reportedIn"))
    statements = statement_rows(store, reported_here, order="?s", limit=2000)
    made_here = statement_rows(store, sparql("linking-to", this=this, prop=term("originallyMadeIn")), limit=500)
    text = source_text(store, iri)
    speakers: dict[str, dict] = {}
    by_statement = {}
    for st in statements:
        who = st["on_behalf_of"] or st["speaker"]
        if who and who["iri"] not in speakers:
            speakers[who["iri"]] = dict(who, colour=len(speakers) % SPEAKER_COLOURS)
        by_statement[st["iri"]] = speakers[who["iri"]]["colour"] if who else 0
    highlighted = None
    order = {s: i for i, s in enumerate(sorted(st["iri"] for st in statements))}
    if text is not None:
        located = [s for s in spans(text, selectors(store, reported_here)) if s[2] == "content"]
        highlighted = [
            dict(seg, colour=by_statement.get(seg["statements"][0]) if seg["statements"] else None)
            for seg in segments(text, located)
        ]
        starts: dict[str, int] = {}
        for seg in highlighted:
            for s in seg["statements"]:
                starts.setdefault(s, len(starts))
        order = {s: starts.get(s, len(starts) + i) for s, i in order.items()}
    statements.sort(key=lambda st: order[st["iri"]])
    mentioned = named(store, rows(store, "source-parties", this=this), "p", "name", "name")
    return {
        "iri": iri,
        "title": first.get("title") or tail(iri),
        "type": kind,
        "published": first.get("published"),
        "url": first.get("url"),
        "publisher": ref(publisher, party_names(store, [publisher]).get(publisher or "")),
        "text": text,
        "highlighted": highlighted,
        "speakers": list(speakers.values()),
        "statements": statements,
        "originally_made_here": made_here,
        "parties": [ref(r["p"], r["name"]) for r in mentioned],
    }
