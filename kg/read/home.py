"""The home page: counts, the most disputed claims, the most active parties, the newest articles.

Each count counts what its list lists: statements, the parties statements are made for (a
spokesperson's words count for the organisation), articles (sources whose text is stored), and
disputed claims once each however many outlets reported them."""

from __future__ import annotations

from kg.read.base import count, dedupe, party_names, party_ref, rows, sparql, statements


def home(store, limit: int = 10) -> dict:
    counts = {
        "statements": count(store, "count-statements"),
        "parties": count(store, "count-parties"),
        "articles": count(store, "count-sources"),
        "disputed": count(store, "count-disputed"),
    }
    disputed = top(store, "most-disputed", limit)
    claims = statements(store, [r["key"] for r in disputed])
    most_disputed = [dict(claims[r["key"]], disputed_by=int(r["n"])) for r in disputed if r["key"] in claims]
    active = top(store, "most-active", limit)
    names = party_names(store, [r["key"] for r in active])
    newest = rows(store, "newest-sources", limit=int(limit))
    return {
        "counts": counts,
        "most_disputed": most_disputed,
        "most_active": [dict(party_ref(r["key"], names.get(r["key"])), statements=int(r["n"])) for r in active],
        "newest_sources": [
            {"iri": r["src"], "label": r["title"] or "Untitled article", "published": r["published"]}
            for r in dedupe(newest, "src")
        ],
    }


def top(store, groups: str, limit: int) -> list[dict]:
    """The ``limit`` groups (?key, ?n) of the named query with the highest ?n, ties in IRI order.

    What ``ORDER BY DESC(?n) ?key LIMIT`` gives, without its cost: ordering by an IRI decodes it
    at every comparison (0.3 s over the 4,000 disputed claims of 1M triples). The store only
    orders counts, to find the lowest one kept; Python orders the groups reaching it.
    """
    query = sparql(groups)
    lowest = rows(store, "top-lowest", groups=query, offset=int(limit) - 1)
    found = rows(store, "top-groups", groups=query, lowest=int(lowest[0]["n"]) if lowest else 0)
    return sorted(found, key=lambda r: (-int(r["n"]), r["key"]))[:limit]
