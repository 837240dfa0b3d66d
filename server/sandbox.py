"""The second wall: processes and threads that run SPARQL have no network.

Oxigraph runs SERVICE and LOAD with its own HTTP client, so whatever decides what a query may
do (kg.store.sparql_text) is one wall; this is the second, which makes a spelling the first
missed harmless. On Linux a process or thread moved into a fresh network namespace has only
a loopback interface that is down: every connect, to 127.0.0.1 or anywhere, fails, and names
do not resolve. Moving needs CAP_SYS_ADMIN (root, as on this project's machines and CI); an
unprivileged user namespace is tried next. When neither works the wall is down, which the
server logs; SERVICE and LOAD then stay refused by the first wall alone.

Namespaces belong to a thread, not a process, so ``isolate()`` called in one thread of the
server walls off only that thread: that is how updates run in the server process (they
must: the store's writer lives there) without network.
"""

from __future__ import annotations

import ctypes
import errno
import os
import socket
import sys

CLONE_NEWUSER = 0x10000000
CLONE_NEWNET = 0x40000000


def _unshare(flags: int) -> int:
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.unshare(flags) == 0:
        return 0
    return ctypes.get_errno()


def isolate() -> str | None:
    """Move the calling thread into a new, empty network namespace.

    Returns None when that worked and no connection can be opened, else why not.
    """
    if sys.platform != "linux":
        return f"network namespaces need Linux (this is {sys.platform})"
    error = _unshare(CLONE_NEWNET)
    if error == errno.EPERM:
        error = _unshare(CLONE_NEWUSER | CLONE_NEWNET)
    if error:
        return f"cannot make a network namespace: {os.strerror(error)}"
    return None if not can_connect("127.0.0.1", 9) else "a connection was possible after unshare"


def can_connect(host: str, port: int, timeout: float = 1.0) -> bool:
    """Whether a TCP connection to host:port opens from here (refused counts as reachable)."""
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except ConnectionRefusedError:
        return True
    except OSError:
        return False
