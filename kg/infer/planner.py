"""Inference: what the store knows beyond what was loaded, kept in graphs of its own.

Every loaded graph G gets two derived graphs, written in the same atomic update as G:
``inferred_graph(G)`` (OWL RL consequences, party identity, same-claim and dispute links
that G's load causes) and ``status_graph(G)`` (``qg:status`` of G's statements, which
changes when other graphs dispute them). Work per load is bounded by what G touches: its
parties' keys and hierarchy, the statements it matches or disputes. Graphs whose
derivations G changes (a party G renames, a statement G removes, a claim G disputes) are
recomputed in the same update, so unloading G restores the previous answers.

The ontology is closed once with owlrl; per graph, the rules compiled from it
(``kg.infer.owl_rules``) do the same work in milliseconds. ``engine="owlrl"`` runs owlrl instead.
"""

from __future__ import annotations

import hashlib
import weakref
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

import owlrl
from rdflib import Graph, Literal, URIRef

from kg.build.iris import Minter
from kg.build.namespace import OWL, QG, RDF, ontology_graph
from kg.infer import claims, identity, names
from kg.infer.owl_rules import RuleSet
from kg.paths import ONTOLOGY_DIR, ONTOLOGY_FILE
from kg.store import GraphPatch
from kg.store.overlay import Overlay, values

ENGINES = ("fast", "owlrl")
PARTIES_FILE = ONTOLOGY_DIR / "parties.ttl"
_ATTRIBUTION = (
    QG.speaker,
    QG.onBehalfOf,
    QG.attributedTo,
    QG.publisher,
    QG.mentions,
    QG.disputesParty,
    QG.confirmsParty,
    QG.about,
    QG.affiliationOrganization,
    QG.speaksFor,
)


@lru_cache(maxsize=1)
def compiled_rules() -> RuleSet:
    return RuleSet.compile(ontology_graph())


def _owlrl_expand(graph: Graph) -> Graph:
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(graph)
    return graph


@lru_cache(maxsize=1)
def ontology_closure() -> frozenset:
    """What owlrl derives from the ontology alone (junk filtered), once per process."""
    rules = compiled_rules()
    ontology = ontology_graph()
    closed = _owlrl_expand(_copy(ontology))
    return frozenset(t for t in closed if t not in ontology and not rules.is_junk(t))


def _copy(triples: Iterable) -> Graph:
    graph = Graph()
    for triple in triples:
        graph.add(triple)
    return graph


def status_graph(minter: Minter, graph: URIRef) -> URIRef:
    """The status graph is the inferred graph of the inferred graph: no extra IRI scheme."""
    return minter.inferred_graph(minter.inferred_graph(URIRef(graph)))


def file_hash(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@dataclass
class _Effect:
    """What inferring one graph changed elsewhere."""

    touched: set = field(default_factory=set)
    renamed_parties: set = field(default_factory=set)


class Reasoner:
    def __init__(self, store, minter: Minter | None = None, engine: str = "fast"):
        if engine not in ENGINES:
            raise ValueError(f"unknown engine {engine!r}")
        self.store = store
        self.minter = minter or Minter()
        self.engine = engine
        self.rules = compiled_rules()
        self.shipped_parties = self.minter.file_graph(str(PARTIES_FILE.resolve()))
        self.party_graphs = (self.shipped_parties, self.minter.parties_graph)
        self.names_graph = str(self.minter.names_graph)
        self._own = {str(self.minter.ontology_graph), str(self.minter.ontology_inferred_graph), self.names_graph}

    # ---- which graphs are which -------------------------------------------------------
    def inferred(self, graph) -> str:
        return str(self.minter.inferred_graph(URIRef(graph)))

    def status(self, graph) -> str:
        return str(status_graph(self.minter, graph))

    def derived_graphs(self) -> dict[str, str]:
        """Every inferred or status graph in the store, with the loaded graph it comes from."""
        rows = self.store.query(f"SELECT ?g ?d WHERE {{ GRAPH ?g {{ ?g <{QG.inferredFrom}> ?d }} }}")
        return {row["g"].value: row["d"].value for row in rows}

    def data_graphs(self) -> list[str]:
        derived = self.derived_graphs()
        return [g for g, _ in self.store.graphs() if g not in derived and g not in self._own]

    # ---- shared base: ontology closure, shipped parties --------------------------------
    def base_writes(self) -> dict[str, Graph | None]:
        """Ontology closure and the shipped parties file, when missing or out of date."""
        writes: dict[str, Graph | None] = {}
        closure_iri = self.minter.ontology_inferred_graph
        digest = file_hash(ONTOLOGY_FILE)
        if not self._has_hash(closure_iri, digest):
            closure = _copy(ontology_closure())
            closure.add((closure_iri, RDF.type, QG.InferredGraph))
            closure.add((closure_iri, QG.inferredFrom, self.minter.ontology_graph))
            closure.add((closure_iri, QG.contentHash, Literal(digest)))
            writes[str(closure_iri)] = closure
        digest = file_hash(PARTIES_FILE)
        if not self._has_hash(self.shipped_parties, digest):
            parties = Graph()
            parties.parse(PARTIES_FILE, format="turtle", publicID=self.minter.base)
            parties.add((self.shipped_parties, RDF.type, QG.LoadedGraph))
            parties.add((self.shipped_parties, QG.loadedFrom, Literal(str(PARTIES_FILE))))
            parties.add((self.shipped_parties, QG.contentHash, Literal(digest)))
            writes[str(self.shipped_parties)] = parties
        return writes

    def _has_hash(self, graph, digest: str) -> bool:
        return bool(
            self.store.query(f"ASK {{ GRAPH <{graph}> {{ <{graph}> <{QG.contentHash}> {Literal(digest).n3()} }} }}")
        )

    # ---- the plan: loader writes + everything they imply -------------------------------
    def plan(self, writes: Mapping[str, Graph | None], refresh: Iterable[str] = ()) -> dict[str, Graph | None]:
        """``writes`` extended with every derived graph they change, for one atomic update.

        ``refresh`` names loaded graphs whose derived graphs are recomputed as they stand.
        """
        writes = {**self.base_writes(), **{str(k): v for k, v in writes.items()}}
        overlay = Overlay(self.store)
        overlay.put(self.names_graph, None)  # hidden from inference: it only repeats the other graphs' names
        for iri, graph in writes.items():
            overlay.put(iri, graph)
        derived = {g for g in writes if g in self._own or g == str(self.minter.ontology_inferred_graph)}
        data = [g for g in writes if g not in derived] + [
            str(g) for g in refresh if str(g) not in writes and str(g) not in self._own
        ]
        removed_statements, removed_parties, touched = self._old_state(data)
        for g in data:
            overlay.put(self.inferred(g), None)
            overlay.put(self.status(g), None)
        renamed: set = set()
        for g in data:
            if writes.get(g, True) is None:
                continue
            effect = self._infer_into(overlay, g, overlay.graph(g))
            touched |= effect.touched
            renamed |= effect.renamed_parties
        for g in data:
            graph = overlay.graph(g) if writes.get(g, True) is not None else Graph()
            removed_statements -= set(graph.subjects(QG.content, None))
            removed_parties -= set(graph.subjects(QG.name, None))
        neighbours = self._neighbours(overlay, removed_statements, removed_parties, renamed) - set(data)
        for g in sorted(neighbours):
            overlay.put(self.inferred(g), None)
            effect = self._infer_into(overlay, g, overlay.graph(g))
            touched |= effect.touched
        status_targets = {g for g in data if writes.get(g, True) is not None} | neighbours
        for g in sorted(status_targets):
            overlay.put(self.status(g), self._status_graph(overlay, g))
        patches = self._status_patches(overlay, touched, status_targets | set(data))
        return {**names.with_patch(self.store, overlay.pending, self.names_graph), **patches}

    def _old_state(self, graphs: list[str]):
        """Statements and non-curated parties the stored versions of ``graphs`` hold."""
        if not graphs:
            return set(), set(), set()
        rows = self.store.query(
            f"SELECT ?s ?kind WHERE {{ {values('g', [URIRef(g) for g in graphs])} GRAPH ?g {{ "
            f"{{ ?s <{QG.content}> ?c BIND(1 AS ?kind) }} UNION {{ ?s <{QG.name}> ?n BIND(2 AS ?kind) }} }} }}"
        )
        statements, parties = set(), set()
        for row in rows:
            (statements if row["kind"].value == "1" else parties).add(URIRef(row["s"].value))
        inferred = [URIRef(self.inferred(g)) for g in graphs]
        rows = self.store.query(
            f"SELECT ?o WHERE {{ {values('g', inferred)} GRAPH ?g {{ "
            f"{{ ?s <{QG.disputes}> ?o }} UNION {{ ?s <{QG.confirms}> ?o }} }} }}"
        )
        touched = {URIRef(row["o"].value) for row in rows}
        curated = self._curated(parties)
        return statements, parties - curated, touched | statements

    def _curated(self, parties) -> set:
        if not parties:
            return set()
        return set(self._objects(Overlay(self.store), parties, QG.name, graphs=self.party_graphs))

    def _neighbours(self, overlay: Overlay, statements, parties, renamed) -> set[str]:
        """Loaded graphs whose derived triples mention what changed."""
        found = set()
        if statements:
            rows = overlay.select(
                "?d", f"{values('t', statements)} GRAPH ?g {{ ?x ?p ?t . ?g <{QG.inferredFrom}> ?d }}"
            )
            found |= {str(r["d"]) for r in rows}
        if parties:
            rows = overlay.select(
                "?d", f"{values('t', parties)} GRAPH ?g {{ ?x <{OWL.sameAs}> ?t . ?g <{QG.inferredFrom}> ?d }}"
            )
            found |= {str(r["d"]) for r in rows}
        if renamed:
            rows = overlay.select(
                "?g",
                f"{values('p', renamed)} GRAPH ?g {{ ?p <{QG.name}> ?n "
                f"FILTER NOT EXISTS {{ ?g <{QG.inferredFrom}> ?d }} }}",
            )
            found |= {str(r["g"]) for r in rows}
        return {g for g in found if g not in self._own}

    # ---- one graph ---------------------------------------------------------------------
    def _closure(self, triples: set) -> set:
        if self.engine == "fast":
            return self.rules.closure(triples)
        ontology = ontology_graph()
        closed = _owlrl_expand(_copy(list(ontology) + list(triples)))
        return {t for t in closed if t not in ontology and t not in ontology_closure()}

    def _infer_into(self, overlay: Overlay, g: str, graph: Graph) -> _Effect:
        inferred, effect = self.infer(overlay, g, graph)
        overlay.put(self.inferred(g), inferred)
        return effect

    def infer(self, overlay: Overlay, g: str, graph: Graph) -> tuple[Graph, _Effect]:
        """The inferred graph of ``g`` against the store as ``overlay`` shows it."""
        effect = _Effect()
        asserted = set(graph)
        parties = self._named_parties(graph)
        mapping, effect.renamed_parties = self._resolve(overlay, parties)
        working = asserted | identity.key_triples(parties) | identity.same_as_triples(mapping)
        working |= identity.canonical_copies(asserted, mapping)
        context = self._hierarchy(overlay, working)
        closed = self._closure(working | context)

        statements = {s: str(o) for s, o in graph.subject_objects(QG.content) if isinstance(s, URIRef)}
        facts = _Facts(closed)
        credited = {s: (text, frozenset(facts.objects(s, QG.creditedTo))) for s, text in statements.items()}
        claim_keys = claims.key_triples(credited)
        working |= claim_keys
        links, link_context, party_keys = self._claim_links(
            overlay, credited, {str(k) for _, _, k in claim_keys}, facts
        )
        working |= party_keys
        context |= link_context
        closed = (
            self.rules.closure(links | link_context, closed)
            if self.engine == "fast"
            else self._closure(closed | links | link_context)
        )
        spread = claims.spread(closed) - closed
        if spread:
            closed = self.rules.closure(spread, closed) if self.engine == "fast" else self._closure(closed | spread)

        own = set(statements)
        facts = _Facts(closed)
        for predicate in (QG.disputes, QG.confirms):
            effect.touched |= {o for _, o in facts.pairs(predicate) if o not in own}
        effect.touched |= own
        out = Graph()
        out.addN((*triple, out) for triple in (closed | working) - asserted - context if not self.rules.is_junk(triple))
        iri = URIRef(self.inferred(g))
        out.add((iri, RDF.type, QG.InferredGraph))
        out.add((iri, QG.inferredFrom, URIRef(g)))
        return out, effect

    def _named_parties(self, graph: Graph) -> dict:
        """Parties minted from their name; an unnamed spokesperson stays local to its article."""
        return {
            iri: info
            for iri, info in identity.parties_in(graph).items()
            if any(self.minter.party(name) == iri for name in info.names)
        }

    def _resolve(self, overlay: Overlay, parties: dict) -> tuple[dict, set]:
        if not parties:
            return {}, set()
        probes = {iri: info.probe_keys() for iri, info in parties.items()}
        keys = {Literal(k) for ks in probes.values() for k in ks}
        rows = overlay.select("?p ?k", f"{values('k', keys)} GRAPH ?g {{ ?p <{QG.matchKey}> ?k }}")
        matches: dict = {}
        for row in rows:
            for iri, probe in probes.items():
                if str(row["k"]) in probe and row["p"] != iri:
                    matches.setdefault(iri, set()).add(row["p"])
        found = set().union(*matches.values()) if matches else set()
        partners = self._partners(overlay, found | set(parties))
        found |= set().union(*partners.values()) if partners else set()
        candidates = self._party_info(overlay, found - set(parties))
        own = {iri: info for iri, info in parties.items()}
        self._mark_curation(overlay, {**candidates, **own})
        mapping = identity.resolve(own, candidates, matches, partners)
        renamed = set()
        everyone = {**candidates, **own}
        for iri, hits in matches.items():
            target = mapping.get(iri, iri)
            for c in hits - set(own):
                group = [everyone[m] for m in {c} | partners.get(c, set()) if m in everyone]
                if group and identity.group_canonical(group).iri != target:
                    renamed.add(c)
        return mapping, renamed

    def _partners(self, overlay: Overlay, parties: set) -> dict:
        if not parties:
            return {}
        rows = overlay.select("?p ?x", f"{values('p', parties)} GRAPH ?g {{ ?p <{OWL.sameAs}> ?x }}")
        partners: dict = {}
        for row in rows:
            if row["x"] != row["p"]:
                partners.setdefault(row["p"], set()).add(row["x"])
        return partners

    def _party_info(self, overlay: Overlay, parties: set) -> dict:
        if not parties:
            return {}
        graph = Graph()
        for predicate in (QG.name, QG.alias, RDF.type):
            for party, found in self._objects(overlay, parties, predicate).items():
                for value in found:
                    graph.add((party, predicate, value))
        return identity.parties_in(graph)

    def _mark_curation(self, overlay: Overlay, infos: dict) -> None:
        if not infos:
            return
        for party in self._objects(overlay, infos, QG.name, graphs=self.party_graphs):
            infos[party].curated = True
        for party in self._objects(overlay, infos, OWL.sameAs, graphs=self.party_graphs):
            infos[party].merged_away = True

    @staticmethod
    def _objects(overlay: Overlay, subjects, predicate, graphs=()) -> dict:
        """``predicate`` values per subject. One VALUES block per query: two make Oxigraph slow."""
        if not subjects:
            return {}
        # Named graphs are looked up one by one: a popular party is named in thousands of graphs.
        wheres = [f"{values('s', subjects)} GRAPH <{g}> {{ ?s <{predicate}> ?o }} BIND(<{g}> AS ?g)" for g in graphs]
        out: dict = {}
        for where in wheres or [f"{values('s', subjects)} GRAPH ?g {{ ?s <{predicate}> ?o }}"]:
            for row in overlay.select("?s ?o", where):
                out.setdefault(row["s"], set()).add(row["o"])
        return out

    @staticmethod
    def _subjects(overlay: Overlay, objects, predicate) -> dict:
        """Subjects per object of ``predicate``."""
        if not objects:
            return {}
        out: dict = {}
        for row in overlay.select("?s ?o", f"{values('o', objects)} GRAPH ?g {{ ?s <{predicate}> ?o }}"):
            out.setdefault(row["o"], set()).add(row["s"])
        return out

    def _hierarchy(self, overlay: Overlay, triples: set) -> set:
        """Organisations above the parties the graph names, however many levels up."""
        parties = {o for s, p, o in triples if p in _ATTRIBUTION and isinstance(o, URIRef)}
        parties |= {s for s, p, o in triples if p in (QG.matchKey, QG.subOrganizationOf)}
        parties |= {o for s, p, o in triples if p == QG.subOrganizationOf}
        found, frontier = set(), parties
        while frontier:
            rows = overlay.select("?o ?p", f"{values('o', frontier)} GRAPH ?g {{ ?o <{QG.subOrganizationOf}> ?p }}")
            new = {(r["o"], QG.subOrganizationOf, r["p"]) for r in rows} - found
            found |= new
            frontier = {p for _, _, p in new} - parties
            parties |= frontier
        return found

    def _claim_links(self, overlay: Overlay, statements: dict, keys: set[str], facts: _Facts) -> tuple[set, set, set]:
        """Same-claim links and disputes-party links this graph causes, and the context used.

        ``statements`` maps each of the graph's statements to its text and credited parties;
        ``keys`` are the claim keys they publish.
        """
        own = {s: (claims.tokens(text), parties) for s, (text, parties) in statements.items()}
        others: dict = {}
        if keys:
            candidates = {t for t, _ in self._keyed(overlay, keys)} - set(statements)
            others = self._statement_info(overlay, candidates)
        links = set()
        for s, t in claims.same_claim_links(own, others):
            links.add((s, QG.sameClaimAs, t))
        party_links, party_keys = self._party_disputes(overlay, facts, statements)
        links |= party_links
        linked = {t for s, p, t in links if t not in statements}
        for predicate in (QG.disputes, QG.confirms):
            linked |= {o for _, o in facts.pairs(predicate) if o not in statements}
        context = self._cluster_context(overlay, linked)
        return links, context, party_keys

    def _statement_info(self, overlay: Overlay, statements: set) -> dict:
        if not statements:
            return {}
        text = self._objects(overlay, statements, QG.content)
        parties = self._objects(overlay, statements, QG.creditedTo)
        return {t: (claims.tokens(str(min(x))), frozenset(parties.get(t, ()))) for t, x in text.items()}

    def _party_disputes(self, overlay: Overlay, facts: _Facts, statements: dict) -> tuple[set, set]:
        """Denials naming a party dispute its claims about the denier from the days before.

        "AWS denied Parler's accusations" reaches Parler's claims that are about AWS (or
        reported in a source mentioning it) made in the ``claims.WINDOW_DAYS`` before the
        denial, in this graph or any other. Both sides publish party-and-week keys so each
        finds the other by index whichever loads first. Returns (links, keys to publish).
        Store lookups are batched over the whole graph: a load pays for each round trip.
        """
        links, keys = set(), set()
        for t in statements:
            if facts.has(t, RDF.type, QG.Denial):
                continue
            for on in facts.objects(t, QG.statedOn):
                for party in facts.objects(t, QG.creditedTo):
                    keys.add((t, claims.party_key("claim", party, on)))
        wanted: dict = {}
        for predicate, link in ((QG.disputesParty, QG.disputes), (QG.confirmsParty, QG.confirms)):
            for d in statements:
                said = facts.objects(d, QG.statedOn)
                for party in facts.objects(d, predicate):
                    keys |= {(d, claims.party_key("denial", party, on)) for on in said}
                    local = {
                        t
                        for t in statements
                        if t != d and facts.has(t, QG.creditedTo, party) and not facts.has(t, RDF.type, QG.Denial)
                    }
                    links |= {
                        (d, link, t)
                        for t in local
                        if all(_not_after(on, said) for on in facts.objects(t, QG.statedOn) or {None})
                    }
                    for k in {k for on in said for k in claims.window_keys("claim", party, on, back=True)}:
                        wanted.setdefault(k, set()).add((d, link))
        found = {(t, k) for t, k in self._keyed(overlay, wanted) if t not in statements}
        dates = self._objects(overlay, {t for t, _ in found}, QG.statedOn)
        recent = {
            (t, d, link)
            for t, k in found
            for d, link in wanted[k]
            if any(claims.within_window(day, facts.objects(d, QG.statedOn)) for day in dates.get(t, ()))
        }
        subjects = self._claim_subjects(overlay, {t for t, _, _ in recent})
        links |= {(d, link, t) for t, d, link in recent if subjects.get(t, set()) & facts.objects(d, QG.creditedTo)}
        links |= self._earlier_denials(overlay, facts, statements)
        return links, {(s, QG.claimKey, Literal(k)) for s, k in keys}

    def _keyed(self, overlay: Overlay, keys) -> set:
        """(statement, key) pairs of the statements publishing any of the key strings."""
        if not keys:
            return set()
        return {
            (r["t"], str(r["k"]))
            for r in overlay.select(
                "?t ?k", f"{values('k', [Literal(k) for k in keys])} GRAPH ?g {{ ?t <{QG.claimKey}> ?k }}"
            )
        }

    def _claim_subjects(self, overlay: Overlay, found: set) -> dict:
        """Per stored claim, the parties it is about or its source mentions."""
        if not found:
            return {}
        subjects = self._objects(overlay, found, QG.about)
        sources = self._objects(overlay, found, QG.reportedIn)
        mentioned = self._objects(overlay, set().union(*sources.values()) if sources else set(), QG.mentions)
        for t, reported in sources.items():
            for source in reported:
                subjects.setdefault(t, set()).update(mentioned.get(source, ()))
        return subjects

    def _earlier_denials(self, overlay: Overlay, facts: _Facts, statements: dict) -> set:
        """The rule from the claim's side: denials already stored that name this graph's claimants."""
        wanted: dict = {}
        for t in statements:
            if facts.has(t, RDF.type, QG.Denial):
                continue
            subjects = facts.objects(t, QG.about)
            for source in facts.objects(t, QG.reportedIn):
                subjects |= facts.objects(source, QG.mentions)
            if not subjects:
                continue
            for party in facts.objects(t, QG.creditedTo):
                for day in facts.objects(t, QG.statedOn):
                    for k in claims.window_keys("denial", party, day, back=False):
                        wanted.setdefault(k, set()).add((t, party, frozenset(subjects)))
        found = {(d, k) for d, k in self._keyed(overlay, wanted) if d not in statements}
        denials = {d for d, _ in found}
        if not denials:
            return set()
        credited = self._objects(overlay, denials, QG.creditedTo)
        dates = self._objects(overlay, denials, QG.statedOn)
        named = {
            link: self._objects(overlay, denials, predicate)
            for predicate, link in ((QG.disputesParty, QG.disputes), (QG.confirmsParty, QG.confirms))
        }
        out = set()
        for d, k in found:
            for t, party, subjects in wanted[k]:
                if not credited.get(d, set()) & subjects or not any(
                    claims.within_window(day, dates.get(d, set())) for day in facts.objects(t, QG.statedOn)
                ):
                    continue
                out |= {(d, link, t) for link, by in named.items() if party in by.get(d, ())}
        return out

    def _cluster_context(self, overlay: Overlay, linked: set) -> set:
        """Reports of the same claims, and who already disputes or confirms them."""
        if not linked:
            return set()
        rows = overlay.select("?t ?x", f"{values('t', linked)} GRAPH ?g {{ ?t <{QG.sameClaimAs}> ?x }}")
        context = {(r["t"], QG.sameClaimAs, r["x"]) for r in rows}
        members = linked | {x for _, _, x in context}
        for predicate in (QG.disputes, QG.confirms):
            for t, found in self._subjects(overlay, members, predicate).items():
                context |= {(d, predicate, t) for d in found}
        return context

    def _status_patches(self, overlay: Overlay, statements, rewritten: set) -> dict[str, Graph]:
        """The status changes of ``statements`` held in graphs not rewritten whole, a patch per status graph.

        A report joining a claim that hundreds of graphs dispute touches a statement in each of
        them, and its status there rarely changes: recomputing and rewriting those status graphs
        whole was half the cost of such a load. A graph holding such a statement with no stored
        status (never reasoned) gets its status graph whole.
        """
        rows = (
            overlay.select("?s ?g", f"{values('s', statements)} GRAPH ?g {{ ?s <{QG.content}> ?c }}")
            if statements
            else []
        )
        held = {(row["s"], str(row["g"])) for row in rows if str(row["g"]) not in rewritten}
        if not held:
            return {}
        subjects = {s for s, _ in held}
        disputed = self._subjects(overlay, subjects, QG.disputes)
        confirmed = self._subjects(overlay, subjects, QG.confirms)
        stored = {
            (r["s"], str(r["g"])): r["st"]
            for r in overlay.select("?s ?g ?st", f"{values('s', subjects)} GRAPH ?g {{ ?s <{QG.status}> ?st }}")
        }
        whole = {g for s, g in held if (s, self.status(g)) not in stored}
        patches: dict[str, Graph] = {self.status(g): self._status_graph(overlay, g) for g in whole}
        for s, g in held:
            now, iri = claims.status(s in disputed, s in confirmed), self.status(g)
            if g not in whole and stored[(s, iri)] != now:
                patch = patches.setdefault(iri, GraphPatch())
                patch.removed.add((s, QG.status, stored[(s, iri)]))
                patch.add((s, QG.status, now))
        return patches

    def _status_graph(self, overlay: Overlay, g: str) -> Graph:
        rows = overlay.select("?s", f"{values('g', [URIRef(g)])} GRAPH ?g {{ ?s <{QG.content}> ?c }}")
        statements = {r["s"] for r in rows}
        disputed = self._subjects(overlay, statements, QG.disputes)
        confirmed = self._subjects(overlay, statements, QG.confirms)
        out = Graph()
        for s in statements:
            out.add((s, QG.status, claims.status(s in disputed, s in confirmed)))
        iri = URIRef(self.status(g))
        out.add((iri, RDF.type, QG.InferredGraph))
        out.add((iri, QG.inferredFrom, URIRef(g)))
        return out

    # ---- whole store -------------------------------------------------------------------
    def full(self, progress: bool = False) -> int:
        """Recompute every derived graph from scratch; returns how many graphs were reasoned."""
        from tqdm import tqdm

        stale = {g: None for g in self.derived_graphs()}
        stale[str(self.minter.ontology_inferred_graph)] = None
        self.store.replace_graphs(stale)
        self.store.replace_graphs(self.plan({}))
        first = {str(g) for g in self.party_graphs}
        graphs = sorted(self.data_graphs(), key=lambda g: (g not in first, g))
        for g in tqdm(graphs, desc="reasoning", unit="graph", disable=not progress):
            self.store.replace_graphs(self.plan({}, refresh=[g]))
        names.rebuild(self.store, self.names_graph)
        return len(graphs)

    def missing(self, progress: bool = False) -> int:
        """Reason the loaded graphs that have no inferred graph (loaded before inference ran)."""
        from tqdm import tqdm

        self.store.replace_graphs(self.plan({}))
        have = set(self.derived_graphs().values())
        graphs = [g for g in self.data_graphs() if g not in have]
        for g in tqdm(graphs, desc="reasoning", unit="graph", disable=not progress):
            self.store.replace_graphs(self.plan({}, refresh=[g]))
        names.rebuild(self.store, self.names_graph)
        return len(graphs)


class _Facts:
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


def _not_after(claimed, denied: set) -> bool:
    """A denial cannot answer a claim made after it (unknown dates do not exclude)."""
    if claimed is None or not denied:
        return True
    try:
        return claimed.toPython() <= min(d.toPython() for d in denied)
    except TypeError:
        return True


_REASONERS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def reasoner_for(store, minter: Minter | None = None) -> Reasoner:
    """One reasoner per open store, so rules compile once per process."""
    reasoner = _REASONERS.get(store)
    if reasoner is None or (minter is not None and minter.base != reasoner.minter.base):
        reasoner = _REASONERS[store] = Reasoner(store, minter)
    return reasoner


def with_inference(store, writes: Mapping[str, Graph | None], minter: Minter | None = None) -> dict[str, Graph | None]:
    """The loaders' hook: their graph writes plus every derived graph the writes change."""
    return reasoner_for(store, minter).plan(writes)
