"""The party page: who the party is, what it said (paged), whom it disputed and who disputed it."""

from __future__ import annotations

from kg.build.namespace import QG
from kg.read import disputes
from kg.read.base import (
    PER_PAGE,
    class_labels,
    credited,
    dedupe,
    iri_ref,
    named,
    page_bounds,
    party_names,
    ref,
    rows,
    statements,
    tail,
    types_of,
)

LINK_LIMIT = disputes.LINK_LIMIT


def party(store, iri: str, page: int = 1, per_page: int = PER_PAGE) -> dict:
    return party_page(store, party_profile(store, iri), page, per_page)


def party_page(store, profile: tuple[dict, list[str]], page: int = 1, per_page: int = PER_PAGE) -> dict:
    """One page of a party's statements (chronological) on top of its profile."""
    summary, ordered = profile
    return dict(summary, **party_statements(store, ordered, page, per_page))


def party_statements(store, ordered: list[str], page: int = 1, per_page: int = PER_PAGE) -> dict:
    """One page of the party's statements in ``ordered`` (the profile's chronology), and where it is.

    Apart from the profile, so a server computing it elsewhere sends the statement IRIs there, never
    the whole profile and back."""
    bounds = page_bounds(page, per_page, len(ordered))
    shown = ordered[bounds["offset"] : bounds["offset"] + per_page]
    by_iri = statements(store, shown)
    return {"statements": [by_iri[s] for s in shown if s in by_iri], "pagination": bounds}


def _party_type(types: set[str]) -> str:
    for name in ("NewsOutlet", "Person", "Organization", "UnknownParty"):
        if str(QG[name]) in types:
            return class_labels().get(str(QG[name]), name)
    return "Party"


def _chronology(store, this: str) -> tuple[dict[str, str | None], list[str]]:
    """Each statement the party answers for dated by its earliest date, and all in date order (undated last)."""
    when: dict[str, str | None] = {}
    for row in rows(store, "party-statement-dates", credited=credited("?s", this)):
        if row["s"] not in when or (row["date"] or "~") < (when[row["s"]] or "~"):
            when[row["s"]] = row["date"]
    return when, sorted(when, key=lambda s: (when[s] or "~", s))


def _timeline(dates: dict[str, str | None], ordered: list[str]) -> list[dict]:
    months: dict[str, int] = {}
    for s in ordered:
        month = (dates.get(s) or "undated")[:7]
        months[month] = months.get(month, 0) + 1
    return [{"month": m, "count": c} for m, c in sorted(months.items())]


def party_profile(store, iri: str) -> tuple[dict, list[str]]:
    """Everything a party page shows but the statement page, and its statements in date order.

    Apart from paging, so turning pages costs one small query instead of the whole profile.
    """
    this = iri_ref(iri)
    name = party_names(store, [iri]).get(iri)
    types = types_of(store, iri)
    aliases = sorted({r["a"] for r in rows(store, "party-aliases", this=this)} - {name})
    roles = named(store, rows(store, "party-roles", this=this), "org", "orgName", "start", "orgName")
    members = named(store, rows(store, "party-members", this=this), "person", "personName", "personName")[:200]
    speaks_for = named(store, rows(store, "party-speaks-for", this=this), "o", "name")
    above = named(store, rows(store, "party-part-of", this=this), "o", "name", "name")
    below = named(store, rows(store, "party-has-parts", this=this), "o", "name", "name")

    when, ordered = _chronology(store, this)
    disputed_by_it = disputes.links(store, this, "disputes", other="?c")
    disputed_its = disputes.links(store, this, "disputes", other="?d")
    confirmed_its = disputes.links(store, this, "confirms", other="?d")
    parties_disputed = named(
        store,
        rows(store, "party-disputed-parties", credited=credited("?d", this)),
        "target",
        "targetName",
        "targetName",
    )
    mentioned_in = rows(store, "party-sources", this=this, limit=LINK_LIMIT + 1)
    disputed_claims, claims_disputed, claims_confirmed = disputes.by_claim(
        store, [(disputed_by_it, "other"), (disputed_its, "mine"), (confirmed_its, "mine")]
    )
    return {
        "iri": iri,
        "name": name or tail(iri),
        "type": _party_type(types),
        "types": sorted(types),
        "aliases": aliases,
        "roles": [
            {"organization": ref(r["org"], r["orgName"]), "role": r["role"], "start": r["start"], "end": r["end"]}
            for r in roles
        ],
        "members": [dict(ref(r["person"], r["personName"]), role=r["role"]) for r in dedupe(members, "person")],
        "speaks_for": [ref(r["o"], r["name"]) for r in speaks_for],
        "part_of": [ref(r["o"], r["name"]) for r in above],
        "has_parts": [ref(r["o"], r["name"]) for r in below],
        "timeline": _timeline(when, ordered),
        "disputed": disputed_by_it.shown,
        "disputed_claims": disputed_claims,
        "claims_disputed": claims_disputed,
        "claims_confirmed": claims_confirmed,
        "disputed_parties": [dict(ref(r["target"], r["targetName"]), statement=r["d"]) for r in parties_disputed],
        "disputed_by_others": disputed_its.shown,
        "confirmed_by_others": confirmed_its.shown,
        "more": {
            "disputed": disputed_by_it.total > LINK_LIMIT,
            "disputed_by_others": disputed_its.total > LINK_LIMIT,
            "confirmed_by_others": confirmed_its.total > LINK_LIMIT,
            "sources": len(mentioned_in) > LINK_LIMIT,
        },
        "sources": [
            {"iri": r["src"], "label": r["title"] or tail(r["src"]), "published": r["published"]}
            for r in dedupe(mentioned_in, "src")
        ][:LINK_LIMIT],
        "network": disputes.network(store, iri, disputed_by_it, disputed_its),
    }, ordered
