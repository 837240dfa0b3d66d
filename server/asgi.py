"""The app as ``kg serve`` runs it: an ASGI front on the Flask (WSGI) app.

A WSGI server calls the app as soon as a request's headers are in, and the app's thread
then blocks reading the body: a few clients that send headers and stall would hold every
thread and the server would stop answering (granian's WSGI mode does exactly that). Here
the body is read in the event loop first, within the size limit (413) and a time limit
(408), and only a complete request takes one of the threads that run Flask. A repeated
read of /sparql is answered from the response cache in the loop, without a thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import sys
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import unquote_to_bytes

from flask import Flask

from .errors import error_response, secure
from .response_cache import KEY, drain

BODY_TIMEOUT = 30.0  # seconds a client may take to send its request body
_BODILESS = ("GET", "HEAD", "OPTIONS")  # methods whose body need not be awaited unless announced


class _Refused(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


class AsgiFront:
    """ASGI callable serving ``app`` with ``threads`` threads for the Flask side."""

    def __init__(self, app: Flask, threads: int, body_timeout: float = BODY_TIMEOUT):
        self.app = app
        self.state = app.extensions["quotegraph"]
        self.max_body = app.config["QUOTEGRAPH"]["max_body"]
        self.body_timeout = body_timeout
        self.pool = ThreadPoolExecutor(threads, thread_name_prefix="quotegraph-request")

    async def __call__(self, scope: dict, receive, send) -> None:
        if scope["type"] != "http":
            return
        environ = _environ(scope)
        try:
            body = await self._body(environ, receive)
        except _Refused as refusal:
            with self.app.request_context(environ):
                response = secure(error_response(refusal.status, str(refusal)))
            response.headers["Connection"] = "close"
            with contextlib.suppress(Exception):
                await _send(send, response.status, response.headers.to_wsgi_list(), response.get_data())
            return
        environ["wsgi.input"] = io.BytesIO(body)
        chunked = environ.pop("HTTP_TRANSFER_ENCODING", None)  # the body is whole now
        if body or chunked or "CONTENT_LENGTH" in environ:
            environ["CONTENT_LENGTH"] = str(len(body))
        cache = self.state.cache
        if cache is not None:
            key = environ[KEY] = cache.request_key(environ)
            answer = cache.get(key) if key is not None else None
            if answer is not None:
                await _send(send, answer[0], answer[1], answer[2])
                return
        status, headers, payload = await asyncio.get_running_loop().run_in_executor(self.pool, self._call_app, environ)
        await _send(send, status, headers, payload)

    async def _body(self, environ: dict, receive) -> bytes:
        """The whole request body, or _Refused."""
        declared = environ.get("CONTENT_LENGTH")
        if environ["REQUEST_METHOD"] in _BODILESS and not declared and "HTTP_TRANSFER_ENCODING" not in environ:
            return b""
        if declared and declared.isdigit() and int(declared) > self.max_body:
            raise _Refused(413, f"request body over the {self.max_body}-byte limit")
        chunks, size = [], 0
        try:
            async with asyncio.timeout(self.body_timeout):
                while True:
                    message = await receive()
                    if message["type"] == "http.disconnect":
                        # Also what granian says of a malformed body (a chunk size that is not hex):
                        # answer it, which is harmless when the client has really gone.
                        raise _Refused(400, "the request body ended early or is malformed (chunked encoding?)")
                    chunk = message.get("body", b"")
                    size += len(chunk)
                    if size > self.max_body:
                        raise _Refused(413, f"request body over the {self.max_body}-byte limit")
                    chunks.append(chunk)
                    if not message.get("more_body"):
                        return b"".join(chunks)
        except TimeoutError:
            raise _Refused(408, f"request body not received within {self.body_timeout:g} s") from None

    def _call_app(self, environ: dict) -> tuple[str, list, bytes]:
        started: list = []

        def start_response(status, headers, exc_info=None):
            started[:] = [status, headers]

        payload = drain(self.app(environ, start_response))
        return started[0], started[1], payload

    def close(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)


def _environ(scope: dict) -> dict:
    """The WSGI environ (PEP 3333) of an ASGI HTTP request, without its body."""
    root = scope.get("root_path", "")
    raw = scope.get("raw_path")
    path = unquote_to_bytes(raw).decode("latin-1") if raw else scope["path"].encode("utf-8").decode("latin-1")
    if root and path.startswith(root):
        path = path[len(root) :]
    server = scope.get("server") or ("127.0.0.1", 80)
    environ = {
        "REQUEST_METHOD": scope["method"],
        "SCRIPT_NAME": root.encode("utf-8").decode("latin-1"),
        "PATH_INFO": path,
        "QUERY_STRING": scope.get("query_string", b"").decode("latin-1"),
        "SERVER_NAME": str(server[0]),
        "SERVER_PORT": str(server[1]),
        "SERVER_PROTOCOL": f"HTTP/{scope.get('http_version', '1.1')}",
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": scope.get("scheme", "http"),
        "wsgi.input": io.BytesIO(b""),
        "wsgi.errors": sys.stderr,
        "wsgi.multithread": True,
        "wsgi.multiprocess": False,
        "wsgi.run_once": False,
    }
    if scope.get("client"):
        environ["REMOTE_ADDR"], environ["REMOTE_PORT"] = str(scope["client"][0]), str(scope["client"][1])
    for name, value in scope.get("headers", ()):
        name = name.decode("latin-1").upper().replace("-", "_")
        value = value.decode("latin-1")
        key = name if name in ("CONTENT_TYPE", "CONTENT_LENGTH") else f"HTTP_{name}"
        environ[key] = f"{environ[key]},{value}" if key in environ else value
    return environ


async def _send(send, status: str | int, headers: list, payload: bytes) -> None:
    code = int(str(status).split(" ", 1)[0])
    await send(
        {
            "type": "http.response.start",
            "status": code,
            "headers": [(k.encode("latin-1"), v.encode("latin-1")) for k, v in headers],
        }
    )
    await send({"type": "http.response.body", "body": payload})
