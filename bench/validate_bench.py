"""SHACL validation before and after kg/validate.py's fast path, side by side in one run.

    .venv/bin/python bench/validate_bench.py [--repeat 5] [--cold 5] [--large 100000]

"before" is pyshacl.validate called the way kg/validate.py called it before (ontology
given as ``ont_graph``, so pyshacl mixes it into a clone of the data, and rdflib runs
the SHACL-SPARQL queries); "after" is ``kg.load.validate.violations``. Both run on the same
graphs in alternation: the six sample articles (extracted and converted as
``kg load`` does) and samples/parler-aws.ttl. Every graph must get the same violations
from both, or the bench stops. ``--cold N`` also times the first validation in N fresh
processes each (what a single ``kg load`` pays). ``--large BYTES`` builds one article of
about that size from the sample paragraphs, with the people's names varied per copy,
in a temporary folder, and validates its graph once each way.
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pyshacl import validate as shacl_validate
from rdflib import Graph

from kg.build.iris import Minter
from kg.build.namespace import ontology_graph
from kg.build.triples import extraction_to_graph
from kg.extract import extract
from kg.load import validate
from kg.load.articles import article_key
from kg.paths import SAMPLES_DIR
from kg.sources.documents import expand_inputs, read_document

ARTICLES = SAMPLES_DIR / "articles"
RDF_SAMPLE = SAMPLES_DIR / "parler-aws.ttl"
PEOPLE = {
    "John": "Matze",
    "Maria": "Chen",
    "Paul": "Brandt",
    "Rachel": "Okafor",
    "Victor": "Lane",
    "Luis": "Ortega",
    "Elena": "Ruiz",
    "Tom": "Becker",
    "Ingrid": "Solberg",
    "Amir": "Haddad",
    "Dana": "Whitfield",
}
FIRST = [
    "Anna",
    "Boris",
    "Carla",
    "David",
    "Emma",
    "Felix",
    "Grace",
    "Hugo",
    "Irene",
    "Jonas",
    "Karen",
    "Leon",
    "Mona",
    "Nils",
    "Olga",
    "Peter",
]
LAST = [
    "Abbott",
    "Baker",
    "Carver",
    "Dalton",
    "Ellis",
    "Foster",
    "Garner",
    "Harlow",
    "Ingram",
    "Jensen",
    "Keller",
    "Lowry",
    "Mercer",
    "Nolan",
    "Osborne",
    "Prescott",
    "Quinn",
    "Rowe",
    "Sutton",
    "Thorne",
    "Underwood",
    "Vance",
    "Walsh",
    "Yates",
]


def before(graph: Graph) -> list[validate.Violation]:
    conforms, results, _ = shacl_validate(
        graph,
        shacl_graph=validate.shapes_graph(),
        ont_graph=ontology_graph(),
        inference="none",
        advanced=True,
        allow_warnings=True,
    )
    return validate.report_violations(conforms, results)


def article_graph(path: str) -> Graph:
    article = read_document(path)
    return extraction_to_graph(extract(article), Minter(), key=article_key(article))


def sample_graphs() -> dict[str, Graph]:
    graphs = {Path(spec).name: article_graph(spec) for spec in expand_inputs([str(ARTICLES)])}
    graphs[RDF_SAMPLE.name] = Graph().parse(RDF_SAMPLE, format="turtle")
    return graphs


def large_article(folder: Path, size: int) -> Path:
    """About ``size`` bytes of sample paragraphs; each copy renames its people so the
    article has many distinct speakers, as a long report would."""
    names = list(PEOPLE) + list(PEOPLE.values())
    pattern = re.compile(r"\b(" + "|".join(names) + r")\b")
    bodies = ["\n\n".join(p.read_text(encoding="utf-8").split("\n\n")[1:]) for p in sorted(ARTICLES.glob("*.txt"))]
    parts, length, copy = ["A long report with many quotes"], 0, 0
    while length < size:

        def rename(match: re.Match, copy=copy) -> str:
            j = names.index(match.group(0))
            return FIRST[(copy + j) % len(FIRST)] if j < len(PEOPLE) else LAST[(copy * 7 + j) % len(LAST)]

        part = pattern.sub(rename, bodies[copy % len(bodies)])
        parts.append(part)
        length += len(part.encode("utf-8")) + 2
        copy += 1
    path = folder / "long-report.txt"
    path.write_text("\n\n".join(parts) + "\n", encoding="utf-8")
    return path


def timed(check, graph: Graph) -> tuple[float, list[validate.Violation]]:
    start = time.perf_counter()
    found = check(graph)
    return time.perf_counter() - start, found


def same(name: str, old: list, new: list) -> None:
    if [str(v) for v in old] != [str(v) for v in new]:
        raise SystemExit(f"{name}: the fast path disagrees with pyshacl:\n  before {old}\n  after  {new}")


def cold_run(which: str) -> None:
    """One fresh-process validation of the RDF sample; prints its milliseconds."""
    graph = Graph().parse(RDF_SAMPLE, format="turtle")
    ontology_graph()
    check = before if which == "before" else validate.violations
    print(f"{timed(check, graph)[0] * 1000:.3f}")


def cold(runs: int) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {"before": [], "after": []}
    for _ in range(runs):
        for which in times:
            out = subprocess.run(
                [sys.executable, __file__, "--cold-run", which], check=True, capture_output=True, text=True
            ).stdout
            times[which].append(float(out.split()[-1]))
    return times


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="timed rounds over the samples (median kept)")
    parser.add_argument("--cold", type=int, default=0, metavar="N", help="fresh processes per variant")
    parser.add_argument("--large", type=int, default=0, metavar="BYTES", help="also a generated long article")
    parser.add_argument("--cold-run", choices=["before", "after"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.cold_run:
        cold_run(args.cold_run)
        return

    graphs = sample_graphs()
    for name, graph in graphs.items():
        same(name, before(graph), validate.violations(graph))
    rows = {name: {"before": [], "after": []} for name in graphs}
    for _ in range(args.repeat):
        for name, graph in graphs.items():
            rows[name]["before"].append(timed(before, graph)[0])
            rows[name]["after"].append(timed(validate.violations, graph)[0])
    print(f"warm validation, median of {args.repeat} (same process, alternating)")
    print(f"  {'graph':28s} {'triples':>7s} {'before':>11s} {'after':>11s}  ratio")
    totals = {"before": 0.0, "after": 0.0}
    for name, graph in graphs.items():
        old, new = (statistics.median(rows[name][k]) for k in ("before", "after"))
        totals["before"] += old
        totals["after"] += new
        print(f"  {name:28s} {len(graph):7d} {ms(old)} {ms(new)}  {old / new:5.1f}x")
    print(
        f"  {'all seven':28s} {'':7s} {ms(totals['before'])} {ms(totals['after'])}  "
        f"{totals['before'] / totals['after']:5.1f}x"
    )

    if args.cold:
        times = cold(args.cold)
        old, new = statistics.median(times["before"]), statistics.median(times["after"])
        print(
            f"first validation in a fresh process, median of {args.cold}: "
            f"before {old:.1f} ms, after {new:.1f} ms, {old / new:.1f}x"
        )

    if args.large:
        with tempfile.TemporaryDirectory() as tmp:
            path = large_article(Path(tmp), args.large)
            size = path.stat().st_size
            start = time.perf_counter()
            graph = article_graph(str(path))
            built = time.perf_counter() - start
        new_time, new_found = timed(validate.violations, graph)
        old_time, old_found = timed(before, graph)
        same(path.name, old_found, new_found)
        print(
            f"long article, {size} bytes -> {len(graph)} triples "
            f"(extract + triples {built:.1f} s): before {old_time:.1f} s, after {new_time:.1f} s, "
            f"{old_time / new_time:.1f}x"
        )


if __name__ == "__main__":
    main()
