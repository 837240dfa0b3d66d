"""Reading RDF files: which format a file is in, and parsing it into an rdflib graph.

Parsing goes through Oxigraph's parsers, which are fast and report errors with a line and
column; the triples are then handed over as an rdflib graph because validation (pyshacl)
and the store's atomic replace take rdflib graphs. Quad formats (TriG, N-Quads) are
flattened: every triple of the file, whatever graph the file put it in, belongs to the
file's one named graph in the store.
"""

from __future__ import annotations

from pathlib import Path
from xml.parsers import expat

import pyoxigraph as ox
from rdflib import Graph

from kg.errors import KgError

FORMATS: dict[str, ox.RdfFormat] = {
    "turtle": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}

EXTENSIONS: dict[str, str] = {
    ".ttl": "turtle",
    ".turtle": "turtle",
    ".trig": "trig",
    ".nt": "ntriples",
    ".nq": "nquads",
    ".jsonld": "jsonld",
    ".json-ld": "jsonld",
    ".rdf": "rdfxml",
    ".owl": "rdfxml",
    ".xml": "rdfxml",
}


class RdfFormatError(KgError):
    """The format of a file is unknown or not one we read."""


class RdfSyntaxError(KgError):
    """A file does not parse; the message carries the line and column."""


def format_named(name: str) -> ox.RdfFormat:
    try:
        return FORMATS[name.lower()]
    except KeyError:
        raise RdfFormatError(f"unknown RDF format {name!r} (choose from {', '.join(FORMATS)})") from None


def is_rdf_path(path: str) -> bool:
    """Whether a path's extension names an RDF format (articles and folders are not RDF)."""
    return Path(path).suffix.lower() in EXTENSIONS


def detect_format(path: str | Path, format: str | None = None) -> ox.RdfFormat:
    """The format given by name, else by the file's extension."""
    if format:
        return format_named(format)
    suffix = Path(path).suffix.lower()
    if suffix not in EXTENSIONS:
        raise RdfFormatError(
            f"{path}: unknown RDF format {suffix or '(no extension)'!r} "
            f"(use --format or one of {', '.join(sorted(EXTENSIONS))})"
        )
    return FORMATS[EXTENSIONS[suffix]]


def _position(error: SyntaxError) -> str:
    if error.lineno:
        return f"line {error.lineno} column {error.offset or 1}"
    return ""


def _reason(error: SyntaxError) -> str:
    text = str(error.args[0] if error.args else error).splitlines()[0]
    if "LoadDocumentCallback" in text:
        return "remote JSON-LD @context documents are not fetched; inline the context"
    head, sep, tail = text.partition(": ")
    return tail if sep and head.startswith("Parser error") else text


def syntax_message(source: str, error: SyntaxError) -> str:
    """``FILE: parse error at line L column C: REASON`` (position left out when unknown)."""
    where = _position(error)
    return f"{source}: parse error{' at ' + where if where else ''}: {_reason(error)}"


MAX_XML_DEPTH = 1000  # RDF/XML element nesting; Oxigraph's parser is quadratic in it (100k levels: 2 min)


def _check_rdf_xml(data: bytes, source: str) -> None:
    """Refuse RDF/XML that Oxigraph's parser would expand or crawl through, or stop short on.

    Oxigraph expands internal entities without bound (810 bytes of nested entities make a
    300-million-character literal), takes quadratic time in nesting depth, and returns the
    triples read so far from a document that ends early. Expat reads the document first, in
    linear time, refusing any entity declaration, nesting past MAX_XML_DEPTH and an unclosed
    document; it never fetches external entities.
    """
    parser = expat.ParserCreate()
    depth = 0

    def start(_name, _attributes):
        nonlocal depth
        depth += 1
        if depth > MAX_XML_DEPTH:
            raise RdfSyntaxError(f"{source}: XML nested deeper than {MAX_XML_DEPTH} elements")

    def end(_name):
        nonlocal depth
        depth -= 1

    def entity(name, *_rest):
        raise RdfSyntaxError(
            f"{source}: the document declares the XML entity {name!r}; entity declarations are refused"
        )

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.EntityDeclHandler = entity
    parser.UnparsedEntityDeclHandler = entity
    try:
        parser.Parse(data, True)
    except expat.ExpatError as error:
        raise RdfSyntaxError(
            f"{source}: parse error at line {error.lineno} column {error.offset + 1}: {expat.ErrorString(error.code)}"
        ) from None


def check_document(data: bytes, rdf_format: ox.RdfFormat, source: str) -> None:
    """Refuse a document that would parse into something other than what it says (see _check_rdf_xml)."""
    if rdf_format == ox.RdfFormat.RDF_XML:
        _check_rdf_xml(data, source)
    elif rdf_format == ox.RdfFormat.JSON_LD and data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] not in (b"{", b"["):
        raise RdfSyntaxError(f"{source}: a JSON-LD document is a JSON object or array")


def parse_quads(data: bytes, rdf_format: ox.RdfFormat, *, source: str, base_iri: str | None = None) -> list[ox.Quad]:
    """Every quad of one document, checked first (check_document); RdfSyntaxError when it does not parse."""
    check_document(data, rdf_format, source)
    try:
        return list(ox.parse(data, rdf_format, base_iri=base_iri))
    except SyntaxError as error:
        raise RdfSyntaxError(syntax_message(source, error)) from None
    except ValueError as error:
        raise RdfSyntaxError(f"{source}: {str(error).splitlines()[0]}") from None


def parse_bytes(data: bytes, rdf_format: ox.RdfFormat, *, source: str, base_iri: str | None = None) -> Graph:
    """The triples of one document as an rdflib graph (graph names dropped) that keeps them as
    pyoxigraph terms too (``kg.store.terms``, which converts between the two)."""
    from kg.store import terms

    triples = [quad.triple for quad in parse_quads(data, rdf_format, source=source, base_iri=base_iri)]
    for t in triples:
        if isinstance(t.subject, ox.Triple) or isinstance(t.object, ox.Triple):
            raise RdfSyntaxError(f"{source}: RDF-star triple terms are not supported ({t})")
    return terms.graph(triples)
