"""The one write path: validate, infer, replace atomically, for every writer.

``kg load`` (RDF files and articles), ``POST /articles``, the graph store's writes to named
graphs and party edits all write through a ``Loader``: the graphs a writer means to write
are validated against the shapes (articles are validated in their worker, before they
cross), inference plans every derived graph they change, and all of it goes to the store
in one update, so each write is all-or-nothing.

Articles flow through a pipeline: worker processes extract, build and validate them
(``kg.load.articles``) while this process, the single writer, infers and writes. When the
writer falls behind, the articles already waiting are inferred and written together in one
update (at most ``batch`` of them): fewer round trips and transactions, and still
all-or-nothing per article, since a batch that fails is written again one article at a time.
The embedded store's memory tables are flushed every ``checkpoint`` articles, so the loader's
memory stays flat and the write-ahead log never grows past what one checkpoint writes.
"""

from __future__ import annotations

import gc
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, Literal

import pyoxigraph as ox
from rdflib import URIRef

from kg.errors import KgError
from kg.extract.model import Article
from kg.load import articles, rdf_files
from kg.load.validate import check
from kg.load.workers import Workers, settle_heap
from kg.sources.documents import expand_inputs, read_document
from kg.sources.fetch import DEFAULT_TIMEOUT, FetchPolicy
from kg.store import GraphPatch, Store

if TYPE_CHECKING:
    from kg.infer.local import Local
    from kg.store.base import Write

Status = Literal["loaded", "unchanged", "failed"]


@dataclass
class LoadResult:
    source: str
    graph: str | None
    status: Status
    triples: int = 0
    message: str = ""
    derived: int = 0  # triples the load wrote to derived graphs: its inferred graph, and its share of a batch's patches
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage, for benches


class Loader:
    """``model`` is who finds attributions in articles (``kg.extract.MODES``; None: the default)."""

    def __init__(self, store: Store, *, batch: int = 8, checkpoint: int = 50, model: str | None = None):
        self.store = store
        self.batch = batch
        self.checkpoint = checkpoint
        self.model = model
        self._unflushed = 0

    # ---- the write path ------------------------------------------------------------------
    def plan(
        self, writes: Mapping[str, Write], refresh: Iterable[str] = (), local: Mapping[str, Local] | None = None
    ) -> dict[str, Write]:
        """``writes`` and every derived graph they change, as one atomic update would write them."""
        from kg.infer.planner import reasoner_for

        return reasoner_for(self.store).plan(writes, refresh=refresh, local=local)

    def write(
        self,
        writes: Mapping[str, Write],
        *,
        refresh: Iterable[str] = (),
        validated: bool = False,
        timings: dict[str, float] | None = None,
        local: Mapping[str, Local] | None = None,
    ) -> dict[str, Write]:
        """Validate ``writes`` (graphs, or None to drop one), infer, and write it all in one update.

        ``refresh`` names loaded graphs whose derived graphs are recomputed as they stand.
        Raises KgError (ValidationError, StoreError) with nothing written. ``timings`` gets the
        seconds inference and the write took; ``local`` holds inferred graphs derived beforehand.
        """
        if not validated:
            for iri, graph in writes.items():
                if graph is not None and not isinstance(graph, GraphPatch):
                    check(graph, iri)
        started = time.perf_counter()
        planned = self.plan(writes, refresh, local)
        inferred = time.perf_counter()
        self.store.replace_graphs(planned)
        if timings is not None:
            timings.update(infer=inferred - started, write=time.perf_counter() - inferred)
        self._written(len(writes))
        return planned

    def unload(self, iri: str) -> None:
        if not self.store.has_graph(iri):
            raise KgError(f"no graph {iri} in the store (see `kg graphs`)")
        self.write({iri: None})

    def ensure_ontology(self) -> bool:
        """Load (or refresh) the ontology graph; True if it was written. Idempotent by hash."""
        found = rdf_files.ontology(self.store)
        if found is None:
            return False
        self.store.replace_graph(*found)
        return True

    def _written(self, count: int) -> None:
        """Flush the embedded store's memory tables every ``checkpoint`` writes (see the module doc)."""
        self._unflushed += count
        if self._unflushed >= self.checkpoint:
            self._unflushed = 0
            self.store.checkpoint()

    # ---- RDF files -----------------------------------------------------------------------
    def load_files(self, paths: Iterable[str], *, format: str | None = None) -> list[LoadResult]:
        """Load each file into its own graph: one bad file does not stop the batch."""
        self.ensure_ontology()
        return [self.load_file(path, format=format) for path in paths]

    def load_file(self, path: str, *, format: str | None = None) -> LoadResult:
        try:
            iri, graph, triples = rdf_files.read_rdf_file(self.store, path, format=format)
            if graph is None:
                return LoadResult(path, iri, "unchanged", message="unchanged")
            self.write({iri: graph}, validated=True)
        except KgError as error:
            return LoadResult(path, None, "failed", message=str(error))
        return LoadResult(path, iri, "loaded", triples=triples)

    # ---- articles ------------------------------------------------------------------------
    def load_articles(
        self,
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

        self.ensure_ontology()
        specs = expand_inputs(sources)
        results: list[LoadResult | None] = [None] * len(specs)
        bar = tqdm(total=len(specs), unit="article", file=sys.stderr, disable=not (progress and sys.stderr.isatty()))

        def done(index: int, result: LoadResult) -> None:
            results[index] = result
            bar.update()

        from kg.infer.planner import reasoner_for

        reading = _Reading(self.store, specs, timeout, fetch, done, self.model)
        curated = reasoner_for(self.store).curated_snapshot()
        build = partial(articles.build_articles, base=self.store.minter.base, curated=curated, model=self.model)
        workers: Workers = Workers(build, articles.died, jobs=jobs)
        with bar, closing(workers.map(reading.pending())) as outcomes, bulk_gc():
            self._write_articles(outcomes, workers.ready, reading.seconds, done)
        return [r for r in results if r is not None]

    def load_article(self, article: Article) -> LoadResult:
        """One article already read (``POST /articles`` with a text): built here, written as a batch of one."""
        self.ensure_ontology()
        found: list[LoadResult] = []

        def done(_: int, result: LoadResult) -> None:
            found.append(result)

        reading = _Reading(self.store, [article.source], DEFAULT_TIMEOUT, None, done, self.model)
        outcomes = articles.build_articles(list(reading.given([article])), self.store.minter.base, model=self.model)
        self._write_articles(iter(outcomes), lambda: False, reading.seconds, done)
        return found[0]

    def _write_articles(
        self,
        outcomes: Iterator[articles.Built | articles.Failed],
        ready: Callable[[], bool],
        reading: dict[int, float],
        done: Callable[[int, LoadResult], None],
    ) -> None:
        """Write built articles as they come, grouping those already waiting when the writer is behind; what
        one batch's inference reads of party identity is remembered for the next (``kg.infer.remembered``)."""
        from kg.infer.planner import reasoner_for

        batch: list[articles.Built] = []
        with reasoner_for(self.store).remembering():
            for outcome in outcomes:
                if isinstance(outcome, articles.Failed):
                    done(outcome.index, LoadResult(outcome.source, None, "failed", message=outcome.message))
                else:
                    outcome.timings["read"] = reading.pop(outcome.index, 0.0)
                    batch.append(outcome)
                if batch and (len(batch) >= self.batch or not ready()):
                    self._write_batch(batch, done)
                    batch = []
            if batch:
                self._write_batch(batch, done)

    def _write_batch(self, batch: list[articles.Built], done: Callable[[int, LoadResult], None]) -> None:
        started, cpu = time.perf_counter(), time.process_time()
        graphs: dict[str, Write] = {b.graph: b.article() for b in batch}
        local = {b.graph: found for b in batch if (found := b.derived()) is not None}
        decoded = time.perf_counter() - started
        spent: dict[str, float] = {}
        try:
            planned = self.write(graphs, validated=True, timings=spent, local=local)
        except Exception as error:
            if len(batch) > 1:  # find the article that fails, and write the others
                for built in batch:
                    self._write_batch([built], done)
                return
            [built] = batch
            reason = str(error) if isinstance(error, KgError) else f"inference failed ({type(error).__name__}: {error})"
            message = reason if reason.startswith(built.source) else f"{built.source}: {reason}"
            done(built.index, LoadResult(built.source, None, "failed", message=message.splitlines()[0]))
            return
        own = {b.graph: str(self.store.minter.inferred_graph(URIRef(b.graph))) for b in batch}
        mine = {own[b.graph]: _size(planned.get(own[b.graph])) for b in batch}
        shared = sum(_size(g) for iri, g in planned.items() if iri not in graphs and iri not in mine) / len(batch)
        for built in batch:
            timings = {
                **built.timings,
                "decode": decoded / len(batch),
                "infer": spent["infer"] / len(batch),
                "write": spent["write"] / len(batch),
                "batch": float(len(batch)),
                "writer_cpu": (time.process_time() - cpu) / len(batch),  # this process's (the store's threads too)
            }
            result = LoadResult(
                built.source,
                built.graph,
                "loaded",
                built.triples,
                derived=round(mine[own[built.graph]] + shared),
                timings=timings,
            )
            done(built.index, result)


class _Reading:
    """The articles to build, read in this process: unreadable and unchanged ones are settled here."""

    def __init__(
        self,
        store: Store,
        specs: list[str],
        timeout: float,
        fetch,
        done: Callable[[int, LoadResult], None],
        model: str | None = None,
    ):
        import kg.extract

        self.store, self.specs, self.timeout, self.fetch, self.done = store, specs, timeout, fetch, done
        self.version = kg.extract.EXTRACTOR_VERSION if model is None else kg.extract.extractor_version(model)
        self.seconds: dict[int, float] = {}

    def pending(self) -> Iterator[tuple[int, Article]]:
        for index, spec in enumerate(self.specs):
            started = time.perf_counter()
            try:
                article = read_document(spec, timeout=self.timeout, fetch=self.fetch)
            except KgError as error:
                self.done(index, LoadResult(spec, None, "failed", message=articles.message(spec, error)))
                continue
            yield from self._if_changed(index, article, started)

    def given(self, found: list[Article]) -> Iterator[tuple[int, Article]]:
        for index, article in enumerate(found):
            yield from self._if_changed(index, article, time.perf_counter())

    def _if_changed(self, index: int, article: Article, started: float) -> Iterator[tuple[int, Article]]:
        iri = self.store.minter.article_graph(articles.article_key(article))
        if articles.is_unchanged(self.store, iri, article, self.version):
            self.done(index, LoadResult(self.specs[index], str(iri), "unchanged", message="unchanged"))
            return
        self.seconds[index] = time.perf_counter() - started
        yield index, article


@contextmanager
def bulk_gc() -> Iterator[None]:
    """Python's garbage collector during a bulk load: the objects there before it (the modules, spaCy's among
    them, and the ontology's rules: ~135k) are frozen out of every collection, and the youngest generation is
    collected every 10,000 allocations instead of 700. The writer makes and drops many small objects (terms,
    rows) and its full collections kept rescanning the whole heap: ~10% of its CPU for the last 100 of 924
    PolNeAR articles (bench/writer_replay.py). Both are put back as they were at the end."""
    thresholds = settle_heap()
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


def _size(write: Write) -> int:
    if write is None:
        return 0
    if isinstance(write, GraphPatch):
        return len(write) + len(write.removed)
    return len(write)


def is_quotegraph_data(triples: Iterable[ox.Triple]) -> bool:
    """Whether triples use the ontology's terms (a predicate or a class of it): data inference applies to."""
    from kg.build.prefixes import PREFIXES

    namespace = PREFIXES["qg"]
    return any(
        t.predicate.value.startswith(namespace)
        or (
            t.predicate.value == _RDF_TYPE
            and isinstance(t.object, ox.NamedNode)
            and t.object.value.startswith(namespace)
        )
        for t in triples
    )


_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


# The loaders as functions of a store, for callers that write once.


def load_rdf_files(store: Store, paths: Iterable[str], *, format: str | None = None) -> list[LoadResult]:
    return Loader(store).load_files(paths, format=format)


def load_articles(store: Store, sources: list[str], *, model: str | None = None, **options) -> list[LoadResult]:
    return Loader(store, model=model).load_articles(sources, **options)


def unload(store: Store, iri: str) -> None:
    Loader(store).unload(iri)


def unload_graphs(store: Store, iri: str) -> dict[str, Write]:
    """The graphs removing one loaded graph drops: it and what was inferred from it (not written)."""
    return Loader(store).plan({iri: None})


__all__ = ["LoadResult", "Loader", "load_articles", "load_rdf_files", "unload", "unload_graphs"]
