"""Inference per article on a store grown from real extractions (``reason_bench.py --real``).

Synthetic articles do not reproduce real fan-out, so this grows a store from the PolNeAR
texts as `kg load` would: articles in date order, each reasoned against everything stored
before it and written in one update. The extractor runs once per text; the article graphs
are kept as N-Triples in ``--cache`` (under /tmp: PolNeAR is copyrighted news and never
enters the repository). PolNeAR files carry no metadata beyond their name
(``{outlet}_{date}_{slug}.txt``), so the outlet and date come from it, as a sidecar would
give them. ``--code DIR`` runs another checkout's ``kg`` (e.g. a baseline commit in a git
worktree) on the same graphs, for old-vs-new figures in one session.
"""

from __future__ import annotations

import json
import re
import statistics
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

_NAME = re.compile(r"(?P<outlet>[a-z-]+)_(?P<date>\d{4}-\d{2}-\d{2})_")
OUTLETS = {
    "breitbart": "Breitbart",
    "huff-post": "HuffPost",
    "nyt": "The New York Times",
    "politico": "Politico",
    "usa-today": "USA Today",
    "wash-post": "The Washington Post",
    "west-journal": "The Western Journal",
}


def _texts(folders: list[Path]) -> list[Path]:
    """Every text, in publication order (news arrives over time), then by name."""
    paths = [p for folder in folders for p in folder.glob("*.txt")]
    return sorted(paths, key=lambda p: (_meta(p).get("published", ""), p.name))


def _meta(path: Path) -> dict:
    match = _NAME.match(path.name)
    if not match:
        return {}
    return {"publisher": OUTLETS.get(match["outlet"], match["outlet"].title()), "published": match["date"]}


def _extract(path: str) -> tuple[str, str | None, str]:
    """(graph IRI, N-Triples or None, error) for one text; runs in a worker."""
    from dataclasses import replace

    from kg.build.iris import Minter
    from kg.load.articles import build_graph
    from kg.sources.documents import read_document

    try:
        article = replace(read_document(path), **_meta(Path(path)))
        iri, graph = build_graph(article, Minter())
        return str(iri), graph.serialize(format="nt"), ""
    except Exception as error:  # a failing article is counted, not fatal
        return "", None, f"{type(error).__name__}: {str(error).splitlines()[0] if str(error) else ''}"


def cached_graphs(folders: list[Path], cache: Path, jobs: int) -> list[tuple[str, Path]]:
    """(graph IRI, N-Triples file) per text that extracts to a valid graph, extracting what is missing."""
    cache.mkdir(parents=True, exist_ok=True)
    index_file = cache / "index.json"
    index = json.loads(index_file.read_text()) if index_file.exists() else {}
    texts = _texts(folders)
    missing = [p for p in texts if p.name not in index]
    if missing:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            for done, (path, (iri, nt, error)) in enumerate(
                zip(missing, pool.map(_extract, [str(p) for p in missing], chunksize=4)), 1
            ):
                if nt is not None:
                    (cache / f"{path.stem}.nt").write_text(nt, encoding="utf-8")
                index[path.name] = {"graph": iri, "error": error}
                print(f"  extracted {done}/{len(missing)}", file=sys.stderr, end="\r")
        print(file=sys.stderr)
        index_file.write_text(json.dumps(index, indent=1))
    failed = [name for name, entry in index.items() if entry["error"]]
    if failed:
        print(f"  {len(failed)} texts did not extract to a valid graph (skipped)", file=sys.stderr)
    return [(index[p.name]["graph"], cache / f"{p.stem}.nt") for p in texts if not index[p.name]["error"]]


def _size(graph) -> int:
    removed = getattr(graph, "removed", None)
    return len(graph) + (len(removed) if removed is not None else 0) if graph is not None else 0


def grow(graphs: list[tuple[str, Path]], limit: int | None = None) -> list[dict]:
    """Load the graphs one by one into a fresh on-disk store; per article: own triples, inference, derived, write.

    Where the code derives an article's own inferred graph apart (``Reasoner.local_inference``,
    which `kg load` runs in its workers), that part is timed as ``derive`` and ``infer`` is the
    writer's share; ``infer`` of older code is both.
    """
    from rdflib import Graph

    from kg.infer.lookup import Lookup
    from kg.infer.planner import reasoner_for, with_inference
    from kg.store import OxigraphStore

    rows = []
    with tempfile.TemporaryDirectory(prefix="reason-real-") as folder:
        store = OxigraphStore(Path(folder) / "store")
        for n, (iri, path) in enumerate(graphs[:limit], 1):
            graph = Graph().parse(path, format="nt")
            reasoner = reasoner_for(store)
            derive = 0.0
            if hasattr(reasoner, "local_inference") and n > 1:  # the first write also reasons the shipped parties
                started = time.perf_counter()
                local = {iri: reasoner.local_inference(Lookup(store))(iri, graph)}
                derive = time.perf_counter() - started
                started, cpu, own = time.perf_counter(), time.process_time(), time.thread_time()
                writes = reasoner.plan({iri: graph}, local=local)
            else:
                started, cpu, own = time.perf_counter(), time.process_time(), time.thread_time()
                writes = with_inference(store, {iri: graph})
            middle, middle_cpu, middle_own = time.perf_counter(), time.process_time(), time.thread_time()
            store.replace_graphs(writes)
            ended, ended_cpu = time.perf_counter(), time.process_time()
            derived = sum(_size(g) for name, g in writes.items() if name != iri)
            rows.append(
                {
                    "article": path.stem,
                    "triples": len(graph),
                    "infer": middle - started,
                    "derive": derive,
                    "derived": derived,
                    "write": ended - middle,
                    "infer_cpu": middle_cpu - cpu,  # CPU seconds: steadier than the clock on a shared machine
                    # this thread's alone: the process's also counts the store's background compactions
                    "infer_thread": middle_own - own,
                    "write_cpu": ended_cpu - middle_cpu,
                }
            )
            print(f"  {n} articles", file=sys.stderr, end="\r")
        print(file=sys.stderr)
        store.close()
    return rows


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * (len(ordered) - 1) + 0.5))]


def summary(rows: list[dict], window: int = 100) -> dict:
    """p50/p95/max of inference and derived triples, over all and the first and last ``window`` articles."""

    def stats(part: list[dict]) -> dict:
        infer = [r["infer"] * 1000 for r in part]
        ratio = [r["derived"] / max(r["triples"], 1) for r in part]
        derived = [r["derived"] for r in part]
        return {
            "n": len(part),
            "infer_p50": statistics.median(infer),
            "infer_mean": statistics.fmean(infer),
            "infer_p95": _pct(infer, 0.95),
            "infer_max": max(infer),
            "derived_p50": statistics.median(derived),
            "derived_max": max(derived),
            "ratio_p50": statistics.median(ratio),
            "ratio_p99": _pct(ratio, 0.99),
            "ratio_max": max(ratio),
            "write_p50": statistics.median(r["write"] * 1000 for r in part),
            "derive_p50": statistics.median(r.get("derive", 0.0) * 1000 for r in part),
            "infer_cpu_p50": statistics.median(r.get("infer_cpu", 0.0) * 1000 for r in part),
            "infer_cpu_p95": _pct([r.get("infer_cpu", 0.0) * 1000 for r in part], 0.95),
            "infer_thread_p50": statistics.median(r.get("infer_thread", 0.0) * 1000 for r in part),
            "infer_thread_p95": _pct([r.get("infer_thread", 0.0) * 1000 for r in part], 0.95),
            "write_cpu_p50": statistics.median(r.get("write_cpu", 0.0) * 1000 for r in part),
        }

    return {"all": stats(rows), "first": stats(rows[:window]), "last": stats(rows[-window:])}


def report(label: str, rows: list[dict], window: int = 100) -> None:
    parts = summary(rows, window)
    print(f"\n{label}: {len(rows)} real articles, inference per article (ms) and derived triples")
    print(
        f"{'':>6} {'p50':>7} {'mean':>7} {'p95':>7} {'max':>8} {'derived p50':>12} {'max':>8} "
        f"{'ratio p50':>10} {'p99':>6} {'max':>7} {'write p50':>10} {'derive p50':>11}"
    )
    for name, s in parts.items():
        print(
            f"{name:>6} {s['infer_p50']:>7.1f} {s['infer_mean']:>7.1f} {s['infer_p95']:>7.1f} {s['infer_max']:>8.1f} "
            f"{s['derived_p50']:>12.0f} {s['derived_max']:>8.0f} {s['ratio_p50']:>10.2f} {s['ratio_p99']:>6.2f} "
            f"{s['ratio_max']:>7.1f} {s['write_p50']:>10.1f} {s['derive_p50']:>11.1f}"
        )
    print(f"{'':>6} {'infer CPU p50':>14} {'p95':>7} {'thread CPU p50':>15} {'p95':>7} {'write CPU p50':>14}")
    for name, s in parts.items():
        print(
            f"{name:>6} {s['infer_cpu_p50']:>14.1f} {s['infer_cpu_p95']:>7.1f} {s['infer_thread_p50']:>15.1f} "
            f"{s['infer_thread_p95']:>7.1f} {s['write_cpu_p50']:>14.1f}"
        )
    first, last = parts["first"], parts["last"]
    cpu = last["infer_cpu_p95"] / max(first["infer_cpu_p95"], 1e-9)
    own = last["infer_thread_p95"] / max(first["infer_thread_p95"], 1e-9)
    print(
        f"  last/first {window}: p95 x{last['infer_p95'] / first['infer_p95']:.2f} (CPU x{cpu:.2f}, "
        f"inference's own thread x{own:.2f})",
        flush=True,
    )


def run(folders: list[Path], cache: Path, jobs: int, limit: int | None, out: Path | None, label: str) -> None:
    graphs = cached_graphs(folders, cache, jobs)
    rows = grow(graphs, limit)
    if out:
        out.write_text(json.dumps(rows))
    report(label, rows)


def main(argv=None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", type=Path, nargs="+", help="folders of .txt articles")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/quotegraph-real-graphs"))
    parser.add_argument("--jobs", type=int, default=2, help="extraction processes")
    parser.add_argument("--limit", type=int, help="grow the store from the first N articles only")
    parser.add_argument("--out", type=Path, help="write the per-article series as JSON")
    parser.add_argument("--code", type=Path, help="checkout whose kg package to run (default: this one)")
    args = parser.parse_args(argv)
    if args.code:
        sys.path.insert(0, str(args.code.resolve()))
    else:
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    import kg

    run(args.folders, args.cache, args.jobs, args.limit, args.out, f"kg at {Path(kg.__file__).parent.parent}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
