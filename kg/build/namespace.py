"""The one place code gets IRIs from.

Ontology terms are read from ``ontology/quotegraph.ttl`` itself: ``QG`` is a closed
namespace built from the terms the file defines, so a typo such as ``QG.speeker`` fails at
import time instead of silently minting a new IRI. The external vocabularies we align to
are rdflib's own namespace objects.
"""

from functools import lru_cache

from rdflib import OWL, RDF, RDFS, XSD, Graph, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, ClosedNamespace

from kg.build.prefixes import PREFIXES, sparql_prologue
from kg.paths import ONTOLOGY_FILE

SCHEMA = Namespace(PREFIXES["schema"])
CITO = Namespace(PREFIXES["cito"])
ORG = Namespace(PREFIXES["org"])
OA = Namespace(PREFIXES["oa"])
SH = Namespace("http://www.w3.org/ns/shacl#")


@lru_cache(maxsize=1)
def ontology_graph() -> Graph:
    """The parsed ontology (cached: it is read on every command)."""
    graph = Graph()
    graph.parse(ONTOLOGY_FILE, format="turtle")
    return graph


def _closed_namespace() -> tuple[ClosedNamespace, URIRef]:
    graph = ontology_graph()
    base = dict(graph.namespaces())["qg"]
    ontology_iri = URIRef(str(next(graph.subjects(RDF.type, OWL.Ontology))))
    terms = sorted(
        str(s)[len(base) :]
        for s in set(graph.subjects())
        if isinstance(s, URIRef) and str(s).startswith(str(base)) and len(str(s)) > len(base)
    )
    return ClosedNamespace(str(base), terms), ontology_iri


QG, ONTOLOGY_IRI = _closed_namespace()

STATEMENT_KINDS = {"allegation": QG.Allegation, "denial": QG.Denial, "confirmation": QG.Confirmation, "claim": QG.Claim}
"""The JSON contract's statement kinds and their classes, most specific first: a page names a statement
by the first class it has (an allegation is also a claim)."""
QUOTE_KINDS = {"direct": QG.DirectQuote, "mixed": QG.MixedQuote, "indirect": QG.IndirectQuote}
"""The JSON contract's quote kinds and their classes."""


def bind_prefixes(graph: Graph) -> Graph:
    for prefix, iri in PREFIXES.items():
        graph.bind(prefix, iri, override=True)
    return graph


__all__ = [
    "CITO",
    "DCTERMS",
    "OA",
    "ONTOLOGY_IRI",
    "ORG",
    "OWL",
    "PREFIXES",
    "PROV",
    "QG",
    "QUOTE_KINDS",
    "RDF",
    "RDFS",
    "SCHEMA",
    "SH",
    "STATEMENT_KINDS",
    "XSD",
    "bind_prefixes",
    "ontology_graph",
    "sparql_prologue",
]
