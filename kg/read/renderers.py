"""Every format the tool writes, in one table, and the one CURIE shortener.

``kg query``, ``kg export`` and the pages look formats up here by what they produce:
solutions (SELECT/ASK), triples (CONSTRUCT/DESCRIBE, an IRI's RDF), quads (a whole store),
flat (spreadsheet-style exports) and pages (HTML and its JSON twin).
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


RENDERERS: tuple[Renderer, ...] = (
    Renderer("table", "txt", "text/plain", "solutions"),
    *(
        Renderer(name, f.file_extension, f.media_type.split(";")[0], "solutions", f)
        for name, f in (
            ("json", ox.QueryResultsFormat.JSON),
            ("csv", ox.QueryResultsFormat.CSV),
            ("tsv", ox.QueryResultsFormat.TSV),
            ("xml", ox.QueryResultsFormat.XML),
        )
    ),
    *(
        Renderer(name, f.file_extension, f.media_type, "triples", f)
        for name, f in (
            ("turtle", ox.RdfFormat.TURTLE),
            ("jsonld", ox.RdfFormat.JSON_LD),
            ("ntriples", ox.RdfFormat.N_TRIPLES),
            ("rdfxml", ox.RdfFormat.RDF_XML),
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
