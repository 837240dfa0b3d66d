"""The user's edits to party identity: merges, aliases, organisation hierarchy.

Edits live in one named graph (``Minter.parties_graph``) next to the shipped
``ontology/parties.ttl``, so they survive reloads and upgrades of both. Each edit rewrites
that graph and re-derives, in the same atomic update, every loaded graph naming the
parties involved.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph, Literal, URIRef

from kg.build.namespace import OWL, QG, RDF
from kg.errors import KgError
from kg.infer.planner import reasoner_for
from kg.store.overlay import Overlay, to_rdflib, values

_TYPES = (QG.Organization, QG.NewsOutlet, QG.Person, QG.UnknownParty)


class PartyError(KgError):
    """A party edit that cannot be applied."""


def _is_iri(text: str) -> bool:
    return text.startswith(("http://", "https://", "urn:"))


class PartyEditor:
    def __init__(self, store, minter=None):
        self.reasoner = reasoner_for(store, minter)
        self.store = store
        self.minter = self.reasoner.minter
        self.iri = str(self.minter.parties_graph)

    def party(self, ref: str) -> tuple[URIRef, str]:
        """A party IRI and its display name, from an IRI or a name as the user typed it."""
        if _is_iri(ref):
            iri = URIRef(ref)
            rows = list(self.store.query(f"SELECT ?n WHERE {{ <{iri}> <{QG.name}> ?n }} ORDER BY ?n LIMIT 1"))
            if not rows:
                raise PartyError(f"no party {ref} in the store (give its name to create it)")
            return iri, rows[0]["n"].value
        name = " ".join(ref.split())
        if not name:
            raise PartyError("a party name cannot be empty")
        return self.minter.party(name), name

    def _describe(self, graph: Graph, iri: URIRef, name: str, kind: URIRef | None = None) -> None:
        graph.add((iri, QG.name, Literal(name)))
        known = {
            to_rdflib(r["t"])
            for r in self.store.query(f"SELECT DISTINCT ?t WHERE {{ <{iri}> a ?t {values('t', _TYPES)} }}")
        }
        known |= set(graph.objects(iri, RDF.type)) & set(_TYPES)
        if kind is not None and kind not in known and not (kind == QG.Organization and QG.NewsOutlet in known):
            known.add(kind)
        for cls in known or {QG.UnknownParty}:
            graph.add((iri, RDF.type, cls))

    def current(self) -> Graph:
        return self.store.graph(self.iri)

    def merge(self, keep: str, other: str) -> None:
        target, target_name = self.party(keep)
        merged, merged_name = self.party(other)
        if target == merged:
            raise PartyError(f"{keep!r} and {other!r} are the same party")
        graph = self.current()
        if (target, OWL.sameAs, merged) in graph:
            raise PartyError(f"{keep!r} was merged into {other!r}; cannot merge it back")
        self._describe(graph, target, target_name)
        graph.add((merged, OWL.sameAs, target))
        if merged_name != target_name:
            graph.add((target, QG.alias, Literal(merged_name)))
        self._write(graph, {target, merged})

    def alias(self, party: str, name: str) -> None:
        iri, current = self.party(party)
        name = " ".join(name.split())
        if not name:
            raise PartyError("an alias cannot be empty")
        graph = self.current()
        self._describe(graph, iri, current)
        graph.add((iri, QG.alias, Literal(name)))
        self._write(graph, {iri, self.minter.party(name)})

    def part_of(self, child: str, parent: str) -> None:
        child_iri, child_name = self.party(child)
        parent_iri, parent_name = self.party(parent)
        if child_iri == parent_iri:
            raise PartyError(f"{child!r} cannot be part of itself")
        if self.store.query(f"ASK {{ <{parent_iri}> <{QG.subOrganizationOf}> <{child_iri}> }}"):
            raise PartyError(f"{parent!r} is already part of {child!r}: the hierarchy would loop")
        graph = self.current()
        self._describe(graph, child_iri, child_name, QG.Organization)
        self._describe(graph, parent_iri, parent_name, QG.Organization)
        graph.add((child_iri, QG.subOrganizationOf, parent_iri))
        self._write(graph, {child_iri, parent_iri})

    def load(self, path: str) -> int:
        """Add a Turtle file of parties (same terms as ontology/parties.ttl); returns triples added."""
        source = Path(path)
        addition = Graph()
        try:
            addition.parse(source, format="turtle", publicID=self.minter.base)
        except FileNotFoundError:
            raise PartyError(f"{path}: no such file") from None
        except Exception as error:  # rdflib raises many parser types
            raise PartyError(f"{path}: not valid Turtle: {str(error).splitlines()[0]}") from None
        unnamed = [
            s
            for s in set(addition.subjects(QG.alias, None)) | set(addition.subjects(QG.subOrganizationOf, None))
            if (s, QG.name, None) not in addition
        ]
        if unnamed:
            raise PartyError(f"{path}: {unnamed[0]} has aliases or a parent but no qg:name")
        graph = self.current()
        before = len(graph)
        graph += addition
        self._write(graph, {s for s in addition.subjects() if isinstance(s, URIRef)})
        return len(graph) - before

    def _write(self, graph: Graph, parties: set) -> None:
        from kg.load.loader import Loader

        Loader(self.store).write({self.iri: graph}, refresh=self._graphs_naming(parties))

    def _graphs_naming(self, parties: set) -> list[str]:
        """Loaded graphs that name the parties, their aliases or their sub-organisations."""
        if not parties:
            return []
        rows = self.store.query(
            f"SELECT DISTINCT ?x WHERE {{ {values('p', parties)} "
            f"{{ ?x <{OWL.sameAs}> ?p }} UNION {{ ?x <{QG.subOrganizationOf}> ?p }} }}"
        )
        related = parties | {to_rdflib(r["x"]) for r in rows}
        derived = self.reasoner.derived_graphs()
        rows = self.store.query(
            f"SELECT DISTINCT ?g WHERE {{ {values('p', related)} GRAPH ?g {{ ?p <{QG.name}> ?n }} }}"
        )
        return sorted({r["g"].value for r in rows} - set(derived) - {self.iri})

    def listing(self) -> list[dict]:
        """Curated parties (shipped and the user's), with aliases, parents and merges."""
        overlay = Overlay(self.store)
        for iri, graph in self.reasoner.base_writes().items():
            overlay.put(iri, graph)
        rows = overlay.select(
            "?p ?r ?v",
            f"{values('g', self.reasoner.party_graphs)} GRAPH ?g {{ ?p ?r ?v }} "
            f"{values('r', [QG.name, QG.alias, QG.subOrganizationOf, OWL.sameAs])}",
        )
        parties: dict[str, dict] = {}
        for row in rows:
            entry = parties.setdefault(
                str(row["p"]),
                {"iri": str(row["p"]), "name": "", "aliases": set(), "part_of": set(), "merged_into": set()},
            )
            relation, value = row["r"], str(row["v"])
            if relation == QG.name:
                entry["name"] = value
            elif relation == QG.alias:
                entry["aliases"].add(value)
            elif relation == QG.subOrganizationOf:
                entry["part_of"].add(value)
            else:
                entry["merged_into"].add(value)
        return sorted(
            ({k: sorted(v) if isinstance(v, set) else v for k, v in e.items()} for e in parties.values()),
            key=lambda e: (e["name"].lower(), e["iri"]),
        )
