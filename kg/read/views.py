"""What the entity pages show, as plain dicts, so pages, their JSON twins and tests share one source.

Every query reads asserted terms (qg:speaker, qg:onBehalfOf, qg:disputes, qg:subOrganizationOf)
and also the materialised ones (qg:creditedTo, qg:status) when inference has run, so a page is
right whether or not ``kg reason`` was used. Queries start from the bound IRI so their cost
follows the size of the entity, not of the store.

A party's name and types are asserted in every article graph that mentions it, and the union
default graph yields a triple once per graph holding it: no query joins a party to its names
or types, or crosses two such properties, or a popular party's rows multiply by thousands.
Queries return party IRIs; ``party_names`` looks their names up once, in the names graph.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

import pyoxigraph as ox

from kg.build.iris import Minter
from kg.build.namespace import QG, RDFS, ontology_graph, sparql_prologue
from kg.errors import KgError
from kg.infer import claims

PER_PAGE = 20
_PROLOGUE = sparql_prologue()

STATEMENT_KINDS = (
    ("Allegation", "allegation"),
    ("Denial", "denial"),
    ("Confirmation", "confirmation"),
    ("Claim", "claim"),
    ("Statement", "statement"),
)
QUOTE_KINDS = (("DirectQuote", "direct"), ("MixedQuote", "mixed"), ("IndirectQuote", "indirect"))


class NotFound(KgError):
    """The IRI names nothing in the store."""


def term_value(term) -> str | int | None:
    if term is None:
        return None
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value


def iri_ref(iri: str) -> str:
    """``<iri>`` for splicing into a query, refusing anything that could break out of it."""
    try:
        return str(ox.NamedNode(iri))
    except ValueError:
        raise NotFound(f"not a valid IRI: {iri!r}") from None


def select(store, sparql: str) -> list[dict]:
    result = store.query(_PROLOGUE + sparql)
    names = [v.value for v in result.variables]
    return [dict(zip(names, map(term_value, row))) for row in result]


def _count(store, sparql: str) -> int:
    rows = select(store, sparql)
    return int(rows[0]["n"]) if rows and rows[0]["n"] is not None else 0


@lru_cache(maxsize=1)
def _class_closure() -> dict[str, str]:
    """Every ontology class mapped to the page kind that shows it, read from rdfs:subClassOf."""
    graph = ontology_graph()
    roots = {
        str(QG.Party): "party",
        str(QG.Statement): "statement",
        str(QG.Source): "source",
        str(QG.Evidence): "evidence",
        str(QG.Affiliation): "affiliation",
        str(QG.LoadedGraph): "graph",
    }
    kinds = dict(roots)
    changed = True
    while changed:
        changed = False
        for sub, sup in graph.subject_objects(RDFS.subClassOf):
            if str(sup) in kinds and str(sub) not in kinds:
                kinds[str(sub)] = kinds[str(sup)]
                changed = True
    return kinds


@lru_cache(maxsize=1)
def class_labels() -> dict[str, str]:
    graph = ontology_graph()
    return {str(s): str(o) for s, o in graph.subject_objects(RDFS.label)}


def resource_kind(store, iri: str) -> str:
    """Which page shows the IRI: party, statement, source, graph, ... or 'resource'; NotFound if unknown."""
    ref = iri_ref(iri)
    types = [r["t"] for r in select(store, f"SELECT DISTINCT ?t WHERE {{ {ref} a ?t }}")]
    kinds = _class_closure()
    for kind in ("statement", "party", "source", "evidence", "affiliation", "graph"):
        if any(kinds.get(t) == kind for t in types):
            return kind
    if types or store.query(_PROLOGUE + f"ASK {{ {{ {ref} ?p ?o }} UNION {{ ?s ?p {ref} }} }}"):
        return "resource"
    if store.query(f"ASK {{ GRAPH {ref} {{ ?s ?p ?o }} }}"):
        return "graph"
    raise NotFound(f"nothing is known about {iri}")


def _kind_of(types: set[str]) -> tuple[str, str]:
    kind = next((label for name, label in STATEMENT_KINDS if str(QG[name]) in types), "statement")
    quote = next((label for name, label in QUOTE_KINDS if str(QG[name]) in types), "")
    return kind, quote


def _party_type(types: set[str]) -> str:
    for name in ("NewsOutlet", "Person", "Organization", "UnknownParty"):
        if str(QG[name]) in types:
            return class_labels().get(str(QG[name]), name)
    return "Party"


def page_bounds(page: int, per_page: int, total: int) -> dict:
    pages = max(1, -(-total // per_page))
    page = min(max(1, page), pages)
    return {"page": page, "per_page": per_page, "total": total, "pages": pages, "offset": (page - 1) * per_page}


# --------------------------------------------------------------------------- party names


def _names() -> str:
    return iri_ref(Minter().names_graph)


def party_names(store, iris) -> dict[str, str]:
    """Each party's name (the first in sort order if it has several), one lookup per party.

    Read from the names graph, which holds each name once. A party it lacks (written by a
    SPARQL update or a store never reasoned) is looked up in the union default graph, with
    DISTINCT: as costly as the graphs naming it, but never multiplied by anything else.
    """
    wanted = sorted({i for i in iris if i and not i.startswith("_:")})
    found: dict[str, str] = {}
    for where in (f"GRAPH {_names()} {{ ?p qg:name ?n }}", "?p qg:name ?n"):
        missing = [i for i in wanted if i not in found]
        if not missing:
            break
        found.update(
            first_names(
                (r["p"], r["n"])
                for r in select(
                    store,
                    f"SELECT DISTINCT ?p ?n WHERE {{ VALUES ?p {{ {' '.join(map(iri_ref, missing))} }} {where} }}",
                )
            )
        )
    return found


def first_names(pairs) -> dict[str, str]:
    """A party with several names shows under the first in sort order, wherever it is named."""
    found: dict[str, str] = {}
    for party, name in pairs:
        if name is not None and (party not in found or name < found[party]):
            found[party] = name
    return found


def _named(store, rows: list[dict], key: str, name: str, *order: str) -> list[dict]:
    """``rows`` with the name of the party in ``key`` under ``name``; if ``order`` names fields, sorted
    by them as ORDER BY would (unbound first), then by party, so parties of one name keep one order."""
    names = party_names(store, [r[key] for r in rows])
    named = [dict(r, **{name: names.get(r[key])}) for r in rows]
    return sorted(named, key=lambda r: [(r[f] is not None, r[f] or "") for f in (*order, key)]) if order else named


# --------------------------------------------------------------------------- shared fragments


def _credited(var: str, party_ref: str) -> str:
    """Statements answerable by a party: spoken, spoken for, or by one of its sub-organisations.

    A DISTINCT subquery, so Oxigraph settles this small set before joining it to anything
    (joined directly, the UNION is re-planned around the big side and is seconds slower at 1M).
    """
    return (
        f"{{ SELECT DISTINCT {var} WHERE {{ {{ {var} qg:speaker {party_ref} }} "
        f"UNION {{ {var} qg:onBehalfOf {party_ref} }} UNION {{ {var} qg:creditedTo {party_ref} }} "
        f"UNION {{ ?sub_ qg:subOrganizationOf+ {party_ref} . {var} qg:onBehalfOf|qg:speaker ?sub_ }} }} }}"
    )


_STATEMENT_COLUMNS = """
  OPTIONAL { ?s qg:content ?content }
  OPTIONAL { ?s qg:speaker ?speaker }
  OPTIONAL { ?s qg:onBehalfOf ?behalf }
  OPTIONAL { ?s qg:reportedIn ?source OPTIONAL { ?source qg:title ?sourceTitle }
             OPTIONAL { ?source qg:published ?published } }
  OPTIONAL { ?s qg:statedOn ?statedOn }
  BIND(COALESCE(?statedOn, ?published) AS ?date)
"""
_STATEMENT_VARS = "?s ?content ?speaker ?behalf ?source ?sourceTitle ?date"


def _statement_types(store, iris: list[str]) -> dict[str, set[str]]:
    if not iris:
        return {}
    values = " ".join(iri_ref(i) for i in iris)
    types: dict[str, set[str]] = {i: set() for i in iris}
    for row in select(store, f"SELECT DISTINCT ?s ?t WHERE {{ VALUES ?s {{ {values} }} ?s a ?t }}"):
        types[row["s"]].add(row["t"])
    return types


def _statement_rows(
    store, where: str, order: str = "?date ?s", limit: int | None = None, offset: int = 0
) -> list[dict]:
    page = f"LIMIT {int(limit)} OFFSET {int(offset)}" if limit is not None else ""
    rows = select(
        store, f"SELECT DISTINCT {_STATEMENT_VARS} WHERE {{ {where} {_STATEMENT_COLUMNS} }} ORDER BY {order} {page}"
    )
    return _decorate(store, rows)


def _decorate(store, rows: list[dict]) -> list[dict]:
    types = _statement_types(store, [r["s"] for r in rows])
    names = party_names(store, [r[k] for r in rows for k in ("speaker", "behalf")])
    seen, out = set(), []
    for row in rows:
        if row["s"] in seen:
            continue
        seen.add(row["s"])
        kind, quote = _kind_of(types.get(row["s"], set()))
        out.append(
            {
                "iri": row["s"],
                "content": row["content"] or "",
                "kind": kind,
                "quote": quote,
                "speaker": _ref(row["speaker"], names.get(row["speaker"])),
                "on_behalf_of": _ref(row["behalf"], names.get(row["behalf"])),
                "source": _ref(row["source"], row["sourceTitle"]),
                "date": row["date"],
            }
        )
    return out


def _ref(iri, label) -> dict | None:
    return None if iri is None else {"iri": iri, "label": label or _tail(iri)}


def _tail(iri: str) -> str:
    return re.split(r"[/#]", iri.rstrip("/"))[-1] or iri


# --------------------------------------------------------------------------- home


def home(store, limit: int = 10) -> dict:
    counts = {
        "statements": _count(store, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s qg:speaker ?p }"),
        "parties": _count(store, "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p qg:name ?x }"),
        "sources": _count(store, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s qg:title|qg:text ?x }"),
        "disputed": _count(store, "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?d qg:disputes ?c }"),
    }
    disputed = _top(store, "?c", "COUNT(DISTINCT ?d)", "?d qg:disputes ?c", limit)
    claims = (
        {
            r["iri"]: r
            for r in _statement_rows(store, "VALUES ?s { " + " ".join(iri_ref(r["c"]) for r in disputed) + " }")
        }
        if disputed
        else {}
    )
    most_disputed = [dict(claims[r["c"]], disputed_by=int(r["n"])) for r in disputed if r["c"] in claims]
    active = _top(store, "?p", "COUNT(DISTINCT ?s)", "{ ?s qg:speaker ?p } UNION { ?s qg:onBehalfOf ?p }", limit)
    names = party_names(store, [r["p"] for r in active])
    newest = select(
        store,
        f"""
        SELECT ?src ?title ?published WHERE {{
          ?src qg:published ?published . ?src qg:title ?title . FILTER EXISTS {{ ?src qg:text ?t }} }}
        ORDER BY DESC(?published) ?src LIMIT {int(limit)}""",
    )
    return {
        "counts": counts,
        "most_disputed": most_disputed,
        "most_active": [dict(_ref(r["p"], names.get(r["p"])), statements=int(r["n"])) for r in active],
        "newest_sources": [
            {"iri": r["src"], "label": r["title"], "published": r["published"]} for r in _dedupe(newest, "src")
        ],
    }


def _top(store, key: str, count: str, where: str, limit: int) -> list[dict]:
    """The ``limit`` groups of ``key`` with the highest ``count`` (as ``?n``), ties in IRI order.

    What ``ORDER BY DESC(?n) ?key LIMIT`` gives, without its cost: ordering by an IRI decodes it
    at every comparison (0.3 s over the 4,000 disputed claims of 1M triples). The store only
    orders counts, to find the lowest one kept; Python orders the groups reaching it.
    """
    group = f"SELECT {key} ({count} AS ?n) WHERE {{ {where} }} GROUP BY {key}"
    lowest = select(store, f"SELECT ?n WHERE {{ {{ {group} }} }} ORDER BY DESC(?n) LIMIT 1 OFFSET {int(limit) - 1}")
    rows = select(store, f"{group} HAVING({count} >= {int(lowest[0]['n'])})" if lowest else group)
    name = key.lstrip("?")
    return sorted(rows, key=lambda r: (-int(r["n"]), r[name]))[:limit]


def _dedupe(rows: list[dict], key: str) -> list[dict]:
    seen, out = set(), []
    for row in rows:
        if row[key] not in seen:
            seen.add(row[key])
            out.append(row)
    return out


# --------------------------------------------------------------------------- party


def party(store, iri: str, page: int = 1, per_page: int = PER_PAGE) -> dict:
    return party_page(store, party_profile(store, iri), page, per_page)


def party_page(store, profile: tuple[dict, list[str]], page: int = 1, per_page: int = PER_PAGE) -> dict:
    """One page of a party's statements (chronological) on top of its profile."""
    summary, ordered = profile
    bounds = page_bounds(page, per_page, len(ordered))
    shown = ordered[bounds["offset"] : bounds["offset"] + per_page]
    by_iri = (
        {r["iri"]: r for r in _statement_rows(store, "VALUES ?s { " + " ".join(iri_ref(s) for s in shown) + " }")}
        if shown
        else {}
    )
    return dict(summary, statements=[by_iri[s] for s in shown if s in by_iri], pagination=bounds)


def party_profile(store, iri: str) -> tuple[dict, list[str]]:
    """Everything a party page shows but the statement page, and its statements in date order.

    Apart from paging, so turning pages costs one small query instead of the whole profile.
    """
    ref = iri_ref(iri)
    name = party_names(store, [iri]).get(iri)
    types = {r["t"] for r in select(store, f"SELECT DISTINCT ?t WHERE {{ {ref} a ?t }}")}
    aliases = sorted({r["a"] for r in select(store, f"SELECT DISTINCT ?a WHERE {{ {ref} qg:alias ?a }}")} - {name})
    roles = _named(
        store,
        select(
            store,
            f"""
        SELECT DISTINCT ?org ?role ?start ?end WHERE {{
          {ref} qg:hasAffiliation ?a . ?a qg:affiliationOrganization ?org . OPTIONAL {{ ?a qg:roleName ?role }}
          OPTIONAL {{ ?a qg:startDate ?start }} OPTIONAL {{ ?a qg:endDate ?end }} }}""",
        ),
        "org",
        "orgName",
        "start",
        "orgName",
    )
    members = _named(
        store,
        select(
            store,
            f"""
        SELECT DISTINCT ?person ?role WHERE {{
          {{ ?a qg:affiliationOrganization {ref} . ?person qg:hasAffiliation ?a OPTIONAL {{ ?a qg:roleName ?role }} }}
          UNION {{ ?person qg:speaksFor {ref} }} }}""",
        ),
        "person",
        "personName",
        "personName",
    )[:200]
    speaks_for = _named(store, select(store, f"SELECT DISTINCT ?o WHERE {{ {ref} qg:speaksFor ?o }}"), "o", "name")
    above = _named(
        store, select(store, f"SELECT DISTINCT ?o WHERE {{ {ref} qg:subOrganizationOf+ ?o }}"), "o", "name", "name"
    )
    below = _named(
        store, select(store, f"SELECT DISTINCT ?o WHERE {{ ?o qg:subOrganizationOf+ {ref} }}"), "o", "name", "name"
    )

    dated = select(
        store,
        f"""
        SELECT ?s ?date WHERE {{ {_credited("?s", ref)}
          OPTIONAL {{ ?s qg:statedOn ?statedOn }} OPTIONAL {{ ?s qg:reportedIn ?src_ . ?src_ qg:published ?published }}
          BIND(COALESCE(?statedOn, ?published) AS ?date) }}""",
    )
    when: dict[str, str] = {}
    for row in dated:
        if row["s"] not in when or (row["date"] or "~") < (when[row["s"]] or "~"):
            when[row["s"]] = row["date"]
    ordered = sorted(when, key=lambda s: (when[s] or "~", s))
    months: dict[str, int] = {}
    for s in ordered:
        month = (when[s] or "undated")[:7]
        months[month] = months.get(month, 0) + 1
    timeline = [{"month": m, "count": c} for m, c in sorted(months.items())]

    disputed_by_it = _dispute_links(store, ref, "disputes", other="?c")
    disputed_its = _dispute_links(store, ref, "disputes", other="?d")
    confirmed_its = _dispute_links(store, ref, "confirms", other="?d")
    parties_disputed = _named(
        store,
        select(
            store,
            f"""
        SELECT DISTINCT ?d ?target WHERE {{ {_credited("?d", ref)} ?d qg:disputesParty ?target }}""",
        ),
        "target",
        "targetName",
        "targetName",
    )
    mentioned_in = select(
        store,
        f"""
        SELECT ?src ?title ?published WHERE {{
          {{ SELECT ?src ?published WHERE {{
            {{ SELECT DISTINCT ?src WHERE {{ {{ ?src qg:mentions {ref} }} UNION {{ ?x qg:speaker {ref} . ?x qg:reportedIn ?src }} }} }}
            OPTIONAL {{ ?src qg:published ?published }} }} ORDER BY DESC(?published) ?src LIMIT {LINK_LIMIT + 1} }}
          OPTIONAL {{ ?src qg:title ?title }} }} ORDER BY DESC(?published) ?src""",
    )
    return {
        "iri": iri,
        "name": name or _tail(iri),
        "type": _party_type(types),
        "types": sorted(types),
        "aliases": aliases,
        "roles": [
            {"organization": _ref(r["org"], r["orgName"]), "role": r["role"], "start": r["start"], "end": r["end"]}
            for r in roles
        ],
        "members": [dict(_ref(r["person"], r["personName"]), role=r["role"]) for r in _dedupe(members, "person")],
        "speaks_for": [_ref(r["o"], r["name"]) for r in speaks_for],
        "part_of": [_ref(r["o"], r["name"]) for r in above],
        "has_parts": [_ref(r["o"], r["name"]) for r in below],
        "timeline": timeline,
        "disputed": disputed_by_it.shown,
        "disputed_parties": [dict(_ref(r["target"], r["targetName"]), statement=r["d"]) for r in parties_disputed],
        "disputed_by_others": disputed_its.shown,
        "confirmed_by_others": confirmed_its.shown,
        "more": {
            "disputed": disputed_by_it.total > LINK_LIMIT,
            "disputed_by_others": disputed_its.total > LINK_LIMIT,
            "confirmed_by_others": confirmed_its.total > LINK_LIMIT,
            "sources": len(mentioned_in) > LINK_LIMIT,
        },
        "sources": [
            {"iri": r["src"], "label": r["title"] or _tail(r["src"]), "published": r["published"]}
            for r in _dedupe(mentioned_in, "src")
        ][:LINK_LIMIT],
        "network": dispute_network(store, iri, disputed_by_it, disputed_its),
    }, ordered


LINK_LIMIT = 200


@dataclass(frozen=True)
class _Links:
    """A party's links of one kind: the first LINK_LIMIT pairs (this party's statement, the other
    statement) in the order of the other side's answerable party's name, how many pairs there are,
    and each other statement's party, which is all the dispute network needs of the rest."""

    shown: list[dict]
    total: int
    party_of: dict[str, str | None]
    names: dict[str, str]
    where: str
    mine: str
    other: str


def _dispute_links(store, ref: str, prop: str, other: str) -> _Links:
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
    credited = _credited(mine, ref)
    where = f"{credited} ?d qg:{prop} ?c ."
    pairs = {
        r["other"]: int(r["n"])
        for r in select(
            store,
            f"""
        SELECT ?other (COUNT(DISTINCT {mine}) AS ?n) WHERE {{
          {credited} OPTIONAL {{ ?d qg:{prop} ?c }} FILTER(BOUND({other})) BIND({other} AS ?other) }}
        GROUP BY ?other""",
        )
    }
    rows = (
        select(
            store,
            f"""
        SELECT DISTINCT ?other ?party WHERE {{ VALUES ?other {{ {" ".join(map(iri_ref, pairs))} }}
          OPTIONAL {{ ?other qg:speaker ?speaker_ }} OPTIONAL {{ ?other qg:onBehalfOf ?behalf_ }}
          BIND(COALESCE(?behalf_, ?speaker_) AS ?party) }}""",
        )
        if pairs
        else []
    )
    names = party_names(store, [r["party"] for r in rows])

    def rank(party):
        return names.get(party) or "~", party or ""

    party_of: dict[str, str | None] = {}
    for r in rows:
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
    fetched = (
        select(
            store,
            f"""
        SELECT DISTINCT ({mine} AS ?mine) ({other} AS ?other) ?content WHERE {{
          VALUES {other} {{ {" ".join(map(iri_ref, first))} }} OPTIONAL {{ {other} qg:content ?content }}
          {where} }}""",
        )
        if first
        else []
    )
    fetched.sort(key=lambda r: (place[r["other"]], r["mine"]))
    shown = [
        {
            "statement": r["mine"],
            "other": {"iri": r["other"], "content": r["content"] or ""},
            "party": _ref(party_of[r["other"]], names.get(party_of[r["other"]])),
        }
        for r in _dedupe_pairs(fetched)
    ][:LINK_LIMIT]
    return _Links(shown, sum(pairs.values()), party_of, names, where, mine, other)


def _dedupe_pairs(rows):
    seen, out = set(), []
    for row in rows:
        key = (row["mine"], row["other"])
        if key not in seen:
            seen.add(key)
            out.append(row)
    return out


def _statements_per_party(store, links: _Links, side: str) -> dict[str, int]:
    """How many distinct statements on ``side`` ("mine" or "other") of the links each party's pairs hold.

    Counting this party's own statements per other party needs the pairs, so the store counts them,
    given each other statement's party.
    """
    if side == "other":
        counts: dict[str, int] = {}
        for party in links.party_of.values():
            if party is not None:
                counts[party] = counts.get(party, 0) + 1
        return counts
    mapping = " ".join(f"({iri_ref(o)} {iri_ref(p)})" for o, p in links.party_of.items() if p is not None)
    if not mapping:
        return {}
    return {
        r["party"]: int(r["n"])
        for r in select(
            store,
            f"""
        SELECT ?party (COUNT(DISTINCT {links.mine}) AS ?n) WHERE {{
          VALUES ({links.other} ?party) {{ {mapping} }} {links.where} }} GROUP BY ?party""",
        )
    }


def dispute_network(store, iri: str, disputed: _Links, disputed_by: _Links, limit: int = 12) -> dict:
    """Who this party disputed and who disputed it, weighted by statement count (for the SVG)."""
    ref = iri_ref(iri)
    party_rows = _named(
        store,
        select(
            store,
            f"""
        SELECT ?other (COUNT(DISTINCT ?d) AS ?n) WHERE {{
          {_credited("?d", ref)} ?d qg:disputesParty ?other . FILTER(?other != {ref}) }}
        GROUP BY ?other""",
        ),
        "other",
        "name",
    )
    edges: dict[tuple[str, str], int] = {}
    names: dict[str, str] = {}
    for links, direction, side in ((disputed, "out", "mine"), (disputed_by, "in", "other")):
        counts = _statements_per_party(store, links, side)
        for party in sorted(counts, key=lambda p: (links.names.get(p) or "~", p)):
            if party != iri:
                names[party] = links.names.get(party) or _tail(party)
                edges[(party, direction)] = counts[party]
    for r in party_rows:
        names[r["other"]] = r["name"] or _tail(r["other"])
        edges[(r["other"], "out")] = max(edges.get((r["other"], "out"), 0), int(r["n"]))
    weight: dict[str, int] = {}
    for (party, _), count in edges.items():
        weight[party] = weight.get(party, 0) + count
    kept = sorted(weight, key=lambda p: (-weight[p], names[p]))[:limit]
    return {
        "center": iri,
        "nodes": [{"iri": p, "label": names[p]} for p in sorted(kept, key=lambda p: names[p])],
        "edges": [{"party": p, "direction": d, "count": n} for (p, d), n in sorted(edges.items()) if p in kept],
    }


# --------------------------------------------------------------------------- statement


def statement(store, iri: str) -> dict:
    ref = iri_ref(iri)
    rows = _statement_rows(store, f"VALUES ?s {{ {ref} }}")
    if not rows:
        raise NotFound(f"no statement {iri}")
    base = rows[0]
    extra = select(
        store,
        f"""
        SELECT ?cue ?lemma ?status ?origin ?originTitle WHERE {{
          OPTIONAL {{ {ref} qg:cue ?cue }} OPTIONAL {{ {ref} qg:cueLemma ?lemma }} OPTIONAL {{ {ref} qg:status ?status }}
          OPTIONAL {{ {ref} qg:originallyMadeIn ?origin OPTIONAL {{ ?origin qg:title ?originTitle }} }} }} LIMIT 1""",
    )
    first = extra[0] if extra else {}
    links = {}
    for key, pattern in (
        ("disputes", f"{ref} qg:disputes ?s"),
        ("disputed_by", f"?s qg:disputes {ref}"),
        ("confirms", f"{ref} qg:confirms ?s"),
        ("confirmed_by", f"?s qg:confirms {ref}"),
    ):
        links[key] = _statement_rows(store, pattern, limit=200)
    parties = {}
    for key, prop in (("disputes_party", "disputesParty"), ("confirms_party", "confirmsParty"), ("about", "about")):
        parties[key] = [
            _ref(r["p"], r["name"])
            for r in _named(store, select(store, f"SELECT DISTINCT ?p WHERE {{ {ref} qg:{prop} ?p }}"), "p", "name")
        ]
    status = _status(first.get("status"), links)
    origin = None
    if first.get("origin"):
        kinds = {
            r["t"] for r in select(store, f"SELECT DISTINCT ?t WHERE {{ {ref} qg:originallyMadeIn ?o . ?o a ?t }}")
        }
        origin_type = next(
            (class_labels()[k] for k in sorted(kinds) if k.startswith(str(QG)) and k in class_labels()), ""
        )
        origin = dict(_ref(first["origin"], first.get("originTitle")), type=origin_type)
    return dict(
        base,
        cue=first.get("cue"),
        cue_lemma=first.get("lemma"),
        status=status,
        origin=origin,
        passage=passage(store, iri),
        same_claim=same_claim(store, iri, base),
        **links,
        **parties,
        triples=describe_rows(store, iri),
    )


def _status(materialised: str | None, links: dict) -> str:
    if materialised:
        return class_labels().get(materialised, _tail(materialised)).lower()
    if links["disputed_by"]:
        return "disputed"
    if links["confirmed_by"]:
        return "confirmed"
    return "unchallenged"


def _selectors(store, where: str) -> list[dict]:
    """Evidence offsets (start, end, role, statement) checked against the source text by the caller."""
    return select(
        store,
        f"""
        SELECT DISTINCT ?s ?role ?start ?end ?exact WHERE {{
          {where} ?s qg:evidence ?e .
          OPTIONAL {{ ?e qg:evidenceRole ?role_ }} BIND(COALESCE(?role_, "content") AS ?role)
          {{ ?e oa:hasTarget/oa:hasSelector ?sel }} UNION {{ ?e oa:hasSelector ?sel }}
          {{ ?sel oa:start ?start ; oa:end ?end }} UNION {{ ?sel oa:exact ?exact }} }}""",
    )


def _spans(text: str, selectors: list[dict]) -> list[tuple[int, int, str, str]]:
    """(start, end, role, statement) for each selector that really points into the text."""
    spans = []
    exacts = {(r["s"], r["role"]): r["exact"] for r in selectors if r["exact"]}
    positioned = set()
    for r in selectors:
        if r["start"] is None:
            continue
        start, end = int(r["start"]), int(r["end"])
        exact = exacts.get((r["s"], r["role"]))
        if 0 <= start <= end <= len(text) and (exact is None or text[start:end] == exact):
            spans.append((start, end, r["role"], r["s"]))
            positioned.add((r["s"], r["role"]))
    for (s, role), exact in exacts.items():
        if (s, role) not in positioned and exact and exact in text:
            start = text.index(exact)
            spans.append((start, start + len(exact), role, s))
    return spans


def segments(text: str, spans: list[tuple[int, int, str, str]], lo: int = 0, hi: int | None = None) -> list[dict]:
    """Cut text[lo:hi] at every span edge; each piece lists the roles and statements covering it."""
    hi = len(text) if hi is None else hi
    cuts = sorted({lo, hi, *(max(lo, min(hi, p)) for s in spans for p in s[:2])})
    out = []
    for a, b in itertools.pairwise(cuts):
        if a == b:
            continue
        cover = [s for s in spans if s[0] <= a and b <= s[1]]
        out.append(
            {"text": text[a:b], "roles": sorted({s[2] for s in cover}), "statements": sorted({s[3] for s in cover})}
        )
    return out


def _source_text(store, source_iri: str | None) -> str | None:
    if not source_iri:
        return None
    rows = select(store, f"SELECT ?t WHERE {{ {iri_ref(source_iri)} qg:text ?t }} LIMIT 1")
    return rows[0]["t"] if rows else None


def passage(store, iri: str, context: int = 240) -> dict | None:
    """The sentences around a statement's evidence, cut into highlighted segments."""
    ref = iri_ref(iri)
    src = select(store, f"SELECT ?src WHERE {{ {ref} qg:reportedIn ?src }} LIMIT 1")
    text = _source_text(store, src[0]["src"] if src else None)
    selectors = _selectors(store, f"VALUES ?s {{ {ref} }}")
    if text is None:
        exact = next((r["exact"] for r in selectors if r["exact"] and r["role"] == "content"), None)
        return (
            {
                "segments": [{"text": exact, "roles": ["content"], "statements": [iri]}],
                "truncated_start": False,
                "truncated_end": False,
            }
            if exact
            else None
        )
    spans = _spans(text, selectors)
    if not spans:
        return None
    first, last = min(s[0] for s in spans), max(s[1] for s in spans)
    lo = max(text.rfind(". ", 0, max(0, first - 1)) + 2, first - context, 0)
    if lo <= 1:
        lo = 0
    stop = text.find(". ", last)
    hi = len(text) if stop == -1 else min(stop + 1, last + context)
    return {"segments": segments(text, spans, lo, hi), "truncated_start": lo > 0, "truncated_end": hi < len(text)}


def same_claim(store, iri: str, row: dict, candidates: int = 500) -> list[dict]:
    """Reports of the same claim in other sources: linked by qg:sameClaimAs if inference ran,
    else found here the way kg.infer.claims links them (same answerable party, near-identical words)."""
    ref = iri_ref(iri)
    scores: dict[str, float | None] = {
        r["s"]: None
        for r in select(store, f"SELECT DISTINCT ?s WHERE {{ {ref} qg:sameClaimAs ?s FILTER(?s != {ref}) }} LIMIT 200")
    }
    party = (row["on_behalf_of"] or row["speaker"] or {}).get("iri")
    mine = claims.tokens(row["content"])
    if party and mine:
        pref = iri_ref(party)
        not_here = f"FILTER NOT EXISTS {{ ?s qg:reportedIn {iri_ref(row['source']['iri'])} }}" if row["source"] else ""
        for r in select(
            store,
            f"""
                SELECT DISTINCT ?s ?content WHERE {{ {{ ?s qg:speaker {pref} }} UNION {{ ?s qg:onBehalfOf {pref} }}
                  ?s qg:content ?content . FILTER(?s != {ref}) {not_here} }} LIMIT {int(candidates)}""",
        ):
            theirs = claims.tokens(r["content"])
            if claims.similar(mine, theirs):
                scores[r["s"]] = round(claims.jaccard(mine, theirs), 2)
    if not scores:
        return []
    found = {r["iri"]: r for r in _statement_rows(store, "VALUES ?s { " + " ".join(iri_ref(s) for s in scores) + " }")}
    ordered = sorted(scores, key=lambda s: (-(scores[s] or 1.0), s))
    return [dict(found[s], similarity=scores[s]) for s in ordered if s in found]


def describe_rows(store, iri: str, limit: int = 500) -> list[dict]:
    """The IRI's own triples (and those of its blank nodes) with the graph each sits in, in the
    order of ORDER BY ?s ?p ?o ?g.

    A disputed statement holds hundreds of triples (qg:disputedBy once per graph), and the store
    ordering them compares stored strings read back at every step (0.1 s at 1M triples); so it
    orders only their distinct terms, sent back in VALUES, and the triples sort on those ranks.
    Blank nodes cannot be sent back, so an IRI with some (or terms the store does not hand back
    as sent) is ordered by the store, its blank nodes' triples joined in; the BIND stays outside
    GRAPH ?g: inside it, Oxigraph answers 30-40x slower.
    """
    ref = iri_ref(iri)
    found = [
        (ox.NamedNode(iri), p, o, g)
        for p, o, g in store.query(f"SELECT ?p ?o ?g WHERE {{ GRAPH ?g {{ {ref} ?p ?o }} }}")
    ]
    terms = {term for row in found for term in row}
    rank = {}
    if terms and all(isinstance(term, (ox.NamedNode, ox.Literal)) for term in terms):
        ordered = store.query(f"SELECT ?t WHERE {{ VALUES ?t {{ {' '.join(map(str, terms))} }} }} ORDER BY ?t")
        rank = {row[0]: n for n, row in enumerate(ordered)}
    if terms <= rank.keys():
        found = sorted(found, key=lambda row: [rank[term] for term in row])[:limit]
    else:
        found = [
            tuple(row)
            for row in store.query(f"""
            SELECT DISTINCT ?s ?p ?o ?g WHERE {{
              {{ GRAPH ?g {{ {ref} ?p ?o }} BIND({ref} AS ?s) }}
              UNION {{ GRAPH ?g {{ {ref} ?p1 ?s . FILTER(isBlank(?s)) ?s ?p ?o }} }}
              UNION {{ GRAPH ?g {{ {ref} ?p1 ?b . FILTER(isBlank(?b)) ?b ?p2 ?s . FILTER(isBlank(?s)) ?s ?p ?o }} }} }}
            ORDER BY ?s ?p ?o ?g LIMIT {int(limit)}""")
        ]
    return [
        {
            "subject": term_value(s),
            "predicate": term_value(p),
            "object": term_value(o),
            "object_is_iri": _is_iri(term_value(o)),
            "graph": term_value(g),
        }
        for s, p, o, g in found
    ]


def _is_iri(value) -> bool:
    return (
        isinstance(value, str)
        and bool(re.match(r"^[a-z][a-z0-9+.-]*:[^\s]*$", value, re.I))
        and not value.startswith("_:")
    )


# --------------------------------------------------------------------------- source

SPEAKER_COLOURS = 8


def source(store, iri: str) -> dict:
    ref = iri_ref(iri)
    meta = select(
        store,
        f"""
        SELECT ?title ?published ?url ?publisher WHERE {{
          OPTIONAL {{ {ref} qg:title ?title }} OPTIONAL {{ {ref} qg:published ?published }}
          OPTIONAL {{ {ref} qg:url ?url }} OPTIONAL {{ {ref} qg:publisher ?publisher }} }} LIMIT 1""",
    )
    first = meta[0] if meta else {}
    publisher = first.get("publisher")
    types = {r["t"] for r in select(store, f"SELECT DISTINCT ?t WHERE {{ {ref} a ?t }}")}
    kind = next(
        (
            class_labels()[t]
            for t in sorted(types)
            if t.startswith(str(QG)) and t in class_labels() and t != str(QG.Source)
        ),
        "Source",
    )
    statements = _statement_rows(store, f"?s qg:reportedIn {ref} .", order="?s", limit=2000)
    made_here = _statement_rows(store, f"?s qg:originallyMadeIn {ref} .", limit=500)
    text = _source_text(store, iri)
    speakers: dict[str, dict] = {}
    by_statement = {}
    for st in statements:
        who = st["on_behalf_of"] or st["speaker"]
        if who and who["iri"] not in speakers:
            speakers[who["iri"]] = dict(who, colour=len(speakers) % SPEAKER_COLOURS)
        by_statement[st["iri"]] = speakers[who["iri"]]["colour"] if who else 0
    highlighted = None
    if text is not None:
        spans = [s for s in _spans(text, _selectors(store, f"?s qg:reportedIn {ref} .")) if s[2] == "content"]
        highlighted = [
            dict(seg, colour=by_statement.get(seg["statements"][0]) if seg["statements"] else None)
            for seg in segments(text, spans)
        ]
    order = {s: i for i, s in enumerate(sorted(st["iri"] for st in statements))}
    if text is not None:
        starts = {}
        for seg in highlighted:
            for s in seg["statements"]:
                starts.setdefault(s, len(starts))
        order = {s: starts.get(s, len(starts) + i) for s, i in order.items()}
    statements.sort(key=lambda st: order[st["iri"]])
    mentioned = _named(
        store,
        select(
            store,
            f"""
        SELECT DISTINCT ?p WHERE {{ {{ {ref} qg:mentions ?p }} UNION {{ ?s qg:reportedIn {ref} ; qg:speaker ?p }}
          UNION {{ ?s qg:reportedIn {ref} ; qg:onBehalfOf ?p }} }}""",
        ),
        "p",
        "name",
        "name",
    )
    return {
        "iri": iri,
        "title": first.get("title") or _tail(iri),
        "type": kind,
        "published": first.get("published"),
        "url": first.get("url"),
        "publisher": _ref(publisher, party_names(store, [publisher]).get(publisher)),
        "text": text,
        "highlighted": highlighted,
        "speakers": list(speakers.values()),
        "statements": statements,
        "originally_made_here": made_here,
        "parties": [_ref(r["p"], r["name"]) for r in mentioned],
    }


# --------------------------------------------------------------------------- anything else


def resource(store, iri: str, page: int = 1, per_page: int = 100) -> dict:
    """Any other IRI (evidence, affiliation, graph): its triples, and for a graph its contents."""
    ref = iri_ref(iri)
    label = select(
        store,
        f"""SELECT ?l WHERE {{ {{ {ref} qg:name ?l }} UNION {{ {ref} qg:title ?l }}
                               UNION {{ {ref} rdfs:label ?l }} }} LIMIT 1""",
    )
    incoming = select(store, f"SELECT DISTINCT ?s ?p WHERE {{ ?s ?p {ref} }} ORDER BY ?s LIMIT 200")
    result = {
        "iri": iri,
        "label": label[0]["l"] if label else _tail(iri),
        "triples": describe_rows(store, iri),
        "incoming": [{"subject": r["s"], "predicate": r["p"]} for r in incoming],
        "graph": None,
    }
    total = _count(store, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {ref} {{ ?s ?p ?o }} }}")
    if total:
        bounds = page_bounds(page, per_page, total)
        rows = select(
            store,
            f"""SELECT ?s ?p ?o WHERE {{ GRAPH {ref} {{ ?s ?p ?o }} }}
                                 ORDER BY ?s ?p ?o LIMIT {per_page} OFFSET {bounds["offset"]}""",
        )
        result["graph"] = {
            "pagination": bounds,
            "triples": [
                {"subject": r["s"], "predicate": r["p"], "object": r["o"], "object_is_iri": _is_iri(r["o"])}
                for r in rows
            ],
        }
    return result


@dataclass(frozen=True)
class RdfDocument:
    """The triples served when an IRI is dereferenced as RDF."""

    triples: list


def rdf_document(store, iri: str) -> RdfDocument:
    """A graph IRI serves its graph; any other IRI its own triples plus the blank nodes below it."""
    ref = iri_ref(iri)
    if store.query(f"ASK {{ GRAPH {ref} {{ ?s ?p ?o }} }}"):
        query = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {ref} {{ ?s ?p ?o }} }}"
    else:
        query = f"""CONSTRUCT {{ {ref} ?p ?o . ?b ?p2 ?o2 . ?c ?p3 ?o3 }} WHERE {{
            {{ {ref} ?p ?o }} UNION {{ {ref} ?x ?b . FILTER(isBlank(?b)) ?b ?p2 ?o2 }}
            UNION {{ {ref} ?x ?b . FILTER(isBlank(?b)) ?b ?y ?c . FILTER(isBlank(?c)) ?c ?p3 ?o3 }} }}"""
    return RdfDocument(list(store.query(_PROLOGUE + query)))


__all__ = [
    "PER_PAGE",
    "NotFound",
    "describe_rows",
    "dispute_network",
    "home",
    "iri_ref",
    "page_bounds",
    "party",
    "party_page",
    "party_profile",
    "passage",
    "rdf_document",
    "resource",
    "resource_kind",
    "same_claim",
    "segments",
    "select",
    "source",
    "statement",
]
