"""Loading articles: read, extract, build the article graph, validate, store atomically.

Each article is written with one ``replace_graphs`` call, so a batch that dies half way
leaves every article either fully stored or absent, and running it again finishes the
job: articles already stored with the same content hash and extractor version are skipped
before any extraction happens. Extraction runs in worker processes when asked (``jobs``);
writing stays in this process because the on-disk store is locked by its opener.
"""

from __future__ import annotations

import multiprocessing
import sys
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass

from rdflib import Graph, URIRef

from kg.build.iris import Minter, source_key
from kg.build.namespace import QG
from kg.build.triples import content_hash, extraction_to_graph
from kg.errors import KgError
from kg.extract.model import Article, Extraction
from kg.load.rdf_files import LoadResult, ensure_ontology
from kg.load.validate import check
from kg.sources.documents import DEFAULT_TIMEOUT, FetchPolicy, expand_inputs, read_document
from kg.store import Store


@dataclass
class Built:
    """One article's graph, ready to store (N-Triples, because it crosses processes)."""

    graph: str
    ntriples: str
    triples: int


def article_key(article: Article) -> str:
    """The article's key: its URL when known, so a saved copy and the live page are one article."""
    return source_key(article.url or article.source)


def build_graph(article: Article, minter: Minter, *, extraction: Extraction | None = None) -> tuple[URIRef, Graph]:
    """Extract (unless given) and convert one article, and validate the graph."""
    from kg.extract import extract

    key = article_key(article)
    extraction = extraction or extract(article)
    graph = extraction_to_graph(extraction, minter, key=key)
    check(graph, article.source)
    return minter.article_graph(key), graph


def _build(article: Article, base: str) -> Built:
    """Runs in a worker: whatever goes wrong comes back as a KgError, which always pickles."""
    try:
        iri, graph = build_graph(article, Minter(base))
    except KgError:
        raise
    except Exception as error:
        raise KgError(_message(article.source, error)) from None
    return Built(str(iri), graph.serialize(format="nt"), len(graph))


def article_graphs(store: Store, iri: URIRef, graph: Graph) -> dict[str, Graph | None]:
    """Every graph one article's load writes, in one atomic update, with what it lets us infer."""
    from kg.infer.planner import with_inference

    return with_inference(store, {str(iri): graph})


def is_unchanged(store: Store, iri: URIRef, article: Article, version: str) -> bool:
    rows = list(
        store.query(
            f"SELECT ?h ?v WHERE {{ GRAPH <{iri}> {{ <{iri}> <{QG.contentHash}> ?h ; <{QG.extractorVersion}> ?v }} }}"
        )
    )
    return any(r["h"].value == content_hash(article) and r["v"].value == version for r in rows)


def _ordered(articles: Iterator[tuple[int, Article]], base: str, jobs: int) -> Iterator[tuple[int, Built | Exception]]:
    """Build results in input order, at most a few articles in flight per worker."""
    if jobs == 1:
        for index, article in articles:
            try:
                yield index, _build(article, base)
            except Exception as error:  # one article's failure must not stop the batch
                yield index, error
        return
    with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn")) as pool:
        window: deque[tuple[int, Future]] = deque()
        for index, article in articles:
            window.append((index, pool.submit(_build, article, base)))
            while len(window) > 2 * jobs:
                yield _settle(*window.popleft())
        while window:
            yield _settle(*window.popleft())


def _settle(index: int, future: Future) -> tuple[int, Built | Exception]:
    try:
        return index, future.result()
    except Exception as error:
        return index, error


def _message(source: str, error: Exception) -> str:
    if isinstance(error, KgError):
        text = str(error)
        return text if text.startswith(source) else f"{source}: {text}"
    return f"{source}: extraction failed ({type(error).__name__}: {error})".splitlines()[0]


def load_articles(
    store: Store,
    sources: list[str],
    *,
    jobs: int = 1,
    progress: bool = True,
    timeout: float = DEFAULT_TIMEOUT,
    fetch: FetchPolicy | None = None,
) -> list[LoadResult]:
    """Load every article the sources name; one result per article, in input order.

    ``fetch`` says where URLs may be fetched from (default: anywhere, as for the CLI's user).
    """
    from tqdm import tqdm

    from kg.extract import EXTRACTOR_VERSION

    minter = store.minter
    ensure_ontology(store)
    specs = expand_inputs(sources)
    results: list[LoadResult | None] = [None] * len(specs)
    bar = tqdm(total=len(specs), unit="article", file=sys.stderr, disable=not (progress and sys.stderr.isatty()))

    def pending() -> Iterator[tuple[int, Article]]:
        for index, spec in enumerate(specs):
            try:
                article = read_document(spec, timeout=timeout, fetch=fetch)
            except KgError as error:
                results[index] = LoadResult(spec, None, "failed", message=_message(spec, error))
                bar.update()
                continue
            iri = minter.article_graph(article_key(article))
            if is_unchanged(store, iri, article, EXTRACTOR_VERSION):
                results[index] = LoadResult(spec, str(iri), "unchanged", message="unchanged")
                bar.update()
                continue
            yield index, article

    with bar:
        for index, built in _ordered(pending(), minter.base, jobs):
            spec = specs[index]
            if isinstance(built, Exception):
                results[index] = LoadResult(spec, None, "failed", message=_message(spec, built))
            else:
                graph = Graph().parse(data=built.ntriples, format="nt")
                try:
                    store.replace_graphs(article_graphs(store, URIRef(built.graph), graph))
                except KgError as error:
                    results[index] = LoadResult(spec, None, "failed", message=_message(spec, error))
                except Exception as error:  # a bug in inference must not stop the batch either
                    message = f"{spec}: inference failed ({type(error).__name__}: {error})".splitlines()[0]
                    results[index] = LoadResult(spec, None, "failed", message=message)
                else:
                    results[index] = LoadResult(spec, built.graph, "loaded", triples=built.triples)
            bar.update()
    return [r for r in results if r is not None]
