"""Words per second of extraction beside bare spaCy parsing of the same texts, same run.

    .venv/bin/python bench/extract_speed.py [--dir ../shared/polnear/dev] [--repeat 2] [--long-mb 1]
                                            [--model rules|learned|hybrid] [--weights DIR]

The ratio (extraction / bare ``nlp.pipe``) is what matters: the rules and the learned
model should cost little on top of the parse. Runs alternate and the best of each is
kept, to damp noise from other processes. The process's peak memory (RSS) is printed at
the end. ``--long-mb`` also extracts one article of that many megabytes and reports its
time.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

import spacy

from kg.extract import DEFAULT_MODE, MODES, extract, extract_many
from kg.extract.model import Article
from kg.extract.nlp import MODEL

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--long-mb", type=float, default=0)
    parser.add_argument("--model", choices=MODES, default=DEFAULT_MODE)
    parser.add_argument("--weights", type=Path, default=None)
    args = parser.parse_args()
    options = {"model": args.model, "weights": args.weights}

    texts = texts_of(args.dir)
    words = sum(len(t.split()) for t in texts)
    bare = spacy.load(MODEL)
    articles = [Article(str(i), t) for i, t in enumerate(texts)]
    list(bare.pipe(texts[:3]))
    list(extract_many(articles[:3], **options))

    best_bare = best_ours = (float("inf"), float("inf"))
    for _ in range(args.repeat):
        bare_run = timed(lambda: list(bare.pipe(texts, batch_size=64)))
        ours_run = timed(lambda: list(extract_many(articles, batch_size=64, **options)))
        best_bare = tuple(map(min, best_bare, bare_run))
        best_ours = tuple(map(min, best_ours, ours_run))
    print(f"texts {len(texts)}  words {words}  model {args.model}")
    for label, n in (("wall", 0), ("cpu", 1)):
        print(
            f"[{label}] bare spaCy nlp.pipe {words / best_bare[n]:8.0f} words/s   "
            f"extract_many {words / best_ours[n]:8.0f} words/s   ratio {best_bare[n] / best_ours[n]:.2f}"
        )

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


if __name__ == "__main__":
    main()
