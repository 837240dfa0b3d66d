"""Whether the store's derived graphs are behind its data: the mark a write that bypasses inference leaves.

Every loader writes through inference (validate -> infer -> atomic replace), so derived graphs
follow the data. A raw SPARQL Update (``/sparql/update``, ``kg update``) cannot: it may change
any graph, and which derived graphs that touches is unknown. Nor can a Graph Store write that adds
quotegraph data to, or takes it from, a graph nothing is inferred from (the default graph, a
derived graph itself: ``PUT``, ``POST`` or ``DELETE /store?default``). Such a write leaves a mark in the
store itself (``state_graph``: when, and which write), so every process reading
the store sees it: pages show it, ``kg query`` warns, ``kg reason`` says what to run. Only
``kg reason --full``, which recomputes every derived graph, clears it. The mark is written before
the bypassing write and taken back if that write fails, so a crash between the two can only leave
a store flagged that did not need to be, never the reverse.

A store reasoned by other rules (an upgrade of quotegraph) is behind in the same way: the first
write to an empty store and every full run stamp ``RULES_VERSION`` in ``rules_graph``; a store whose
stamp differs, or whose derived graphs predate stamps, reports stale until ``kg reason --full``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from kg.build.prefixes import PREFIXES
from kg.infer import RULES_VERSION
from kg.store import quote, replace_update

if TYPE_CHECKING:
    from rdflib import Graph

HINT = "run `kg reason --full` to bring inferred graphs, claims, their status and names up to date"
_QG = PREFIXES["qg"]  # no rdflib here: `kg query` reads the mark and starts without it


def state_graph(base: str) -> str:
    """The graph holding the mark, under the store's base (one of the store's own graphs)."""
    return base + "graph/inferred/state"


def rules_graph(base: str) -> str:
    """The graph holding the stamp of the rules that derived the store's graphs."""
    return base + "graph/inferred/rules"


def stamp(base: str) -> Graph:
    """The rules graph's one triple: this version's rules derived the store's graphs."""
    from rdflib import Graph, Literal, URIRef  # here, not above: `kg query` starts without rdflib

    graph = URIRef(rules_graph(base))
    return Graph().add((graph, URIRef(_QG + "inferenceRules"), Literal(RULES_VERSION)))


def stamp_update(base: str) -> str:
    """The SPARQL Update that stamps the store as reasoned by this version's rules."""
    return replace_update({rules_graph(base): stamp(base)})


def needs_stamp(store) -> bool:
    """Whether a write may stamp the store: it has no stamp and nothing derived by unknown rules."""
    if store.query(f"ASK {{ GRAPH {quote.iri(rules_graph(store.base))} {{ ?s ?p ?o }} }}"):
        return False
    return not _has_derived(store)


def _has_derived(store) -> bool:
    return bool(store.query(f"ASK {{ GRAPH ?g {{ ?g <{_QG}inferredFrom> ?d }} }}"))


def _rules_behind(store) -> dict | None:
    rows = list(
        store.query(
            f"SELECT ?v WHERE {{ GRAPH {quote.iri(rules_graph(store.base))} {{ ?s <{_QG}inferenceRules> ?v }} }} LIMIT 1"
        )
    )
    if rows:
        stamped = rows[0]["v"].value
        if stamped == RULES_VERSION:
            return None
    elif _has_derived(store):
        stamped = "rules older than stamps"
    else:
        return None
    return {"since": "", "because": f"derived by {stamped}; this is {RULES_VERSION}", "rules": stamped}


def mark_update(base: str, why: str, when: dt.datetime | None = None) -> str:
    """The SPARQL Update that flags the store's inference stale since ``when`` because of ``why``."""
    graph = quote.iri(state_graph(base))
    when = when or dt.datetime.now(dt.UTC).replace(microsecond=0)
    since = quote.literal(when.isoformat(), datatype=PREFIXES["xsd"] + "dateTime")
    return (
        f"DROP SILENT GRAPH {graph} ; INSERT DATA {{ GRAPH {graph} {{ {graph} {quote.iri(_QG + 'staleSince')} "
        f"{since} ; {quote.iri(_QG + 'staleBecause')} {quote.literal(why)} }} }}"
    )


def clear_update(base: str) -> str:
    return f"DROP SILENT GRAPH {quote.iri(state_graph(base))}"


def staleness(store) -> dict | None:
    """``{"since": ..., "because": ...}`` when a write bypassed inference since the last full run, else None."""
    rows = list(
        store.query(
            f"SELECT ?since ?why WHERE {{ GRAPH {quote.iri(state_graph(store.base))} {{ "
            f"?s <{_QG}staleSince> ?since OPTIONAL {{ ?s <{_QG}staleBecause> ?why }} }} }} LIMIT 1"
        )
    )
    if not rows:
        return _rules_behind(store)
    row = rows[0]
    return {"since": row["since"].value, "because": row["why"].value if row["why"] is not None else ""}


def warning(state: dict) -> str:
    """One line for a terminal: since when inference is behind, why, and what to run."""
    if state.get("rules"):
        return f"inference is stale: the store's derived graphs were {state['because']}: {HINT}"
    return f"inference is stale since {state['since']} ({state['because']}): {HINT}"


_OURS = f'FILTER(STRSTARTS(STR(?p), "{_QG}"))'


def holds_quotegraph_data(store) -> bool:
    """Whether any graph but the mark's and the stamp's uses a term of the ontology as a predicate (one match ends the scan)."""
    mark, stamp = quote.iri(state_graph(store.base)), quote.iri(rules_graph(store.base))
    return bool(
        store.query(
            f"ASK {{ {{ ?s ?p ?o {_OURS} }} UNION {{ GRAPH ?g {{ ?s ?p ?o {_OURS} FILTER(?g != {mark} && ?g != {stamp}) }} }} }}",
            union_default=False,
        )
    )


def graph_holds_quotegraph_data(store, graph: str | None) -> bool:
    """Whether one graph (None: the default graph itself, not the union) uses a term of the ontology
    as a predicate: replacing or deleting it raw takes away data that inference, or its output, rests on."""
    if graph is None:
        return bool(store.query(f"ASK {{ ?s ?p ?o {_OURS} }}", union_default=False))
    return bool(store.query(f"ASK {{ GRAPH {quote.iri(graph)} {{ ?s ?p ?o {_OURS} }} }}"))


@contextmanager
def bypassing(store, run: Callable[[str], object], why: str) -> Iterator[None]:
    """Flag inference stale around a write that bypasses it (``run`` executes an update the way the
    caller writes: the server through its writer, the CLI on the store): flagged first, the flag taken
    back if the write fails or leaves no quotegraph data to be behind on."""
    if staleness(store) is not None:
        yield
        return
    run(mark_update(store.base, why))
    try:
        yield
    except BaseException:
        run(clear_update(store.base))
        raise
    if not holds_quotegraph_data(store):
        run(clear_update(store.base))
