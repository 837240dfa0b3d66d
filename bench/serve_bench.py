"""Throughput and latency of `kg serve` against rdflib-endpoint on the same data.

Generates a synthetic quotegraph (articles, parties, statements, disputes; the four named
parties of the competency questions included) of about N triples, serves it with
`kg serve` and with rdflib-endpoint (installed on demand into its own venv under the work
directory, never into the project), then runs every competency query on each with the same
bounded client: C concurrent keep-alive connections for a fixed duration, on 127.0.0.1.
Prints requests/s and p50/p99 latency per query side by side, and the throughput ratios.
`kg serve` runs twice: without its result cache (every request runs the query) and with it
(a repeated query is answered from memory until the next write), so both are visible.
Oxigraph's own server (`oxigraph serve-read-only`, Rust, no limits, auth or cache) serves a
third copy when its CLI is installed beside this Python: the same engine with no Python in
the request path, a ceiling for what `kg serve` can reach on this machine and client.

    .venv/bin/python bench/serve_bench.py                 # 100k triples
    .venv/bin/python bench/serve_bench.py --million       # also 1M (slow: rdflib loads it for minutes)
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
from http_load import free_port, load, request, start, stop  # bench/ is the script's folder
from query_bench import baseline_queries
from rdflib import Literal
from rdflib.namespace import RDF, XSD

from kg.build.iris import Minter
from kg.build.namespace import QG
from kg.infer import names
from kg.paths import QUERIES_DIR
from kg.store import OxigraphStore

REPO = Path(__file__).resolve().parents[1]
RDFLIB_ENDPOINT = "rdflib-endpoint[cli]==0.6.3"
OXIGRAPH = Path(sys.executable).parent / "oxigraph"
FLAT_QUERIES = Path(__file__).resolve().parent / "flat_queries"
NAMED = ("Amazon", "Amazon Web Services", "Parler", "The Wall Street Journal")


def _term(value) -> str:
    return value.n3()


def generate(path: Path, triples: int, seed: int = 7) -> int:
    """Write about ``triples`` N-Triples of articles, statements and disputes; return the count."""
    rng = random.Random(seed)
    mint = Minter()
    people = [mint.party(f"Person {i}") for i in range(max(triples // 50, 20))]
    orgs = [mint.party(name) for name in NAMED] + [mint.party(f"Org {i}") for i in range(max(triples // 500, 10))]
    outlets = [mint.party("The Wall Street Journal")] + [mint.party(f"Outlet {i}") for i in range(20)]
    count = 0
    with path.open("w", encoding="utf-8") as out:

        def emit(s, p, o):
            nonlocal count
            out.write(f"{_term(s)} {_term(p)} {_term(o)} .\n")
            count += 1

        for party, kind in [(p, QG.Person) for p in people] + [(o, QG.Organization) for o in orgs]:
            emit(party, RDF.type, kind)
            emit(party, QG.name, Literal(str(party).rsplit("/", 1)[-1].replace("-", " ").title()))
        emit(orgs[1], QG.subOrganizationOf, orgs[0])
        article = 0
        while count < triples:
            article += 1
            key = f"{article:08x}"
            source = mint.source(key)
            outlet = rng.choice(outlets)
            day = f"2021-01-{rng.randint(1, 28):02d}"
            emit(source, RDF.type, QG.NewsArticle)
            emit(source, QG.title, Literal(f"Article {article} about the lawsuit"))
            emit(source, QG.publisher, outlet)
            emit(source, QG.published, Literal(day, datatype=XSD.date))
            claims = []
            for n in range(5):
                statement = mint.statement(key, n * 100, n * 100 + 80)
                speaker = rng.choice(people)
                org = rng.choice(orgs)
                denial = claims and rng.random() < 0.3
                emit(statement, RDF.type, QG.Denial if denial else QG.Claim)
                emit(statement, QG.speaker, speaker)
                emit(statement, QG.onBehalfOf, org)
                for credited in (speaker, org):
                    emit(statement, QG.creditedTo, credited)
                if org == orgs[1]:
                    emit(statement, QG.creditedTo, orgs[0])
                emit(statement, QG.about, rng.choice(orgs))
                emit(statement, QG.content, Literal(f"Statement {n} of article {article}: {rng.random():.6f}"))
                emit(statement, QG.statedOn, Literal(day, datatype=XSD.date))
                emit(statement, QG.reportedIn, source)
                emit(statement, QG.reportedBy, outlet)
                if denial:
                    claim = rng.choice(claims)
                    emit(statement, QG.disputes, claim)
                    emit(claim, QG.disputedBy, statement)
                else:
                    claims.append(statement)
    return count


def bench_queries(title: str, text: str, before: str | None) -> tuple[str, str]:
    """A competency query as each server is asked it: (kg serve, rdflib-endpoint).

    A statement the query is anchored on becomes one of the generated data's. rdflib-endpoint
    serves one plain graph, so it gets the wording written for one graph: the query as it was
    before the names graph (``before``) when it asked the same question, else the same question
    written flat in ``flat_queries/`` when there is one, else this one reading names where they
    are rather than from the names graph. The shipped paged queries choose their page in
    sub-selects; rdflib re-evaluates a sub-select inside OPTIONAL for every row and evaluates
    patterns joined to a sub-select unbound, which turned a page of disputes into minutes where
    the flat wording (one ORDER BY ... LIMIT over the whole pattern) takes under a second.
    """
    text = re.sub(
        r"VALUES \?statement \{ <[^>]+> \}", f"VALUES ?statement {{ <{Minter().statement(f'{1:08x}', 0, 80)}> }}", text
    )
    if before is not None and before.splitlines()[:1] == text.splitlines()[:1]:
        return text, before
    flat = FLAT_QUERIES / f"{title}.rq"
    if flat.exists():
        return text, flat.read_text(encoding="utf-8")
    graph = re.escape(str(Minter().names_graph))
    return text, re.sub(rf"GRAPH <{graph}> \{{ ([^{{}}]*) \}}", r"\1", text)


def ensure_rdflib_endpoint(workdir: Path) -> Path:
    venv = workdir / "venv-rdflib-endpoint"
    exe = venv / "bin" / "rdflib-endpoint"
    if not exe.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(venv / "bin" / "pip"), "install", "-q", RDFLIB_ENDPOINT], check=True)
    return exe


def copy_of(store: Path, suffix: str) -> Path:
    """Each server locks or may compact its store, so each gets its own copy."""
    copy = store.with_name(f"{store.name}-{suffix}")
    if not copy.exists():
        shutil.copytree(store, copy)
    return copy


def rows(body: bytes) -> int:
    return len(list(ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)))


def bench(size: int, args, queries: dict[str, str], before: dict[str, str]) -> None:
    workdir = Path(args.workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    data = workdir / f"data-{size}.nt"
    if not data.exists():
        count = generate(data.with_suffix(".tmp"), size)
        data.with_suffix(".tmp").rename(data)
        print(f"generated {count} triples in {data}", flush=True)
    store = workdir / f"store-{size}"
    if not store.exists():
        loader = ox.Store(str(store))
        loader.bulk_load(
            path=str(data), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(str(Minter().file_graph(str(data))))
        )
        loader.flush()
        del loader
        ready = OxigraphStore(store)
        names.rebuild(ready, str(Minter().names_graph))
        ready.close()
    twin, rust = (copy_of(store, suffix) for suffix in ("twin", "oxigraph"))
    servers = {}
    try:
        for name, cache, path in (("kg serve", "0", store), ("kg serve+cache", str(64 << 20), twin)):
            port = free_port()
            servers[name] = (
                port,
                "/sparql",
                start(
                    [
                        str(Path(sys.executable).parent / "kg"),
                        "serve",
                        "--store",
                        str(path),
                        "--port",
                        str(port),
                        "--threads",
                        str(args.concurrency),
                        "--query-workers",
                        str(args.workers),
                        "--max-rows",
                        "100000000",
                        "--query-timeout",
                        "300",
                        "--result-cache",
                        cache,
                    ],
                    port,
                    "/sparql",
                    120,
                ),
            )
        if OXIGRAPH.exists():
            port = free_port()
            servers["oxigraph serve"] = (
                port,
                "/query",
                start(
                    [
                        str(OXIGRAPH),
                        "serve-read-only",
                        "--location",
                        str(rust),
                        "--bind",
                        f"127.0.0.1:{port}",
                        "--union-default-graph",
                    ],
                    port,
                    "/query",
                    120,
                ),
            )
        if not args.skip_rdflib:
            rdflib_port = free_port()
            exe = ensure_rdflib_endpoint(workdir)
            # its CLI serves the SPARQL endpoint at the root path
            servers["rdflib-endpoint"] = (
                rdflib_port,
                "/",
                start(
                    [str(exe), "serve", "--host", "127.0.0.1", "--port", str(rdflib_port), str(data)],
                    rdflib_port,
                    "/",
                    3600,
                ),
            )
        print(f"\n{size} triples, concurrency {args.concurrency}, {args.duration:g} s per query and server", flush=True)
        labels = list(servers)
        header = f"{'query':28}" + "".join(f" | {n + ' req/s':>25} {'p50 ms':>8} {'p99 ms':>8}" for n in labels)
        baseline = "rdflib-endpoint" if "rdflib-endpoint" in servers else None
        if baseline:
            header += " | " + " ".join(f"{n} / rdflib" for n in labels if n != baseline)
        print(header, flush=True)
        for title, text in queries.items():
            results = {}
            ours, plain = bench_queries(title, text, before.get(title))
            for name, (port, path, _process) in servers.items():
                query = plain if name == baseline else ours
                status, body = request(port, path, query)
                if status != 200:
                    raise SystemExit(f"{name} answered {status} to {title}: {body[:200]!r}")
                found = rows(body)
                result = load(port, path, query, args.concurrency, args.duration)
                result["rows"] = found
                results[name] = result
            line = f"{title[:28]:28}" + "".join(
                f" | {r['rps']:25.1f} {r['p50']:8.1f} {r['p99']:8.1f}" for r in results.values()
            )
            if baseline:
                base_rps = results[baseline]["rps"]
                line += " | " + " ".join(
                    f"{results[n]['rps'] / base_rps:12.1f}x" if base_rps else "inf" for n in labels if n != baseline
                )
            rows_seen = {n: r["rows"] for n, r in results.items()}
            if len(set(rows_seen.values())) > 1:
                line += f"  (rows differ: {rows_seen})"
            if any(r["errors"] for r in results.values()):
                line += f"  (errors: { {n: r['errors'] for n, r in results.items()} })"
            print(line, flush=True)
    finally:
        for _port, _path, process in servers.values():
            stop(process)


def pool_overhead(workdir: Path, runs: int = 2000) -> None:
    """Per-query cost of the killable worker process versus running in this process."""
    import tempfile

    from server.pool import QueryPool, WorkerLimits
    from server.snapshots import Snapshots
    from server.sparql_exec import QueryJob, execute

    with tempfile.TemporaryDirectory(dir=workdir) as scratch:
        store = OxigraphStore(Path(scratch) / "store")
        store.update("INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/s> <http://example.org/p> 1 } }")
        snapshots = Snapshots(store, scratch)
        pool = QueryPool(snapshots, 1, WorkerLimits(timeout=60))
        job = QueryJob("SELECT * WHERE { ?s ?p ?o }")
        try:
            pool.run(job)
            timings = {}
            for name, run in (
                ("in process", lambda: execute(store.native, job)),
                ("worker process", lambda: pool.run(job)),
            ):
                started = time.perf_counter()
                for _ in range(runs):
                    run()
                timings[name] = (time.perf_counter() - started) / runs * 1e6
            started = time.perf_counter()
            for _ in range(20):
                snapshots.refresh()
            refresh = (time.perf_counter() - started) / 20 * 1000
        finally:
            pool.close()
            snapshots.close()
    print(
        f"\nquery dispatch: in process {timings['in process']:.0f} us, worker process "
        f"{timings['worker process']:.0f} us per trivial query "
        f"(overhead {timings['worker process'] - timings['in process']:.0f} us); "
        f"snapshot after a write: {refresh:.1f} ms",
        flush=True,
    )


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--triples", type=int, default=100_000)
    parser.add_argument("--million", action="store_true", help="also run at 1M triples")
    parser.add_argument("--duration", type=float, default=5.0, help="seconds of load per query and server")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2, help="kg serve query worker processes")
    parser.add_argument("--workdir", default=os.path.join(os.environ.get("TMPDIR", "/tmp"), "quotegraph-bench"))
    parser.add_argument("--skip-rdflib", action="store_true", help="only measure kg serve")
    parser.add_argument(
        "--plain-revision",
        default="22a826e",
        help="git revision whose query wording rdflib-endpoint gets (the last before the names graph)",
    )
    parser.add_argument(
        "--overhead-only", action="store_true", help="only measure the worker-process and snapshot overhead"
    )
    args = parser.parse_args(argv)
    queries = {}
    for path in sorted(QUERIES_DIR.glob("*.rq")):
        queries[path.stem] = path.read_text(encoding="utf-8")
    if not queries:
        raise SystemExit(f"no competency queries in {QUERIES_DIR}")
    Path(args.workdir).mkdir(parents=True, exist_ok=True)
    pool_overhead(Path(args.workdir))
    if args.overhead_only:
        return 0
    for size in [args.triples] + ([1_000_000] if args.million else []):
        bench(size, args, queries, baseline_queries(args.plain_revision))
    return 0


if __name__ == "__main__":
    sys.exit(main())
