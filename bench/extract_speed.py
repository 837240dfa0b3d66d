"""Words per second of extraction beside bare spaCy parsing of the same texts, same run.

    .venv/bin/python bench/extract_speed.py [--dir ../shared/polnear/dev] [--repeat 2] [--long-mb 1]
                                            [--model rules|learned|hybrid] [--weights DIR]
                                            [--rss-batches 8,64]

The ratio (extraction / bare ``nlp.pipe`` over whole texts) is what matters: the rules and
the learned model should cost little on top of the parse. Extraction parses runs of
paragraphs (``chunk_spans``), a few at a time, which spaCy does for less than whole texts;
so bare spaCy over those same chunks is timed too, and its ratio is what extraction costs
beyond parsing. Extraction's pipeline multiplies with numpy's BLAS on one thread
(``kg.extract.nlp.numpy_products``), faster than stock spaCy's blis here; stock spaCy given the
same products is timed as a third baseline, so a gain of spaCy's own is not read as less
overhead of ours. Runs alternate and the best of each is kept, to damp noise from other
processes; CPU seconds per thousand words are printed beside. ``--long-mb`` also extracts one article of that
many megabytes and reports its time.

Memory is measured apart: for each ``--rss-batches`` size (chunks spaCy parses at once;
``extract_many``'s default first), a fresh process loads the pipeline and extracts every
text, and its peak resident memory is printed; that is what one ``kg extract`` costs.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import time
from pathlib import Path

import spacy

from kg.extract import BATCH_CHUNKS, DEFAULT_MODE, MODES, extract, extract_many
from kg.extract.chunks import chunk_spans
from kg.extract.model import Article
from kg.extract.nlp import MODEL, numpy_products

DEFAULT_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "polnear" / "dev"


def texts_of(directory: Path) -> list[str]:
    folder = directory / "text" if (directory / "text").is_dir() else directory
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    if not texts:
        sys.exit(f"extract_speed: no .txt files under {folder}")
    return texts


def timed(run) -> tuple[float, float]:
    """(wall seconds, CPU seconds); CPU time is steadier when other jobs share the machine."""
    wall, cpu = time.perf_counter(), time.process_time()
    run()
    return time.perf_counter() - wall, time.process_time() - cpu


def peak_rss_mb(directory: Path, model: str, weights: Path | None, batch: int) -> float:
    """Peak RSS of a fresh process that extracts every text under ``directory``."""
    command = [sys.executable, __file__, "--dir", str(directory), "--model", model, "--child-batch", str(batch)]
    if weights:
        command += ["--weights", str(weights)]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"extract_speed: the memory run (batch {batch}) failed:\n{done.stderr}")
    return int(done.stdout.split()[-1]) / 1024


def extract_all(directory: Path, model: str, weights: Path | None, batch: int) -> None:
    """Extract every text, then print this process's peak RSS in kB: VmHWM, which unlike
    getrusage's ru_maxrss does not inherit the parent's high-water mark."""
    articles = [Article(str(i), t) for i, t in enumerate(texts_of(directory))]
    for _ in extract_many(articles, batch_size=batch, model=model, weights=weights):
        pass
    status = Path("/proc/self/status").read_text()
    print(next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:")))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--long-mb", type=float, default=0)
    parser.add_argument("--model", choices=MODES, default=DEFAULT_MODE)
    parser.add_argument("--weights", type=Path, default=None)
    parser.add_argument("--rss-batches", default=str(BATCH_CHUNKS), metavar="N,N")
    parser.add_argument("--child-batch", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_batch:
        extract_all(args.dir, args.model, args.weights, args.child_batch)
        return
    options = {"model": args.model, "weights": args.weights}

    texts = texts_of(args.dir)
    words = sum(len(t.split()) for t in texts)
    bare = spacy.load(MODEL)
    same_products = spacy.load(MODEL)
    numpy_products(same_products)
    articles = [Article(str(i), t) for i, t in enumerate(texts)]
    list(bare.pipe(texts[:3]))
    list(same_products.pipe(texts[:3]))
    list(extract_many(articles[:3], **options))

    chunks = [t[s:e] for t in texts for s, e in chunk_spans(t)]
    runs = {
        "bare spaCy nlp.pipe": lambda: list(bare.pipe(texts, batch_size=64)),
        "bare spaCy, extraction's chunks": lambda: list(bare.pipe(chunks, batch_size=BATCH_CHUNKS)),
        "bare spaCy, chunks, numpy products": lambda: list(same_products.pipe(chunks, batch_size=BATCH_CHUNKS)),
        "extract_many": lambda: list(extract_many(articles, **options)),
    }
    best: dict[str, tuple[float, ...]] = dict.fromkeys(runs, (float("inf"), float("inf")))
    for _ in range(args.repeat):
        for label, run in runs.items():
            best[label] = tuple(map(min, best[label], timed(run)))
    print(f"texts {len(texts)}  words {words}  model {args.model}")
    ours = best["extract_many"]
    for label, n in (("wall", 0), ("cpu", 1)):
        for baseline in list(runs)[:3]:
            print(
                f"[{label}] {baseline} {words / best[baseline][n]:8.0f} words/s   "
                f"extract_many {words / ours[n]:8.0f} words/s   ratio {best[baseline][n] / ours[n]:.2f}"
            )
    print("CPU seconds per 1k words: " + "   ".join(f"{label} {1000 * t[1] / words:.3f}" for label, t in best.items()))

    if args.long_mb:
        pieces, size = [], 0
        while size < args.long_mb * 1_000_000:
            for t in texts:
                pieces.append(t)
                size += len(t) + 2
        long_text = "\n\n".join(pieces)
        seconds, _ = timed(lambda: extract(Article("long", long_text), **options))
        print(f"long article {len(long_text) / 1e6:.2f} MB: {seconds:.1f} s")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of this process {peak_mb:.0f} MB (bare spaCy and extraction both loaded)")
    for batch in (int(b) for b in args.rss_batches.split(",") if b.strip()):
        mb = peak_rss_mb(args.dir, args.model, args.weights, batch)
        print(f"peak RSS of one extraction process, {batch} chunks a batch: {mb:.0f} MB")


if __name__ == "__main__":
    main()
