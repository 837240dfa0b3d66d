"""A compiled first pass over the shapes: a graph it clears conforms, anything else goes to pyshacl.

pyshacl walks every shape over every focus node through rdflib's context-aware store, and
its SPARQL constraint needs the whole graph and the ontology axioms copied into a store:
~35 ms of a load worker's ~200 ms per real article, a sixth of the work beside spaCy's
(py-spy on a PolNeAR load; bench/validate_bench.py --precheck). The shapes
(ontology/shapes.ttl) use a few SHACL Core constraints, compiled here into plain checks
over the article's pyoxigraph triples, with the SPARQL constraints run on the triples
their patterns can match: a few ms per article. The pass errs one way only: what it
clears conforms (every value of every focus node meets every constraint, no SPARQL
constraint returns a row), and anything it doubts (an unusual datatype or value, a
constraint it does not know) goes to pyshacl, which decides and words the report. Shapes
it cannot compile turn it off: pyshacl then validates every graph, as before.
tests/test_shapes_precheck.py holds it to pyshacl's verdicts.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.paths import Path
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.term import Node

from kg.build.namespace import OWL, RDF, RDFS, SH, XSD
from kg.store.terms import to_oxigraph, to_rdflib

Values = set  # a focus node's values on one path, as pyoxigraph terms
Check = Callable[[Values], bool]

_NODE_KEYS = {RDF.type, RDFS.comment, RDFS.label, SH.targetClass, SH.targetObjectsOf, SH.targetSubjectsOf}
_NODE_KEYS |= {SH.property, SH["or"], SH.message, SH.sparql}
_PROPERTY_KEYS = {RDF.type, RDFS.comment, RDFS.label, SH.path, SH.message, SH.minCount, SH.maxCount, SH.datatype}
_PROPERTY_KEYS |= {SH.nodeKind, SH.minLength, SH.minInclusive, SH.lessThanOrEquals, SH.pattern, SH["in"]}
_SPARQL_KEYS = {RDF.type, SH.prefixes, SH.message, SH.select}
_FOCUS = "?__focus_nodes__"  # replaced by the focus nodes in each query


def _iri(term) -> ox.NamedNode:
    return ox.NamedNode(str(term))


_TYPE, _SUBCLASS = _iri(RDF.type), _iri(RDFS.subClassOf)
_STRING, _INTEGER = _iri(XSD.string), _iri(XSD.integer)
_DATE, _DATETIME, _ANYURI = _iri(XSD.date), _iri(XSD.dateTime), _iri(XSD.anyURI)
_LEXICAL = {  # lexical forms rdflib certainly reads as a value of the datatype (stricter is only slower)
    _STRING: None,
    _ANYURI: None,
    _INTEGER: re.compile(r"[+-]?[0-9]+"),
    _DATE: re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}"),
    _DATETIME: re.compile(
        r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})?"
    ),
}


class Unsupported(Exception):
    """The shapes use something this pass does not compile."""


@dataclass
class _Property:
    path: ox.NamedNode
    checks: list[Check] = field(default_factory=list)
    not_after: list[ox.NamedNode] = field(default_factory=list)  # sh:lessThanOrEquals
    one_of: frozenset | None = None  # sh:in, as rdflib terms: pyshacl compares them as rdflib does


@dataclass
class _Query:
    text: str
    predicates: frozenset | None  # every predicate its patterns name (None: any triple may match)


@dataclass
class _Shape:
    classes: set = field(default_factory=set)
    objects_of: set = field(default_factory=set)
    subjects_of: set = field(default_factory=set)
    properties: list[_Property] = field(default_factory=list)
    any_of: list[list[_Property]] = field(default_factory=list)
    queries: list[_Query] = field(default_factory=list)


# ---- compiling the shapes -----------------------------------------------------------------


@lru_cache(maxsize=4)
def compiled(shapes: Graph) -> tuple[_Shape, ...] | None:
    """The shapes as checks, or None if they use anything the pass does not compile."""
    try:
        node_shapes = set(shapes.subjects(RDF.type, SH.NodeShape))
        for key in (SH.targetClass, SH.targetObjectsOf, SH.targetSubjectsOf, SH.targetNode):
            if set(shapes.subjects(key, None)) - node_shapes:
                raise Unsupported("a target on a shape that is not a node shape")
        if any((s, RDF.type, c) in shapes for s in node_shapes for c in (RDFS.Class, OWL.Class)):
            raise Unsupported("a shape that is also a class (an implicit class target)")
        return tuple(_shape(shapes, node) for node in sorted(node_shapes, key=str))
    except Unsupported:
        return None


def _shape(shapes: Graph, node: Node) -> _Shape:
    if set(shapes.predicates(node)) - _NODE_KEYS:
        raise Unsupported(f"{node}: {set(shapes.predicates(node)) - _NODE_KEYS}")
    shape = _Shape(
        classes={to_oxigraph(c) for c in shapes.objects(node, SH.targetClass)},
        objects_of={to_oxigraph(p) for p in shapes.objects(node, SH.targetObjectsOf)},
        subjects_of={to_oxigraph(p) for p in shapes.objects(node, SH.targetSubjectsOf)},
    )
    shape.properties = [_property(shapes, p) for p in shapes.objects(node, SH.property)]
    shape.any_of = [[_property(shapes, a) for a in shapes.items(o)] for o in shapes.objects(node, SH["or"])]
    shape.queries = [_query(shapes, q) for q in shapes.objects(node, SH.sparql)]
    return shape


def _property(shapes: Graph, node: Node) -> _Property:
    keys = set(shapes.predicates(node))
    if keys - _PROPERTY_KEYS:
        raise Unsupported(f"{node}: {keys - _PROPERTY_KEYS}")
    paths = list(shapes.objects(node, SH.path))
    if len(paths) != 1 or not isinstance(paths[0], URIRef):
        raise Unsupported(f"{node}: a path that is not one predicate")
    prop = _Property(_iri(paths[0]))
    for key, value in shapes.predicate_objects(node):
        if key == SH.lessThanOrEquals:
            prop.not_after.append(_iri(value))
        elif key == SH["in"]:
            prop.one_of = frozenset(shapes.items(value))
        elif key in (SH.minCount, SH.maxCount, SH.datatype, SH.nodeKind, SH.minLength, SH.minInclusive, SH.pattern):
            prop.checks.append(_check(key, value))
    return prop


def _check(key, value) -> Check:
    if key in (SH.minCount, SH.maxCount):
        bound, least = int(value), key == SH.minCount
        return (lambda vs: len(vs) >= bound) if least else (lambda vs: len(vs) <= bound)
    if key == SH.datatype:
        datatype = _iri(value)
        if datatype not in _LEXICAL:
            raise Unsupported(f"sh:datatype {value}")
        return lambda vs: all(_typed(v, datatype) for v in vs)
    if key == SH.nodeKind:
        kinds: dict = {SH.IRI: ox.NamedNode, SH.BlankNodeOrIRI: ox.NamedNode | ox.BlankNode}
        if value not in kinds:
            raise Unsupported(f"sh:nodeKind {value}")
        kind = kinds[value]
        return lambda vs: all(isinstance(v, kind) for v in vs)
    if key == SH.minLength:
        shortest = int(value)
        return lambda vs: all(not isinstance(v, ox.BlankNode) and len(v.value) >= shortest for v in vs)
    if key == SH.minInclusive:
        if getattr(to_oxigraph(value), "datatype", None) != _INTEGER:
            raise Unsupported(f"sh:minInclusive {value!r}")
        floor = int(value)
        return lambda vs: all(_typed(v, _INTEGER) and int(v.value) >= floor for v in vs)
    pattern = re.compile(str(value))
    return lambda vs: all(not isinstance(v, ox.BlankNode) and pattern.search(v.value) for v in vs)


def _query(shapes: Graph, node: Node) -> _Query:
    if set(shapes.predicates(node)) - _SPARQL_KEYS or (node, SH.select, None) not in shapes:
        raise Unsupported(f"{node}: a SPARQL constraint other than a SELECT")
    prologue = "".join(
        f"PREFIX {shapes.value(d, SH.prefix)}: <{shapes.value(d, SH.namespace)}>\n"
        for source in shapes.objects(node, SH.prefixes)
        for d in shapes.objects(source, SH.declare)
    )
    select = str(shapes.value(node, SH.select)).replace("$this", "?this")
    text = f"{prologue}SELECT ?this WHERE {{ VALUES ?this {{ {_FOCUS} }} {{ {select} }} }} LIMIT 1"
    patterns: list = []
    _patterns(prepareQuery(prologue + select).algebra, patterns)
    fixed = all(isinstance(p, URIRef) and not isinstance(p, Path) for _, p, _ in patterns)
    return _Query(text, frozenset(to_oxigraph(p) for _, p, _ in patterns) if fixed else None)


def _patterns(node, out: list) -> None:
    """Every triple pattern anywhere in a query's algebra (FILTER EXISTS included)."""
    if isinstance(node, CompValue):
        for key, value in node.items():
            if key == "triples":
                out.extend(value)
            _patterns(value, out)
    elif isinstance(node, list | tuple):
        for value in node:
            _patterns(value, out)


# ---- checking a graph ---------------------------------------------------------------------


def _typed(value, datatype: ox.NamedNode) -> bool:
    if not isinstance(value, ox.Literal) or value.language or value.datatype != datatype:
        return False
    lexical = _LEXICAL[datatype]
    if lexical is None:
        return True
    if not lexical.fullmatch(value.value):
        return False
    if datatype == _DATE:
        return _parses(dt.date.fromisoformat, value.value)
    if datatype == _DATETIME:
        return _parses(dt.datetime.fromisoformat, value.value.replace("Z", "+00:00"))
    return True


def _parses(parse: Callable, text: str) -> bool:
    try:
        parse(text)
    except ValueError:
        return False
    return True


def _not_after(left, right) -> bool:
    if not (isinstance(left, ox.Literal) and isinstance(right, ox.Literal)) or left.datatype != right.datatype:
        return False
    if not isinstance(left.datatype, ox.NamedNode):
        return False
    if left.datatype == _INTEGER and _typed(left, _INTEGER) and _typed(right, _INTEGER):
        return int(left.value) <= int(right.value)
    if left.datatype == _DATE and _typed(left, _DATE) and _typed(right, _DATE):
        return dt.date.fromisoformat(left.value) <= dt.date.fromisoformat(right.value)
    return False


class Index:
    """Triples by (subject, predicate) and by predicate. Built over a ``base`` index (the ontology
    axioms, indexed once per process) it shares the base's entries and copies one only to add
    to it: the axioms were two fifths of what each article's index held."""

    def __init__(self, triples: Iterable[ox.Triple], base: Index | None = None):
        inherited: dict[tuple, set] = base.values if base is not None else {}
        self.values: dict[tuple, set] = dict(inherited)
        self.by_predicate: dict = {p: list(ts) for p, ts in base.by_predicate.items()} if base is not None else {}
        values, by_predicate = self.values, self.by_predicate
        for t in triples:
            s, p, o = t  # each attribute read makes a new Python term: read them once
            key = (s, p)
            found: set | None = values.get(key)
            if found is None:
                values[key] = {o}
            elif found is inherited.get(key):
                values[key] = found | {o}
            else:
                found.add(o)
            by_predicate.setdefault(p, []).append(t)

    def instances(self, classes: set) -> set:
        wanted, frontier = set(classes), set(classes)
        below: dict = {}
        for t in self.by_predicate.get(_SUBCLASS, ()):
            below.setdefault(t.object, set()).add(t.subject)
        while frontier:
            frontier = {c for f in frontier for c in below.get(f, ())} - wanted
            wanted |= frontier
        return {t.subject for t in self.by_predicate.get(_TYPE, ()) if t.object in wanted}


def clears(shapes: tuple[_Shape, ...], triples: list[ox.Triple], graph: Graph, axioms: Index) -> bool:
    """Whether the graph (``triples``, its pyoxigraph terms) with the ontology ``axioms`` (indexed)
    meets every compiled constraint. False means only that pyshacl must decide."""
    index = Index(triples, axioms)
    for shape in shapes:
        focus = index.instances(shape.classes) if shape.classes else set()
        focus |= {t.object for p in shape.objects_of for t in index.by_predicate.get(p, ())}
        focus |= {t.subject for p in shape.subjects_of for t in index.by_predicate.get(p, ())}
        for node in focus:
            if not all(_meets(index, graph, node, prop) for prop in shape.properties):
                return False
            if not all(any(_meets(index, graph, node, alt) for alt in choice) for choice in shape.any_of):
                return False
        if shape.queries and focus and not _no_rows(shape.queries, focus, index):
            return False
    return True


def _meets(index: Index, graph: Graph, node, prop: _Property) -> bool:
    values = index.values.get((node, prop.path), set())
    if not all(check(values) for check in prop.checks):
        return False
    for other in prop.not_after:
        if not all(_not_after(v, o) for v in values for o in index.values.get((node, other), ())):
            return False
    if prop.one_of is not None and values:  # as pyshacl sees them: an rdflib "a"^^xsd:string is not "a"
        if isinstance(node, ox.Literal) or not set(graph.objects(to_rdflib(node), to_rdflib(prop.path))) <= prop.one_of:
            return False
        if not all(to_rdflib(v) in prop.one_of for v in values):
            return False
    return True


def _no_rows(queries: list[_Query], focus: set, index: Index) -> bool:
    if any(isinstance(n, ox.BlankNode) for n in focus):
        return False
    named = " ".join(str(n) for n in focus)
    for query in queries:
        store = ox.Store()
        if query.predicates is None:
            store.extend(ox.Quad(t.subject, t.predicate, t.object) for ts in index.by_predicate.values() for t in ts)
        else:
            store.extend(
                ox.Quad(t.subject, t.predicate, t.object)
                for p in query.predicates
                for t in index.by_predicate.get(p, ())
            )
        found = store.query(query.text.replace(_FOCUS, named))
        assert isinstance(found, ox.QuerySolutions)
        if any(True for _ in found):
            return False
    return True
