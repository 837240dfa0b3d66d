"""Read-only checkpoints of the server's store, one per generation of writes.

Workers cannot share the server's read-write store (RocksDB allows one writer, and reading a
store another process writes is undefined), so after each write the server takes a checkpoint
(``Store.backup``: hard links, cheap) and workers open the newest one read-only.

A checkpoint is deleted only when nothing holds it: each worker holds the one it has open, and
each job holds the one it was given from the moment it is chosen. Choosing and holding happen
under one lock, so a checkpoint cannot be deleted between being chosen for a job and being
opened by the worker (which is how reads used to fail with "No such file or directory"
during writes).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import threading
from collections import Counter
from collections.abc import Iterator

from kg.store import OxigraphStore

_PREFIX = ".quotegraph-snapshots-"


def _remove_orphans(parent: str) -> None:
    """Delete checkpoint folders left by a server that was killed (its process is gone)."""
    for entry in os.scandir(parent):
        if not entry.name.startswith(_PREFIX) or not entry.is_dir():
            continue
        pid = entry.name[len(_PREFIX) :].split("-", 1)[0]
        if pid.isdigit() and not os.path.exists(f"/proc/{pid}"):
            shutil.rmtree(entry.path, ignore_errors=True)


class Snapshots:
    """The checkpoints of one store, with a count of holders for each."""

    def __init__(self, store: OxigraphStore, parent: str | os.PathLike):
        self.store = store
        parent = os.fspath(parent)
        _remove_orphans(parent)
        self.root = tempfile.mkdtemp(prefix=f"{_PREFIX}{os.getpid()}-", dir=parent)
        self._generation = 0
        self._lock = threading.Lock()
        self._holders: Counter[str] = Counter()
        self.current = ""
        self.refresh()

    def refresh(self) -> str:
        """Checkpoint the store as it is now; later jobs see this state."""
        with self._lock:
            self._generation += 1
            path = os.path.join(self.root, f"g{self._generation}")
            self.store.backup(path)
            self.current = path
        self._collect()
        return path

    @contextlib.contextmanager
    def private_copy(self) -> Iterator[str]:
        """A copy of the store as it is now for one process to open read-write (an update's trial
        run), deleted when the block ends."""
        with self._lock:
            self._generation += 1
            path = os.path.join(self.root, f"trial{self._generation}")
            self._holders[path] += 1
        try:
            self.store.backup(path)
            yield path
        finally:
            self.release(path)

    def hold(self) -> str:
        """The newest checkpoint, kept until ``release``."""
        with self._lock:
            self._holders[self.current] += 1
            return self.current

    def release(self, path: str | None) -> None:
        if not path:
            return
        with self._lock:
            self._holders[path] -= 1
            if self._holders[path] <= 0:
                del self._holders[path]
        self._collect()

    def _collect(self) -> None:
        """Delete checkpoints nobody holds that are not the newest."""
        with self._lock:
            doomed = [
                os.path.join(self.root, name)
                for name in os.listdir(self.root)
                if os.path.join(self.root, name) != self.current and os.path.join(self.root, name) not in self._holders
            ]
        for path in doomed:
            shutil.rmtree(path, ignore_errors=True)

    def close(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)
