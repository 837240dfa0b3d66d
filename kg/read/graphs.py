"""What each named graph in the store is: its kind, what it was loaded from and when, its size.

Every graph a load writes describes itself (``qg:LoadedGraph``/``qg:ArticleGraph`` with
``qg:loadedFrom`` and ``prov:generatedAtTime``; ``qg:InferredGraph`` with ``qg:inferredFrom``),
so ``kg graphs`` and ``kg unload PATH`` read it here rather than guess from IRIs.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kg.build.prefixes import PREFIXES
from kg.infer import stale
from kg.paths import ONTOLOGY_DIR
from kg.read.base import rows

QG = PREFIXES["qg"]


@dataclass
class GraphInfo:
    iri: str
    triples: int
    kind: str
    """article, file, ontology, parties, names, claims, inferred, or other (written without a load)."""
    loaded_from: str | None = None
    loaded_at: str | None = None
    title: str | None = None
    origin: str | None = None
    """For an inferred graph, the loaded graph it was inferred from (when there is one)."""
    inferred: int = 0
    """Triples of the inferred graphs that come from this one alone (shown folded into it)."""

    @property
    def what(self) -> str:
        """The article title, file path or URL a person knows the graph by."""
        if self.title and self.loaded_from:
            return f"{self.title} ({self.loaded_from})"
        return self.title or self.loaded_from or ""


def catalogue(store, minter) -> list[GraphInfo]:
    """Every non-empty named graph, described: what was loaded in load order, then the store's own graphs."""
    special = {
        str(minter.ontology_graph): "ontology",
        str(minter.parties_graph): "parties",
        str(minter.names_graph): "names",
        str(minter.claims_graph): "claims",
        str(minter.party_map_graph): "party map",
        str(minter.keys_graph): "keys",
        str(minter.party_facts_graph): "party facts",
        stale.state_graph(minter.base): "inference state",
        stale.rules_graph(minter.base): "inference state",
        str(minter.file_graph(str((ONTOLOGY_DIR / "parties.ttl").resolve()))): "parties",
    }
    found = {iri: GraphInfo(iri, n, special.get(iri, "other")) for iri, n in store.graphs()}
    for row in rows(store, "graph-catalogue"):
        info = found.get(row["g"])
        if info is None:
            continue
        if info.kind == "other":
            info.kind = _KINDS.get(row["type"], "other")
        info.loaded_from = info.loaded_from or row["from"]
        info.loaded_at = info.loaded_at or row["at"]
        info.title = info.title or row["title"]
        if row["origin"] and (info.origin is None or info.origin == row["origin"]):
            info.origin = row["origin"]
        elif row["origin"]:
            info.origin = ""
    return sorted(found.values(), key=lambda g: (g.kind in _STORE_KINDS, g.loaded_at or "", g.what, g.iri))


def folded(graphs: list[GraphInfo]) -> list[GraphInfo]:
    """The graphs a person loaded (and the store's own), each inferred graph that comes from one of
    them counted into it instead of listed."""
    by_iri = {g.iri: g for g in graphs}
    shown = []
    for graph in graphs:
        owner = by_iri.get(graph.origin or "")
        if graph.kind == "inferred" and owner is not None and owner.kind != "inferred":
            owner.inferred += graph.triples
        else:
            shown.append(graph)
    return shown


def matching(graphs: list[GraphInfo], name: str) -> list[GraphInfo]:
    """The graphs ``name`` means: a graph IRI, or the path or URL a graph was loaded from."""
    exact = [g for g in graphs if g.iri == name]
    if exact:
        return exact
    wanted = {name}
    if "://" not in name:
        wanted.add(str(Path(name).expanduser().resolve()))
    return [g for g in graphs if g.loaded_from in wanted and g.kind != "inferred"]


_STORE_KINDS = (
    "ontology",
    "parties",
    "names",
    "claims",
    "party map",
    "party facts",
    "keys",
    "inference state",
    "inferred",
    "other",
)
_KINDS = {
    QG + "ArticleGraph": "article",
    QG + "LoadedGraph": "file",
    QG + "InferredGraph": "inferred",
}
