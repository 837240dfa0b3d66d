"""Embedded Oxigraph: the default store, on disk or in memory."""

from __future__ import annotations

import contextlib
import os
import re
from pathlib import Path

import pyoxigraph as ox

from kg.store.base import QuerySyntaxError, Store, StoreError, StoreUnavailable
from kg.store.sparql_text import read
from kg.store.syntax import explain

_FROM = re.compile(
    r"\bFROM\b", re.IGNORECASE
)  # no FROM anywhere: no need to read the query to know it names no dataset


def _graph_term(iri: str | None):
    return ox.DefaultGraph() if iri is None else ox.NamedNode(str(iri))


def _syntax_or_store_error(error: Exception, text: str) -> StoreError:
    """The one place pyoxigraph's errors become the user's: the text does not parse, the store
    could not do it (its files: ``StoreUnavailable``), or the query or update asked for
    something impossible."""
    if isinstance(error, SyntaxError):
        return QuerySyntaxError(explain(str(error), text))
    message = str(error).splitlines()[0] if str(error) else type(error).__name__
    return StoreUnavailable(message) if isinstance(error, OSError) else StoreError(message)


class OxigraphStore(Store):
    """Embedded Oxigraph: on disk when given a path, else in memory."""

    COMPACT_FLOOR = 64_000_000  # bytes on disk below which a checkpoint never compacts

    def __init__(self, path: str | os.PathLike | None = None, *, read_only: bool = False):
        self.path = Path(path) if path is not None else None
        self.location = str(self.path) if self.path else "memory"
        self.read_only = read_only
        try:
            if self.path is None:
                self._store = ox.Store()
            elif read_only:
                self._store = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(self.path))
        except OSError as error:
            message = str(error)
            if "lock" in message.lower():
                raise StoreError(
                    f"store {self.location} is locked by another process "
                    "(is `kg serve` or another `kg` command using it?)"
                ) from None
            raise StoreError(f"cannot open store {self.location}: {message.splitlines()[0]}") from None
        self._compacted = self.disk_size()  # the size when last compacted, as far as we know

    @property
    def native(self) -> ox.Store:
        """The pyoxigraph store, for callers that stream native results."""
        return self._store

    def query(self, sparql, *, default_graphs=None, named_graphs=None, union_default=True, prefixes=None):
        kwargs: dict = {"prefixes": dict(prefixes)} if prefixes else {}
        if default_graphs is not None:
            kwargs["default_graph"] = [_graph_term(g) for g in default_graphs]
        elif union_default and not (_FROM.search(sparql) and read(sparql).names_dataset):
            kwargs["use_default_graph_as_union"] = True
        if named_graphs is not None:
            kwargs["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
        try:
            return self._store.query(sparql, **kwargs)
        except (SyntaxError, OSError, ValueError, RuntimeError) as error:
            raise _syntax_or_store_error(error, sparql) from None

    def _update(self, sparql: str, *, base_iri=None, prefixes=None) -> None:
        try:
            self._store.update(sparql, base_iri=base_iri, prefixes=dict(prefixes) if prefixes else None)
        except (SyntaxError, OSError, ValueError, RuntimeError) as error:
            raise _syntax_or_store_error(error, sparql) from None

    def contains_graph(self, iri: str) -> bool:
        return self._store.contains_named_graph(ox.NamedNode(iri))

    def backup(self, path: str | os.PathLike) -> None:
        """A copy of the store as it is now, in a new folder (hard links: cheap), that another
        process can open read-only while this one writes on."""
        try:
            self._store.flush()
            self._store.backup(str(path))
        except (OSError, RuntimeError) as error:
            raise StoreUnavailable(f"cannot copy store {self.location}: {str(error).splitlines()[0]}") from None

    def checkpoint(self) -> None:
        """Flush the memory tables to the store's files, and compact the files once they have doubled.

        Oxigraph keeps up to 768 MB of writes per index in memory before RocksDB flushes them
        (128 MB tables, six of them), and the write-ahead log keeps every write since: a 548-article
        load held 2.5 GB in memory and a 3.8 GB log that reopening replayed for half a minute.
        Flushing every few dozen articles keeps both to what those articles wrote. The flushed
        files overlap and hold what later writes replaced (a 200-article load: 229 MB, 91 MB once
        compacted, bench/ingest_bench.py): compacting whenever they have doubled since the last
        compaction keeps the store within about twice its compact size, at a total cost of about
        twice one compaction at the end.
        """
        if self.path is None:
            return
        try:
            self._store.flush()
        except (OSError, RuntimeError) as error:
            raise StoreError(f"cannot flush store {self.location}: {str(error).splitlines()[0]}") from None
        size = self.disk_size()
        if size > max(self.COMPACT_FLOOR, 2 * self._compacted):
            self.optimize()
            self._compacted = self.disk_size()

    def disk_size(self) -> int:
        """Bytes of the store's files (0 in memory)."""
        if self.path is None:
            return 0
        total = 0
        for file in self.path.rglob("*"):
            with contextlib.suppress(OSError):  # RocksDB deletes files as it goes
                total += file.stat().st_size if file.is_file() else 0
        return total

    def optimize(self) -> None:
        """Compact the on-disk files into one sorted run.

        Writes land in overlapping files and every lookup searches them all: compacting a
        1M-triple store filled in bulk batches halved the competency queries, one grown by
        single loads gained up to 1.8x (bench/query_bench.py). A bulk load still ends with one
        (``kg load`` of 100 inputs or more): after 1,015 PolNeAR articles (checkpoints compacting
        as the load went) it took 16 s of wall and 5 s of CPU, 2% of the load's, and left the store
        854 -> 704 MB in 30 -> 16 files, the competency queries 1.1-1.4x faster (the slowest
        165 -> 127 ms), opening it as quick (0.1 s).
        """
        try:
            self._store.optimize()
        except (OSError, RuntimeError) as error:
            raise StoreError(f"cannot compact store {self.location}: {str(error).splitlines()[0]}") from None

    def graphs(self) -> list[tuple[str, int]]:
        counts = []
        for graph in self._store.named_graphs():
            n = sum(1 for _ in self._store.quads_for_pattern(None, None, None, graph))
            if n:
                counts.append((graph.value, n))
        return sorted(counts)

    def close(self) -> None:
        if self.path is not None and not self.read_only and hasattr(self, "_store"):
            with contextlib.suppress(OSError):
                self._store.flush()
        if hasattr(self, "_store"):
            del self._store  # releases the files' lock now, not when the last reference goes
