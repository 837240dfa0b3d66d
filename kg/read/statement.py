"""The statement page: the words, who said them for whom, the passage, links and the same claim elsewhere."""

from __future__ import annotations

from kg.infer import claims
from kg.read.base import (
    NotFound,
    class_label,
    class_labels,
    iri_ref,
    linked,
    named,
    ref,
    rows,
    sparql,
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
    for key, prop in (("disputes_party", "disputesParty"), ("confirms_party", "confirmsParty"), ("about", "about")):
        parties[key] = [
            ref(r["p"], r["name"])
            for r in named(store, rows(store, "statement-parties", this=this, prop=term(prop)), "p", "name")
        ]
    origin = None
    if first.get("origin"):
        kinds = {r["t"] for r in rows(store, "origin-types", this=this)}
        origin = dict(ref(first["origin"], first.get("originTitle")), type=class_label(kinds, ""))
    return dict(
        base,
        cue=first.get("cue"),
        cue_lemma=first.get("lemma"),
        status=_status(first.get("status"), links),
        origin=origin,
        passage=passage(store, iri),
        same_claim=same_claim(store, iri, base),
        **links,
        **parties,
        triples=describe_rows(store, iri),
    )


def _status(materialised: str | None, links: dict) -> str:
    if materialised:
        return class_labels().get(materialised, tail(materialised)).lower()
    if links["disputed_by"]:
        return "disputed"
    if links["confirmed_by"]:
        return "confirmed"
    return "unchallenged"


def same_claim(store, iri: str, row: dict, candidates: int = 500) -> list[dict]:
    """Reports of the same claim in other sources: linked by qg:sameClaimAs if inference ran,
    else found here the way kg.infer.claims links them (same answerable party, near-identical words)."""
    this = iri_ref(iri)
    scores: dict[str, float | None] = {r["s"]: None for r in rows(store, "same-claim-linked", this=this)}
    party = (row["on_behalf_of"] or row["speaker"] or {}).get("iri")
    mine = claims.tokens(row["content"])
    if party and mine:
        elsewhere = sparql("not-reported-in", source=iri_ref(row["source"]["iri"])) if row["source"] else ""
        for r in rows(
            store, "same-claim-candidates", this=this, party=iri_ref(party), elsewhere=elsewhere, limit=int(candidates)
        ):
            theirs = claims.tokens(r["content"])
            if claims.similar(mine, theirs):
                scores[r["s"]] = round(claims.jaccard(mine, theirs), 2)
    if not scores:
        return []
    found = statements(store, list(scores))
    ordered = sorted(scores, key=lambda s: (-(scores[s] or 1.0), s))
    return [dict(found[s], similarity=scores[s]) for s in ordered if s in found]
