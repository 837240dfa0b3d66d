"""Helpers shared by the page, search, export and browser tests (not a test module)."""

from __future__ import annotations

import threading
from contextlib import contextmanager
from pathlib import Path

import pytest
from rdflib import Graph

from kg.build.iris import Minter
from kg.store import OxigraphStore
from server import create_app

FIXTURES = Path(__file__).parent / "fixtures" / "pages"
STORY = FIXTURES / "story.ttl"
HOSTILE = FIXTURES / "hostile.ttl"
BASE = "https://quotegraph.org/id/"
SOURCE = BASE + "source/a1b2c3d4e5f60718"
OTHER_SOURCE = BASE + "source/f0e1d2c3b4a59687"
ANIMUS = BASE + "statement/a1b2c3d4e5f60718/animus"
NO_MERIT = BASE + "statement/a1b2c3d4e5f60718/no-merit"


def file_graph(path: Path) -> str:
    return str(Minter().file_graph(str(path.resolve())))


def load_files(store, *paths: Path) -> list[str]:
    """Load fixtures through the one write path (validate, infer, replace), as `kg load` does."""
    from kg.load.loader import load_rdf_files

    results = load_rdf_files(store, [str(p) for p in paths])
    assert all(r.status == "loaded" for r in results), [r.message for r in results]
    return [str(r.graph) for r in results]


def write(store, iri: str, graph: Graph) -> None:
    """A graph built in a test, written with what inference derives from it, as a load writes it."""
    from kg.infer.planner import with_inference

    store.replace_graphs(with_inference(store, {iri: graph}))


@contextmanager
def app_with(*paths: Path, **config):
    app = create_app({"memory": True, **config})
    try:
        load_files(app.extensions["quotegraph"].store, *paths)
        yield app
    finally:
        app.extensions["quotegraph"].close()


@contextmanager
def live_server(app):
    """The app at 127.0.0.1 on a free port, in a thread of this process (the browser tests
    look at pages, not at the HTTP server, so Werkzeug's threaded server does)."""
    from werkzeug.serving import make_server

    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture
def story_store():
    """An in-memory store holding the two-article story fixture."""
    store = OxigraphStore(None)
    load_files(store, STORY)
    yield store
    store.close()
