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
from collections.abc import Callable, Iterable
from typing import Any

from .lru import MISSING, Lru

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


def _answer_size(key: Any, answer: Any) -> int:
    return len(answer[2]) + len(key[1]) + len(key[3]) + 256


class ResponseCache:
    """Answers of the current generation, least recently used out first, bounded in bytes."""

    def __init__(self, max_bytes: int):
        self.max_bytes = max_bytes
        self._answers = Lru(max_bytes, _answer_size)
        self.generation: object = None

    @property
    def hits(self) -> int:
        return self._answers.hits

    def get(self, key: tuple) -> tuple[str, list, bytes] | None:
        answer = self._answers.get(key)
        return None if answer is MISSING else answer

    def put(self, key: tuple, answer: tuple[str, list, bytes]) -> None:
        """Keep ``answer`` if the generation it was computed in (the key's last part) is current."""
        if self._answers.cost(key, answer) <= self.max_bytes // 8:
            self._answers.put(key, answer, when=lambda: key[-1] == self.generation)

    def new_generation(self, generation: object) -> None:
        """A write happened: every answer kept so far may be wrong.

        The generation changes first, so an answer of the old one that is being put now is
        refused, and whatever got in before is cleared.
        """
        self.generation = generation
        self._answers.clear()

    def __len__(self) -> int:
        return len(self._answers)

    def request_key(self, environ: dict) -> tuple | None:
        """What identifies a read of /sparql in this generation; None for requests never kept.

        A POST body small enough to be part of the key is read here and put back as a fresh
        stream for the app.
        """
        method = environ.get("REQUEST_METHOD")
        if environ.get("PATH_INFO") != PATH or method not in ("GET", "POST"):
            return None
        if environ.get("HTTP_AUTHORIZATION"):
            return None  # the write token lifts the row cap: its answers are neither kept nor served from here
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
        return (
            method,
            environ.get("QUERY_STRING", ""),
            environ.get("CONTENT_TYPE", ""),
            body,
            environ.get("HTTP_ACCEPT", ""),
            environ.get("HTTP_HOST", ""),
            environ.get("wsgi.url_scheme"),
            environ.get("SCRIPT_NAME", ""),
            self.generation,
        )

    def middleware(self, app: Callable) -> Callable:
        """Wrap a WSGI app.

        A server that looked the request up already (``server.asgi``) leaves its key in
        ``KEY`` so that a miss is not looked up twice.
        """

        def serve(environ: dict, start_response: Callable) -> Iterable[bytes]:
            if KEY in environ:
                key = environ[KEY]
            else:
                key = self.request_key(environ)
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
            self.put(key, (started[0], list(started[1]), whole))
            return [whole]

        return serve
