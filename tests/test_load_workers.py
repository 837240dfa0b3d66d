"""The loader's worker processes: results in input order, and a worker that dies stops nothing."""

from __future__ import annotations

import gc
import os
import time
from concurrent.futures.process import BrokenProcessPool

from kg.cli import main
from kg.load.workers import Workers


def square_or_die(chunk: list[int]) -> list[tuple[int, int]]:
    """What a worker runs (module level: spawned workers import it). -1 kills its worker outright."""
    if -1 in chunk:
        os._exit(3)
    time.sleep(0.01)
    return [(n, n * n) for n in chunk]


def died(n: int) -> tuple[int, str]:
    return (n, "died")


def heap(chunk: list[int]) -> list[tuple[int, int, int, int]]:
    """Each item with its worker's pid, frozen objects and youngest-generation threshold as the chunk starts."""
    frozen, young = gc.get_freeze_count(), gc.get_threshold()[0]
    time.sleep(0.05)
    return [(n, os.getpid(), frozen, young) for n in chunk]


def test_outcomes_come_in_input_order():
    numbers = list(range(23))
    for jobs in (1, 2):
        assert list(Workers(square_or_die, died, jobs=jobs, chunk=3).map(numbers)) == [(n, n * n) for n in numbers]


def test_a_worker_that_dies_fails_its_item_alone():
    numbers = [*range(10), -1, *range(10, 20)]
    outcomes = list(Workers(square_or_die, died, jobs=2, chunk=4).map(numbers))
    assert outcomes == [(n, n * n) if n != -1 else (-1, "died") for n in numbers]


def test_two_items_that_kill_their_workers():
    numbers = [1, -1, 2, 3, -1, 4, 5, 6, 7, 8]
    outcomes = list(Workers(square_or_die, died, jobs=2, chunk=2).map(numbers))
    assert outcomes == [(n, n * n) if n != -1 else (-1, "died") for n in numbers]


def test_a_worker_freezes_its_heap_after_its_first_chunk():
    """What a worker has built by then (models, caches) is left out of garbage collections from its second chunk on."""
    here = gc.get_threshold(), gc.get_freeze_count()
    seen: dict[int, list[tuple[int, int]]] = {}
    for _, pid, frozen, young in Workers(heap, died, jobs=2, chunk=1).map(range(12)):
        seen.setdefault(pid, []).append((frozen, young))
    for first, *later in seen.values():
        assert first == (0, 700)
        assert all(frozen > 1000 and young == 10_000 for frozen, young in later)
    assert any(len(chunks) > 1 for chunks in seen.values())
    assert (gc.get_threshold(), gc.get_freeze_count()) == here  # this process is left as it was


def test_kg_load_with_two_jobs_reports_every_article_and_a_summary(tmp_path, capsys):
    """A bad article among good ones, two workers: the good ones load, the summary says what failed."""
    folder = tmp_path / "in"
    folder.mkdir()
    for n, name in enumerate(["Ana Ortiz", "Ben Okoro", "Chloe Martin", "Dev Patel", "Eva Novak"]):
        (folder / f"story-{n}.txt").write_text(f"{name} said the bridge would reopen in {n + 2} weeks.\n")
    (folder / "story-9.txt").write_bytes(b"\x00\x01\x02" * 400)  # not text: fails on reading
    code = main(["load", str(folder), "--store", str(tmp_path / "store"), "--jobs", "2"])
    out, err = capsys.readouterr()
    assert code == 1
    assert out.count("loaded     ") == 5
    assert "story-9.txt" in err and err.rstrip().splitlines()[-1].startswith("5 loaded, 0 unchanged, 1 failed")


def test_a_pool_that_breaks_while_items_are_submitted_is_recovered_not_raised():
    """A worker can die while the next items are still being handed out: submitting then fails
    at once, and that must be recovered like a death seen later (it raised BrokenProcessPool)."""
    workers = Workers(square_or_die, died, jobs=2, chunk=1)
    workers._pool = workers._start()
    try:
        workers._pool.submit(square_or_die, [-1]).exception()  # the pool is broken from here on
        future = workers._submit_alone(5)
        assert isinstance(future.exception(), BrokenProcessPool)
    finally:
        workers._pool.shutdown()


def test_workers_left_running_at_exit_are_terminated():
    """A pool still open at exit (a batch cut short, its generator kept alive) must not keep the
    process from ending: the exit handler terminates its workers (multiprocessing would join them)."""
    from kg.load.workers import _stop_leftover_pools

    workers = Workers(square_or_die, died, jobs=2, chunk=1)
    batch = workers.map(range(50))
    assert next(batch) == (0, 0)
    processes = list(workers._pool._processes.values())
    assert processes and all(_running(p.pid) for p in processes)
    _stop_leftover_pools()
    deadline = time.monotonic() + 10
    while any(_running(p.pid) for p in processes):
        assert time.monotonic() < deadline, "the exit handler left workers running"
        time.sleep(0.05)
    batch.close()


def _running(pid: int) -> bool:
    """Whether a process runs, as /proc says (the executor's own thread may reap it first, so
    Process.is_alive() races with it)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            return "zombie" not in next(line for line in status if line.startswith("State:"))
    except (FileNotFoundError, StopIteration):
        return False
