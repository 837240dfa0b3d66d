"""An rdflib graph over a plain set of triples, for the graphs a load builds once and then only reads.

An article's graph is built triple by triple (~900 for a PolNeAR article), then validated and
reasoned over, never changed. rdflib's default store indexes every triple by context as it
is added (~10 µs a triple, a fifth of a worker's CPU beside spaCy on a real load,
bench/ingest_bench.py): here adding is a dict insert, and the subject, predicate and object
indexes are built once, when a pattern first needs them. Everything else (namespaces,
serializers, pyshacl) is rdflib's own, through the store interface.
"""

from __future__ import annotations

from collections.abc import Generator, Iterable, Iterator
from typing import Any

from rdflib import Graph
from rdflib.plugins.stores.memory import SimpleMemory

Triple = tuple[Any, Any, Any]


class TripleSet(SimpleMemory):
    """A context-free rdflib store holding its triples in one insertion-ordered dict.

    The namespace bindings are ``SimpleMemory``'s; triples never go to its indexes.
    """

    def __init__(self, triples: Iterable[Triple] = ()):
        super().__init__()
        self._triples: dict[Triple, None] = dict.fromkeys(triples)
        self._index: dict[int, dict[Any, list[Triple]]] | None = None

    def add(self, triple, context=None, quoted=False) -> None:
        if triple not in self._triples:
            self._triples[triple] = None
            self._index = None

    def addN(self, quads) -> None:
        for s, p, o, _ in quads:
            self.add((s, p, o))

    def remove(self, triple_pattern, context=None) -> None:
        for triple in self._matching(triple_pattern):
            del self._triples[triple]
        self._index = None

    def triples(self, triple_pattern, context=None) -> Iterator:
        for triple in self._matching(triple_pattern):
            yield triple, iter(())

    def __len__(self, context=None) -> int:
        return len(self._triples)

    def contexts(self, triple=None) -> Generator[Graph, None, None]:
        yield from ()

    def _matching(self, pattern) -> list[Triple]:
        """The triples matching ``pattern`` (None: any term), as a list: callers may change the set as they go."""
        bound = [(position, term) for position, term in enumerate(pattern) if term is not None]
        if not bound:
            return list(self._triples)
        if len(bound) == 3:
            return [tuple(pattern)] if tuple(pattern) in self._triples else []
        index = self._indexes()
        candidates = min((index[position].get(term, []) for position, term in bound), key=len)
        return [t for t in candidates if all(t[position] == term for position, term in bound)]

    def _indexes(self) -> dict[int, dict[Any, list[Triple]]]:
        if self._index is None:
            self._index = {0: {}, 1: {}, 2: {}}
            for triple in self._triples:
                for position in range(3):
                    self._index[position].setdefault(triple[position], []).append(triple)
        return self._index


def triple_set_graph() -> Graph:
    """An empty graph over a ``TripleSet``."""
    return Graph(store=TripleSet())
