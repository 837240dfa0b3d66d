"""How fast entity pages and search answer as the store grows, kg/read at a git revision vs now.

Grows an on-disk store with ``reason_bench.grown`` as ``query_bench`` does (real
extraction shapes, inferred graphs per article, the names graph), so a popular party's name
and types sit in thousands of graphs as in a real store. Each page is fetched through the
Flask app in-process with the read models of ``--baseline`` (kg/read from git, default HEAD) and with
the working tree's, in alternation (views run in this process, not in query workers, which would
import the working tree's read models for both sides), ``--repeat`` times or until ``--budget`` seconds per page
are spent (a slow old page still gets one run); p50 side by side, and whether both sides
served the same bytes. Search is timed through the FTS5 index against the baseline a
SPARQL-only search would be (CONTAINS over every name and statement).

    .venv/bin/python bench/pages_bench.py --triples 1000000 --store /tmp/pages-1m   # keep the store for reruns
    .venv/bin/python bench/pages_bench.py --triples 100000 1000000 --repeat 30
"""

from __future__ import annotations

import argparse
import importlib
import io
import re
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from query_bench import REPO
from reason_bench import grown

import server.page_jobs
import server.pages
from kg.build.iris import Minter
from kg.build.namespace import sparql_prologue
from kg.read import search_index, views
from server import create_app


def baseline_views(revision: str, folder: Path):
    """kg/read as committed at ``revision``, imported as the package ``read_baseline`` beside today's
    kg (its own ``kg.read`` imports pointed at itself); its ``views`` module is what pages route to."""
    archive = subprocess.run(["git", "-C", str(REPO), "archive", revision, "kg/read"], capture_output=True)
    if archive.returncode:
        raise SystemExit(f"no kg/read at {revision}: {archive.stderr.decode().strip()}")
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(folder, filter="data")
    package = folder / "read_baseline"
    (folder / "kg" / "read").rename(package)
    for path in package.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        path.write_text(re.sub(r"\bkg\.read\b", "read_baseline", text), encoding="utf-8")
    sys.path.insert(0, str(folder))
    return importlib.import_module("read_baseline.views")


def timed(fn, repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t0) * 1000)
    return statistics.median(samples)


_VIEWS = dict(server.page_jobs.VIEWS)


def use(module) -> None:
    """Serve pages with one side's views: each view the module has by its function's name, else today's."""
    server.pages.views = module
    server.page_jobs.VIEWS.update({name: getattr(module, fn.__name__, fn) for name, fn in _VIEWS.items()})


def compare(fetch, sides: dict, repeat: int, budget: float) -> dict:
    """p50 (ms) of ``fetch(side)`` per side of views, in alternation after one untimed round,
    and whether that round served the same bytes on every side."""
    bodies, times, spent = {}, {side: [] for side in sides}, 0.0
    for side, module in sides.items():
        use(module)
        t0 = time.perf_counter()
        bodies[side] = fetch(side)
        spent += time.perf_counter() - t0
    while len(times["new"]) < repeat and (spent < budget or not times["new"]):
        for side, module in sides.items():
            use(module)
            t0 = time.perf_counter()
            fetch(side)
            took = time.perf_counter() - t0
            times[side].append(took * 1000)
            spent += took
    use(sides["new"])
    return {side: statistics.median(t) for side, t in times.items()} | {
        "runs": len(times["new"]),
        "same": "yes" if len(set(bodies.values())) == 1 else "NO",
    }


def sparql_search(store, word: str) -> int:
    """The baseline: search without the side index (a scan; counting is needed to page, as FTS5 does)."""
    rows = store.query(
        sparql_prologue()
        + f"""
        SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s qg:name|qg:alias|qg:content|qg:title ?o
          FILTER(CONTAINS(LCASE(STR(?o)), "{word.lower()}")) }}"""
    )
    return int(next(iter(rows))["n"].value)


def run(triples: int, path: Path, sides: dict, repeat: int, budget: float, twins: bool = False) -> dict[str, float]:
    """p50 (ms) of each page with the working tree's views, after printing both sides."""
    grown(path, triples, seed=7).close()
    app = create_app({"store": str(path), "query_workers": 1})
    state = app.extensions["quotegraph"]
    state.pool.close()
    state.pool = None  # views in this process, where ``use`` chooses the side
    store = state.store
    total = len(store.native)
    t0 = time.perf_counter()
    search_index.rebuild(store)
    index_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    search_index.open_index(store).sync(store)
    sync_ms = (time.perf_counter() - t0) * 1000
    state.after_write()

    def first(sparql: str) -> dict:
        return next(iter(store.query(sparql_prologue() + sparql)))

    ranked = "SELECT ?p WHERE {{ {} }} GROUP BY ?p ORDER BY DESC(COUNT(*)) LIMIT 1 OFFSET {}"
    speakers = int(first("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?s qg:speaker ?p }")["n"].value)
    busiest = first(ranked.format("?s qg:speaker ?p", 0))["p"].value
    typical = first(ranked.format("?s qg:speaker ?p", speakers // 2))["p"].value
    outlet = first(ranked.format("?src qg:publisher ?p", 0))["p"].value
    some = first(f"""SELECT ?s ?src ?content WHERE {{ ?x qg:disputes ?s . ?s qg:reportedIn ?src ; qg:content ?content ;
                     qg:speaker ?p }} ORDER BY DESC(?p = <{busiest}>) LIMIT 1""")
    alias = first("SELECT ?a WHERE { ?p qg:alias ?a } GROUP BY ?a ORDER BY COUNT(*) ?a LIMIT 1")["a"].value
    words = some["content"].value.split()
    print(
        f"# {total} triples ({speakers} speaking parties; busiest <{busiest}>): "
        f"index build {index_s:.1f} s, freshness check {sync_ms:.0f} ms",
        flush=True,
    )

    client = app.test_client()
    cache = app.extensions["quotegraph_pages"]
    base = Minter().base

    def as_asked(path: str) -> str:
        """With --twins, a page's JSON twin: its data without the HTML, for sides whose templates differ."""
        if not twins or "format=" in path:
            return path
        return path + ("&" if "?" in path else "?") + "format=json"

    def get(path, cold=True):
        def fetch(side):
            if cold:
                cache.clear()
            response = client.get(as_asked(path))
            assert response.status_code == 200, (path, response.status_code)
            return response.data

        return fetch

    def turning(path):
        pages = {side: iter(range(2, 10**6)) for side in sides}

        def fetch(side):
            response = client.get(as_asked(f"{path}?page={next(pages[side])}"))
            assert response.status_code == 200, (path, response.status_code)
            return response.data

        return fetch

    def local(iri: str) -> str:
        return "/id/" + iri[len(base) :]

    party_path = local(busiest)
    pages = [
        ("home / (first view after a write)", get("/")),
        ("home / (cached until the next write)", get("/", cold=False)),
        ("party (busiest, first view)", get(party_path)),
        ("party (busiest, cached)", get(party_path, cold=False)),
        ("party (busiest), turning pages", turning(party_path)),
        ("party (typical, first view)", get(local(typical))),
        ("party (busiest outlet, first view)", get(local(outlet))),
        ("statement", get(local(some["s"].value))),
        ("source", get(local(some["src"].value))),
        ("statement as Turtle", get(local(some["s"].value) + "?format=ttl")),
    ]
    print(f"{'page':<40} {'old p50':>10} {'new p50':>10} {'ratio':>8} {'runs':>5} same bytes")
    results = {}
    for name, fetch in pages:
        r = compare(fetch, sides, repeat, budget)
        results[name] = r["new"]
        print(
            f"{name:<40} {r['old']:>8.1f}ms {r['new']:>8.1f}ms {r['old'] / r['new']:>7.1f}x {r['runs']:>5} {r['same']}",
            flush=True,
        )
    searches = [
        (f"search {words[0]!r} (FTS5)", lambda: search_index.open_index(store).search(words[0])),
        (f"search {words[0]!r} (SPARQL CONTAINS baseline)", lambda: sparql_search(store, words[0])),
        (f"search page /search?q={words[0]}+{words[1]}", lambda: get(f"/search?q={words[0]}+{words[1]}")("new")),
        ("search a rare alias (FTS5)", lambda: search_index.open_index(store).search(alias)),
        ("search a rare alias (SPARQL CONTAINS baseline)", lambda: sparql_search(store, alias)),
    ]
    for name, fn in searches:
        fn()
        results[name] = timed(fn, repeat)
        print(f"{name:<48} p50 {results[name]:8.1f} ms", flush=True)
    for word in (repr(words[0]), "rare alias"):
        fts = next(v for k, v in results.items() if word in k and "FTS5" in k)
        scan = next(v for k, v in results.items() if word in k and "baseline" in k)
        print(f"# {total}: FTS5 search for {word} is {scan / fts:.1f}x faster than the SPARQL baseline")
    state.close()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, nargs="+", default=[100_000])
    parser.add_argument("--repeat", type=int, default=20, help="timed runs per page and side")
    parser.add_argument("--budget", type=float, default=30.0, help="seconds per page before stopping repeats")
    parser.add_argument("--baseline", default="HEAD", help="git revision of the old kg/read (default HEAD)")
    parser.add_argument("--store", type=Path, help="folder of on-disk stores to reuse or fill, one per size")
    parser.add_argument(
        "--twins",
        action="store_true",
        help="time the pages' JSON twins (page data, no HTML): for a baseline whose pages show other data",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="pages-bench-") as folder:
        sides = {"old": baseline_views(args.baseline, Path(folder)), "new": views}
        stores = args.store or Path(folder)
        runs = {
            size: run(size, stores / str(size), sides, args.repeat, args.budget, args.twins) for size in args.triples
        }
    if len(runs) > 1:
        small, large = min(runs), max(runs)
        print(f"\n# p50 growth from {small} to {large} triples, working tree (1.0 = flat)")
        for name in runs[small]:
            print(f"{name:<48} x{runs[large][name] / runs[small][name]:.2f}")


if __name__ == "__main__":
    main()
