"""Progress on a terminal for long commands, and nothing when output goes to a file or a pipe."""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager


def on_terminal() -> bool:
    return sys.stderr.isatty()


def bar(iterable=None, *, total: int | None = None, desc: str, unit: str):
    """A tqdm bar on stderr, disabled unless stderr is a terminal."""
    from tqdm import tqdm

    return tqdm(iterable, total=total, desc=desc, unit=unit, file=sys.stderr, disable=not on_terminal(), leave=False)


@contextmanager
def ticking(desc: str) -> Iterator[None]:
    """Elapsed time on a terminal while one long call runs that reports no progress of its own."""
    if not on_terminal():
        yield
        return
    from tqdm import tqdm

    done = threading.Event()
    with tqdm(desc=desc, bar_format="{desc}: {elapsed}", file=sys.stderr, leave=False) as shown:

        def tick() -> None:
            while not done.wait(0.5):
                shown.refresh()

        ticker = threading.Thread(target=tick, daemon=True)
        ticker.start()
        try:
            yield
        finally:
            done.set()
            ticker.join()


def summary(line: str, started: float | None = None) -> None:
    """The one line every long command ends with, on stderr, with the time taken."""
    took = f" in {time.monotonic() - started:.1f} s" if started is not None else ""
    print(line + took, file=sys.stderr, flush=True)
