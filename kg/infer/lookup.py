"""One lookup interface for inference: the store as it will be once pending writes commit.

Every rule reads the store through ``Lookup``: objects or subjects of a predicate for a batch
of terms, statements by index key. Each is one query with one ``VALUES`` block (two make
Oxigraph slow), over the stored graphs not being replaced plus the pending ones (``Overlay``).
``Facts`` answers the same questions over a triple set in memory.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import pyoxigraph as ox
from rdflib import URIRef

from kg.build.namespace import QG, RDF
from kg.infer.remembered import Remembered
from kg.store import quote
from kg.store.overlay import Overlay, to_rdflib, values


class Lookup(Overlay):
    def __init__(self, store, remembered: Remembered | None = None):
        super().__init__(store)
        self.remembered = remembered  # a load's reads of the facts and keys graphs (``kg.infer.remembered``)

    def objects(self, subjects, predicate, graphs: Iterable = ()) -> dict:
        """``predicate`` values per subject, optionally only from ``graphs``."""
        if not subjects:
            return {}
        # Named graphs are looked up one by one: a popular party is named in thousands of graphs.
        wheres = [f"{values('s', subjects)} GRAPH <{g}> {{ ?s <{predicate}> ?o }} BIND(<{g}> AS ?g)" for g in graphs]
        out: dict = {}
        for where in wheres or [f"{values('s', subjects)} GRAPH ?g {{ ?s <{predicate}> ?o }}"]:
            for row in self.select("?s ?o", where):
                out.setdefault(row["s"], set()).add(row["o"])
        return out

    def subjects(self, objects, predicate) -> dict:
        """Subjects per object of ``predicate``."""
        if not objects:
            return {}
        out: dict = {}
        for row in self.select("?s ?o", f"{values('o', objects)} GRAPH ?g {{ ?s <{predicate}> ?o }}"):
            out.setdefault(row["o"], set()).add(row["s"])
        return out

    def keyed(self, keys, known: Iterable[str] = ()) -> set:
        """(statement, key) pairs of the statements publishing any of the key strings, except in the pending
        graphs ``known``, whose keys the caller has in hand (a batch's own inferred graphs hold most rows)."""
        if not keys:
            return set()
        where = f"{values('k', [ox.Literal(k) for k in keys])} GRAPH ?g {{ ?t <{QG.claimKey}> ?k }}"
        known = [quote.iri(g) for g in known]
        if known:
            where += f" FILTER(?g NOT IN ({', '.join(known)}))"
        # Keys and rows stay pyoxigraph's, each statement made an rdflib term once: a batch asks for thousands
        # of keys and a common key is held by statements across the store (py-spy on a PolNeAR load: rdflib
        # terms per row were over half this method's time).
        rows = {(r[0], r[1].value) for found in self.solutions("?t ?k", where) for r in found}
        statements = {t: to_rdflib(t) for t in {t for t, _ in rows}}
        return {(statements[t], k) for t, k in rows}

    def key_holders(self, keys, keys_graph: str) -> set[tuple[URIRef, str]]:
        """(party, match key's string) for the parties holding any of ``keys``: from the keys graph, which
        holds each once however many articles name the party (``kg.infer.names``), and from the pending graphs.

        The keys graph is read as stored: it may still hold keys of a graph this write replaces, so a
        party found here may be named nowhere any more (callers read what names it).
        """
        if not keys:
            return set()
        terms = {k.value: k for k in keys}

        def stored(unknown: list[str]) -> dict[str, set]:
            read: dict[str, set] = {k: set() for k in unknown}
            for r in self.store.query(
                f"SELECT DISTINCT ?p ?k WHERE {{ {values('k', [terms[k] for k in unknown])} "
                f"GRAPH <{keys_graph}> {{ ?p <{QG.matchKey}> ?k }} }}"
            ):
                read[r["k"].value].add(to_rdflib(r["p"]))
            return read

        memory = self.remembered.holders if self.remembered is not None else None
        found = {(p, k) for k, holders in _recalled(memory, terms, stored).items() for p in holders}
        pending = self.pending_rows(
            f"SELECT DISTINCT ?p ?k WHERE {{ {values('k', keys)} GRAPH ?g {{ ?p <{QG.matchKey}> ?k }} }}"
        )
        return found | {(to_rdflib(r["p"]), r["k"].value) for r in pending}

    def party_facts(self, parties, facts_graph: str, inferred: str) -> list[dict]:
        """Rows (s, p, o) of what the loaded graphs, as they will be, say of ``parties``: names,
        aliases and kinds (``kg.infer.party_facts``), leaving out graphs under ``inferred``.

        The facts graph holds each once; it is read as stored, so a party the stored version of a
        graph being replaced says something of is read from the graphs themselves instead (an
        unload, a reload: never a fresh load), and the pending graphs add what they say.
        """
        if not parties:
            return []
        facts = f"FILTER(?p IN (<{QG.name}>, <{QG.alias}>, <{RDF.type}>))"  # one VALUES per query: two are slow
        loaded = f'FILTER(!STRSTARTS(STR(?g), "{inferred}"))'
        stale: set = set()
        for g in self.pending:
            if not g.startswith(inferred) and self.store.contains_graph(g):
                rows = self.store.query(
                    f"SELECT DISTINCT ?s WHERE {{ {values('s', parties)} GRAPH <{g}> {{ ?s ?p ?o {facts} }} }}"
                )
                stale |= {to_rdflib(r["s"]) for r in rows}
        found = (
            self.select("?s ?p ?o", f"{values('s', stale)} GRAPH ?g {{ ?s ?p ?o {facts} }} {loaded}") if stale else []
        )
        fresh = set(parties) - stale
        if fresh:
            found += self._stored_facts(fresh, facts_graph)
            pending = self.pending_rows(
                f"SELECT DISTINCT ?s ?p ?o WHERE {{ {values('s', fresh)} GRAPH ?g {{ ?s ?p ?o {facts} }} {loaded} }}"
            )
            found += [{v: to_rdflib(r[v]) for v in ("s", "p", "o")} for r in pending]
        return found

    def _stored_facts(self, parties: set, facts_graph: str) -> list[dict]:
        """Rows of the facts graph about ``parties``, as stored; those of a load's earlier batches remembered."""

        def stored(unknown: list) -> dict[URIRef, list[dict]]:
            read: dict = {p: [] for p in unknown}
            for r in self.store.query(
                f"SELECT ?s ?p ?o WHERE {{ {values('s', unknown)} GRAPH <{facts_graph}> {{ ?s ?p ?o }} }}"
            ):
                row = {v: to_rdflib(r[v]) for v in ("s", "p", "o")}
                read[row["s"]].append(row)
            return read

        memory = self.remembered.facts if self.remembered is not None else None
        return [row for rows in _recalled(memory, parties, stored).values() for row in rows]


def _recalled(memory: dict | None, wanted: Iterable, stored: Callable[[list], dict]) -> dict:
    """What the store holds for each of ``wanted``: from ``memory`` (a load's earlier batches,
    ``kg.infer.remembered``) where it has it, else read with ``stored`` in one query, and remembered."""
    known = memory if memory is not None else {}
    unknown = [w for w in wanted if w not in known]
    read = stored(unknown) if unknown else {}
    if memory is not None:
        memory.update(read)
    return {w: known[w] if w in known else read[w] for w in wanted}


class Facts:
    """Subject-predicate lookups over a closed triple set."""

    def __init__(self, triples: set):
        self.index: dict = {}
        self.by_predicate: dict = {}
        for s, p, o in triples:
            self.index.setdefault((s, p), set()).add(o)
            self.by_predicate.setdefault(p, []).append((s, o))

    def pairs(self, predicate) -> list:
        return self.by_predicate.get(predicate, [])

    def objects(self, subject, predicate) -> set:
        return set(self.index.get((subject, predicate), ()))

    def has(self, subject, predicate, value) -> bool:
        return value in self.index.get((subject, predicate), ())
