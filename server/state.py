"""What a running server holds: the store, the query workers and the write lock.

Queries on an embedded store run in killable worker processes over checkpoints of the
store (server.pool, server.snapshots); a remote store is queried in-process, bounded by its
HTTP timeout. Writes are serialized by one lock and each is followed by a fresh checkpoint,
so a query sent after a write's response sees that write.

A SPARQL update must run in this process (it owns the store's writer), so, under the write
lock, it is first run on a private copy of the store in a worker, within the query limits (time,
memory) and on half the stack, where a crash or a runaway evaluation costs only that worker; then
it runs for real on the same data in a thread that has no network (server.sandbox) and twice
that stack.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from kg.store import OxigraphStore, Store, StoreUnavailable

from . import sandbox
from .pool import QueryPool, ServerFault, WorkerLimits
from .response_cache import ResponseCache
from .snapshots import Snapshots
from .sparql_exec import UPDATE_STACK, QueryJob, QueryOutcome, serialize_results

_log = logging.getLogger(__name__)


class ServerState:
    def __init__(self, config: dict):
        self.config = config
        self.write_lock = threading.Lock()
        self._scratch: str | None = None
        self._counts: list[tuple[str, int]] | None = None
        self._closed = False
        self.pool: QueryPool | None = None
        self.federated: QueryPool | None = None
        self.snapshots = None
        self.cache = None
        self.writer_wall: str | None = None
        self._writer = ThreadPoolExecutor(1, thread_name_prefix="quotegraph-update", initializer=self._wall_writer)
        self._writer_started()
        settings = config["settings"]
        if settings.endpoint:
            self.store: Store = settings.open_store()
            self.store.observe(self.after_write)
            return
        if settings.memory:
            self._scratch = tempfile.mkdtemp(prefix="quotegraph-memory-")
            path = Path(self._scratch) / "store"
        else:
            path = Path(settings.store)
        self.store = OxigraphStore(path)
        self.store.base = settings.base
        try:
            self.snapshots = Snapshots(self.store, path.resolve().parent)
            limits = WorkerLimits(
                timeout=config["query_timeout"],
                memory=config["worker_memory"],
                per_client=config["client_queries"],
            )
            self.pool = QueryPool(self.snapshots, config["query_workers"], limits)
            if config["service_allowlist"]:
                self.federated = QueryPool(self.snapshots, 1, WorkerLimits(**{**limits.__dict__, "walled": False}))
            self.store.observe(self.after_write)  # writes through the Store API reach the query workers
            if config["result_cache"]:
                self.cache = ResponseCache(config["result_cache"])
                self.cache.new_generation(self.generation)
        except BaseException:
            self.close()
            raise

    def _writer_started(self) -> None:
        """Start the update thread now, on the stack the trial run of updates is measured against
        (server.sparql_exec.UPDATE_STACK), not on whatever RLIMIT_STACK gives threads."""
        before = threading.stack_size(UPDATE_STACK)
        try:
            self._writer.submit(lambda: None).result()
        finally:
            threading.stack_size(before)

    def _wall_writer(self) -> None:
        self.writer_wall = sandbox.isolate()
        if self.writer_wall:
            _log.warning("updates run with network access (%s): LOAD rests on the update check", self.writer_wall)

    def run_query(self, job: QueryJob, *, client: str = "", remote: bool = False) -> QueryOutcome:
        """Answer a query job; ``remote`` (an allowlisted SERVICE) runs it where the network is reachable."""
        pool = self.federated if remote and self.federated is not None else self.pool
        if pool is not None:
            return pool.run(job, client)
        results = self.store.query(
            job.query,
            default_graphs=None if job.default_graphs is None else list(job.default_graphs),
            named_graphs=None if job.named_graphs is None else list(job.named_graphs),
            union_default=job.union_default,
        )
        return serialize_results(results, job)

    def run_view(self, name: str, args: tuple, *, client: str = ""):
        """A page's or export's data: in a worker (time and memory limits, no network) when there are
        workers, else (a remote store) in this process, bounded by the remote store's timeout."""
        if self.pool is not None:
            return self.pool.view(name, args, self.store.base, client)
        from .page_jobs import run_view

        return run_view(self.store, name, args, self.store.base)

    def update(self, sparql: str, *, base_iri: str | None = None, client: str = "", check: bool = True) -> None:
        """Run a SPARQL update (one transaction) and publish it to the query workers.

        ``check=False`` skips the trial run for updates the server wrote itself (flat INSERT DATA).
        """
        with self.write_lock:
            if check and self.pool is not None and self.snapshots is not None:
                with self.snapshots.private_copy() as copy:
                    self.pool.check_update(sparql, base_iri, copy, client)
            try:
                if isinstance(self.store, OxigraphStore):  # in the writer thread, which has no network
                    self._writer.submit(self.store.update, sparql, base_iri=base_iri).result()
                else:
                    self.store.update(sparql, base_iri=base_iri)
            except StoreUnavailable as error:
                raise ServerFault(f"the update could not be run: {error}") from None

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
        self._writer.shutdown(wait=False)
        for pool in (self.pool, self.federated):
            if pool is not None:
                pool.close()
        if self.snapshots is not None:
            self.snapshots.close()
        self.store.close()
        if self._scratch:
            shutil.rmtree(self._scratch, ignore_errors=True)
