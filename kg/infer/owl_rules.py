"""The OWL 2 RL rules the ontology actually uses, compiled to Python for per-article speed.

owlrl closes a few hundred triples in ~0.3 s because it re-runs every RL rule over the whole
graph until nothing changes. Per article we only need the rules our ontology's axioms
instantiate (subclass, subproperty, inverse, symmetric, transitive, two-step chains, domain,
range), so we read those axioms from the closed ontology and apply them with a worklist: each
new triple fires only the rules of its predicate. The ontology stays the source of truth;
tests check the result equals owlrl's on the samples.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection

from kg.build.namespace import OWL, RDF, RDFS, XSD
from kg.errors import KgError

# Axioms whose RL rules we do not compile. FunctionalProperty is absent on purpose: its
# rule only equates two values that should never differ, which the SHACL shapes check.
_UNSUPPORTED = (
    OWL.someValuesFrom,
    OWL.allValuesFrom,
    OWL.hasValue,
    OWL.intersectionOf,
    OWL.unionOf,
    OWL.oneOf,
    OWL.hasKey,
    OWL.maxCardinality,
    OWL.maxQualifiedCardinality,
    OWL.complementOf,
    OWL.propertyDisjointWith,
    OWL.disjointWith,
)
_UNSUPPORTED_TYPES = (OWL.InverseFunctionalProperty, OWL.AsymmetricProperty, OWL.IrreflexiveProperty)

Triple = tuple


class UnsupportedAxiom(KgError):
    """The ontology uses an axiom the fast rules cannot apply; use `kg reason --engine owlrl`."""


def _closure(direct: dict) -> dict:
    result = {}
    for start in direct:
        seen, stack = set(), list(direct[start])
        while stack:
            item = stack.pop()
            if item not in seen and item != start:
                seen.add(item)
                stack.extend(direct.get(item, ()))
        result[start] = frozenset(seen)
    return result


@dataclass(frozen=True)
class RuleSet:
    superclasses: dict
    superproperties: dict
    inverses: dict
    symmetric: frozenset
    transitive: frozenset
    chains: tuple  # ((first, second), derived)
    domains: dict
    ranges: dict

    @classmethod
    def compile(cls, ontology: Graph) -> RuleSet:
        for predicate in _UNSUPPORTED:
            for subject in ontology.subjects(predicate, None):
                raise UnsupportedAxiom(f"ontology axiom {predicate.n3()} on {subject.n3()} has no fast rule")
        for kind in _UNSUPPORTED_TYPES:
            for subject in ontology.subjects(RDF.type, kind):
                raise UnsupportedAxiom(f"{subject.n3()} is an {kind.n3()}: no fast rule")

        def pairs(predicate, both_ways=False):
            out = defaultdict(set)
            for s, o in ontology.subject_objects(predicate):
                if isinstance(s, URIRef) and isinstance(o, URIRef):
                    out[s].add(o)
                    if both_ways:
                        out[o].add(s)
            return out

        subclass = pairs(RDFS.subClassOf)
        for c, d in pairs(OWL.equivalentClass, both_ways=True).items():
            subclass[c] |= d
        subproperty = pairs(RDFS.subPropertyOf)
        for p, q in pairs(OWL.equivalentProperty, both_ways=True).items():
            subproperty[p] |= q
        superclasses = _closure(subclass)
        superproperties = _closure(subproperty)

        def with_supers(classes):
            found = set(classes)
            for c in classes:
                found |= superclasses.get(c, frozenset())
            return frozenset(found)

        chains = []
        for derived, head in ontology.subject_objects(OWL.propertyChainAxiom):
            steps = list(Collection(ontology, head))
            if len(steps) != 2:
                raise UnsupportedAxiom(f"property chain of {derived.n3()} has {len(steps)} steps; fast rules take 2")
            chains.append(((steps[0], steps[1]), derived))
        return cls(
            superclasses={c: with_supers(s) for c, s in superclasses.items() if s},
            superproperties={p: s for p, s in superproperties.items() if s},
            inverses={p: frozenset(q) for p, q in pairs(OWL.inverseOf, both_ways=True).items()},
            symmetric=frozenset(ontology.subjects(RDF.type, OWL.SymmetricProperty)),
            transitive=frozenset(ontology.subjects(RDF.type, OWL.TransitiveProperty)),
            chains=tuple(sorted(chains)),
            domains={p: with_supers(c) for p, c in pairs(RDFS.domain).items()},
            ranges={p: with_supers(c) for p, c in pairs(RDFS.range).items()},
        )

    def closure(self, triples: Iterable[Triple], closed: Iterable[Triple] = ()) -> set[Triple]:
        """Every triple the compiled rules derive from ``triples`` plus an already ``closed`` set."""
        chain_first, chain_second = defaultdict(list), defaultdict(list)
        for (first, second), derived in self.chains:
            chain_first[first].append((second, derived))
            chain_second[second].append((first, derived))
        # Only predicates that take part in joins are indexed: most triples never are.
        by_ps: dict = {p: defaultdict(set) for p in set(self.transitive) | {s for (_, s), _ in self.chains}}
        by_po: dict = {p: defaultdict(set) for p in set(self.transitive) | {f for (f, _), _ in self.chains}}
        facts: set[Triple] = set()
        for s, p, o in closed:
            facts.add((s, p, o))
            if p in by_ps:
                by_ps[p][s].add(o)
            if p in by_po:
                by_po[p][o].add(s)
        agenda = [t for t in triples if t not in facts]
        empty, rdf_type = (), RDF.type
        while agenda:
            triple = agenda.pop()
            if triple in facts:
                continue
            facts.add(triple)
            s, p, o = triple
            add = agenda.append
            if p == rdf_type:
                for c in self.superclasses.get(o, empty):
                    add((s, rdf_type, c))
                continue
            if p in by_ps:
                by_ps[p][s].add(o)
            if p in by_po:
                by_po[p][o].add(s)
            for q in self.superproperties.get(p, empty):
                add((s, q, o))
            for c in self.domains.get(p, empty):
                add((s, rdf_type, c))
            for first, derived in chain_second.get(p, empty):
                for x in list(by_po[first].get(s, empty)):
                    add((x, derived, o))
            if isinstance(o, Literal):
                continue
            for q in self.inverses.get(p, empty):
                add((o, q, s))
            if p in self.symmetric:
                add((o, p, s))
            if p in self.transitive:
                for x in list(by_po[p].get(s, empty)):
                    add((x, p, o))
                for y in list(by_ps[p].get(o, empty)):
                    add((s, p, y))
            for second, derived in chain_first.get(p, empty):
                for y in list(by_ps[second].get(o, empty)):
                    add((s, derived, y))
            for c in self.ranges.get(p, empty):
                add((o, rdf_type, c))
        return facts

    def is_junk(self, triple: Triple) -> bool:
        """Triples OWL RL derives that say nothing about the data."""
        s, p, o = triple
        if isinstance(s, Literal) or s.startswith(_XSD) or s in _RDF_DATATYPES:
            return True
        if s == o and (p == _SAME_AS or (p in self.symmetric and p in self.transitive)):
            return True
        return p == _TYPE and o in _EMPTY_CLASSES


_XSD, _SAME_AS, _TYPE = str(XSD), OWL.sameAs, RDF.type
_RDF_DATATYPES = frozenset((RDF.langString, RDF.PlainLiteral, RDF.XMLLiteral, RDF.HTML))
_EMPTY_CLASSES = frozenset((OWL.Thing, RDFS.Resource, RDFS.Literal, RDFS.Datatype, OWL.NamedIndividual))
