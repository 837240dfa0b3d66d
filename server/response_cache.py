"""Identical reads of /sparql get identical bytes until the next write.

An answer depends only on the request (method, query string, body, Accept, host) and on
the store's contents, and the store changes only by writes, each of which starts a new
generation. So an answer is kept per generation and served in front of Flask: a repeated
query costs one dictionary lookup instead of routing, decoding the query string, content
negotiation and a round trip to a query worker, which was most of the cost of a cheap
query. The route decides what may be kept (``mark_cacheable``): only successful answers
of queries that give the same answer on every run.
"""

from __future__ import annotations

import io
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable

CACHEABLE = "quotegraph.cacheable"
KEY = "quotegraph.cache_key"
MAX_KEPT_BODY = 64 * 1024  # request bodies above this are never read here, only passed on
PATH = "/sparql"


def drain(chunks: Iterable[bytes]) -> bytes:
    """A WSGI answer's body in one piece, its iterable closed as PEP 3333 asks."""
    try:
        return b"".join(chunks)
    finally:
        close = getattr(chunks, "close", None)
        if close is not None:
            close()


def mark_cacheable(environ: dict) -> None:
    """The answer being written may be reused for an identical request until the next write."""
    environ[CACHEABLE] = True


class ResponseCache:
    """Least recently used answers of one generation, bounded in bytes."""

    def __init__(self, max_bytes: int):
        self.max_bytes = max_bytes
        self._entries: OrderedDict[tuple, tuple[str, list, bytes]] = OrderedDict()
        self._size = 0
        self._generation: object = None
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    @staticmethod
    def _cost(key: tuple, answer: tuple[str, list, bytes]) -> int:
        return len(answer[2]) + len(key[1]) + len(key[3]) + 256

    def get(self, key: tuple) -> tuple[str, list, bytes] | None:
        with self._lock:
            answer = self._entries.get(key)
            if answer is None:
                self.misses += 1
                return None
            self._entries.move_to_end(key)
            self.hits += 1
            return answer

    def put(self, key: tuple, answer: tuple[str, list, bytes], generation: object) -> None:
        """Keep ``answer`` if it was computed in the generation that is still current."""
        cost = self._cost(key, answer)
        if cost > self.max_bytes // 8:
            return
        with self._lock:
            if generation != self._generation or key in self._entries:
                return
            self._entries[key] = answer
            self._size += cost
            while self._size > self.max_bytes:
                old_key, old = self._entries.popitem(last=False)
                self._size -= self._cost(old_key, old)

    def new_generation(self, generation: object) -> None:
        """A write happened: every answer kept so far may be wrong."""
        with self._lock:
            self._generation = generation
            self._entries.clear()
            self._size = 0

    def __len__(self) -> int:
        return len(self._entries)

    def request_key(self, environ: dict, generation: object) -> tuple | None:
        """What identifies a read of /sparql in ``generation``; None for requests never kept.

        A POST body small enough to be part of the key is read here and put back as a fresh
        stream for the app.
        """
        method = environ.get("REQUEST_METHOD")
        if environ.get("PATH_INFO") != PATH or method not in ("GET", "POST"):
            return None
        body = b""
        if method == "POST":
            try:
                length = int(environ.get("CONTENT_LENGTH") or "")
            except ValueError:
                return None
            if not 0 <= length <= MAX_KEPT_BODY:
                return None
            body = environ["wsgi.input"].read(length)
            environ["wsgi.input"] = io.BytesIO(body)
        return (method, environ.get("QUERY_STRING", ""), environ.get("CONTENT_TYPE", ""), body,
                environ.get("HTTP_ACCEPT", ""), environ.get("HTTP_HOST", ""),
                environ.get("wsgi.url_scheme"), environ.get("SCRIPT_NAME", ""), generation)

    def middleware(self, app: Callable, generation: Callable[[], object]) -> Callable:
        """Wrap a WSGI app; ``generation()`` names the store state a new request will see.

        A server that looked the request up already (``server.asgi``) leaves its key in
        ``KEY`` so that a miss is not looked up twice.
        """

        def serve(environ: dict, start_response: Callable) -> Iterable[bytes]:
            if KEY in environ:
                key = environ[KEY]
            else:
                key = self.request_key(environ, generation())
                answer = self.get(key) if key is not None else None
                if answer is not None:
                    start_response(answer[0], list(answer[1]))
                    return [answer[2]]
            if key is None:
                return app(environ, start_response)
            started: list = []

            def capture(status, headers, exc_info=None):
                started[:] = [status, headers]
                return start_response(status, headers, exc_info)

            chunks = app(environ, capture)
            if not (environ.get(CACHEABLE) and started and started[0].startswith("200")):
                return chunks
            whole = drain(chunks)
            self.put(key, (started[0], list(started[1]), whole), key[-1])
            return [whole]

        return serve
