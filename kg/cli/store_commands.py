"""``kg init``, ``kg load``, ``kg graphs``, ``kg unload``, ``kg query``, ``kg export``, ``kg optimize``."""

from __future__ import annotations

import glob
import os
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

from kg.build.iris import Minter
from kg.cli import add_store_options, positive_int, store_from_args
from kg.errors import KgError
from kg.infer.names import STALE_HINT, is_missing
from kg.load.rdf_files import LoadResult, ensure_ontology, load_rdf_files, unload
from kg.read.export import FLAT_FORMATS, flat_export
from kg.read.renderers import curie, of_shape, serialize_triples
from kg.store import OxigraphStore, default_store_path
from kg.store.formats import EXTENSIONS, FORMATS, format_named, is_rdf_path

SOLUTION_FORMATS = {name: r for name, r in of_shape("solutions").items() if r.native is not None}
TRIPLE_FORMATS = of_shape("triples")
EXPORT_FORMATS = of_shape("quads")
BULK_LOAD = 100


def register(commands) -> None:
    init = commands.add_parser("init", help="create the store and load the ontology (idempotent)")
    add_store_options(init)
    init.set_defaults(func=run_init)

    load = commands.add_parser(
        "load",
        help="load RDF files and articles, each into its own named graph",
        description="RDF files (" + ", ".join(sorted(EXTENSIONS)) + ") are parsed, SHACL-validated "
        "and stored one named graph per file; anything else (text, Markdown, HTML, "
        "URLs, folders) is read as an article and extracted. Unchanged inputs are "
        "skipped; a failing input loads nothing and the batch goes on. A run that "
        f"loads {BULK_LOAD} or more inputs into the embedded store ends by compacting it "
        "(see `kg optimize`).",
    )
    load.add_argument("inputs", nargs="+", metavar="INPUT", help="files, folders or URLs")
    load.add_argument(
        "--format",
        metavar="FORMAT",
        help=f"read every input as this RDF format: {', '.join(FORMATS)} (default: by extension)",
    )
    load.add_argument(
        "--jobs", type=positive_int, default=1, metavar="N", help="article extraction worker processes (default 1)"
    )
    add_store_options(load)
    load.set_defaults(func=run_load)

    graphs = commands.add_parser("graphs", help="list named graphs with their triple counts")
    add_store_options(graphs)
    graphs.set_defaults(func=run_graphs)

    unload_parser = commands.add_parser("unload", help="remove a named graph (and what was inferred from it)")
    unload_parser.add_argument("graph", metavar="GRAPH", help="graph IRI, as `kg graphs` lists it")
    add_store_options(unload_parser)
    unload_parser.set_defaults(func=run_unload)

    query = commands.add_parser(
        "query",
        help="run a SPARQL query over all graphs",
        description="The default graph is the union of every named graph.",
    )
    source = query.add_mutually_exclusive_group(required=True)
    source.add_argument("query", nargs="?", metavar="QUERY", help="SPARQL query text")
    source.add_argument("-f", "--file", metavar="FILE.rq", help="read the query from a file (- for stdin)")
    query.add_argument(
        "--format",
        default="table",
        type=str.lower,
        choices=["table", *SOLUTION_FORMATS, *TRIPLE_FORMATS],
        help="table (default), json, csv, tsv, xml for SELECT/ASK; "
        "turtle, ntriples, jsonld, rdfxml for CONSTRUCT/DESCRIBE",
    )
    add_store_options(query)
    query.set_defaults(func=run_query)

    optimize = commands.add_parser(
        "optimize",
        help="compact the embedded store's files (faster queries after many loads)",
        description="Writes land in overlapping files that every lookup has to search. Compacting "
        "merges them: queries answered up to twice as fast on a 1M-triple store after "
        "bulk loads. Safe to run any time no other process has the store open.",
    )
    add_store_options(optimize)
    optimize.set_defaults(func=run_optimize)

    export = commands.add_parser("export", help="write every named graph as a quad format, or statements flat")
    export.add_argument(
        "--format",
        default="trig",
        type=str.lower,
        choices=[*sorted(EXPORT_FORMATS), *FLAT_FORMATS],
        help="trig (default), nquads or jsonld; csv (one row per statement) or "
        "claimreview (schema.org ClaimReview JSON-LD of disputed claims)",
    )
    export.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    add_store_options(export)
    export.set_defaults(func=run_export)


def run_init(args) -> int:
    with store_from_args(args) as store:
        written = ensure_ontology(store)
        print(f"{'loaded' if written else 'unchanged'} ontology in {store.location}")
    return 0


def _partition(inputs: list[str], format: str | None) -> tuple[list[str], list[str]]:
    """RDF files for the RDF loader, everything else (articles, URLs) for the article loader.

    Quoted globs are expanded here. Folders are split: their RDF files load as RDF, and the
    folder itself goes to the article loader if it holds anything else.
    """
    if format:
        return list(inputs), []
    rdf, articles = [], []
    for spec in inputs:
        if spec.startswith(("http://", "https://")):
            articles.append(spec)
            continue
        for match in (sorted(glob.glob(spec, recursive=True)) or [spec]) if glob.has_magic(spec) else [spec]:
            path = Path(match)
            if path.is_dir():
                files = sorted(p for p in path.rglob("*") if p.is_file())
                rdf.extend(str(p) for p in files if is_rdf_path(str(p)))
                if not files or any(not is_rdf_path(str(p)) for p in files):
                    articles.append(match)
            elif is_rdf_path(match):
                rdf.append(match)
            else:
                articles.append(match)
    return rdf, articles


def _load_articles(store, sources: list[str], jobs: int) -> list[LoadResult]:
    try:
        from kg.load.articles import load_articles
    except ModuleNotFoundError as error:
        if error.name != f"{__package__.rsplit('.', 1)[0]}.articles":
            raise
        return [
            LoadResult(
                s,
                None,
                "failed",
                message=f"{s}: not an RDF file (extensions: {', '.join(sorted(EXTENSIONS))}) "
                "and article loading is not available",
            )
            for s in sources
        ]
    return load_articles(store, sources, jobs=jobs, progress=True)


def _report(results: list[LoadResult]) -> None:
    for result in results:
        if result.status == "failed":
            print(f"kg load: error: {result.message}", file=sys.stderr)
        elif result.status == "loaded":
            print(f"loaded     {result.source} -> {result.graph} ({result.triples} triples)")
        else:
            print(f"unchanged  {result.source}")
    counts = {s: sum(r.status == s for r in results) for s in ("loaded", "unchanged", "failed")}
    print(", ".join(f"{n} {s}" for s, n in counts.items()), file=sys.stderr)


def run_load(args) -> int:
    if args.format:
        format_named(args.format)
    rdf, articles = _partition(args.inputs, args.format)
    with store_from_args(args) as store:
        results = load_rdf_files(store, rdf, format=args.format) if rdf else []
        if articles:
            results += _load_articles(store, articles, args.jobs)
        if on_disk(store) and sum(r.status == "loaded" for r in results) >= BULK_LOAD:
            compact(store)
    _report(results)
    return 1 if any(r.status == "failed" for r in results) else 0


def _existing_store(args):
    """The store for a command that only reads or removes: a mistyped path is an error, not a new store."""
    if not args.memory and not args.endpoint:
        path = args.store or default_store_path()
        if not Path(path).is_dir():
            raise KgError(f"no store at {path} (create one with `kg load` or `kg init`, or pass --store)")
    return store_from_args(args)


def _size(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())


def on_disk(store) -> bool:
    return isinstance(store, OxigraphStore) and store.path is not None


def compact(store: OxigraphStore) -> None:
    before = _size(store.path)
    started = time.monotonic()
    store.optimize()
    print(
        f"compacted {store.location} in {time.monotonic() - started:.1f} s "
        f"({before / 1e6:.1f} MB -> {_size(store.path) / 1e6:.1f} MB)",
        file=sys.stderr,
    )


def run_optimize(args) -> int:
    with _existing_store(args) as store:
        if not on_disk(store):
            raise KgError("`kg optimize` compacts an on-disk store (a remote store manages its own files)")
        compact(store)
    return 0


def run_graphs(args) -> int:
    with _existing_store(args) as store:
        graphs = store.graphs()
    width = max((len(str(n)) for _, n in graphs), default=1)
    for iri, count in graphs:
        print(f"{count:>{width}}  {iri}")
    return 0


def run_unload(args) -> int:
    with _existing_store(args) as store:
        unload(store, args.graph)
    print(f"unloaded {args.graph}")
    return 0


def _read_query(args) -> str:
    if args.query is not None:
        return args.query
    if args.file == "-":
        return sys.stdin.read()
    try:
        return Path(args.file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise KgError(f"cannot read query file {args.file}: {getattr(error, 'strerror', None) or error}") from None


def _short(term) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return curie(term.value) or f"<{term.value}>"
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value


def table(solutions: ox.QuerySolutions) -> str:
    """Aligned plain text with prefixed names, for reading in a terminal."""
    names = [v.value for v in solutions.variables]
    rows = [[_short(solution[name]) for name in names] for solution in solutions]
    rows = [[cell.replace("\n", " ") for cell in row] for row in rows]
    widths = [max([len(name), *(len(row[i]) for row in rows)]) for i, name in enumerate(names)]
    lines = ["  ".join(n.ljust(w) for n, w in zip(names, widths)).rstrip(), "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in rows]
    return "\n".join(lines) + "\n"


def _render(result, format: str) -> bytes:
    if isinstance(result, ox.QueryTriples):
        renderer = TRIPLE_FORMATS.get("turtle" if format == "table" else format)
        if renderer is None:
            raise KgError(
                f"--format {format} is for SELECT/ASK; CONSTRUCT/DESCRIBE results are {', '.join(TRIPLE_FORMATS)}"
            )
        return serialize_triples(result, renderer)
    if format in TRIPLE_FORMATS:
        raise KgError(
            f"--format {format} is for CONSTRUCT/DESCRIBE; SELECT/ASK results are table, {', '.join(SOLUTION_FORMATS)}"
        )
    if format == "table":
        if isinstance(result, ox.QueryBoolean):
            return f"{'true' if bool(result) else 'false'}\n".encode()
        return table(result).encode("utf-8")
    data = result.serialize(format=SOLUTION_FORMATS[format].native)
    return data if data.endswith(b"\n") else data + b"\n"


def run_query(args) -> int:
    sparql = _read_query(args)
    with _existing_store(args) as store:
        output = _render(store.query(sparql), args.format)
        graph = str(Minter().names_graph)
        if graph in sparql and is_missing(store, graph):
            print(f"kg query: warning: {STALE_HINT}", file=sys.stderr)
    sys.stdout.buffer.write(output)
    sys.stdout.flush()
    return 0


def write_atomically(path: str, data: bytes) -> None:
    """Write via a temporary file and rename, so an interrupted export never leaves half a file."""
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


def run_export(args) -> int:
    with _existing_store(args) as store:
        data = (
            flat_export(store, args.format)
            if args.format in FLAT_FORMATS
            else store.dump(EXPORT_FORMATS[args.format].native)
        )
    if args.output:
        write_atomically(args.output, data)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    return 0
