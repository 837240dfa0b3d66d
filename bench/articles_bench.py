"""Where the time of loading an article goes: read, extract, build triples, validate, write.

    .venv/bin/python bench/articles_bench.py [--dir samples/articles] [--repeat 3] [--jobs 2]

Each stage is timed per article on the same inputs in the same run, so the shares are
comparable whatever else the machine is doing; the last line compares `load_articles`
end to end (jobs=1 and, with --jobs, N worker processes) with the sum of the stages.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from kg.build.iris import Minter
from kg.build.triples import extraction_to_graph
from kg.extract import extract
from kg.load.articles import article_key
from kg.load.loader import load_articles
from kg.load.validate import check
from kg.paths import SAMPLES_DIR
from kg.sources.documents import expand_inputs, read_document
from kg.store import OxigraphStore


def stages(specs: list[str]) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {s: [] for s in ("read", "extract", "triples", "validate", "write")}
    minter = Minter()
    with OxigraphStore(None) as store:
        for spec in specs:
            t0 = time.perf_counter()
            article = read_document(spec)
            t1 = time.perf_counter()
            extraction = extract(article)
            t2 = time.perf_counter()
            key = article_key(article)
            graph = extraction_to_graph(extraction, minter, key=key)
            t3 = time.perf_counter()
            check(graph, spec)
            t4 = time.perf_counter()
            store.replace_graphs({str(minter.article_graph(key)): graph})
            t5 = time.perf_counter()
            for name, seconds in zip(times, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4)):
                times[name].append(seconds)
    return times


def end_to_end(specs: list[str], jobs: int) -> float:
    with OxigraphStore(None) as store:
        started = time.perf_counter()
        results = load_articles(store, specs, jobs=jobs, progress=False)
        elapsed = time.perf_counter() - started
    failed = [r.message for r in results if r.status == "failed"]
    if failed:
        raise SystemExit(f"load failed: {failed[0]}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", default=str(SAMPLES_DIR / "articles"))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args()
    specs = expand_inputs([args.dir])
    extract(read_document(specs[0]))  # load the model outside the timings
    best: dict[str, float] = {}
    for _ in range(args.repeat):
        for name, values in stages(specs).items():
            best[name] = min(best.get(name, float("inf")), sum(values))
    total = sum(best.values())
    print(f"{len(specs)} articles from {Path(args.dir)}; best of {args.repeat} runs, per article:")
    for name, seconds in best.items():
        print(f"  {name:9} {1000 * seconds / len(specs):8.1f} ms  {100 * seconds / total:5.1f} %")
    print(f"  {'sum':9} {1000 * total / len(specs):8.1f} ms")
    runs = {1: end_to_end(specs, 1)}
    if args.jobs > 1:
        runs[args.jobs] = end_to_end(specs, args.jobs)
    for jobs, seconds in runs.items():
        print(
            f"load_articles jobs={jobs}: {1000 * seconds / len(specs):8.1f} ms per article "
            f"({seconds / total:.2f}x the sum of stages)"
        )
    print(f"median article length {statistics.median(len(read_document(s).text) for s in specs):.0f} chars")


if __name__ == "__main__":
    main()
