"""Inference cost per added article as the store grows, and competency-query latency.

    .venv/bin/python bench/reason_bench.py --sizes 1000,10000 --added 40 --query-triples 1000000
    .venv/bin/python bench/reason_bench.py --sizes 100000 --query-triples 0 --store /tmp/rb   # grow and keep
    .venv/bin/python bench/reason_bench.py --real ../shared/polnear/train/text ../shared/polnear/dev/text

Synthetic articles are shaped like real extractions: a publisher from a few dozen outlets,
parties drawn from a Zipf-like pool (curated names such as Amazon Web Services included),
unnamed spokespeople, dated as ~100 articles a day arriving over time, 4-10 statements with evidence selectors, denials with explicit and
party-level disputes, and a share of claims re-reported by several outlets so clustering
and cross-article disputes do real work. The store is filled in batches (each batch
reasoned against the store before it) on disk, then ``--added`` fresh articles are loaded
one at a time exactly as ``kg load`` does, timing inference (``with_inference``) and the
write separately. Results are printed side by side with the first size as baseline.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pyoxigraph as ox
from rdflib import Graph, Literal

from kg.build.iris import Minter, source_key
from kg.build.namespace import QG, RDF, XSD
from kg.infer.planner import Reasoner, with_inference
from kg.paths import QUERIES_DIR, SAMPLES_DIR
from kg.store import OxigraphStore
from kg.store.overlay import to_oxigraph

OUTLETS = [
    "The Wall Street Journal",
    "Fox News",
    "Reuters",
    "The Associated Press",
    "The New York Times",
    "The Washington Post",
    "CNN",
    "BBC News",
    "Bloomberg",
    "Politico",
    "The Guardian",
    "NPR",
    "Axios",
]
CURATED = ["Amazon Web Services", "AWS", "Amazon", "Parler", "Twitter", "Google", "Apple", "Facebook"]
START, PER_DAY = dt.date(2021, 1, 1), 100  # news arrives over time: ~100 articles a day
KINDS = [(QG.Claim, 5), (QG.Allegation, 2), (QG.Denial, 2), (QG.Confirmation, 1)]


class Generator:
    def __init__(self, seed: int, parties: int = 5000, words: int = 4000):
        self.rng = random.Random(seed)
        self.minter = Minter()
        self.vocabulary = [f"w{n}" for n in range(words)]
        self.orgs = CURATED + [f"Org {n} Holdings" for n in range(parties // 2)]
        self.people = [f"Person{n} Surname{n}" for n in range(parties // 2)]
        self.stories: list[str] = []
        self.n = 0

    @classmethod
    def after(cls, seed: int, articles: int) -> Generator:
        """A generator for a store already holding ``articles``: new texts, later dates, as real news goes on."""
        generator = cls(seed + articles)
        generator.n = articles
        return generator

    def _zipf(self, items: list[str]) -> str:
        index = int(len(items) * self.rng.random() ** 3)
        return items[min(index, len(items) - 1)]

    def _sentence(self) -> str:
        return " ".join(self.rng.choice(self.vocabulary) for _ in range(self.rng.randint(8, 16)))

    def _content(self) -> str:
        rng = self.rng
        if self.stories and rng.random() < 0.15:
            words = rng.choice(self.stories).split()
            if rng.random() < 0.5:
                words[rng.randrange(len(words))] = rng.choice(self.vocabulary)
            return " ".join(words)
        text = self._sentence()
        if rng.random() < 0.05:
            self.stories.append(text)
        return text

    def article(self) -> tuple[str, Graph]:
        rng, minter = self.rng, self.minter
        self.n += 1
        key = source_key(f"synthetic:{self.n}:{rng.random()}")
        graph_iri, source = minter.article_graph(key), minter.source(key)
        g = Graph()
        g.add((graph_iri, RDF.type, QG.ArticleGraph))
        g.add((graph_iri, QG.describes, source))
        outlet = rng.choice(OUTLETS)
        outlet_iri = minter.party(outlet)
        g.add((outlet_iri, RDF.type, QG.NewsOutlet))
        g.add((outlet_iri, QG.name, Literal(outlet)))
        day = (START + dt.timedelta(days=self.n // PER_DAY + rng.randint(-3, 0))).isoformat()
        parties = []
        for _ in range(rng.randint(3, 7)):
            person = rng.random() < 0.4
            name = self._zipf(self.people if person else self.orgs)
            iri = minter.party(name)
            g.add((iri, RDF.type, QG.Person if person else QG.Organization))
            g.add((iri, QG.name, Literal(name)))
            g.add((source, QG.mentions, iri))
            parties.append((iri, person))
        orgs = [p for p, person in parties if not person] or [minter.party("Amazon")]
        spokes = minter.local_party(key, "spokesperson")
        g.add((spokes, RDF.type, QG.Person))
        g.add((spokes, QG.name, Literal("spokesperson")))
        g.add((spokes, QG.speaksFor, orgs[0]))
        sentences = []
        statements = []
        for _index in range(rng.randint(4, 10)):
            kind = rng.choices([k for k, _ in KINDS], [w for _, w in KINDS])[0]
            content = self._content()
            start = sum(len(s) + 1 for s in sentences)
            sentences.append(f"{content} said someone.")
            s = minter.statement(key, start, start + len(content))
            g.add((s, RDF.type, kind))
            g.add((s, RDF.type, QG.IndirectQuote))
            speaker, _ = rng.choice(parties) if rng.random() < 0.7 else (spokes, True)
            g.add((s, QG.speaker, speaker))
            if speaker == spokes:
                g.add((s, QG.onBehalfOf, orgs[0]))
            g.add((s, QG.content, Literal(content)))
            g.add((s, QG.reportedIn, source))
            g.add((s, QG.statedOn, Literal(day, datatype=XSD.date)))
            g.add((s, QG.cue, Literal("said")))
            if kind == QG.Denial and statements:
                g.add((s, QG.disputes, rng.choice(statements)))
                g.add((s, QG.disputesParty, rng.choice(parties)[0]))
            if kind == QG.Confirmation and statements:
                g.add((s, QG.confirms, rng.choice(statements)))
            for role in ("content", "cue"):
                ev = minter.evidence(key, start, start + len(content), role)
                g.add((s, QG.evidence, ev))
                g.add((ev, RDF.type, QG.Evidence))
                g.add((ev, QG.evidenceRole, Literal(role)))
                g.add((ev, QG.start, Literal(start)))
                g.add((ev, QG.end, Literal(start + len(content))))
            statements.append(s)
        g.add((source, RDF.type, QG.NewsArticle))
        g.add((source, QG.publisher, outlet_iri))
        g.add((source, QG.published, Literal(day, datatype=XSD.date)))
        g.add((source, QG.text, Literal(" ".join(sentences))))
        return str(graph_iri), g


def fill(store, generator: Generator, target: int, have: int, batch: int = 500) -> int:
    """Add filler articles until ``target`` with the bulk loader.

    Filler is reasoned in isolation (against the ontology and shipped parties only, so no
    cross-article links) to keep filling fast; it still carries every key, type and
    ``qg:creditedTo`` a real load writes. The timed articles are reasoned against it all.
    The store is compacted at the end, as a bulk ``kg load`` leaves it.
    """
    isolated = OxigraphStore(None)
    reasoner = Reasoner(isolated)
    isolated.replace_graphs(reasoner.plan({}))
    while have < target:
        size = min(batch, target - have)
        quads = []
        for _ in range(size):
            iri, graph = generator.article()
            for name, written in reasoner.plan({iri: graph}).items():
                graph_name = ox.NamedNode(name)
                quads.extend(
                    ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), graph_name) for s, p, o in written or ()
                )
        store.native.bulk_extend(quads)
        have += size
        print(f"  filled {have} articles", file=sys.stderr, end="\r")
    print(file=sys.stderr)
    isolated.close()
    store.optimize()  # as a bulk `kg load` ends
    return have


def seeded(path: Path) -> OxigraphStore:
    """A bench store at ``path``, starting with the sample story (its named parties and disputes)."""
    store = OxigraphStore(path)
    if not store.graphs():
        sample = Graph().parse(SAMPLES_DIR / "parler-aws.ttl", format="turtle")
        store.replace_graphs(with_inference(store, {str(Minter().file_graph("bench-sample")): sample}))
    return store


def grown(path: Path, triples: int, seed: int) -> OxigraphStore:
    """The store at ``path`` grown to ``triples`` the way `kg load` grows one, then compacted.

    Each article is reasoned against everything stored before it, so a popular party's
    disputes, same-claim clusters and credits span articles as in a real store (``fill``
    reasons articles in isolation, fast enough for 100k articles, and leaves a popular
    denier's claims-disputed list an order of magnitude shorter). For query latencies.
    """
    store = seeded(path)
    generator = Generator.after(seed, article_count(store))
    grew = False
    while triple_count(store) < triples:
        for _ in range(50):
            store.replace_graphs(with_inference(store, dict([generator.article()])))
        grew = True
        print(f"  {article_count(store)} articles", file=sys.stderr, end="\r")
    if grew:
        store.optimize()  # as a `kg load` of 100 or more inputs ends
    return store


def article_count(store) -> int:
    return int(
        next(iter(store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?g a <{QG.ArticleGraph}> }} }}")))[
            "n"
        ].value
    )


def triple_count(store) -> int:
    return int(next(iter(store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")))["n"].value)


def measure_adds(store, generator: Generator, added: int) -> dict:
    infer, write = [], []
    for _ in range(added):
        iri, graph = generator.article()
        started = time.perf_counter()
        writes = with_inference(store, {iri: graph})
        middle = time.perf_counter()
        store.replace_graphs(writes)
        infer.append(middle - started)
        write.append(time.perf_counter() - middle)
    return {
        "infer_p50": statistics.median(infer),
        "infer_mean": statistics.fmean(infer),
        "infer_p95": sorted(infer)[int(0.95 * (len(infer) - 1))],
        "write_p50": statistics.median(write),
    }


def measure_queries(store, repeats: int) -> dict:
    results = {}
    for path in sorted(QUERIES_DIR.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        times, rows = [], 0
        for _ in range(repeats):
            started = time.perf_counter()
            rows = sum(1 for _ in store.query(text))
            times.append(time.perf_counter() - started)
        results[path.stem] = (statistics.median(times), rows)
    return results


def report_adds(rows: list, added: int) -> None:
    base = rows[0][2]["infer_p50"]
    print(f"\ninference per added article ({added} added at each size; ratio vs {rows[0][0]} articles)")
    print(f"{'articles':>9} {'triples':>11} {'infer p50':>10} {'mean':>8} {'p95':>8} {'write p50':>10} {'ratio':>6}")
    for size, triples, s in rows:
        print(
            f"{size:>9} {triples:>11} {s['infer_p50'] * 1000:>8.1f}ms {s['infer_mean'] * 1000:>6.1f}ms "
            f"{s['infer_p95'] * 1000:>6.1f}ms {s['write_p50'] * 1000:>8.1f}ms {s['infer_p50'] / base:>6.2f}",
            flush=True,
        )


def report_queries(query_results: tuple, repeats: int) -> None:
    triples, results = query_results
    print(f"\ncompetency query p50 at {triples} triples ({repeats} runs each)")
    for name, (p50, count) in results.items():
        print(f"  {name:<34} {p50 * 1000:>8.2f} ms  {count:>6} rows", flush=True)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--real",
        nargs="+",
        metavar="DIR",
        help="grow the store from real extractions of these folders' texts instead (bench/reason_real.py; "
        "its options --cache, --limit, --out, --code pass through)",
    )
    parser.add_argument("--sizes", default="1000,10000", help="store sizes in articles (comma separated)")
    parser.add_argument("--added", type=int, default=40, help="articles added and timed at each size")
    parser.add_argument(
        "--query-triples",
        type=int,
        default=1_000_000,
        help="size in triples of the store grown through the load path for the query latencies (0: skip)",
    )
    parser.add_argument("--repeats", type=int, default=30, help="runs per query")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--store", type=Path, help="on-disk store to reuse and grow across runs (default: a temporary one)"
    )
    args, rest = parser.parse_known_args(argv)
    if args.real:
        from reason_real import main as real

        return real([*args.real, *rest])
    if rest:
        parser.error(f"unrecognized arguments: {' '.join(rest)}")
    sizes = [int(s) for s in args.sizes.split(",") if s]

    with tempfile.TemporaryDirectory(prefix="reason-bench-") as folder:
        store = seeded(args.store or Path(folder) / "store")
        have = article_count(store)
        generator = Generator.after(args.seed, have)
        rows = []
        for size in sizes:
            have = fill(store, generator, size, have)
            stats = measure_adds(store, generator, args.added)
            have += args.added
            rows.append((size, triple_count(store), stats))
            report_adds(rows, args.added)
        store.close()
        if args.query_triples:
            store = grown(Path(folder) / "queries", args.query_triples, args.seed)
            report_queries((triple_count(store), measure_queries(store, args.repeats)), args.repeats)
            store.close()

    return 0


if __name__ == "__main__":
    raise SystemExit(main())
