"""The single writer alone on recorded real extractions: CPU per stage per article, and its growth with the store.

    .venv/bin/python bench/writer_replay.py record [--limit 924]        # the workers' outcomes, once
    .venv/bin/python bench/writer_replay.py replay [--late 100] [--code DIR] [--out FILE.json]

A `kg load` spends most of its CPU in its workers, and the writer's share is small against
their noise on a shared machine; replaying what the workers sent (``kg.load.articles.Built``,
recorded once under /tmp: PolNeAR is copyrighted news and never enters the repository) through
``Loader._write_articles`` measures the writer alone, on identical input for old and new code
(``--code`` runs another checkout's ``kg``, e.g. ``git archive`` of a baseline commit).

Each stage is timed in this thread's CPU seconds (steadier than the clock when five people share
two cores), per batch and shared evenly by its articles, as the loader reports them; the store's
background threads (RocksDB compactions) show as the process's CPU beyond the thread's. Stages
nest: ``infer.party_map`` is part of ``infer``. Growth with the store is read two ways: the first
against the last 100 articles of the load (different articles), and the last ``--late`` articles
against the same articles replayed again into a fresh store in the same run (identical input).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import pickle
import resource
import sys
import tempfile
import time
from pathlib import Path

from ingest_bench import corpus_files, find_corpus  # bench/ is the script's folder
from ingest_report import pct

# (module, attribute path, stage): what the writer does for a batch, outermost first.
STAGES = (
    ("kg.infer.planner", "Reasoner.plan", "infer"),
    ("kg.store.overlay", "Overlay.put", "infer.overlay"),
    ("kg.infer.party_map", "PartyMap.patch", "infer.party_map"),
    ("kg.infer.identity", "Resolver.named_in_store", "infer.party_map.facts"),
    ("kg.infer.lookup", "Lookup.key_holders", "infer.party_map.keys"),
    ("kg.infer.clusters", "ClaimIndex.patch", "infer.claims"),
    ("kg.infer.lookup", "Lookup.keyed", "infer.claims.keyed"),
    ("kg.infer.names", "with_patch", "infer.names_keys"),
    ("kg.infer.party_facts", "patch", "infer.party_facts"),
    ("kg.store.base", "Store.replace_graphs", "write"),
    ("kg.store.base", "Store._stored", "write.read_stored"),
    ("kg.store.base", "replace_update", "write.text"),
    ("kg.store.embedded", "OxigraphStore._update", "write.rocksdb"),
    ("kg.store.embedded", "OxigraphStore.checkpoint", "checkpoint"),
)
CACHE = Path("/tmp/quotegraph-writer-replay.pkl")


def record(corpus: Path, limit: int | None, out: Path, jobs: int) -> None:
    """The workers' outcomes for the texts, as `kg load` builds them (the default model), pickled to ``out``."""
    from concurrent.futures import ProcessPoolExecutor
    from functools import partial

    from kg.infer.planner import reasoner_for
    from kg.load import articles
    from kg.load.loader import Loader
    from kg.sources.documents import read_document
    from kg.store import OxigraphStore

    store = OxigraphStore(None)
    Loader(store).ensure_ontology()
    curated = reasoner_for(store).curated_snapshot()
    items = [(i, read_document(str(f))) for i, f in enumerate(corpus_files(corpus, limit))]
    chunks = [items[i : i + 4] for i in range(0, len(items), 4)]
    build = partial(articles.build_articles, base=store.minter.base, curated=curated)
    with ProcessPoolExecutor(jobs) as pool:
        outcomes = [o for found in pool.map(build, chunks) for o in found]
    out.write_bytes(pickle.dumps(outcomes))
    print(f"{len(outcomes)} outcomes in {out}", file=sys.stderr)


class Clock:
    """Thread CPU per stage, the outermost call of each only (a stage calling itself is not counted twice)."""

    def __init__(self) -> None:
        self.spent: dict[str, float] = {}

    def wrap(self, module: str, path: str, stage: str) -> None:
        owner = importlib.import_module(module)
        *parents, name = path.split(".")
        for part in parents:
            owner = getattr(owner, part)
        found = getattr(owner, name, None)
        if found is None:  # older code: the stage is not there
            return
        depth = [0]

        def timed(*args, **kwargs):
            if depth[0]:
                return found(*args, **kwargs)
            depth[0] += 1
            started = time.thread_time()
            try:
                return found(*args, **kwargs)
            finally:
                depth[0] -= 1
                self.spent[stage] = self.spent.get(stage, 0.0) + time.thread_time() - started

        setattr(owner, name, timed)


def replay(outcomes: list, clock: Clock, folder: Path) -> dict:
    """Write the outcomes into a fresh store in ``folder`` as the loader does; one row per article written."""
    from kg.infer.identity import Curated
    from kg.infer.planner import reasoner_for
    from kg.load.loader import Loader
    from kg.store import OxigraphStore, terms

    store = OxigraphStore(folder)
    loader = Loader(store)
    loader.ensure_ontology()
    digest = Curated(terms.graph(terms.from_ntriples(reasoner_for(store).curated_snapshot()))).digest
    for outcome in outcomes:  # recorded by another checkout: its parties file's path, so its graph's IRI, differs
        if getattr(outcome, "local", None) is not None:
            outcome.local.curated = digest
    rows: list[dict] = []
    write_batch = Loader._write_batch
    depth = [0]

    def timed_batch(self, batch, done) -> None:
        if depth[0]:  # a failed batch written again article by article: counted by the outer call
            write_batch(self, batch, done)
            return
        depth[0] += 1
        before = dict(clock.spent)
        cpu, own = time.process_time(), time.thread_time()
        written: list = []
        try:
            write_batch(self, batch, lambda index, result: written.append(result))
        finally:
            depth[0] -= 1
        cpu, own = time.process_time() - cpu, time.thread_time() - own
        stages = {k: (v - before.get(k, 0.0)) / len(batch) for k, v in clock.spent.items()}
        rows.extend(
            {
                "source": r.source,
                "status": r.status,
                "triples": r.triples,
                "derived": r.derived,
                "batch": len(batch),
                "thread": own / len(batch),
                "process": cpu / len(batch),
                "stages": stages,
            }
            for r in written
        )

    Loader._write_batch = timed_batch  # type: ignore[method-assign]
    started = time.process_time()
    quiet = getattr(importlib.import_module("kg.load.loader"), "bulk_gc", contextlib.nullcontext)  # as load_articles
    try:
        with quiet():
            loader._write_articles(iter(outcomes), lambda: True, {}, lambda index, result: None)
    finally:
        Loader._write_batch = write_batch  # type: ignore[method-assign]
    cpu = time.process_time() - started
    size = store.disk_size()
    store.close()
    return {"rows": rows, "process_cpu": cpu, "store_bytes": size}


def stage_table(rows: list[dict], compare: list[dict], labels: tuple[str, str]) -> str:
    """p50/p95/max of each stage's CPU ms per article in ``rows`` against ``compare``, and p95's ratio."""
    names = ["process", "thread", *sorted({k for r in rows + compare for k in r["stages"]})]

    def values(part: list[dict], name: str) -> list[float]:
        return [1000 * (r[name] if name in ("process", "thread") else r["stages"].get(name, 0.0)) for r in part]

    def ratio(late: float, early: float) -> str:
        return f"{late / early:.2f}" if early >= 0.05 else "-"  # stages that barely ran

    head = f"{'CPU ms per article':24} {labels[0] + ' p50':>13} {'p95':>7} {'max':>7} {labels[1] + ' p50':>13} {'p95':>7} {'max':>7} {'p95 x':>6} {'sum s':>13}"
    lines = [head]
    for name in names:
        a, b = values(compare, name), values(rows, name)
        lines.append(
            f"{name:24} {pct(a, 0.5):13.1f} {pct(a, 0.95):7.1f} {max(a):7.1f} {pct(b, 0.5):13.1f} {pct(b, 0.95):7.1f} "
            f"{max(b):7.1f} {ratio(pct(b, 0.95), pct(a, 0.95)):>6} {sum(a) / 1000:6.2f}/{sum(b) / 1000:<6.2f}"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("record", "replay"))
    parser.add_argument("--corpus", type=Path, default=find_corpus())
    parser.add_argument("--limit", type=int, help="only the first N texts (train, then dev)")
    parser.add_argument("--jobs", type=int, default=2, help="record: worker processes")
    parser.add_argument("--outcomes", type=Path, default=CACHE, help="the recorded outcomes (under /tmp)")
    parser.add_argument("--late", type=int, default=100, help="replay: the last N again into a fresh store")
    parser.add_argument("--code", type=Path, help="replay: the checkout whose kg package to run")
    parser.add_argument("--out", type=Path, help="replay: per-article rows as JSON")
    args = parser.parse_args()
    if args.code:
        sys.path.insert(0, str(args.code.resolve()))
    if args.action == "record":
        if args.corpus is None:
            raise SystemExit("writer_replay: no PolNeAR corpus found (pass --corpus DIR holding train/ and dev/)")
        record(args.corpus, args.limit, args.outcomes, args.jobs)
        return
    outcomes = [o for o in pickle.loads(args.outcomes.read_bytes()) if hasattr(o, "ntriples")][: args.limit]
    clock = Clock()
    for stage in STAGES:
        clock.wrap(*stage)
    with tempfile.TemporaryDirectory(prefix="writer-replay-") as tmp:
        run = replay(outcomes, clock, Path(tmp) / "all")
        late = outcomes[-args.late :]
        again = replay(late, clock, Path(tmp) / "late") if args.late else None
    rows = [r for r in run["rows"] if r["status"] == "loaded"]
    rows = rows[rows[0]["batch"] :]  # the store's first batch also derives the ontology's closure
    import kg

    print(f"kg at {Path(kg.__file__).parent.parent}: {len(outcomes)} articles replayed")
    print(
        f"writer CPU {run['process_cpu']:.1f} s (thread {sum(r['thread'] for r in run['rows']):.1f} s), "
        f"max RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3:.0f} MB (the outcomes included), "
        f"store {run['store_bytes'] / 1e6:.0f} MB"
    )
    ratios = [r["derived"] / r["triples"] for r in rows if r["triples"]]
    print(f"derived/own triples p50 {pct(ratios, 0.5):.2f} p99 {pct(ratios, 0.99):.2f} max {max(ratios):.1f}\n")
    print(stage_table(rows[-100:], rows[:100], ("first 100", "last 100")))
    if again is not None:
        fresh = [r for r in again["rows"] if r["status"] == "loaded"]
        fresh = fresh[fresh[0]["batch"] :]
        same = {r["source"] for r in fresh}
        print(f"\nthe last {len(fresh)} articles: into a fresh store, and late in the load")
        print(stage_table([r for r in rows if r["source"] in same], fresh, ("fresh", "late")))
    if args.out:
        args.out.write_text(json.dumps({"rows": run["rows"], "late_fresh": again and again["rows"]}))


if __name__ == "__main__":
    main()
