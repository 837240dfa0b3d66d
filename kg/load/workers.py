"""Worker processes for the CPU-bound part of a load, with results in input order.

Items go to the workers in small chunks (spaCy parses a chunk's articles as one batch) and
a few chunks per worker are kept in flight, so workers keep busy while the writer infers
and writes. A chunk's function returns one outcome per item and catches what its items
raise; a worker that dies outright (killed, out of memory, a crash in native code) breaks
the pool: the pool is replaced, the chunks that were in flight are run again one item at
a time, and an item that kills its worker a second time is reported as failed. Nothing a
worker does can stop the batch.

Once its first chunk is done (its models loaded), a worker freezes what it holds out of
Python's garbage collections and collects the youngest generation every 10,000 allocations
instead of 700: its full collections kept rescanning spaCy's and the ontology's ~145k objects,
7-9% of a worker's CPU on PolNeAR (the writer does the same for a bulk load: ``kg.load.loader``).
"""

from __future__ import annotations

import atexit
import gc
import multiprocessing
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Generic, TypeVar

Item = TypeVar("Item")
Outcome = TypeVar("Outcome")

_POOLS: set[ProcessPoolExecutor] = set()  # open pools, until shut down
_YOUNG_COLLECTIONS = 10_000  # allocations between collections of the youngest generation, in bulk work
_settled = False  # whether this worker process has frozen its heap (``_in_worker``)


def _stop(pool: ProcessPoolExecutor) -> None:
    """Shut a pool down without waiting and terminate its workers (a broken pool's survivors would
    otherwise sit idle until exit, where multiprocessing waits for them forever)."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.exitcode is None:
            process.terminate()
    _POOLS.discard(pool)


@atexit.register
def _stop_leftover_pools() -> None:
    """Stop every pool still open at exit (a batch cut short by an exception that kept its
    generator alive): multiprocessing's own exit handler runs after this one and would wait for
    their idle workers forever."""
    for pool in list(_POOLS):
        _stop(pool)


class Workers(Generic[Item, Outcome]):
    """``run(chunk)`` over chunks of items, in ``jobs`` processes (in this one when ``jobs`` is 1).

    ``died(item)`` is the outcome of an item whose worker died while running it alone.
    ``run`` must be importable (a module-level function): workers are spawned, not forked,
    so they never inherit the store or threads of this process.
    """

    def __init__(
        self,
        run: Callable[[list[Item]], list[Outcome]],
        died: Callable[[Item], Outcome],
        *,
        jobs: int = 1,
        chunk: int = 4,
        ahead: int = 3,
    ):
        self.run, self.died, self.jobs, self.chunk = run, died, jobs, chunk
        self.ahead = ahead * jobs
        self._pool: ProcessPoolExecutor | None = None
        self._window: deque[tuple[list[Item], Future]] = deque()
        self._ready: deque[Outcome] = deque()

    def ready(self) -> bool:
        """Whether the next outcome is there without waiting (the writer is behind the workers)."""
        return bool(self._ready) or bool(self._window and self._window[0][1].done())

    def map(self, items: Iterable[Item]) -> Generator[Outcome, None, None]:
        """One outcome per item, in input order."""
        if self.jobs == 1:
            for chunk in _chunks(iter(items), self.chunk):
                yield from self.run(chunk)
            return
        source = _chunks(iter(items), self.chunk)
        try:
            self._pool = self._start()
            more = True
            while more or self._window or self._ready:
                while more and len(self._window) < self.ahead:
                    chunk = next(source, [])
                    if not chunk:
                        more = False
                    else:
                        self._submit(chunk)
                if self._ready:
                    yield self._ready.popleft()
                elif self._window:
                    self._settle_head()
        finally:
            if self._pool is not None:
                self._pool.shutdown(cancel_futures=True)
                _POOLS.discard(self._pool)
                self._pool = None
            self._window.clear()

    def _start(self) -> ProcessPoolExecutor:
        pool = ProcessPoolExecutor(max_workers=self.jobs, mp_context=multiprocessing.get_context("spawn"))
        _POOLS.add(pool)
        return pool

    def _submit(self, chunk: list[Item]) -> None:
        self._window.append((chunk, self._future(chunk)))

    def _future(self, chunk: list[Item]) -> Future:
        """The chunk's future; a pool that broke before the chunk started (a worker died while
        others were being submitted) gives a future that fails the same way, to be recovered."""
        assert self._pool is not None
        try:
            return self._pool.submit(_in_worker, self.run, chunk)
        except BrokenProcessPool:
            future: Future = Future()
            future.set_exception(BrokenProcessPool("the pool broke before this chunk started"))
            return future

    def _settle_head(self) -> None:
        _, future = self._window[0]
        try:
            outcomes = future.result()
        except BrokenProcessPool:
            self._recover()
            return
        self._window.popleft()
        self._ready.extend(outcomes)

    def _recover(self) -> None:
        """A worker died: run every item that was in flight again in a new pool, each alone in its
        chunk. When the pool breaks again, the first unfinished item runs by itself: if it kills
        its worker once more, it is the culprit and fails; the others carry on."""
        items = [item for chunk, _ in self._window for item in chunk]
        self._window.clear()
        self._restart()
        done = 0
        while done < len(items):
            futures = [self._submit_alone(item) for item in items[done:]]
            for future in futures:
                try:
                    self._ready.extend(future.result())
                except BrokenProcessPool:
                    self._restart()
                    try:
                        self._ready.extend(self._submit_alone(items[done]).result())
                    except BrokenProcessPool:
                        self._restart()
                        self._ready.append(self.died(items[done]))
                    done += 1
                    break
                done += 1

    def _submit_alone(self, item: Item) -> Future:
        return self._future([item])

    def _restart(self) -> None:
        if self._pool is not None:
            _stop(self._pool)
        self._pool = self._start()


def _in_worker(run: Callable[[list[Item]], list[Outcome]], chunk: list[Item]) -> list[Outcome]:
    """``run(chunk)`` in a worker process, which settles its heap after its first chunk (see the module doc)."""
    global _settled
    found = run(chunk)
    if not _settled:
        _settled = True
        gc.collect()
        settle_heap()
    return found


def settle_heap() -> tuple[int, int, int]:
    """Freeze every object alive now out of the garbage collector's scans and collect the youngest generation
    every 10,000 allocations instead of 700, for bulk work (a worker's chunks, the writer's load); returns the
    thresholds as they were, for whoever puts them back."""
    thresholds = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(_YOUNG_COLLECTIONS, *thresholds[1:])
    return thresholds


def _chunks(items: Iterator[Item], size: int) -> Iterator[list[Item]]:
    while True:
        chunk = [item for _, item in zip(range(size), items)]
        if not chunk:
            return
        yield chunk
