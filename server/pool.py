"""Killable worker processes that answer queries: time, memory, network and a fair share.

pyoxigraph cannot cancel a running query, so queries run in child processes that can be
killed. Each worker, before it touches a store, leaves the network (server.sandbox) and caps
its own address space (``RLIMIT_AS``): a query that blows up costs one worker, which is
replaced, never the server. A worker that dies says why on its stderr (a Rust stack overflow
or a failed allocation), kept in a file so the request gets the right answer: 400 for a query
nested too deep to parse, 503 for one that ran out of memory or time.

Workers are shared fairly: a client (by address) may have at most ``per_client`` long queries
(running for over a second) at once and a few more waiting, and a worker that comes free goes
to the waiting client that runs the fewest. A client alone may use every worker; but when
another client has waited for a second with nothing running, the youngest query of a client
running more than its share is stopped (503, retry) to free a worker. So one client looping
expensive queries leaves workers for everyone else, while a client's quick query still runs
beside its slow one.
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass
from multiprocessing.connection import Connection

from kg.errors import KgError
from kg.store import QuerySyntaxError, StoreError

from .snapshots import Snapshots

_log = logging.getLogger(__name__)
WAITING_PER_CLIENT = 4  # requests of one client that may wait for a worker beyond those running
LONG = 1.0  # seconds after which a running job counts against its client's share
PREEMPT_AFTER = 1.0  # seconds a client with nothing running waits before a hog's youngest job is stopped


class QueryTimeout(KgError):
    """The query ran past its time limit and was stopped."""


class ServerBusy(KgError):
    """No worker became free in time, or the client already has its share running."""


class OutOfMemory(KgError):
    """The query needed more memory than a worker may use."""


class ServerFault(KgError):
    """The store or the engine failed on a job through no fault of the query."""


class TooComplex(KgError):
    """The engine crashed on the query (its parser or evaluator ran out of stack)."""


@dataclass(frozen=True)
class WorkerLimits:
    timeout: float = 10.0  # seconds per job, waiting for a worker included
    memory: int = 0  # bytes of address space per worker (0: unlimited)
    per_client: int = 0  # jobs one client may run at once (0: unlimited)
    walled: bool = True  # workers run without network


class _Worker:
    """A child Python process (not multiprocessing: that re-imports the caller's __main__)."""

    def __init__(self, limits: WorkerLimits):
        job_read, job_write = os.pipe()
        reply_read, reply_write = os.pipe()
        self.stderr = tempfile.TemporaryFile()  # noqa: SIM115 - closed by kill()
        code = (
            f"from {__package__}.sparql_exec import worker_main; "
            f"worker_main({job_read}, {reply_write}, walled={limits.walled!r}, memory={limits.memory!r})"
        )
        # glibc reserves 64 MiB of address space per malloc arena (up to 8 per core), which RLIMIT_AS
        # counts: a worker could fail to open the store at a low memory limit before any query ran.
        self.process = subprocess.Popen(
            [sys.executable, "-c", code],
            pass_fds=(job_read, reply_write),
            stdin=subprocess.DEVNULL,
            stderr=self.stderr,
            env={**os.environ, "MALLOC_ARENA_MAX": "2"},
        )
        os.close(job_read)
        os.close(reply_write)
        self.jobs = Connection(job_write, readable=False)
        self.replies = Connection(reply_read, writable=False)
        self.snapshot: str | None = None
        self.wall: str | None = None
        self.preempted = False

    def hello(self, timeout: float = 60) -> None:
        """Wait for the worker's first message: whether its network wall stands."""
        if not self.replies.poll(timeout):
            raise OSError("query worker did not start")
        status, self.wall = self.replies.recv()
        if status != "ready":
            raise OSError(f"query worker did not start: {status}")

    def death(self) -> KgError:
        """Why the worker died, as the error its last job gets."""
        try:
            code = self.process.wait(5)
        except subprocess.TimeoutExpired:
            code = None
        self.stderr.seek(0)
        head = self.stderr.read(4096)
        self.stderr.seek(0, os.SEEK_END)
        self.stderr.seek(max(self.stderr.tell() - 4096, 0))
        # The reason leads a Rust panic and a backtrace may follow it, so both ends are read.
        tail = (head + self.stderr.read()).decode("utf-8", "replace")
        if "overflowed its stack" in tail or code == -signal.SIGSEGV:
            return TooComplex("the query is nested too deeply for the SPARQL engine (it ran out of stack)")
        # Rust's failed allocation, Python's, and C++'s (RocksDB cannot even start a thread) under RLIMIT_AS
        if any(sign in tail for sign in ("memory allocation", "MemoryError", "bad_alloc", "Resource temporarily")):
            return OutOfMemory("the query ran out of memory (the per-query memory limit) and was stopped")
        return ServerBusy("the query worker stopped unexpectedly; try again")

    def kill(self) -> None:
        self.process.kill()
        self.process.wait(5)
        self.jobs.close()
        self.replies.close()
        self.stderr.close()


class QueryPool:
    """Worker processes that run jobs against the newest snapshot, killed on timeout."""

    def __init__(self, snapshots: Snapshots, size: int = 2, limits: WorkerLimits | None = None):
        self.snapshots = snapshots
        self.limits = limits or WorkerLimits()
        self.wall: str | None = None  # why the network wall is down, None when it stands
        self._idle: list[_Worker] = []
        self._live: set[_Worker] = set()
        self._running: Counter[str] = Counter()
        self._started: dict[_Worker, tuple[str, float]] = {}
        self._waiting: list[tuple[int, str]] = []
        self._ticket = 0
        self._changed = threading.Condition()
        self._closed = False
        for _ in range(max(size, 1)):
            self._add_worker()

    def _add_worker(self) -> None:
        worker = _Worker(self.limits)
        try:
            worker.hello()
        except (OSError, EOFError):
            worker.kill()
            _log.error("a query worker failed to start")
            return
        if self.limits.walled and worker.wall and self.wall is None:
            self.wall = worker.wall
            _log.warning(
                "query workers have network access (%s): SERVICE and LOAD rest on the query check", worker.wall
            )
        with self._changed:
            if self._closed:
                worker.kill()
                return
            self._live.add(worker)
            self._idle.append(worker)
            self._changed.notify_all()

    def _retire(self, worker: _Worker) -> None:
        with self._changed:
            self._live.discard(worker)
        self.snapshots.release(worker.snapshot)
        worker.kill()
        if not self._closed:
            threading.Thread(target=self._add_worker, daemon=True).start()

    def _preempt(self) -> None:
        """Stop the youngest job of the client running the most jobs, if that is over its share."""
        per_client = self.limits.per_client
        running = [(client, started, worker) for worker, (client, started) in self._started.items()]
        counts = Counter(client for client, _, _ in running)
        over = [r for r in running if counts[r[0]] > per_client and not r[2].preempted]
        if over:
            _client, _started, worker = max(over, key=lambda r: (counts[r[0]], r[1]))
            worker.preempted = True
            worker.process.kill()

    def _long(self, client: str) -> int:
        now = time.monotonic()
        return sum(1 for c, started in self._started.values() if c == client and now - started > LONG)

    def _take(self, client: str, deadline: float) -> _Worker:
        """A worker for this client: fairly, within the deadline, or ServerBusy."""
        per_client = self.limits.per_client
        with self._changed:
            if per_client and sum(1 for _, c in self._waiting if c == client) >= WAITING_PER_CLIENT:
                raise ServerBusy("too many queries from your address are waiting; try again")
            self._ticket += 1
            me = (self._ticket, client)
            self._waiting.append(me)
            since = time.monotonic()
            try:
                while True:
                    eligible = [w for w in self._waiting if not per_client or self._long(w[1]) < per_client]
                    first = min(eligible, key=lambda w: (self._running[w[1]], w[0]), default=None)
                    if self._idle and first == me:
                        self._running[client] += 1
                        worker = self._idle.pop()
                        self._started[worker] = (client, time.monotonic())
                        return worker
                    if per_client and not self._running[client] and time.monotonic() - since > PREEMPT_AFTER:
                        self._preempt()
                    left = deadline - time.monotonic()
                    if left <= 0:
                        raise ServerBusy(
                            f"no query worker became free for you within {self.limits.timeout:g} s "
                            f"(one address may run {per_client} long queries at once); try again"
                        )
                    self._changed.wait(min(left, 0.25))
            finally:
                self._waiting.remove(me)
                self._changed.notify_all()

    def _give_back(self, client: str, worker: _Worker) -> None:
        with self._changed:
            self._started.pop(worker, None)
            self._running[client] -= 1
            if self._running[client] <= 0:
                del self._running[client]
            if worker in self._live:
                self._idle.append(worker)
            self._changed.notify_all()

    def call(self, kind: str, payload, *, client: str = "", snapshot: bool = True):
        """Send one job to a worker and return its value; errors come back raised."""
        deadline = time.monotonic() + self.limits.timeout
        worker = self._take(client, deadline)
        path = self.snapshots.hold() if snapshot else None
        try:
            worker.jobs.send((kind, path, payload))
            ready = worker.replies.poll(max(deadline - time.monotonic(), 0))
            reply = worker.replies.recv() if ready else None
        except (EOFError, OSError):
            self.snapshots.release(path)
            error = worker.death()
            if worker.preempted:
                error = ServerBusy(
                    f"your query was stopped to give other clients a turn: your address was running more than "
                    f"{self.limits.per_client} at once; try again"
                )
            self._retire(worker)
            self._give_back(client, worker)
            raise error from None
        if reply is None:
            self.snapshots.release(path)
            self._retire(worker)
            self._give_back(client, worker)
            raise QueryTimeout(f"query exceeded the {self.limits.timeout:g} s time limit and was cancelled")
        if path is not None and worker.snapshot != path:
            self.snapshots.release(worker.snapshot)  # the worker has moved on to the job's checkpoint
            worker.snapshot = path
        else:
            self.snapshots.release(path)
        self._give_back(client, worker)
        status, value = reply
        if status == "ok":
            return value
        if status == "syntax":
            raise QuerySyntaxError(value)
        if status == "memory":
            raise OutOfMemory("the query ran out of memory (the per-query memory limit) and was stopped")
        if status == "raise":
            raise value
        if status == "fault":
            raise ServerFault(f"the query could not be run: {value}")
        raise StoreError(value)

    def run(self, job, client: str = ""):
        """Answer a query job (server.sparql_exec.QueryJob) within the time limit."""
        return self.call("query", job, client=client)

    def check_update(self, text: str, base_iri: str | None, copy: str | None = None, client: str = "") -> None:
        """Run an update on ``copy`` (a private copy of the store: server.snapshots) in a worker,
        within the time and memory limits, where a crash costs only the worker."""
        self.call("update", (text, base_iri, copy), client=client, snapshot=False)

    def view(self, name: str, args: tuple, base: str, client: str = ""):
        """A page's or export's data, computed by a worker (server.page_jobs) within the limits."""
        return self.call("view", (name, args, base), client=client)

    def probe(self, host: str, port: int) -> bool:
        """Whether a worker can open a TCP connection to host:port (it must not, when walled)."""
        return bool(self.call("probe", (host, port), snapshot=False))

    def pids(self) -> list[int]:
        """Process ids of the live workers (for monitoring)."""
        with self._changed:
            return sorted(w.process.pid for w in self._live)

    def close(self) -> None:
        with self._changed:
            self._closed = True
            workers = list(self._live)
            self._live.clear()
            self._idle.clear()
        for worker in workers:
            worker.kill()
