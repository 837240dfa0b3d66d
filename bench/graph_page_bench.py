"""How long page 1 and page N of a big named graph's page take: paged by keys (now) vs by OFFSET.

Issue 11 found ``/id/graph/<iri>?page=N`` on a 300k-triple graph taking 157-163 s a page: every
page sorted the whole graph (``ORDER BY ?s ?p ?o``) and skipped N-1 pages of it. Now a page
starts after the key its link carries (kg/read/graph_page.py). Both are timed here on the same
read-only store (as a query worker opens it), in alternation, in the same run: the baseline is
the query pages ran before (``graph-triples.rq`` at ``--baseline``), the new side the view
itself, following the "more" links to reach page N (untimed).

    .venv/bin/python bench/graph_page_bench.py --triples 300000 --page 50
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.read import graph_page, resource
from kg.read.base import run
from kg.store import OxigraphStore

REPO = Path(__file__).resolve().parent.parent
GRAPH = "http://example.org/graph/big"


def fill(path: Path, triples: int) -> None:
    """A graph of ``triples`` triples: subjects with a name, a number and a link (a load's shape)."""
    store = ox.Store(str(path))
    graph, rng = ox.NamedNode(GRAPH), random.Random(1)
    name, number, link = (ox.NamedNode(f"http://example.org/p/{p}") for p in ("name", "number", "link"))
    quads = []
    for i in range(triples // 3):
        s = ox.NamedNode(f"http://example.org/s/{rng.getrandbits(40):x}")
        quads += [
            ox.Quad(s, name, ox.Literal(f"name {i} " + "x" * rng.randint(0, 40)), graph),
            ox.Quad(
                s, number, ox.Literal(str(i), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")), graph
            ),
            ox.Quad(s, link, ox.NamedNode(f"http://example.org/o/{i % 977}"), graph),
        ]
    store.bulk_extend(quads)
    store.flush()


def baseline_query(revision: str) -> str:
    shown = subprocess.run(
        ["git", "-C", str(REPO), "show", f"{revision}:kg/read/queries/graph-triples.rq"], capture_output=True, text=True
    )
    if shown.returncode:
        raise SystemExit(f"no graph-triples.rq at {revision}: {shown.stderr.strip()}")
    return shown.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=300_000)
    parser.add_argument("--page", type=int, default=50, help="the far page to time besides page 1")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per page and side")
    parser.add_argument("--baseline", default="9c7ebde", help="git revision whose pages used OFFSET")
    parser.add_argument("--store", type=Path, help="an on-disk store to reuse or fill")
    args = parser.parse_args()
    old_text = baseline_query(args.baseline)
    with tempfile.TemporaryDirectory(prefix="graph-page-bench-") as folder:
        path = args.store or Path(folder) / "store"
        if not path.exists():
            fill(path, args.triples)
        store = OxigraphStore(path, read_only=True)
        this = f"<{GRAPH}>"
        total = len(store.native)
        after, cursors = None, {1: None}
        for _ in range(1, args.page):
            after = graph_page.read_cursor(resource.resource(store, GRAPH, after)["graph"]["pagination"]["next"])
        cursors[args.page] = after

        def old(n: int):
            holes = {"this": this, "limit": 100, "offset": (n - 1) * 100}
            body = "\n".join(line for line in old_text.splitlines() if not line.startswith("#"))
            for hole, value in holes.items():
                body = body.replace(f"${hole}", str(value))
            return lambda: (run(store, "graph-size", this=this), list(store.query(body)))

        def new(n: int):
            return lambda: resource.resource(store, GRAPH, cursors[n])

        print(f"# {total} triples in one graph; {args.repeat} runs per page and side, in alternation (p50, s)")
        print(f"{'page':<8} {'OFFSET (old)':>14} {'keys (now)':>12} {'ratio':>8}")
        for n in (1, args.page):
            times: dict[str, list[float]] = {"old": [], "new": []}
            for _ in range(args.repeat):
                for side, fn in (("old", old(n)), ("new", new(n))):
                    t0 = time.perf_counter()
                    fn()
                    times[side].append(time.perf_counter() - t0)
            o, k = statistics.median(times["old"]), statistics.median(times["new"])
            print(f"{n:<8} {o:>13.2f}s {k:>11.2f}s {o / k:>7.1f}x", flush=True)


if __name__ == "__main__":
    main()
