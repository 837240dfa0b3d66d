"""Articles: extract, build the article graph and validate it, in a worker process, ready to store.

An article's graph is named by its key (its URL when known, else its resolved path), so
loading it again replaces it; an article already stored with the same content hash and
extractor version is skipped before any extraction happens. ``build_articles`` is what a
worker runs (``kg.load.workers``): spaCy parses the chunk's articles as one batch, then
each article's graph is built, SHACL-validated and written as N-Triples by Oxigraph with its
size, so the writer passes the text on to the store without parsing it (``kg.store.terms``). Given a snapshot of the curated parties,
the worker also derives the article's inferred graph (``kg.infer.local``: a function of the
article and those parties), so the writer is left with what spans the store. One article's
failure comes back as a ``Failed`` with its message; it never stops the others.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache

from rdflib import Graph, URIRef

from kg.build.iris import Minter, source_key
from kg.build.namespace import QG
from kg.build.triples import content_hash, extraction_to_graph
from kg.errors import KgError
from kg.extract.model import Article, Extraction
from kg.infer.local import Local, LocalInference
from kg.load.validate import check
from kg.store import Store, quote, terms


@dataclass
class Built:
    """One article's graph, validated, as it crosses from a worker to the writer."""

    index: int
    source: str
    graph: str
    ntriples: bytes
    triples: int
    timings: dict[str, float] = field(default_factory=dict)
    inferred: bytes | None = None  # the inferred graph the worker derived, as N-Triples
    local: Local | None = None  # what else it derived (its ``graph`` left empty: ``inferred`` carries it)
    inferred_triples: int | None = None  # how many triples ``inferred`` holds

    def article(self) -> terms.KeptGraph:
        """The article's graph as the writer takes it: its text, parsed only if something reads its triples."""
        return terms.graph_of_ntriples(self.ntriples, self.triples)

    def derived(self) -> Local | None:
        """The worker's inference, its graph taken as the article's is (``article``)."""
        if self.local is None or self.inferred is None:
            return None
        return replace(self.local, graph=terms.graph_of_ntriples(self.inferred, self.inferred_triples))


@dataclass
class Failed:
    index: int
    source: str
    message: str


def article_key(article: Article) -> str:
    """The article's key: its URL when known, so a saved copy and the live page are one article."""
    return source_key(article.url or article.source)


def build_graph(
    article: Article, minter: Minter, *, extraction: Extraction | None = None, extractor_version: str | None = None
) -> tuple[URIRef, Graph]:
    """Extract (unless given) and convert one article, and validate the graph; ``extractor_version`` names
    the extractor that made a given extraction when it was not the default."""
    from kg.extract import extract

    key = article_key(article)
    extraction = extraction or extract(article)
    graph = extraction_to_graph(extraction, minter, key=key, extractor_version=extractor_version)
    check(graph, article.source)
    return minter.article_graph(key), graph


def is_unchanged(store: Store, iri: URIRef, article: Article, version: str) -> bool:
    rows = list(
        store.query(
            f"SELECT ?h ?v WHERE {{ GRAPH {quote.iri(iri)} {{ {quote.iri(iri)} {quote.iri(QG.contentHash)} ?h ; "
            f"{quote.iri(QG.extractorVersion)} ?v }} }}"
        )
    )
    return any(r["h"].value == content_hash(article) and r["v"].value == version for r in rows)


def build_articles(
    chunk: list[tuple[int, Article]], base: str, curated: bytes | None = None, model: str | None = None
) -> list[Built | Failed]:
    """Runs in a worker: each article of the chunk built and validated, or why it failed.

    With ``curated`` (N-Triples of the parties graphs) each article's inferred graph is derived too.
    ``model`` is the extraction mode (None: the default), stamped on each graph.
    """
    from kg.extract import extractor_version

    minter = Minter(base)
    derive = _local_inference(base, curated) if curated is not None else None
    version = None if model is None else extractor_version(model)  # None: the default's (``EXTRACTOR_VERSION``)
    out: list[Built | Failed] = []
    for (index, article), extraction, seconds in _extractions(chunk, model):
        if isinstance(extraction, Exception):
            out.append(Failed(index, article.source, message(article.source, extraction)))
            continue
        try:
            started = time.perf_counter()
            key = article_key(article)
            graph = extraction_to_graph(extraction, minter, key=key, extractor_version=version)
            found = terms.triples(graph)
            built = time.perf_counter()
            check(graph, article.source, found)
            checked = time.perf_counter()
            data = terms.to_ntriples(found)
            timings = {"extract": seconds, "build": built - started, "validate": checked - built}
            timings["encode"] = time.perf_counter() - checked
            iri = str(minter.article_graph(key))
            built_article = Built(index, article.source, iri, data, len(graph), timings)
            if derive is not None:
                _derive(derive, built_article, graph)
            out.append(built_article)
        except Exception as error:
            out.append(Failed(index, article.source, message(article.source, error)))
    return out


def _derive(derive: LocalInference, built: Built, graph) -> None:
    """The article's inferred graph; should inference fail here, the writer derives it again and reports why."""
    started = time.perf_counter()
    try:
        local = derive(built.graph, graph)
        found = terms.kept(local.graph)
        built.inferred, built.inferred_triples = terms.to_ntriples(found), len(found)
        built.local = replace(local, graph=Graph())
    except Exception:
        built.inferred = built.local = None
    built.timings["derive"] = time.perf_counter() - started


@lru_cache(maxsize=2)
def _local_inference(base: str, curated: bytes) -> LocalInference:
    """One per worker and snapshot: the ontology's rules compile once per process."""
    from kg.infer.identity import Curated
    from kg.infer.owl import Closure

    return LocalInference(Minter(base), Curated(terms.graph(terms.from_ntriples(curated))), Closure())


def died(item: tuple[int, Article]) -> Failed:
    index, article = item
    return Failed(index, article.source, f"{article.source}: the extraction worker died on this article")


def _extractions(
    chunk: list[tuple[int, Article]], model: str | None = None
) -> Iterator[tuple[tuple[int, Article], Extraction | Exception, float]]:
    """Each article's extraction (or the error it raised) and the seconds it took.

    The chunk is parsed as one batch; should one article make the batch fail, the articles
    not yet extracted are extracted one by one, so the failure stays with its article.
    """
    from kg.extract import DEFAULT_MODE, extract, extract_many

    mode = model or DEFAULT_MODE
    started, done = time.perf_counter(), 0
    try:
        for extraction in extract_many([article for _, article in chunk], model=mode):
            now = time.perf_counter()
            yield chunk[done], extraction, now - started
            started, done = time.perf_counter(), done + 1
        return
    except Exception:
        pass
    for item in chunk[done:]:
        started = time.perf_counter()
        try:
            found: Extraction | Exception = extract(item[1], model=mode)
        except Exception as error:
            found = error
        yield item, found, time.perf_counter() - started


def message(source: str, error: Exception) -> str:
    """One line naming the article: a KgError says what is wrong, anything else is an extraction bug."""
    if isinstance(error, KgError):
        text = str(error)
        return text if text.startswith(source) else f"{source}: {text}"
    return f"{source}: extraction failed ({type(error).__name__}: {error})".splitlines()[0]
