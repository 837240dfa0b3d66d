"""How fast entity pages and search answer as the store grows.

Generates synthetic extraction-shaped data (articles with statements, evidence, parties with
aliases, an organisation hierarchy, denials disputing claims) into an on-disk store, then
times each page kind through the Flask app in-process, and search through the FTS5 index
against the baseline a SPARQL-only search would be (CONTAINS over every name and statement).

    .venv/bin/python bench/pages_bench.py --triples 100000 1000000 --repeat 30
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg import search_index  # noqa: E402
from kg.iris import Minter  # noqa: E402
from kg.namespace import OA, QG, RDF, XSD, sparql_prologue  # noqa: E402
from server import create_app  # noqa: E402

WORDS = ("contract hosting violence content platform court lawsuit servers notice policy users speech "
         "moderation terms service company federal judge complaint claims merit animus competition market "
         "shares network outage data privacy election report statement agency investigation").split()
STATEMENTS_PER_ARTICLE = 5
TRIPLES_PER_ARTICLE = 175


def n(iri) -> ox.NamedNode:
    return ox.NamedNode(str(iri))


def lit(value, datatype=None) -> ox.Literal:
    return ox.Literal(str(value), datatype=n(datatype)) if datatype else ox.Literal(str(value))


def generate(articles: int, parties: int, seed: int = 7):
    """Quads of the synthetic corpus, one named graph per article, plus one parties graph."""
    rng = random.Random(seed)
    minter = Minter()
    weights = [1 / (i + 1) for i in range(parties)]
    names = [f"{rng.choice(WORDS).title()} {rng.choice(WORDS).title()} {i}" for i in range(parties)]
    party_iris = [minter.party(name) for name in names]
    parties_graph = n(minter.parties_graph)
    for i, (iri, name) in enumerate(zip(party_iris, names)):
        yield ox.Quad(n(iri), n(RDF.type), n(QG.Organization if i % 3 else QG.Person), parties_graph)
        yield ox.Quad(n(iri), n(QG.name), lit(name), parties_graph)
        yield ox.Quad(n(iri), n(QG.alias), lit("".join(w[0] for w in name.split()[:2]).upper() + str(i)),
                      parties_graph)
        if i > 20 and i % 7 == 0:
            yield ox.Quad(n(iri), n(QG.subOrganizationOf), n(party_iris[i % 20]), parties_graph)
    claims: list[ox.NamedNode] = []
    for a in range(articles):
        key = f"{a:016x}"
        graph = n(minter.article_graph(key))
        source = n(minter.source(key))
        speakers = rng.choices(range(parties), weights=weights, k=STATEMENTS_PER_ARTICLE)
        contents = [" ".join(rng.choices(WORDS, k=rng.randint(6, 14))) for _ in speakers]
        pieces, offsets = [], []
        for speaker, content in zip(speakers, contents):
            prefix = f"{names[speaker]} said that "
            start = sum(len(p) for p in pieces) + len(prefix)
            pieces.append(prefix + content + ". ")
            offsets.append((start, start + len(content), start - 5, start - 1))
        text = "".join(pieces)
        day = f"2021-{1 + a % 12:02d}-{1 + a % 28:02d}"
        yield ox.Quad(source, n(RDF.type), n(QG.NewsArticle), graph)
        yield ox.Quad(source, n(QG.title), lit(f"Report {a} on {contents[0][:40]}"), graph)
        yield ox.Quad(source, n(QG.published), lit(day, XSD.date), graph)
        yield ox.Quad(source, n(QG.publisher), n(party_iris[a % 50]), graph)
        yield ox.Quad(source, n(QG.text), lit(text), graph)
        yield ox.Quad(graph, n(RDF.type), n(QG.ArticleGraph), graph)
        yield ox.Quad(graph, n(QG.contentHash), lit(key), graph)
        for speaker in set(speakers):
            yield ox.Quad(source, n(QG.mentions), n(party_iris[speaker]), graph)
        for j, (speaker, content, (start, end, cue_start, cue_end)) in enumerate(zip(speakers, contents, offsets)):
            s = n(minter.statement(key, start, end))
            denial = claims and j == STATEMENTS_PER_ARTICLE - 1
            yield ox.Quad(s, n(RDF.type), n(QG.Denial if denial else QG.Claim), graph)
            yield ox.Quad(s, n(RDF.type), n(QG.IndirectQuote), graph)
            yield ox.Quad(s, n(QG.speaker), n(party_iris[speaker]), graph)
            yield ox.Quad(s, n(QG.content), lit(content), graph)
            yield ox.Quad(s, n(QG.cue), lit("said"), graph)
            yield ox.Quad(s, n(QG.cueLemma), lit("say"), graph)
            yield ox.Quad(s, n(QG.statedOn), lit(day, XSD.date), graph)
            yield ox.Quad(s, n(QG.reportedIn), source, graph)
            if denial:
                yield ox.Quad(s, n(QG.disputes), rng.choice(claims[-2000:]), graph)
            else:
                claims.append(s)
            for role, (a0, a1) in (("content", (start, end)), ("cue", (cue_start, cue_end))):
                ev = n(minter.evidence(key, a0, a1, role))
                target, quote, position = ox.BlankNode(), ox.BlankNode(), ox.BlankNode()
                yield ox.Quad(s, n(QG.evidence), ev, graph)
                yield ox.Quad(ev, n(RDF.type), n(QG.Evidence), graph)
                yield ox.Quad(ev, n(QG.evidenceRole), lit(role), graph)
                yield ox.Quad(ev, n(OA.hasTarget), target, graph)
                yield ox.Quad(target, n(OA.hasSource), source, graph)
                yield ox.Quad(target, n(OA.hasSelector), quote, graph)
                yield ox.Quad(target, n(OA.hasSelector), position, graph)
                yield ox.Quad(quote, n(RDF.type), n(OA.TextQuoteSelector), graph)
                yield ox.Quad(quote, n(OA.exact), lit(text[a0:a1]), graph)
                yield ox.Quad(position, n(RDF.type), n(OA.TextPositionSelector), graph)
                yield ox.Quad(position, n(OA.start), lit(a0, XSD.integer), graph)
                yield ox.Quad(position, n(OA.end), lit(a1, XSD.integer), graph)


def timed(fn, repeat: int) -> tuple[float, float]:
    samples = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t0) * 1000)
    samples.sort()
    return statistics.median(samples), samples[min(len(samples) - 1, int(len(samples) * 0.99))]


def sparql_search(store, word: str) -> int:
    """The baseline: search without the side index (a scan; counting is needed to page, as FTS5 does)."""
    rows = store.query(sparql_prologue() + f"""
        SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s qg:name|qg:alias|qg:content|qg:title ?o
          FILTER(CONTAINS(LCASE(STR(?o)), "{word.lower()}")) }}""")
    return int(next(iter(rows))["n"].value)


def run(triples: int, repeat: int) -> list[tuple[str, float, float]]:
    articles = max(1, triples // TRIPLES_PER_ARTICLE)
    parties = max(50, articles // 5)
    folder = Path(tempfile.mkdtemp(prefix="pages-bench-"))
    app = create_app({"store": str(folder / "store"), "query_workers": 1})
    state = app.extensions["quotegraph"]
    store = state.store
    t0 = time.perf_counter()
    store.native.bulk_extend(generate(articles, parties))
    store.native.optimize()
    load_s = time.perf_counter() - t0
    total = len(store.native)
    t0 = time.perf_counter()
    search_index.rebuild(store)
    index_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    search_index.open_index(store).sync(store)
    sync_ms = (time.perf_counter() - t0) * 1000
    state.after_write()
    print(f"# {total} triples ({articles} articles, {parties} parties): load {load_s:.1f} s, "
          f"index build {index_s:.1f} s, freshness check {sync_ms:.0f} ms", flush=True)

    client = app.test_client()
    base = Minter().base
    busiest = Minter().party(next(iter(store.query(sparql_prologue() + """
        SELECT ?name WHERE { ?p qg:name ?name . ?s qg:speaker ?p } GROUP BY ?name ORDER BY DESC(COUNT(?s)) LIMIT 1"""
    )))["name"].value)
    typical = Minter().party(next(iter(store.query(sparql_prologue() + f"""
        SELECT ?name WHERE {{ ?p qg:name ?name . ?s qg:speaker ?p }} GROUP BY ?name ORDER BY DESC(COUNT(?s))
        LIMIT 1 OFFSET {parties // 2}""")))["name"].value)
    alias = next(iter(store.query(sparql_prologue() + f"SELECT ?a WHERE {{ <{typical}> qg:alias ?a }}")))["a"].value
    some = next(iter(store.query(sparql_prologue() + "SELECT ?s ?src WHERE { ?x qg:disputes ?s . ?s qg:reportedIn ?src } LIMIT 1")))

    cache = app.extensions["quotegraph_pages"]

    def get(path, cold=True):
        def fetch():
            if cold:
                cache.clear()
            response = client.get(path)
            assert response.status_code == 200, (path, response.status_code)
        return fetch

    def turning(path):
        pages = iter(range(2, 10**6))

        def fetch():
            response = client.get(f"{path}?page={next(pages)}")
            assert response.status_code == 200, (path, response.status_code)
        return fetch

    party_path = "/id/" + busiest[len(base):]
    cases = [
        ("home / (first view after a write)", get("/")),
        ("home / (cached until the next write)", get("/", cold=False)),
        ("party (busiest, first view)", get(party_path)),
        ("party (busiest, cached)", get(party_path, cold=False)),
        ("party (busiest), turning pages", turning(party_path)),
        ("party (typical, first view)", get("/id/" + typical[len(base):])),
        ("statement", get("/id/" + some["s"].value[len(base):])),
        ("source", get("/id/" + some["src"].value[len(base):])),
        ("statement as Turtle", get("/id/" + some["s"].value[len(base):] + "?format=ttl")),
        ("search 'contract' (FTS5)", lambda: search_index.open_index(store).search("contract")),
        ("search 'contract' (SPARQL CONTAINS baseline)", lambda: sparql_search(store, "contract")),
        ("search page /search?q=court+lawsuit", get("/search?q=court+lawsuit")),
        ("search a rare alias (FTS5)", lambda: search_index.open_index(store).search(alias)),
        ("search a rare alias (SPARQL CONTAINS baseline)", lambda: sparql_search(store, alias)),
    ]
    results = []
    for name, fn in cases:
        fn()
        p50, p99 = timed(fn, repeat)
        results.append((name, p50, p99))
        print(f"{total:>9} {name:<48} p50 {p50:8.1f} ms  p99 {p99:8.1f} ms", flush=True)
    state.close()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, nargs="+", default=[100_000])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    runs = {size: dict((name, p50) for name, p50, _ in run(size, args.repeat)) for size in args.triples}
    if len(runs) > 1:
        small, large = min(runs), max(runs)
        print(f"\n# p50 growth from {small} to {large} triples (1.0 = flat)")
        for name in runs[small]:
            print(f"{name:<48} x{runs[large][name] / runs[small][name]:.2f}")
    for size, result in runs.items():
        for word in ("'contract'", "rare alias"):
            fts = next(v for k, v in result.items() if word in k and "FTS5" in k)
            baseline = next(v for k, v in result.items() if word in k and "baseline" in k)
            print(f"# {size}: FTS5 search for {word} is {baseline / fts:.1f}x faster than the SPARQL baseline")


if __name__ == "__main__":
    main()
