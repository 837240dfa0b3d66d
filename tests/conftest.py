"""Fixtures shared across test areas: the sample story, loaded and closed under the ontology."""

from __future__ import annotations

import http.server
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from rdflib import Graph

from kg.load.loader import load_rdf_files
from kg.paths import SAMPLES_DIR
from kg.store import OxigraphStore

SAMPLE = SAMPLES_DIR / "parler-aws.ttl"
OXIGRAPH = Path(sys.executable).parent / "oxigraph"


@pytest.fixture(scope="session")
def sample_graph() -> Graph:
    return Graph().parse(SAMPLE, format="turtle")


@pytest.fixture(scope="session")
def closed_sample_store():
    """A memory store holding the ontology and the sample story with what the loader infers (read only!)."""
    store = OxigraphStore(None)
    [result] = load_rdf_files(store, [str(SAMPLE)])
    assert result.status == "loaded", result.message
    store.sample_graph_iri = result.graph
    yield store
    store.close()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def oxigraph_server(tmp_path):
    """A real `oxigraph serve` on a free port; yields its base URL."""
    if not OXIGRAPH.exists():
        pytest.skip(f"oxigraph CLI not installed at {OXIGRAPH}")
    port = free_port()
    process = subprocess.Popen(
        [str(OXIGRAPH), "serve", "--location", str(tmp_path / "oxigraph"), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                break
        except OSError:
            if process.poll() is not None:
                pytest.fail(f"oxigraph serve exited: {process.stderr.read().decode()[:500]}")
            time.sleep(0.05)
    else:
        process.kill()
        pytest.fail("oxigraph serve did not start listening within 20 s")
    yield base
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


class _Refusing(http.server.BaseHTTPRequestHandler):
    status = 401

    def do_POST(self):
        self.server.seen_auth.append(self.headers.get("Authorization"))
        self.send_response(self.status)
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        self.wfile.write(b"nope\n")

    def log_message(self, *args):
        pass


@pytest.fixture
def refusing_endpoint():
    """Start HTTP servers that answer every POST with a given status; records Authorization headers."""
    servers = []

    def start(status: int):
        handler = type("Handler", (_Refusing,), {"status": status})
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        server.seen_auth = []
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()
