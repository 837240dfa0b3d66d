"""SHACL validation of real article graphs with and without the compiled first pass, side by side.

    .venv/bin/python bench/precheck_bench.py [--dir ../shared/polnear/dev] [--limit 84] [--repeat 3]

Each PolNeAR text is extracted and built as a load worker does; then every graph is
validated by ``kg.load.validate.violations`` (the compiled pass, pyshacl for what it does
not clear) and by ``pyshacl_violations`` (pyshacl alone), in alternation, timing CPU
seconds (the steadier measure on a shared machine). Both must report the same violations
for every graph, or the bench stops.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "shared" / "polnear" / "dev"


def graphs(folder: Path, limit: int) -> list:
    from kg.build.iris import Minter
    from kg.build.triples import extraction_to_graph
    from kg.extract import extract_many
    from kg.extract.model import Article

    files = sorted((folder / "text" if (folder / "text").is_dir() else folder).glob("*.txt"))[:limit]
    if not files:
        sys.exit(f"precheck_bench: no .txt files under {folder}")
    articles = [Article(source=str(f), text=f.read_text(encoding="utf-8")) for f in files]
    return [
        extraction_to_graph(e, Minter(), key=a.source) for a, e in zip(articles, extract_many(articles), strict=True)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--limit", type=int, default=84)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    from kg.load.validate import pyshacl_violations, violations
    from kg.store import terms

    found = graphs(args.dir, args.limit)
    print(f"{len(found)} graphs, {sum(map(len, found))} triples", file=sys.stderr)
    times: dict[str, list[float]] = {"pyshacl alone": [], "compiled pass": []}
    for _ in range(args.repeat):
        for name, validate in (("pyshacl alone", pyshacl_violations), ("compiled pass", violations)):
            started = time.process_time()
            reports = [validate(g) for g in found]
            times[name].append(time.process_time() - started)
            if name == "compiled pass" and reports != [pyshacl_violations(g) for g in found]:
                sys.exit("precheck_bench: the two ways disagree")
    started = time.process_time()
    for g in found:
        terms.triples(g)
    convert = time.process_time() - started
    for name, spent in times.items():
        print(
            f"{name:>14}: {statistics.median(spent) / len(found) * 1000:6.1f} ms CPU per article (median of {args.repeat})"
        )
    print(
        f"{'(conversion)':>14}: {convert / len(found) * 1000:6.1f} ms: the pass converts the graph, which a worker does anyway"
    )


if __name__ == "__main__":
    main()
