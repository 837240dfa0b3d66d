"""Loading RDF files into the store, one named graph per file.

A file's graph IRI is minted from its resolved path, so loading the same file again
replaces its graph rather than adding a copy. The graph carries its own provenance
(``qg:LoadedGraph``: where from, content hash, version, when); an unchanged hash makes the
reload a no-op. Each file is parsed and SHACL-validated before anything is written, and is
written with one atomic update: a bad file leaves the store exactly as it was.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from rdflib import Graph, URIRef
from rdflib import Literal as RdfLiteral

from kg import __version__
from kg.build.namespace import PROV, QG, RDF, XSD
from kg.errors import KgError
from kg.load.validate import check
from kg.paths import ONTOLOGY_FILE
from kg.store import Store
from kg.store.formats import detect_format, parse_bytes

Status = Literal["loaded", "unchanged", "failed"]


@dataclass
class LoadResult:
    source: str
    graph: str | None
    status: Status
    triples: int = 0
    message: str = ""


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def stored_hash(store: Store, graph: URIRef) -> str | None:
    """The content hash recorded in a loaded graph, None if the graph is absent."""
    rows = list(store.query(f"SELECT ?h WHERE {{ GRAPH <{graph}> {{ <{graph}> <{QG.contentHash}> ?h }} }}"))
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


def file_graphs(store: Store, iri: URIRef, graph: Graph) -> dict[str, Graph | None]:
    """Every graph one file's load writes, in one atomic update, with what it lets us infer."""
    from kg.infer.planner import with_inference

    return with_inference(store, {str(iri): graph})


def ensure_ontology(store: Store) -> bool:
    """Load (or refresh) the ontology graph; True if it was written. Idempotent by hash."""
    iri = store.minter.ontology_graph
    data = ONTOLOGY_FILE.read_bytes()
    digest = content_hash(data)
    if stored_hash(store, iri) == digest:
        return False
    graph = parse_bytes(data, detect_format(ONTOLOGY_FILE), source=str(ONTOLOGY_FILE))
    add_provenance(graph, iri, loaded_from=str(ONTOLOGY_FILE), digest=digest)
    store.replace_graph(str(iri), graph)
    return True


def load_rdf_file(store: Store, path: str, *, format: str | None = None) -> LoadResult:
    """Load one RDF file into its own named graph; failures come back as a result, not raised."""
    try:
        resolved = Path(path).resolve()
        rdf_format = detect_format(path, format)
        try:
            data = resolved.read_bytes()
        except OSError as error:
            raise KgError(f"{path}: cannot read: {error.strerror or error}") from None
        iri = store.minter.file_graph(str(resolved))
        digest = content_hash(data)
        if stored_hash(store, iri) == digest:
            return LoadResult(path, str(iri), "unchanged", message="unchanged")
        graph = parse_bytes(data, rdf_format, source=path, base_iri=resolved.as_uri())
        check(graph, path)
        triples = len(graph)
        add_provenance(graph, iri, loaded_from=str(resolved), digest=digest)
        store.replace_graphs(file_graphs(store, iri, graph))
    except KgError as error:
        return LoadResult(path, None, "failed", message=str(error))
    return LoadResult(path, str(iri), "loaded", triples=triples)


def load_rdf_files(store: Store, paths: Iterable[str], *, format: str | None = None) -> list[LoadResult]:
    """Load each file on its own: one bad file does not stop the batch."""
    ensure_ontology(store)
    return [load_rdf_file(store, path, format=format) for path in paths]


def unload_graphs(store: Store, iri: str) -> dict[str, Graph | None]:
    """The graphs removing one loaded graph drops: it and what was inferred from it."""
    from kg.infer.planner import with_inference

    return with_inference(store, {str(iri): None})


def unload(store: Store, iri: str) -> None:
    if not store.has_graph(iri):
        raise KgError(f"no graph {iri} in the store (see `kg graphs`)")
    store.replace_graphs(unload_graphs(store, iri))
