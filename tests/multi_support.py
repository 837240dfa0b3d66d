"""The three-article story of ``tests/fixtures/multi`` (WSJ, Fox, Reuters on Parler), loaded through inference.

Shared by the tests of the graphs inference keeps across articles (names, party facts), which all ask
what holds after the same loads, reloads and unloads.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from rdflib import Graph

from kg.build.iris import Minter
from kg.infer.planner import with_inference
from kg.store import OxigraphStore

FIXTURES = Path(__file__).parent / "fixtures" / "multi"
MINTER = Minter()
PARLER = MINTER.party("Parler")
MATZE = MINTER.party("Matze")


def article(name: str) -> Graph:
    return Graph().parse(FIXTURES / f"{name}.ttl", format="turtle", publicID=MINTER.base)


def load(store, name: str, graph: Graph | None = None) -> None:
    store.replace_graphs(with_inference(store, {str(MINTER.article_graph(name)): graph or article(name)}))


@contextmanager
def three_articles() -> Iterator[OxigraphStore]:
    store = OxigraphStore(None)
    try:
        for name in ("wsj", "fox", "reuters"):
            load(store, name)
        yield store
    finally:
        store.close()
