"""A party's dispute and confirmation links, and its dispute network, for the party page."""

from __future__ import annotations

from dataclasses import dataclass

from kg.read.base import credited, dedupe, iri_ref, iris, link, named, party_names, ref, rows, statements, tail

LINK_LIMIT = 200


@dataclass(frozen=True)
class Links:
    """A party's links of one kind: the first LINK_LIMIT pairs (this party's statement, the other
    statement) in the order of the other side's answerable party's name, how many pairs there are,
    and each other statement's party, which is all the dispute network needs of the rest."""

    shown: list[dict]
    total: int
    party_of: dict[str, str | None]
    names: dict[str, str]
    holes: dict[str, str]


def links(store, this: str, prop: str, other: str) -> Links:
    """Links ``?d prop ?c`` between the party's statements and others, ``other`` being the other side.

    The store counts the pairs per other statement and finds each one's party once, not once per
    pair: a busy party's thousands of pairs involve a few hundred statements on the other side.
    Only the pairs of the statements shown first are fetched, with their words.

    Counting, the links are looked up from each of the party's statements (OPTIONAL, kept if
    found): joined plainly, every ``prop`` triple in the store is scanned (7 ms at 1M triples for a
    party of two statements). Joined to other statements given in VALUES, the plain join is the
    quick one (the OPTIONAL form takes 0.3 s there).

    A statement answerable by several parties (several qg:onBehalfOf) is credited to the first by name.
    """
    mine = "?d" if other == "?c" else "?c"
    holes = {"mine": mine, "other": other, "prop": link(prop), "credited": credited(mine, this)}
    pairs = {r["other"]: int(r["n"]) for r in rows(store, "links-per-other", **holes)}
    found = rows(store, "answerable-party", statements=iris(pairs)) if pairs else []
    names = party_names(store, [r["party"] for r in found])

    def rank(party):
        return names.get(party) or "~", party or ""

    party_of: dict[str, str | None] = {}
    for r in found:
        if r["other"] not in party_of or rank(r["party"]) < rank(party_of[r["other"]]):
            party_of[r["other"]] = r["party"]
    ordered = sorted(pairs, key=lambda o: (*rank(party_of[o]), o))
    place = {o: i for i, o in enumerate(ordered)}
    first, reached = [], 0
    for o in ordered:
        if reached >= LINK_LIMIT:
            break
        first.append(o)
        reached += pairs[o]
    fetched = rows(store, "link-pairs", statements=iris(first), **holes) if first else []
    fetched.sort(key=lambda r: (place[r["other"]], r["mine"]))
    shown = [
        {
            "statement": r["mine"],
            "other": {"iri": r["other"], "content": r["content"] or ""},
            "party": ref(party_of[r["other"]], names.get(party_of[r["other"]] or "")),
        }
        for r in dedupe(fetched, "mine", "other")
    ][:LINK_LIMIT]
    return Links(shown, sum(pairs.values()), party_of, names, holes)


def _statements_per_party(store, found: Links, side: str) -> dict[str, int]:
    """How many distinct statements on ``side`` ("mine" or "other") of the links each party's pairs hold.

    Counting this party's own statements per other party needs the pairs, so the store counts them,
    given each other statement's party.
    """
    if side == "other":
        counts: dict[str, int] = {}
        for party in found.party_of.values():
            if party is not None:
                counts[party] = counts.get(party, 0) + 1
        return counts
    mapping = " ".join(f"({iri_ref(o)} {iri_ref(p)})" for o, p in found.party_of.items() if p is not None)
    if not mapping:
        return {}
    return {r["party"]: int(r["n"]) for r in rows(store, "links-per-party", mapping=mapping, **found.holes)}


def network(store, iri: str, disputed: Links, disputed_by: Links, limit: int = 12) -> dict:
    """Who this party disputed and who disputed it, weighted by statement count (for the SVG)."""
    this = iri_ref(iri)
    party_rows = named(store, rows(store, "network-parties", this=this, credited=credited("?d", this)), "other", "name")
    edges: dict[tuple[str, str], int] = {}
    names: dict[str, str] = {}
    for found, direction, side in ((disputed, "out", "mine"), (disputed_by, "in", "other")):
        counts = _statements_per_party(store, found, side)
        for party in sorted(counts, key=lambda p: (found.names.get(p) or "~", p)):
            if party != iri:
                names[party] = found.names.get(party) or tail(party)
                edges[(party, direction)] = counts[party]
    for r in party_rows:
        names[r["other"]] = r["name"] or tail(r["other"])
        edges[(r["other"], "out")] = max(edges.get((r["other"], "out"), 0), int(r["n"]))
    weight: dict[str, int] = {}
    for (party, _), n in edges.items():
        weight[party] = weight.get(party, 0) + n
    kept = sorted(weight, key=lambda p: (-weight[p], names[p]))[:limit]
    return {
        "center": iri,
        "nodes": [{"iri": p, "label": names[p]} for p in sorted(kept, key=lambda p: names[p])],
        "edges": [{"party": p, "direction": d, "count": n} for (p, d), n in sorted(edges.items()) if p in kept],
    }


def by_claim(store, groups: list[tuple[Links, str]]) -> list[list[dict]]:
    """Each list's shown links grouped by claim: each claim once, with every report of it (source and
    date) and the statements answering it, each with why inference drew the link when it says.

    ``groups`` pairs each list with the side of its pairs that holds the claims: "other" on "What X
    disputed" (the claims are the other parties'), "mine" on "Disputed by others" (the claims are X's).
    Reports of one claim are the statements of one claim node (qg:ofClaim); a claim is keyed by
    its report with the least IRI. The lists are read together, one query of each kind for all of
    them: a busy party's lists share statements, and each round of queries costs as much again.
    """

    def claim_of(pair: dict, claims_are: str) -> str:
        return pair["other"]["iri"] if claims_are == "other" else pair["statement"]

    def answer_of(pair: dict, claims_are: str) -> str:
        return pair["statement"] if claims_are == "other" else pair["other"]["iri"]

    claimed = {claim_of(p, side) for found, side in groups for p in found.shown}
    if not claimed:
        return [[] for _ in groups]
    reports: dict[str, set[str]] = {c: {c} for c in claimed}
    for row in rows(store, "same-claims", statements=iris(claimed)):
        reports[row["s"]].add(row["r"])
    key = {c: min(group) for c, group in reports.items()}
    answering = {answer_of(p, side) for found, side in groups for p in found.shown}
    described = statements(store, set(key.values()) | answering)
    every = set().union(*reports.values())
    where: dict[str, dict] = {}
    for row in rows(store, "report-sources", statements=iris(every)):
        shown = where.get(row["s"])
        if shown is None or (row["date"] or "~") < (shown["date"] or "~"):
            where[row["s"]] = {"iri": row["s"], "source": ref(row["source"], row["sourceTitle"]), "date": row["date"]}
    why: dict[tuple[str, str], list[dict]] = {}
    for row in rows(store, "link-basis", statements=iris(answering)):
        why.setdefault((row["s"], row["answers"]), []).append({"rule": row["rule"], "trigger": row["trigger"]})
    out = []
    for found, side in groups:
        grouped: dict[str, dict] = {}
        for pair in found.shown:
            claim, answer = claim_of(pair, side), answer_of(pair, side)
            group = grouped.get(key[claim])
            if group is None:
                if key[claim] not in described:
                    continue
                reported = sorted(
                    (where[r] for r in reports[claim] if r in where), key=lambda r: (r["date"] or "~", r["iri"])
                )
                group = grouped[key[claim]] = dict(
                    described[key[claim]], claim=key[claim], reports=reported, answers=[]
                )
            if answer in described and all(a["iri"] != answer for a in group["answers"]):
                basis = [b for r in reports[claim] for b in why.get((answer, r), [])]
                group["answers"].append(dict(described[answer], basis=dedupe(basis, "rule", "trigger")))
        out.append(list(grouped.values()))
    return out
