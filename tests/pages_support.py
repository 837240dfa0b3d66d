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
    graphs = {file_graph(p): Graph().parse(p, format="turtle") for p in paths}
    store.replace_graphs(graphs)
    return list(graphs)


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


def owlrl_closure(store, graph_iri: str) -> None:
    """What OWL RL adds to one graph (creditedTo, disputedBy, transitive hierarchy ...), written beside it."""
    import owlrl
    from rdflib import Literal

    from kg.build.namespace import ontology_graph

    asserted = store.graph(graph_iri)
    closed = Graph()
    closed += ontology_graph()
    closed += asserted
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(closed)
    inferred = Graph()
    for s, p, o in closed - asserted - ontology_graph():
        if not isinstance(s, Literal):
            inferred.add((s, p, o))
    store.replace_graph(str(Minter().inferred_graph(graph_iri)), inferred)


@pytest.fixture
def story_store():
    """An in-memory store holding the two-article story fixture."""
    store = OxigraphStore(None)
    load_files(store, STORY)
    yield store
    store.close()
