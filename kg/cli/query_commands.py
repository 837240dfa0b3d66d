"""``kg query``, ``kg update`` and ``kg export``: SPARQL from the command line, and the store out as files.

Imports stay inside the commands: ``kg query`` starts without rdflib or the NLP stack.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from kg.cli import add_store_options
from kg.errors import KgError

RESULT_FORMATS = ("table", "json", "csv", "tsv", "xml", "turtle", "ntriples", "jsonld", "rdfxml")
EXPORT_FORMATS = ("trig", "nquads", "jsonld", "csv", "claimreview")


def _text_source(parser: argparse.ArgumentParser, what: str) -> None:
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument(what, nargs="?", metavar=what.upper(), help=f"SPARQL {what} text")
    source.add_argument("-f", "--file", metavar="FILE.rq", help=f"read the {what} from a file (- for stdin)")


def register(commands) -> None:
    query = commands.add_parser(
        "query",
        description="Run a SPARQL query over the union of every named graph. The prefixes qg:, rdf:, rdfs:, "
        "owl:, xsd:, schema:, prov:, cito:, org:, oa: and dcterms: are declared for you (your own PREFIX "
        "lines win). A store that `kg serve` holds is read through the server.",
    )
    _text_source(query, "query")
    query.add_argument(
        "--format",
        type=str.lower,
        choices=RESULT_FORMATS,
        help="table (default on a terminal), json, csv, tsv, xml for SELECT/ASK; turtle (default), ntriples, "
        "jsonld, rdfxml for CONSTRUCT/DESCRIBE; with -o, guessed from the file name",
    )
    query.add_argument("-o", "--output", metavar="FILE", help="write the results to FILE instead of stdout")
    add_store_options(query)
    query.set_defaults(func=run_query)

    update = commands.add_parser(
        "update",
        description="Apply a SPARQL 1.1 Update (INSERT DATA, DELETE WHERE, DROP GRAPH ...) to the store in one "
        "transaction, with the same prefixes declared as for `kg query`. It writes exactly what it says: "
        "nothing is validated or inferred from it (`kg load` does both), so re-derive with `kg reason --full` "
        "after changing statements or parties this way.",
    )
    _text_source(update, "update")
    add_store_options(update)
    update.set_defaults(func=run_update)

    export = commands.add_parser(
        "export",
        description="Write the store's named graphs as TriG, N-Quads or JSON-LD (each graph keeps its name), "
        "or every statement flat: csv (one row per statement) or claimreview (schema.org ClaimReview "
        "JSON-LD of disputed claims).",
    )
    export.add_argument(
        "--format",
        type=str.lower,
        choices=EXPORT_FORMATS,
        help="trig (default), nquads, jsonld, csv or claimreview; with -o, guessed from the file name",
    )
    export.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    export.add_argument(
        "--graph",
        action="append",
        metavar="GRAPH|PATH",
        help="only this graph: its IRI, or the file or URL it was loaded from (repeatable)",
    )
    export.add_argument(
        "--no-inferred", action="store_true", help="leave out inferred graphs (what `kg reason` derived)"
    )
    export.add_argument("--no-ontology", action="store_true", help="leave out the ontology and its closure")
    add_store_options(export)
    export.set_defaults(func=run_export)


def read_text(args: argparse.Namespace, what: str) -> str:
    given = getattr(args, what)
    if given is not None:
        return given
    if args.file == "-":
        return sys.stdin.read()
    try:
        return Path(args.file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise KgError(f"cannot read {what} file {args.file}: {getattr(error, 'strerror', None) or error}") from None


def _chosen(format: str | None, output: str | None, shapes: tuple[str, ...], default: str) -> str:
    """The --format given, else the one the output file's name asks for, else ``default``."""
    from kg.read.renderers import guess

    if format:
        return format
    guessed = guess(output, *shapes) if output else None
    return guessed.name if guessed else default


def table(solutions) -> str:
    """Aligned plain text with prefixed names, for reading in a terminal."""
    import pyoxigraph as ox

    from kg.read.renderers import curie

    def short(term) -> str:
        if term is None:
            return ""
        if isinstance(term, ox.NamedNode):
            return curie(term.value) or f"<{term.value}>"
        if isinstance(term, ox.BlankNode):
            return f"_:{term.value}"
        return term.value

    names = [v.value for v in solutions.variables]
    found = [[short(solution[name]).replace("\n", " ") for name in names] for solution in solutions]
    widths = [max([len(name), *(len(row[i]) for row in found)]) for i, name in enumerate(names)]
    lines = ["  ".join(n.ljust(w) for n, w in zip(names, widths)).rstrip(), "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in found]
    return "\n".join(lines) + "\n"


def render(result, format: str) -> bytes:
    """Query results in ``format``: a table or a results format for solutions, RDF for triples."""
    import pyoxigraph as ox

    from kg.read.renderers import of_shape, serialize_triples

    triples, solutions = of_shape("triples"), of_shape("solutions")
    if isinstance(result, ox.QueryTriples):
        renderer = triples.get("turtle" if format == "table" else format)
        if renderer is None:
            raise KgError(f"--format {format} is for SELECT/ASK; CONSTRUCT/DESCRIBE results are {', '.join(triples)}")
        return serialize_triples(result, renderer)
    if format in triples:
        raise KgError(f"--format {format} is for CONSTRUCT/DESCRIBE; SELECT/ASK results are {', '.join(solutions)}")
    if format == "table":
        if isinstance(result, ox.QueryBoolean):
            return f"{'true' if bool(result) else 'false'}\n".encode()
        return table(result).encode("utf-8")
    data = result.serialize(format=solutions[format].native)
    return data if data.endswith(b"\n") else data + b"\n"


def write_atomically(path: str, data: bytes) -> None:
    """Write via a temporary file and rename, so an interrupted write never leaves half a file."""
    target = Path(path)
    temporary = None
    try:
        with tempfile.NamedTemporaryFile(dir=target.parent, prefix=f".{target.name}.", delete=False) as handle:
            temporary = handle.name
            handle.write(data)
        os.chmod(temporary, 0o644)
        os.replace(temporary, target)
    except OSError as error:
        if temporary and os.path.exists(temporary):
            os.unlink(temporary)
        raise KgError(f"cannot write {path}: {error.strerror or error}") from None


def _emit(data: bytes, output: str | None) -> None:
    if output:
        write_atomically(output, data)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()


def run_query(args: argparse.Namespace) -> int:
    from kg.build.prefixes import PREFIXES
    from kg.cli.store_commands import existing_store

    sparql = read_text(args, "query")
    format = _chosen(args.format, args.output, ("solutions", "triples"), "table")
    with existing_store(args, read_only=True) as store:
        output = render(store.query(sparql, prefixes=PREFIXES), format)
        cut = getattr(store, "truncated", None)
        if cut:
            print(f"kg query: warning: the server cut the results ({cut}): page with LIMIT/OFFSET", file=sys.stderr)
        if "graph/inferred/names" in sparql:
            from kg.infer.names import STALE_HINT, is_missing

            if str(store.minter.names_graph) in sparql and is_missing(store, str(store.minter.names_graph)):
                print(f"kg query: warning: {STALE_HINT}", file=sys.stderr)
        from kg.infer import stale

        behind = stale.staleness(store)
        if behind:
            print(f"kg query: warning: {stale.warning(behind)}", file=sys.stderr)
    _emit(output, args.output)
    if args.output:
        print(f"wrote {len(output)} bytes of {format} to {args.output}", file=sys.stderr)
    return 0


def run_update(args: argparse.Namespace) -> int:
    from kg.build.prefixes import PREFIXES
    from kg.cli import store_from_args
    from kg.cli.progress import summary

    sparql = read_text(args, "update")
    started = time.monotonic()
    with store_from_args(args) as store:
        from kg.infer import stale

        with stale.bypassing(store, store.update, "kg update"):
            before = dict(store.graphs())  # the stale mark, written first, is no change of the user's
            store.update(sparql, prefixes=PREFIXES)
            after = dict(store.graphs())
    changed = sorted(g for g in before.keys() | after.keys() if before.get(g) != after.get(g))
    delta = sum(after.values()) - sum(before.values())
    summary(
        f"updated {store.location}: {len(changed)} graph(s) changed, {delta:+d} triples"
        + (
            " (inferred graphs are not re-derived: run `kg reason --full` if statements or parties changed)"
            if changed
            else ""
        ),
        started,
    )
    return 0


def _selected(store, args: argparse.Namespace) -> list[str] | None:
    """The graphs to export (None: all of them), from --graph, --no-inferred and --no-ontology."""
    if not (args.graph or args.no_inferred or args.no_ontology):
        return None
    from kg.read.graphs import catalogue, matching

    graphs = catalogue(store, store.minter)
    if args.graph:
        chosen = []
        for name in args.graph:
            found = matching(graphs, name)
            if not found:
                raise KgError(f"no graph {name} in the store (see `kg graphs`)")
            chosen += found
    else:
        chosen = graphs
    dropped = (
        {"inferred", "names", "keys", "claims", "party map", "party facts", "inference state"}
        if args.no_inferred
        else set()
    )
    dropped |= {"ontology"} if args.no_ontology else set()
    closure = str(store.minter.ontology_inferred_graph)
    return [g.iri for g in chosen if g.kind not in dropped and not (args.no_ontology and g.iri == closure)]


def dump(store, graphs: list[str] | None, renderer) -> tuple[bytes, int]:
    """The quads of ``graphs`` (None: every named graph) in a quad format, with a progress bar."""
    import pyoxigraph as ox

    from kg.build.prefixes import PREFIXES
    from kg.cli.progress import bar

    counts = dict(store.graphs())
    wanted = list(counts) if graphs is None else graphs
    total = sum(counts.get(g, 0) for g in wanted)
    dataset = ox.Dataset()
    with bar(total=total, desc="exporting", unit="quad") as shown:
        for graph in wanted:
            rows = store.query(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
            name = ox.NamedNode(graph)
            for row in rows:
                dataset.add(ox.Quad(row[0], row[1], row[2], name))
                shown.update()
    return ox.serialize(dataset, format=renderer.native, prefixes=PREFIXES) or b"", len(dataset)


def run_export(args: argparse.Namespace) -> int:
    from kg.cli.progress import summary
    from kg.cli.store_commands import existing_store
    from kg.read.renderers import of_shape

    started = time.monotonic()
    format = _chosen(args.format, args.output, ("quads", "flat"), "trig")
    flat = of_shape("flat")
    if format in flat and (args.graph or args.no_inferred or args.no_ontology):
        raise KgError(
            f"--format {format} lists statements from the whole store: --graph, --no-inferred "
            "and --no-ontology are for trig, nquads and jsonld"
        )
    with existing_store(args) as store:
        if format in flat:
            from kg.read.export import flat_export

            data, what = flat_export(store, format), format
        else:
            graphs = _selected(store, args)
            data, quads = dump(store, graphs, of_shape("quads")[format])
            what = f"{quads} quads from {len(graphs) if graphs is not None else 'every'} graph(s) as {format}"
    _emit(data, args.output)
    summary(f"exported {what} to {args.output or 'stdout'}", started)
    return 0
