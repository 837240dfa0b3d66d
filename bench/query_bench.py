"""Competency-query latency: the queries at a baseline git revision against the working tree's.

    .venv/bin/python bench/query_bench.py --triples 1000000 --baseline HEAD
    .venv/bin/python bench/query_bench.py --store /tmp/qb-1m --triples 1000000   # keep the store for reruns

The store is grown by ``reason_bench.grown``: synthetic articles (real extraction shapes, a
Zipf-like party pool), each loaded and reasoned against the store as `kg load` does, then
compacted as a bulk load ends, so a popular party's name sits in thousands of graphs and its
disputes reach across articles, as in a real store (a few minutes for 1M triples). Each
query file present in both versions runs in alternation, old then new, ``--repeats`` times or until ``--budget`` seconds per query are
spent (a slow old wording still gets at least one run). Prints p50 of each side by side with
the ratio, the row counts, and whether both answers hold the same rows (as sets, since
neither depends on row multiplicity once DISTINCT; on the variables both select; "subset" when
the new wording asks about fewer things, e.g. one statement where the old listed all, or a page
where the old listed everything).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from reason_bench import grown, triple_count

from kg.paths import QUERIES_DIR

REPO = Path(__file__).resolve().parent.parent


def file_at(revision: str, path: str) -> str:
    """A file of this repository as committed at ``revision``."""
    shown = subprocess.run(["git", "-C", str(REPO), "show", f"{revision}:{path}"], capture_output=True, text=True)
    if shown.returncode:
        raise SystemExit(f"no {path} at {revision}: {shown.stderr.strip()}")
    return shown.stdout


def baseline_queries(revision: str) -> dict[str, str]:
    """The competency queries as committed at ``revision``."""
    folder = QUERIES_DIR.relative_to(REPO).as_posix()
    listed = subprocess.run(
        ["git", "-C", str(REPO), "ls-tree", "--name-only", f"{revision}:{folder}"], capture_output=True, text=True
    )
    if listed.returncode:
        raise SystemExit(f"query_bench: cannot list {folder} at {revision}: {listed.stderr.strip()}")
    return {name[:-3]: file_at(revision, f"{folder}/{name}") for name in listed.stdout.split() if name.endswith(".rq")}


def answer(store, text: str) -> tuple[float, list[str], list]:
    started = time.perf_counter()
    results = store.query(text)
    names = [v.value for v in results.variables]
    rows = [tuple(None if s[n] is None else s[n].value for n in names) for s in results]
    return time.perf_counter() - started, names, rows


def compare(store, old: str, new: str, repeats: int, budget: float) -> dict:
    times = {"old": [], "new": []}
    rows, names = {}, {}
    spent = 0.0
    while len(times["new"]) < repeats and (spent < budget or not times["old"]):
        for side, text in (("old", old), ("new", new)):
            took, names[side], rows[side] = answer(store, text)
            times[side].append(took)
            spent += took
    shared = [n for n in names["new"] if n in names["old"]]
    old, new = ({tuple(row[names[side].index(n)] for n in shared) for row in rows[side]} for side in ("old", "new"))
    return {side: statistics.median(t) for side, t in times.items()} | {
        "runs": len(times["new"]),
        "rows_old": len(rows["old"]),
        "rows_new": len(rows["new"]),
        "same": "yes" if old == new else "subset" if new < old else "NO",
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000, help="store size to reach (default 1M)")
    parser.add_argument("--baseline", default="HEAD", help="git revision of the old queries (default HEAD)")
    parser.add_argument("--store", type=Path, help="on-disk store to reuse or fill (default: a temporary one)")
    parser.add_argument("--repeats", type=int, default=15, help="runs per query and wording")
    parser.add_argument("--budget", type=float, default=60.0, help="seconds per query before stopping repeats")
    parser.add_argument("--only", default="", help="comma-separated query names to run")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)

    old = baseline_queries(args.baseline)
    new = {p.stem: p.read_text(encoding="utf-8") for p in sorted(QUERIES_DIR.glob("*.rq"))}
    names = [n for n in new if n in old and (not args.only or n in args.only.split(","))]
    with tempfile.TemporaryDirectory(prefix="query-bench-") as folder:
        store = grown(args.store or Path(folder) / "store", args.triples, args.seed)
        print(f"competency query p50 at {triple_count(store)} triples: {args.baseline} vs working tree")
        print(
            f"{'query':<28} {'old p50':>10} {'new p50':>10} {'ratio':>8} {'runs':>5} "
            f"{'rows old':>9} {'rows new':>9} same"
        )
        for name in names:
            r = compare(store, old[name], new[name], args.repeats, args.budget)
            print(
                f"{name:<28} {r['old'] * 1000:>8.1f}ms {r['new'] * 1000:>8.1f}ms {r['old'] / r['new']:>7.1f}x "
                f"{r['runs']:>5} {r['rows_old']:>9} {r['rows_new']:>9} {r['same']}",
                flush=True,
            )
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
