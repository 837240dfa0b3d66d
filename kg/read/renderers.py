"""Every format the tool writes, in one table, and the one CURIE shortener.

``kg query``, ``kg export``, the pages, the SPARQL endpoint and the graph store look formats up
here by what they produce: solutions (SELECT/ASK), triples (CONSTRUCT/DESCRIBE, an IRI's RDF),
quads (a whole store), flat (spreadsheet-style exports) and pages (HTML and its JSON twin).
The table's order is the servers' preference: it breaks a tie between equally acceptable
media types, and its first entry of a shape is what a client without an Accept header gets.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.build.prefixes import PREFIXES


@dataclass(frozen=True)
class Renderer:
    name: str
    """``--format`` name on the command line."""
    alias: str
    """``?format=`` name on pages, and the file extension it is guessed from."""
    media_type: str
    shape: str
    """solutions, triples, quads, flat or page."""
    native: ox.RdfFormat | ox.QueryResultsFormat | None = None
    names: tuple[str, ...] = ()
    """More names the endpoint's ``format=``/``output=``/``results=`` parameter knows it by."""
    synonyms: tuple[str, ...] = ()
    """More media types a client may ask for it by (``application/json`` for SPARQL JSON results)."""


RENDERERS: tuple[Renderer, ...] = (
    Renderer("table", "txt", "text/plain", "solutions"),
    *(
        Renderer(name, f.file_extension, f.media_type.split(";")[0], "solutions", f, synonyms=synonyms)
        for name, f, synonyms in (
            ("json", ox.QueryResultsFormat.JSON, ("application/json",)),
            ("xml", ox.QueryResultsFormat.XML, ("application/xml",)),
            ("csv", ox.QueryResultsFormat.CSV, ()),
            ("tsv", ox.QueryResultsFormat.TSV, ()),
        )
    ),
    *(
        Renderer(name, f.file_extension, f.media_type, "triples", f, names)
        for name, f, names in (
            ("turtle", ox.RdfFormat.TURTLE, ("n3",)),
            ("ntriples", ox.RdfFormat.N_TRIPLES, ()),
            ("jsonld", ox.RdfFormat.JSON_LD, ("json", "json-ld")),
            ("rdfxml", ox.RdfFormat.RDF_XML, ("xml", "rdf+xml")),
        )
    ),
    *(
        Renderer(name, f.file_extension, f.media_type, "quads", f)
        for name, f in (("trig", ox.RdfFormat.TRIG), ("nquads", ox.RdfFormat.N_QUADS), ("jsonld", ox.RdfFormat.JSON_LD))
    ),
    Renderer("csv", "csv", "text/csv", "flat"),
    Renderer("claimreview", "claimreview.json", "application/ld+json", "flat"),
    Renderer("html", "html", "text/html", "page"),
    Renderer("json", "json", "application/json", "page"),
)


def of_shape(*shapes: str) -> dict[str, Renderer]:
    """The renderers producing any of ``shapes``, by ``--format`` name (the first shape wins a clash)."""
    found: dict[str, Renderer] = {}
    for shape in shapes:
        for renderer in RENDERERS:
            if renderer.shape == shape:
                found.setdefault(renderer.name, renderer)
    return found


def by_media_type(shape: str) -> dict[str, Renderer]:
    return {r.media_type: r for r in RENDERERS if r.shape == shape}


def natives(*shapes: str) -> dict:
    """Media type -> pyoxigraph format, for the renderers of ``shapes`` that pyoxigraph writes, in the table's order."""
    return {r.media_type: r.native for shape in shapes for r in RENDERERS if r.shape == shape and r.native is not None}


def synonyms(shape: str) -> dict[str, str]:
    """Other media type -> the renderer's own, for ``shape``."""
    return {other: r.media_type for r in RENDERERS if r.shape == shape for other in r.synonyms}


def format_names(shape: str) -> dict[str, str]:
    """Every name a ``format=`` parameter may give a renderer of ``shape`` that pyoxigraph writes -> its media type."""
    found: dict[str, str] = {}
    for renderer in RENDERERS:
        if renderer.shape == shape and renderer.native is not None:
            for name in (renderer.name, renderer.alias, *renderer.names):
                found.setdefault(name, renderer.media_type)
    return found


def guess(path: str, *shapes: str) -> Renderer | None:
    """The renderer a file name's extension asks for (``out.csv``, ``dump.nq``), among ``shapes``."""
    name = Path(path).name.lower()
    matches = [r for shape in shapes for r in RENDERERS if r.shape == shape and name.endswith("." + r.alias)]
    return max(matches, key=lambda r: len(r.alias), default=None)


def serialize_triples(triples, renderer: Renderer) -> bytes:
    """Triples in an RDF format, with the project's prefixes where the format has prefixes."""
    if not isinstance(renderer.native, ox.RdfFormat):
        raise ValueError(f"{renderer.name} is not an RDF format")
    return ox.serialize(triples, format=renderer.native, prefixes=PREFIXES) or b""


def curie(iri: str) -> str | None:
    """``qg:speaker`` for an IRI in a known namespace whose rest is a plain local name, else None."""
    for prefix, namespace in PREFIXES.items():
        local = iri[len(namespace) :]
        if iri.startswith(namespace) and local and all(c.isalnum() or c in "_-" for c in local):
            return f"{prefix}:{local}"
    return None
