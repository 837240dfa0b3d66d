"""What a load's writer has read of the party facts and keys graphs, kept from one batch to the next.

Party identity reads, for every batch, the stored facts of each party it weighs and the stored
holders of each key it probes (``kg.infer.lookup``). Popular names bring the same parties back
batch after batch ("s:trump" is held by two dozen people at 900 PolNeAR articles), so those
reads grew with the store. The writer alone changes these two graphs while it loads, and each
write patches them through the plan, which tells this memory which subjects and keys the patch
touches (``forget``), before the write commits: what stays remembered is what the store holds,
whether the write commits or fails. It lives for one load in one process (``Reasoner.remembering``,
under the server's write lock there), starts empty with each, and every write made through a plan
meanwhile patches the graphs and so tells it; a load into a remote store that other processes write
during it could read stale identity facts, as its plans, which read and then write, already could.
"""

from __future__ import annotations

from rdflib import Graph, URIRef

from kg.store import GraphPatch


class Remembered:
    def __init__(self) -> None:
        self.facts: dict[URIRef, list[dict]] = {}  # party -> its rows (s, p, o) in the facts graph
        self.holders: dict[str, set[URIRef]] = {}  # match key -> the parties holding it in the keys graph

    def forget(self, facts: Graph | None, keys: Graph | None) -> None:
        """Drop what a write's patches of the facts graph and of the keys graph change: the subjects of the
        facts they add or remove, the keys they add or remove (everything, for a graph written whole)."""
        if not isinstance(facts, GraphPatch) and facts is not None:
            self.facts.clear()
        if not isinstance(keys, GraphPatch) and keys is not None:
            self.holders.clear()
        for s, _, _ in _changed(facts):
            self.facts.pop(s, None)
        for _, _, key in _changed(keys):
            self.holders.pop(str(key), None)


def _changed(patch: Graph | None) -> list:
    return [*patch, *patch.removed] if isinstance(patch, GraphPatch) else []
