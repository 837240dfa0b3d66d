"""A write that patches a stored graph instead of replacing it (an rdflib graph, so apart from the Store API)."""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import Graph


class GraphPatch(Graph):
    """A write adding its triples to a stored graph and taking out ``removed``, keeping the rest.

    For graphs one load changes a little and must not rewrite: the names graph (``kg.infer.names``)
    and other articles' status graphs (``kg.infer.planner``).
    """

    def __init__(self, removed: Iterable = ()):
        super().__init__()
        self.removed = Graph()
        for triple in removed:
            self.removed.add(triple)

    @classmethod
    def between(cls, removed: Iterable, added: Iterable) -> GraphPatch | None:
        """The patch taking out ``removed`` and adding ``added``; None when it changes nothing."""
        patch = cls(removed)
        for triple in added:
            patch.add(triple)
        return patch if len(patch) or len(patch.removed) else None
