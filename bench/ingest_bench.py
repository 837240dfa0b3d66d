"""Real-corpus ingestion: `kg load --jobs N` over PolNeAR beside bare spaCy on the same texts, same run.

    .venv/bin/python bench/ingest_bench.py [--corpus ../shared/polnear] [--jobs 2] [--limit 924] [--model rules]

Bare spaCy is ``nlp.pipe(texts, n_process=N)`` with the same model, stock; ``--bare numpy`` gives
it the numpy products extraction's pipeline uses (``kg.extract.nlp.numpy_products``), so a
gain of spaCy's own is not read as less overhead of ours. The loader runs in a
child process exactly as ``kg load`` does (``load_articles`` into a fresh on-disk store,
then the end-of-batch compaction), while this process samples the loader's RSS, its
workers' RSS and the store's size on disk. The loader's CPU and wall time end with the
compaction (its workers' included): counting the store's triples afterwards, for the
summary, is the bench's own work, not the load's. Per article the loader reports the time
of each stage, its own triples and the derived triples its write added. Everything is
written as JSON under bench/results/ (time series included, so growth with the store's
size shows) and a summary is printed; ``--compare OLD.json`` prints an earlier run
beside this one.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from ingest_report import growth, summarise, table  # bench/ is the script's folder

ROOT = Path(__file__).resolve().parents[1]


def find_corpus() -> Path | None:
    for folder in (ROOT, *ROOT.parents):
        if (folder / "shared" / "polnear").is_dir():
            return folder / "shared" / "polnear"
    return None


def corpus_files(corpus: Path, limit: int | None) -> list[Path]:
    files = [p for split in ("train", "dev") for p in sorted((corpus / split / "text").glob("*.txt"))]
    return files[:limit] if limit else files


def words(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").split())


# ---- bare spaCy -----------------------------------------------------------------------


def cpu_of_children() -> float:
    """CPU seconds of every finished child process (and theirs), so far."""
    return cpu_of(resource.RUSAGE_CHILDREN)


def bare_spacy(files: list[Path], jobs: int, products: str) -> tuple[float, float]:
    """Wall and CPU seconds for ``nlp.pipe`` over the texts in ``jobs`` processes, model load included.

    CPU seconds are the steadier measure on a shared machine: another user's jobs slow the
    wall clock, not the work done."""
    code = (
        "import sys, time, spacy\n"
        "from kg.extract.nlp import MODEL\n"
        "files = sys.argv[2:]\n"
        "start = time.perf_counter()\n"
        "nlp = spacy.load(MODEL)\n"
        + ("from kg.extract.nlp import numpy_products\nnumpy_products(nlp)\n" if products == "numpy" else "")
        + "texts = (open(f, encoding='utf-8').read() for f in files)\n"
        "for _ in nlp.pipe(texts, n_process=int(sys.argv[1])):\n"
        "    pass\n"
        "print(time.perf_counter() - start)\n"
    )
    cpu = cpu_of_children()
    out = subprocess.run(
        [sys.executable, "-c", code, str(jobs), *map(str, files)], capture_output=True, text=True, check=True
    )
    return float(out.stdout.split()[-1]), cpu_of_children() - cpu


# ---- the loader, in a child process ---------------------------------------------------


def child(args: argparse.Namespace) -> None:
    """Load the files as `kg load` does and write one record per article."""
    from kg.cli.store_commands import BULK_LOAD, compact, on_disk
    from kg.load.loader import load_articles
    from kg.store import OxigraphStore

    files = Path(args.files).read_text(encoding="utf-8").split("\n")
    options = {"model": args.model} if args.model else {}  # a loader that predates the option takes none
    started = time.monotonic()
    with OxigraphStore(args.store) as store:
        results = load_articles(store, files, jobs=args.jobs, progress=False, **options)
        loaded, before = time.monotonic(), cpu_of(resource.RUSAGE_SELF)
        if on_disk(store) and sum(r.status == "loaded" for r in results) >= BULK_LOAD:
            compact(store)
        compacted, compact_cpu = time.monotonic(), cpu_of(resource.RUSAGE_SELF) - before
        writer, workers = cpu_of(resource.RUSAGE_SELF), cpu_of(resource.RUSAGE_CHILDREN)
        triples = sum(n for _, n in store.graphs())
        counted = time.monotonic()
    records = [
        {
            "source": r.source,
            "status": r.status,
            "message": r.message,
            "triples": r.triples,
            "derived": getattr(r, "derived", 0),
            "timings": getattr(r, "timings", {}),
        }
        for r in results
    ]
    Path(args.out).write_text(
        json.dumps(
            {
                "started": started,
                "load_seconds": loaded - started,
                "compact_seconds": compacted - loaded,
                "compact_cpu_seconds": compact_cpu,
                "count_seconds": counted - compacted,  # the bench's triple count, not the load's
                "store_triples": triples,
                "writer_cpu_seconds": writer,  # this process: reading, inference, the store, the compaction
                "worker_cpu_seconds": workers,  # extraction, building, validation, worker inference
                "records": records,
            }
        ),
        encoding="utf-8",
    )


def cpu_of(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def _rss(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with contextlib.suppress(OSError):
            found += [int(c) for c in (task / "children").read_text().split()]
    return found


def _size(folder: Path) -> tuple[int, int]:
    """(bytes on disk, of which write-ahead log)."""
    total = wal = 0
    for f in folder.rglob("*"):
        try:
            size = f.stat().st_size if f.is_file() else 0
        except OSError:
            continue
        total += size
        wal += size if f.suffix == ".log" else 0
    return total, wal


def run_loader(files: list[Path], jobs: int, workdir: Path, model: str | None = None) -> dict:
    listing = workdir / "files.txt"
    listing.write_text("\n".join(map(str, files)), encoding="utf-8")
    store, out = workdir / "store", workdir / "records.json"
    command = [sys.executable, __file__, "--child", "--files", str(listing), "--store", str(store), "--out", str(out)]
    command += ["--jobs", str(jobs)] + (["--model", model] if model else [])
    samples: list[dict] = []
    started, cpu = time.monotonic(), cpu_of_children()
    process = subprocess.Popen(command)
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            size, wal = _size(store) if store.exists() else (0, 0)
            workers = [_rss(c) for c in _children(process.pid)]
            samples.append(
                {
                    "t": time.monotonic() - started,
                    "rss": _rss(process.pid),
                    "worker_rss": max(workers, default=0),
                    "store_bytes": size,
                    "wal_bytes": wal,
                }
            )
            done.wait(1.0)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    code = process.wait()
    wall, cpu = time.monotonic() - started, cpu_of_children() - cpu
    done.set()
    sampler.join()
    if code != 0 or not out.exists():
        raise SystemExit(f"ingest_bench: the loader exited with {code}")
    data = json.loads(out.read_text(encoding="utf-8"))
    reopen = time.monotonic()
    subprocess.run(
        [sys.executable, "-c", f"import pyoxigraph as ox; ox.Store({str(store)!r})"], check=True, capture_output=True
    )
    data["reopen_seconds"] = time.monotonic() - reopen
    data["store_bytes"], data["wal_bytes"] = _size(store)
    data["wall_seconds"] = wall - data["count_seconds"]
    data["cpu_seconds_all"] = cpu  # the child process whole, the bench's triple count included
    data["cpu_seconds"] = data["writer_cpu_seconds"] + data["worker_cpu_seconds"]
    data["samples"] = samples
    return data


# ---- summary --------------------------------------------------------------------------


def loader_commit() -> str:
    """The commit of the tree whose ``kg`` this interpreter loads (another worktree's venv runs that tree's loader)."""
    import kg

    tree = Path(kg.__file__).resolve().parents[1]
    return subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=tree, capture_output=True, text=True
    ).stdout.strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=find_corpus())
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--limit", type=int, help="only the first N articles (train, then dev)")
    parser.add_argument("--label", default="now", help="name of this run in the table")
    parser.add_argument("--bare", choices=("stock", "numpy"), default="stock", help="bare spaCy's matrix products")
    parser.add_argument("--model", help="the loader's extraction model (rules, learned, hybrid; default: the default)")
    parser.add_argument("--out", type=Path, help="JSON results (default: bench/results/ingest-<time>.json)")
    parser.add_argument("--compare", type=Path, action="append", default=[], help="earlier results to show beside")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--files", help=argparse.SUPPRESS)
    parser.add_argument("--store", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args)
        return
    if args.corpus is None or not (args.corpus / "train" / "text").is_dir():
        raise SystemExit("ingest_bench: no PolNeAR corpus found (pass --corpus DIR holding train/ and dev/)")
    files = corpus_files(args.corpus, args.limit)
    total_words = sum(words(f) for f in files)
    print(f"{len(files)} articles, {total_words} words, {args.jobs} processes", file=sys.stderr)
    spacy_seconds, spacy_cpu = bare_spacy(files, args.jobs, args.bare)
    print(f"bare spaCy: {spacy_seconds:.1f} s ({total_words / spacy_seconds:.0f} words/s)", file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="ingest-bench-") as tmp:
        loader = run_loader(files, args.jobs, Path(tmp), args.model)
    run = {
        "label": args.label,
        "commit": loader_commit(),
        "jobs": args.jobs,
        "model": args.model,
        "articles": len(files),
        "words": total_words,
        "spacy_seconds": spacy_seconds,
        "spacy_cpu_seconds": spacy_cpu,
        "spacy_products": args.bare,
        "loader": loader,
    }
    out = args.out or ROOT / "bench" / "results" / f"ingest-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(run), encoding="utf-8")
    runs = [json.loads(p.read_text(encoding="utf-8")) for p in args.compare] + [run]
    print(table([(r["label"], summarise(r)) for r in runs]))
    print()
    print(growth(run))
    failed = [r for r in loader["records"] if r["status"] == "failed"]
    for r in failed[:10]:
        print(f"failed: {r['message']}")
    print(f"results in {out}", file=sys.stderr)


if __name__ == "__main__":
    os.environ.setdefault("TQDM_DISABLE", "1")
    main()
