"""What a running server holds: the store, the query workers and the write lock.

Queries on an embedded store run in killable worker processes over checkpoints of the
store (see server.sparql_exec); a remote store is queried in-process, bounded by its HTTP
timeout. Writes are serialized by one lock and each is followed by a fresh checkpoint, so
a query sent after a write's response sees that write.
"""

from __future__ import annotations

import shutil
import tempfile
import threading
from pathlib import Path

from kg.store import OxigraphStore, QuerySyntaxError, Store, StoreError, default_store_path, open_store
from server.response_cache import ResponseCache
from server.sparql_exec import QueryJob, QueryOutcome, QueryPool, Snapshots, first_line, serialize_results


class _PublishingStore(OxigraphStore):
    """An embedded store whose writes through the Store API reach the query workers.

    Pages, loaders and tests write with ``store.replace_graphs`` and friends, which all go
    through ``update``; without this hook /sparql would keep answering from the checkpoint
    taken before their write.
    """

    on_write = None

    def update(self, sparql: str) -> None:
        super().update(sparql)
        if self.on_write is not None:
            self.on_write()


class ServerState:
    def __init__(self, config: dict):
        self.config = config
        self.write_lock = threading.Lock()
        self._scratch = None
        self._counts = None
        self._closed = False
        self.pool = None
        self.snapshots = None
        self.cache = None
        if config["endpoint"]:
            auth = config["auth"]
            if isinstance(auth, str) and ":" in auth:
                auth = tuple(auth.split(":", 1))
            self.store: Store = open_store(
                query_url=config["endpoint"], update_url=config["update_endpoint"], auth=auth
            )
            return
        if config["memory"]:
            self._scratch = tempfile.mkdtemp(prefix="quotegraph-memory-")
            path = Path(self._scratch) / "store"
        else:
            path = Path(config["store"] or default_store_path())
        self.store = _PublishingStore(path)
        try:
            self.snapshots = Snapshots(self.store.native, path.resolve().parent)
            self.pool = QueryPool(self.snapshots, config["query_workers"])
            self.store.on_write = self.after_write
            if config["result_cache"]:
                self.cache = ResponseCache(config["result_cache"])
                self.cache.new_generation(self.generation)
        except BaseException:
            self.close()
            raise

    def run_query(self, job: QueryJob) -> QueryOutcome:
        if self.pool is not None:
            return self.pool.run(job, self.config["query_timeout"])
        results = self.store.query(job.query, default_graphs=job.default_graphs, named_graphs=job.named_graphs)
        return serialize_results(results, job)

    def update(self, sparql: str, *, base_iri: str | None = None) -> None:
        """Run a SPARQL update (one transaction) and publish it to the query workers."""
        with self.write_lock:
            if isinstance(self.store, OxigraphStore):
                try:
                    self.store.native.update(sparql, base_iri=base_iri)
                except SyntaxError as error:
                    raise QuerySyntaxError(first_line(error)) from None
                except (OSError, ValueError) as error:
                    raise StoreError(first_line(error)) from None
            else:
                self.store.update(sparql)
            self.after_write()

    def after_write(self) -> None:
        """Make a write visible to later queries."""
        self._counts = None
        if self.snapshots is not None:
            self.snapshots.refresh()
        if self.cache is not None:
            self.cache.new_generation(self.generation)

    @property
    def generation(self) -> str | None:
        """An id of the store's state that changes on every write; None when unknown (remote)."""
        return self.snapshots.current if self.snapshots is not None else None

    def graph_counts(self) -> list[tuple[str, int]]:
        """Named graphs and their sizes, computed once per write generation."""
        counts = self._counts
        if counts is None:
            counts = self._counts = self.store.graphs()
        return counts

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self.pool is not None:
            self.pool.close()
        if self.snapshots is not None:
            self.snapshots.close()
        self.store.close()
        if self._scratch:
            shutil.rmtree(self._scratch, ignore_errors=True)
