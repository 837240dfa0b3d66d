"""Run SPARQL queries with a row limit and a time limit that really stops them.

pyoxigraph has no way to cancel a running query, so a query that must be stoppable runs in
a worker process that can be killed. Workers cannot share the server's read-write store
(RocksDB allows one writer, and reading a store another process writes is undefined), so
the server takes a checkpoint of its store (``Store.backup``: hard links, cheap) after each
write and workers open the newest checkpoint read-only. Each job names the checkpoint it
must see, so a query never sees data older than the last write acknowledged to a client.

Results are serialized with pyoxigraph's own writers. The row limit is applied on the
line-per-row formats (TSV for solutions, N-Triples for triples) by a writer that stops the
serializer, and so the query, once the limit is passed; other formats are converted from
those natively.
"""

from __future__ import annotations

import contextlib
import io
import os
import queue
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection

import pyoxigraph as ox

from kg.errors import KgError
from kg.store import QuerySyntaxError, StoreError

RESULTS_FORMATS = {
    f.media_type.split(";")[0]: f
    for f in (
        ox.QueryResultsFormat.JSON,
        ox.QueryResultsFormat.XML,
        ox.QueryResultsFormat.CSV,
        ox.QueryResultsFormat.TSV,
    )
}
RDF_FORMATS = {
    f.media_type.split(";")[0]: f
    for f in (
        ox.RdfFormat.TURTLE,
        ox.RdfFormat.N_TRIPLES,
        ox.RdfFormat.JSON_LD,
        ox.RdfFormat.RDF_XML,
        ox.RdfFormat.TRIG,
        ox.RdfFormat.N_QUADS,
    )
}


class QueryTimeout(KgError):
    """The query ran past its time limit and was stopped."""


class ServerBusy(KgError):
    """No worker became free within the time limit."""


@dataclass(frozen=True)
class QueryJob:
    """One query and how its answer must look.

    ``results_format`` is used if the query turns out to be SELECT/ASK and ``rdf_format``
    if CONSTRUCT/DESCRIBE (media types; None when the client accepts none of that kind).
    ``default_graphs`` None means the union of all graphs.
    """

    query: str
    results_format: str | None = "application/sparql-results+json"
    rdf_format: str | None = "text/turtle"
    default_graphs: tuple[str, ...] | None = None
    named_graphs: tuple[str, ...] | None = None
    max_rows: int | None = None
    base_iri: str | None = None


@dataclass(frozen=True)
class QueryOutcome:
    kind: str  # "solutions", "boolean" or "triples"
    media_type: str | None  # None: the client accepts no format for this kind of result
    body: bytes
    truncated: bool = False


class _Full(Exception):
    pass


class _LineLimitWriter(io.RawIOBase):
    """Keeps the first ``limit`` lines (plus ``header`` lines) and then stops the writer."""

    def __init__(self, limit: int | None, header: int):
        self.limit = None if limit is None else limit + header
        self.buffer = bytearray()
        self.lines = 0
        self.truncated = False

    def writable(self):
        return True

    def write(self, data) -> int:
        data = bytes(data)
        if self.limit is not None:
            newlines = data.count(b"\n")
            if self.lines + newlines > self.limit:
                cut = 0
                for _ in range(self.limit - self.lines):
                    cut = data.index(b"\n", cut) + 1
                self.buffer += data[:cut]
                self.lines = self.limit
                self.truncated = True
                raise _Full
            self.lines += newlines
        self.buffer += data
        return len(data)


def _dataset_kwargs(job: QueryJob) -> dict:
    if job.default_graphs is None and job.named_graphs is None:
        return {"use_default_graph_as_union": True}
    kwargs = {"default_graph": [ox.NamedNode(g) for g in job.default_graphs or ()]}
    if job.named_graphs is not None:
        kwargs["named_graphs"] = [ox.NamedNode(g) for g in job.named_graphs]
    return kwargs


def first_line(error: Exception) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def _limited(serialize, limit: int | None, header: int) -> tuple[bytes, bool]:
    writer = _LineLimitWriter(limit, header)
    with contextlib.suppress(_Full):
        serialize(writer)
    return bytes(writer.buffer), writer.truncated


def serialize_results(results, job: QueryJob) -> QueryOutcome:
    """Serialize pyoxigraph query results as the job asks, cut at ``max_rows``."""
    if isinstance(results, ox.QueryBoolean):
        if job.results_format is None:
            return QueryOutcome("boolean", None, b"")
        fmt = RESULTS_FORMATS[job.results_format]
        return QueryOutcome("boolean", fmt.media_type, results.serialize(format=fmt))
    if isinstance(results, ox.QuerySolutions):
        if job.results_format is None:
            return QueryOutcome("solutions", None, b"")
        tsv = ox.QueryResultsFormat.TSV
        body, truncated = _limited(lambda w: results.serialize(w, format=tsv), job.max_rows, 1)
        fmt = RESULTS_FORMATS[job.results_format]
        if fmt != tsv:
            body = ox.parse_query_results(body, format=tsv).serialize(format=fmt)
        return QueryOutcome("solutions", fmt.media_type, body, truncated)
    if job.rdf_format is None:
        return QueryOutcome("triples", None, b"")
    nt = ox.RdfFormat.N_TRIPLES
    body, truncated = _limited(lambda w: ox.serialize(results, w, format=nt), job.max_rows, 0)
    fmt = RDF_FORMATS[job.rdf_format]
    if fmt != nt:
        quads = ox.parse(body, format=nt)
        if fmt.supports_datasets:
            body = ox.serialize(quads, format=fmt)
        else:
            body = ox.serialize((q.triple for q in quads), format=fmt)
    return QueryOutcome("triples", fmt.media_type, body, truncated)


def execute(store: ox.Store, job: QueryJob) -> QueryOutcome:
    """Run a job on a pyoxigraph store in this process (no time limit)."""
    try:
        results = store.query(job.query, base_iri=job.base_iri, **_dataset_kwargs(job))
        return serialize_results(results, job)
    except SyntaxError as error:
        raise QuerySyntaxError(first_line(error)) from None
    except (OSError, ValueError) as error:
        raise StoreError(first_line(error)) from None


def worker_main(read_fd: int, write_fd: int) -> None:
    """Worker loop: open the named checkpoint read-only, answer jobs until the pipe closes.

    Ctrl-C reaches every process of the terminal's group; the server stops its workers
    itself, so a worker ignores it rather than dying mid-job with a traceback.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    jobs = Connection(read_fd, writable=False)
    replies = Connection(write_fd, readable=False)
    path, store = None, None
    while True:
        try:
            snapshot, job = jobs.recv()
        except (EOFError, OSError):
            return
        try:
            if snapshot != path:
                store = None
                store = ox.Store.read_only(snapshot)
                path = snapshot
            reply = ("ok", execute(store, job))
        except QuerySyntaxError as error:
            reply = ("syntax", str(error))
        except Exception as error:
            reply = ("error", first_line(error))
        replies.send(reply)


class _Worker:
    """A child Python process (not multiprocessing: that re-imports the caller's __main__)."""

    def __init__(self):
        job_read, job_write = os.pipe()
        reply_read, reply_write = os.pipe()
        code = f"from server.sparql_exec import worker_main; worker_main({job_read}, {reply_write})"
        self.process = subprocess.Popen(
            [sys.executable, "-c", code], pass_fds=(job_read, reply_write), stdin=subprocess.DEVNULL
        )
        os.close(job_read)
        os.close(reply_write)
        self.jobs = Connection(job_write, readable=False)
        self.replies = Connection(reply_read, writable=False)
        self.snapshot: str | None = None

    def kill(self) -> None:
        self.process.kill()
        self.process.wait(5)
        self.jobs.close()
        self.replies.close()


_PREFIX = ".quotegraph-snapshots-"


def _remove_orphans(parent: str | os.PathLike) -> None:
    """Delete checkpoint folders left by a server that was killed (its process is gone)."""
    for entry in os.scandir(parent):
        if not entry.name.startswith(_PREFIX) or not entry.is_dir():
            continue
        pid = entry.name[len(_PREFIX) :].split("-", 1)[0]
        if pid.isdigit() and not os.path.exists(f"/proc/{pid}"):
            shutil.rmtree(entry.path, ignore_errors=True)


class Snapshots:
    """Read-only checkpoints of an on-disk store, one per generation of writes."""

    def __init__(self, store: ox.Store, parent: str | os.PathLike):
        self.store = store
        _remove_orphans(parent)
        self.root = tempfile.mkdtemp(prefix=f"{_PREFIX}{os.getpid()}-", dir=parent)
        self._generation = 0
        self._lock = threading.Lock()
        self.current = ""
        self.refresh()

    def refresh(self) -> str:
        """Checkpoint the store as it is now; later jobs see this state."""
        with self._lock:
            self._generation += 1
            path = os.path.join(self.root, f"g{self._generation}")
            self.store.flush()
            self.store.backup(path)
            self.current = path
            return path

    def collect(self, in_use: set[str]) -> None:
        """Delete checkpoints no worker has open and that are not the newest."""
        with self._lock:
            for name in os.listdir(self.root):
                path = os.path.join(self.root, name)
                if path != self.current and path not in in_use:
                    shutil.rmtree(path, ignore_errors=True)

    def close(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


class QueryPool:
    """Worker processes that run jobs against the newest snapshot, killed on timeout."""

    def __init__(self, snapshots: Snapshots, size: int = 2):
        self.snapshots = snapshots
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._live: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        for _ in range(max(size, 1)):
            self._add_worker()

    def _add_worker(self) -> None:
        worker = _Worker()
        with self._lock:
            if self._closed:
                worker.kill()
                return
            self._live.add(worker)
        self._idle.put(worker)

    def _retire(self, worker: _Worker) -> None:
        with self._lock:
            self._live.discard(worker)
        worker.kill()
        if not self._closed:
            threading.Thread(target=self._add_worker, daemon=True).start()

    def run(self, job: QueryJob, timeout: float) -> QueryOutcome:
        """Answer a job within ``timeout`` seconds (waiting for a free worker included)."""
        deadline = time.monotonic() + timeout
        try:
            worker = self._idle.get(timeout=timeout)
        except queue.Empty:
            raise ServerBusy(f"no query worker became free within {timeout:g} s; try again") from None
        snapshot = self.snapshots.current
        try:
            worker.jobs.send((snapshot, job))
            worker.snapshot = snapshot
            ready = worker.replies.poll(max(deadline - time.monotonic(), 0))
            reply = worker.replies.recv() if ready else None
        except (EOFError, OSError, BrokenPipeError):
            self._retire(worker)
            raise ServerBusy("the query worker stopped unexpectedly; try again") from None
        if reply is None:
            self._retire(worker)
            raise QueryTimeout(f"query exceeded the {timeout:g} s time limit and was cancelled")
        self._idle.put(worker)
        with self._lock:
            in_use = {w.snapshot for w in self._live if w.snapshot}
        self.snapshots.collect(in_use)
        status, value = reply
        if status == "ok":
            return value
        if status == "syntax":
            raise QuerySyntaxError(value)
        raise StoreError(value)

    def pids(self) -> list[int]:
        """Process ids of the live workers (for monitoring)."""
        with self._lock:
            return sorted(w.process.pid for w in self._live)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers = list(self._live)
            self._live.clear()
        for worker in workers:
            worker.kill()
