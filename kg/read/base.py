"""What every page kind shares: named queries, term quoting, party names and statement rows.

Page queries are ``kg/read/queries/NAME.rq`` files, read once; ``$name`` holes are filled
with SPARQL terms quoted here (an IRI, a VALUES list, a number) or with another query's
text, never with raw user input. Each page module (home, party, statement, source,
resource) is plain functions from a store to a dict, so a page can be computed wherever the
store is (a server thread or a query worker process).

A party's name and types are asserted in every article graph that mentions it, and the union
default graph yields a triple once per graph holding it: no query joins a party to its names
or types, or crosses two such properties, or a popular party's rows multiply by thousands.
Queries return party IRIs; ``party_names`` looks their names up once, in the names graph.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache
from pathlib import Path
from string import Template
from typing import overload

import pyoxigraph as ox

from kg.build.namespace import QG, QUOTE_KINDS, RDFS, STATEMENT_KINDS, ontology_graph, sparql_prologue
from kg.errors import KgError
from kg.read.wording import lead
from kg.store import quote

PER_PAGE = 20
QUERIES = Path(__file__).resolve().parent / "queries"
_PROLOGUE = sparql_prologue()

KIND_LABELS = {str(cls): label for label, cls in {**STATEMENT_KINDS, "statement": QG.Statement}.items()}
"""Statement classes to the words pages use, most specific first."""
QUOTE_LABELS = {str(cls): label for label, cls in QUOTE_KINDS.items()}


class NotFound(KgError):
    """The IRI names nothing in the store."""


# --------------------------------------------------------------------------- queries and terms


@cache
def _template(name: str) -> Template:
    """The query file without its comment lines, which document it for readers (and may mention holes)."""
    lines = (QUERIES / f"{name}.rq").read_text(encoding="utf-8").splitlines()
    return Template("\n".join(line for line in lines if not line.lstrip().startswith("#")))


def sparql(name: str, **holes: object) -> str:
    """The text of the named query with its ``$holes`` filled (each already a SPARQL term or pattern)."""
    return _template(name).substitute({key: str(value) for key, value in holes.items()})


def iri_ref(iri: str) -> str:
    """``<iri>`` for a query, refusing anything that could break out of it (as a page's NotFound)."""
    try:
        return quote.iri(iri)
    except ValueError:
        raise NotFound(f"not a valid IRI: {iri!r}") from None


def term(prop: str) -> str:
    """An ontology property or class by local name, as a SPARQL term (the closed namespace checks it)."""
    return iri_ref(str(QG[prop]))


CLAIM_LINKS = {"disputes": "disputesClaim", "confirms": "confirmsClaim"}


def link(prop: str) -> str:
    """What a denial ("disputes") or confirmation ("confirms") answers: every report of each claim it
    answers, through the claim (inference links the answer to the claim, and each report to its claim)."""
    return f"{term(CLAIM_LINKS[prop])}/^{term('ofClaim')}"


def iris(values: Iterable[str]) -> str:
    """IRIs for a VALUES block."""
    return " ".join(map(iri_ref, values))


def values(var: str, items: Iterable[str]) -> str:
    """A VALUES pattern binding ``var`` to each IRI."""
    return f"VALUES {var} {{ {iris(items)} }}"


def term_value(term) -> str | int | None:
    if term is None:
        return None
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value


def run(store, name: str, **holes: object):
    """The named query's native result (solutions, boolean or triples)."""
    return store.query(_PROLOGUE + sparql(name, **holes))


def select(store, query: str) -> list[dict]:
    """Rows of a SELECT query text as dicts of plain values."""
    result = store.query(_PROLOGUE + query)
    names = [v.value for v in result.variables]
    return [dict(zip(names, map(term_value, row))) for row in result]


def rows(store, name: str, **holes: object) -> list[dict]:
    """Rows of the named SELECT query as dicts of plain values."""
    return select(store, sparql(name, **holes))


def count(store, name: str, **holes: object) -> int:
    found = rows(store, name, **holes)
    return int(found[0]["n"]) if found and found[0]["n"] is not None else 0


def types_of(store, iri: str) -> set[str]:
    return {r["t"] for r in rows(store, "types", this=iri_ref(iri))}


# --------------------------------------------------------------------------- ontology classes


@lru_cache(maxsize=1)
def class_closure() -> dict[str, str]:
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


def class_label(types: set[str], default: str, skip: frozenset[str] = frozenset()) -> str:
    """The label of the first (in IRI order) labelled ontology class among ``types``."""
    labels = class_labels()
    return next((labels[t] for t in sorted(types) if t.startswith(str(QG)) and t in labels and t not in skip), default)


def statement_kind(types: set[str]) -> tuple[str, str]:
    """(kind, quote) of a statement: allegation/denial/..., and direct/mixed/indirect or ''."""
    kind = next((label for iri, label in KIND_LABELS.items() if iri in types), "statement")
    quote = next((label for iri, label in QUOTE_LABELS.items() if iri in types), "")
    return kind, quote


def page_bounds(page: int, per_page: int, total: int) -> dict:
    pages = max(1, -(-total // per_page))
    page = min(max(1, page), pages)
    return {"page": page, "per_page": per_page, "total": total, "pages": pages, "offset": (page - 1) * per_page}


# --------------------------------------------------------------------------- party names


def party_names(store, parties) -> dict[str, str]:
    """Each party's name (the first in sort order if it has several), one lookup per party.

    Read from the names graph, which holds each name once. A party it lacks (written by a
    SPARQL update or a store never reasoned) is looked up in the union default graph, with
    DISTINCT: as costly as the graphs naming it, but never multiplied by anything else.
    """
    wanted = sorted({i for i in parties if i and not i.startswith("_:")})
    found: dict[str, str] = {}
    for name in ("party-names", "party-names-anywhere"):
        missing = [i for i in wanted if i not in found]
        if not missing:
            break
        found.update(
            first_names(
                (r["p"], r["n"])
                for r in rows(store, name, parties=iris(missing), names=iri_ref(store.minter.names_graph))
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


def named(store, found: list[dict], key: str, name: str, *order: str) -> list[dict]:
    """``found`` with the name of the party in ``key`` under ``name``; if ``order`` names fields, sorted
    by them as ORDER BY would (unbound first), then by party, so parties of one name keep one order."""
    names = party_names(store, [r[key] for r in found])
    result = [dict(r, **{name: names.get(r[key])}) for r in found]
    return sorted(result, key=lambda r: [(r[f] is not None, r[f] or "") for f in (*order, key)]) if order else result


def credited(var: str, party_ref: str) -> str:
    """The subquery binding ``var`` to every statement the party answers for."""
    return sparql("credited", var=var, party=party_ref)


# --------------------------------------------------------------------------- statement rows


def statement_rows(
    store, where: str, order: str | None = "?date ?s", limit: int | None = None, offset: int = 0
) -> list[dict]:
    """The statements ``where`` binds to ?s, as statement lists show them, deduplicated, in ``order``
    (None: in no order, which spares the store a sort when the caller looks rows up by IRI)."""
    page = f"LIMIT {int(limit)} OFFSET {int(offset)}" if limit is not None else ""
    ordered = f"ORDER BY {order}" if order else ""
    return decorate(store, rows(store, "statement-rows", where=where, order=ordered, page=page))


def statements(store, iri_list) -> dict[str, dict]:
    """Statement rows of the given IRIs, by IRI."""
    return {r["iri"]: r for r in statement_rows(store, values("?s", iri_list), order=None)} if iri_list else {}


def linked(store, iri: str, prop: str, incoming: bool = False, **page) -> list[dict]:
    """Statement rows of what the IRI points to by ``prop`` (or, ``incoming``, what points to it)."""
    where = sparql("linking-to" if incoming else "linked-from", this=iri_ref(iri), prop=link(prop))
    return statement_rows(store, where, **page)


def _statement_types(store, statement_iris: list[str]) -> dict[str, set[str]]:
    if not statement_iris:
        return {}
    types: dict[str, set[str]] = {i: set() for i in statement_iris}
    kinds = ", ".join(iri_ref(iri) for iri in {**KIND_LABELS, **QUOTE_LABELS})
    for row in rows(store, "statement-types", statements=iris(statement_iris), kinds=kinds):
        types[row["s"]].add(row["t"])
    return types


def decorate(store, found: list[dict]) -> list[dict]:
    types = _statement_types(store, list(dict.fromkeys(r["s"] for r in found)))
    names = party_names(store, [r[k] for r in found for k in ("speaker", "behalf", "about")])
    out = []
    for row in dedupe(found, "s"):
        kind, quote = statement_kind(types.get(row["s"], set()))
        out.append(
            {
                "iri": row["s"],
                "content": row["content"] or "",
                "kind": kind,
                "quote": quote,
                "verbatim": quote == "direct",
                "cue": row["cue"],
                "lead": lead(
                    row["cue"], row["lemma"], quote == "direct", row["content"] or "", names.get(row["about"])
                ),
                "speaker": party_ref(row["speaker"], names.get(row["speaker"])),
                "on_behalf_of": party_ref(row["behalf"], names.get(row["behalf"])),
                "source": ref(row["source"], row["sourceTitle"]),
                "date": row["date"],
            }
        )
    return out


_UNRESOLVED = re.compile(r"^unresolved '(.+)'$")


@overload
def party_ref(iri: str, label: str | None) -> dict: ...
@overload
def party_ref(iri: None, label: str | None) -> None: ...
@overload
def party_ref(iri: str | None, label: str | None) -> dict | None: ...
def party_ref(iri, label):
    """``ref`` for a party; a speaker extraction could not resolve ("unresolved 'she'") is shown as
    what it is, an unidentified speaker, and not as a party of that name."""
    found = ref(iri, label)
    unresolved = _UNRESOLVED.match(label or "")
    if found is not None and unresolved:
        found.update(label=f"an unidentified speaker (“{unresolved.group(1)}”)", unidentified=True)
    return found


# --------------------------------------------------------------------------- small helpers


@overload
def ref(iri: str, label: str | None) -> dict: ...
@overload
def ref(iri: None, label: str | None) -> None: ...
@overload
def ref(iri: str | None, label: str | None) -> dict | None: ...
def ref(iri, label):
    """A link to an IRI with its label (the IRI's last segment when it has none); None for no IRI."""
    return None if iri is None else {"iri": iri, "label": label or tail(iri)}


def tail(iri: str) -> str:
    return re.split(r"[/#]", iri.rstrip("/"))[-1] or iri


def dedupe(found: list[dict], *keys: str) -> list[dict]:
    """The rows in order, keeping the first of each value of ``keys``."""
    seen, out = set(), []
    for row in found:
        key = tuple(row[k] for k in keys)
        if key not in seen:
            seen.add(key)
            out.append(row)
    return out


def is_iri(value) -> bool:
    return (
        isinstance(value, str)
        and bool(re.match(r"^[a-z][a-z0-9+.-]*:[^\s]*$", value, re.I))
        and not value.startswith("_:")
    )
