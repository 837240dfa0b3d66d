"""The statement page: the words, who said them for whom, the passage, links and the same claim elsewhere."""

from __future__ import annotations

from kg.read.base import (
    NotFound,
    class_label,
    class_labels,
    iri_ref,
    linked,
    named,
    party_ref,
    rows,
    statement_rows,
    statements,
    tail,
    term,
    values,
)
from kg.read.evidence import passage
from kg.read.resource import describe_rows


def statement(store, iri: str) -> dict:
    this = iri_ref(iri)
    found = statement_rows(store, values("?s", [iri]))
    if not found:
        raise NotFound(f"no statement {iri}")
    base = found[0]
    details = rows(store, "statement-details", this=this)
    first = details[0] if details else {}
    links = {
        "disputes": linked(store, iri, "disputes", limit=200),
        "disputed_by": linked(store, iri, "disputes", incoming=True, limit=200),
        "confirms": linked(store, iri, "confirms", limit=200),
        "confirmed_by": linked(store, iri, "confirms", incoming=True, limit=200),
    }
    parties = {}
    for key, prop in (
        ("disputes_party", "disputesParty"),
        ("confirms_party", "confirmsParty"),
        ("about", "about"),
    ):
        parties[key] = _parties(store, rows(store, "statement-parties", this=this, prop=term(prop)))
    origin = None
    if first.get("origin"):
        kind = class_label({r["t"] for r in rows(store, "origin-types", this=this)}, "Document")
        origin = {"iri": first["origin"], "label": first.get("originTitle") or f"a {kind.lower()}", "type": kind}
    status = first.get("status")
    return dict(
        base,
        cue_lemma=first.get("lemma"),
        status=class_labels().get(status, tail(status)).lower() if status else None,
        origin=origin,
        reported_by=_parties(store, rows(store, "reported-by", this=this)),
        passage=passage(store, iri),
        same_claim=same_claim(store, iri),
        **links,
        **parties,
        triples=describe_rows(store, iri),
    )


def _parties(store, found: list[dict]) -> list[dict]:
    return [party_ref(r["p"], r["name"]) for r in named(store, found, "p", "name")]


def same_claim(store, iri: str) -> list[dict]:
    """Reports of the same claim in other sources: the other statements of its claim (qg:ofClaim)."""
    linked_reports = [r["s"] for r in rows(store, "same-claim-linked", this=iri_ref(iri))]
    found = statements(store, linked_reports)
    return [found[s] for s in sorted(linked_reports, key=lambda s: (found[s]["date"] or "~", s)) if s in found]
