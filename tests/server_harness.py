"""A real quotegraph HTTP server on 127.0.0.1 (random port) for the server tests."""

from __future__ import annotations

import http.client
import threading
from contextlib import contextmanager
from urllib.parse import urlsplit

from waitress import create_server

from server import create_app

TOKEN = "test-write-token"


@contextmanager
def running_server(**config):
    """Yield (base URL, app) of a server over a throw-away store; stop it afterwards."""
    settings = {"memory": True, "query_workers": 2}
    settings.update(config)
    app = create_app(settings)
    server = create_server(app, host="127.0.0.1", port=0, threads=4)
    stopping = threading.Event()

    def serve():
        try:
            server.run()
        except (OSError, ValueError):
            if not stopping.is_set():
                raise

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.effective_port}", app
    finally:
        stopping.set()
        server.close()
        server.task_dispatcher.shutdown()
        thread.join(5)
        app.extensions["quotegraph"].close()


def raw_request(base: str, method: str, path: str, body: bytes | None = None,
                headers: dict | None = None, timeout: float = 30):
    """Send exactly these bytes and headers (no client-side defaults beyond Host/length)."""
    parts = urlsplit(base)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
    try:
        conn.putrequest(method, path, skip_accept_encoding=True)
        for name, value in (headers or {}).items():
            conn.putheader(name, value)
        if body is not None or method in ("POST", "PUT"):
            conn.putheader("Content-Length", str(len(body or b"")))
        conn.endheaders(body)
        response = conn.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        conn.close()
