"""RDF files as the graphs they load into, one named graph per file.

A file's graph IRI is minted from its resolved path, so loading the same file again
replaces its graph rather than adding a copy. The graph carries its own provenance
(``qg:LoadedGraph``: where from, content hash, version, when); an unchanged hash makes the
reload a no-op. Each file is parsed and SHACL-validated here, before ``kg.load.loader``
writes it with one atomic update: a bad file leaves the store exactly as it was.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib import Literal as RdfLiteral

from kg import __version__
from kg.build.namespace import PROV, QG, RDF, XSD
from kg.errors import KgError
from kg.load.validate import check
from kg.paths import ONTOLOGY_FILE
from kg.store import Store, quote
from kg.store.formats import detect_format, parse_bytes


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def stored_hash(store: Store, graph: URIRef) -> str | None:
    """The content hash recorded in a loaded graph, None if the graph is absent."""
    where = f"GRAPH {quote.iri(graph)} {{ {quote.iri(graph)} {quote.iri(QG.contentHash)} ?h }}"
    rows = list(store.query(f"SELECT ?h WHERE {{ {where} }}"))
    return rows[0]["h"].value if rows else None


def add_provenance(graph: Graph, iri: URIRef, *, loaded_from: str, digest: str, kind: URIRef = QG.LoadedGraph) -> Graph:
    """Describe the named graph inside itself, so the store records what each graph is."""
    graph.add((iri, RDF.type, kind))
    graph.add((iri, QG.loadedFrom, RdfLiteral(loaded_from)))
    graph.add((iri, QG.contentHash, RdfLiteral(digest)))
    graph.add((iri, QG.extractorVersion, RdfLiteral(__version__)))
    graph.add(
        (
            iri,
            PROV.generatedAtTime,
            RdfLiteral(datetime.now(UTC).replace(microsecond=0), datatype=XSD.dateTime),
        )
    )
    return graph


def ontology(store: Store) -> tuple[str, Graph] | None:
    """The ontology graph to (re)write, None when the stored one has the file's hash."""
    iri = store.minter.ontology_graph
    data = ONTOLOGY_FILE.read_bytes()
    digest = content_hash(data)
    if stored_hash(store, iri) == digest:
        return None
    graph = parse_bytes(data, detect_format(ONTOLOGY_FILE), source=str(ONTOLOGY_FILE))
    return str(iri), add_provenance(graph, iri, loaded_from=str(ONTOLOGY_FILE), digest=digest)


def read_rdf_file(store: Store, path: str, *, format: str | None = None) -> tuple[str, Graph | None, int]:
    """The file's graph IRI, its validated graph with provenance (None when the stored copy has
    the same hash) and how many triples the file holds. Raises KgError on a bad file."""
    resolved = Path(path).resolve()
    rdf_format = detect_format(path, format)
    try:
        data = resolved.read_bytes()
    except OSError as error:
        raise KgError(f"{path}: cannot read: {error.strerror or error}") from None
    iri = store.minter.file_graph(str(resolved))
    digest = content_hash(data)
    if stored_hash(store, iri) == digest:
        return str(iri), None, 0
    graph = parse_bytes(data, rdf_format, source=path, base_iri=resolved.as_uri())
    check(graph, path)
    triples = len(graph)
    return str(iri), add_provenance(graph, iri, loaded_from=str(resolved), digest=digest), triples
