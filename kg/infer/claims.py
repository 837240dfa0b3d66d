"""One claim, many reports: which statements say the same thing, and where each claim stands.

Two statements are reports of one claim when they share a claim key and their words nearly
match (token Jaccard >= ``THRESHOLD``). Each statement publishes, for each party credited
with it (and each ``n:`` match key of a named one: "Matze" and "John Matze" share one,
whichever articles the party map joins), MinHash bands of its tokens as ``qg:claimKey`` literals:
near-identical texts from one party share a key with high probability, so candidates are
found by index, not by scanning, and a key shared means a party (or a name) shared. Scoping
keys by party keeps a load's candidates to that party's similar statements, not every
similar text in a growing store.

A claim is a connected component of that relation: its reports, however many articles
they come from. Its IRI is minted from the smallest statement digest among its reports
(``cluster_id``), a function of the member set alone, so load order never changes it.

A claim is Disputed when any statement disputes it, Confirmed when some confirm it and none
dispute it, else Unchallenged.
"""

from __future__ import annotations

import base64
import hashlib
import re
import struct
from collections.abc import Hashable, Iterable, Mapping
from functools import lru_cache

import pyoxigraph as ox
from rdflib import URIRef

from kg.build.iris import digest
from kg.build.namespace import QG

THRESHOLD = 0.6
MIN_TOKENS = 3
_BANDS, _ROWS = 8, 2
_KEY_BYTES = 11  # 15 characters of unpadded base64: the longest string Oxigraph stores inline
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def tokens(text: str) -> frozenset[str]:
    return frozenset(_WORD.findall(text.lower().replace("\u2019", "'")))


def jaccard(a: frozenset, b: frozenset) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def similar(a: frozenset, b: frozenset) -> bool:
    return min(len(a), len(b)) >= MIN_TOKENS and jaccard(a, b) >= THRESHOLD


@lru_cache(maxsize=1 << 16)
def _hashes(token: str) -> tuple[int, ...]:
    raw = hashlib.shake_128(token.encode("utf-8")).digest(8 * _BANDS * _ROWS)
    return struct.unpack(f"<{_BANDS * _ROWS}Q", raw)


def claim_keys(words: frozenset[str], party: URIRef) -> set[str]:
    """MinHash bands for one party: texts with Jaccard 0.6 share one with probability ~0.97.

    Each key is one 88-bit hash of (party, band, the band's minima), written in 15 characters:
    Oxigraph keeps a string of up to 15 bytes inside the quad itself, so a key costs the store no string
    table entry (a lookup and a write per key before, when keys were 40 characters spelling out their
    parts). Keys are compared whole, never taken apart, so the parts need not be readable.
    """
    if len(words) < MIN_TOKENS:
        return set()
    minima = [min(column) for column in zip(*(_hashes(w) for w in words))]
    scope = digest(party).encode("ascii")
    return {
        base64.urlsafe_b64encode(
            hashlib.blake2b(
                scope + struct.pack(f"<B{_ROWS}Q", band, *minima[band * _ROWS : (band + 1) * _ROWS]),
                digest_size=_KEY_BYTES,
            ).digest()
        )
        .decode("ascii")
        .rstrip("=")
        for band in range(_BANDS)
    }


def statement_keys(text: str, parties: Iterable[URIRef]) -> frozenset[str]:
    words = tokens(text)
    return frozenset(key for party in parties for key in claim_keys(words, party))


def key_triples(keys: Mapping[URIRef, frozenset[str]]) -> list[ox.Triple]:
    """``qg:claimKey`` triples of statements given as ``{statement: keys}``, made as pyoxigraph terms: they are
    about half of an article's inferred graph and no rule reads them, and making each an rdflib literal first,
    then converting it, cost a fifth of deriving that graph in a load's worker (116 PolNeAR texts)."""
    predicate = ox.NamedNode(str(QG.claimKey))
    out = []
    for statement, found in keys.items():
        subject = ox.NamedNode(str(statement))
        out += [ox.Triple(subject, predicate, ox.Literal(key)) for key in found]
    return out


def same_claim(a: tuple[frozenset, frozenset], b: tuple[frozenset, frozenset]) -> bool:
    """Whether two reports, each (tokens, claim keys), are one claim."""
    return bool(a[1] & b[1]) and similar(a[0], b[0])


def statement_id(statement) -> str:
    """The digest a claim's IRI is minted from: the smallest among its reports names it."""
    return digest(statement)


class Components:
    """Union-find over reports and already-stored claims (a claim joins as one node)."""

    def __init__(self) -> None:
        self.parent: dict[Hashable, Hashable] = {}

    def find(self, node: Hashable) -> Hashable:
        parent = self.parent.setdefault(node, node)
        if parent != node:
            parent = self.parent[node] = self.find(parent)
        return parent

    def union(self, a: Hashable, b: Hashable) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[ra] = rb

    def groups(self) -> list[set]:
        found: dict[Hashable, set] = {}
        for node in list(self.parent):
            found.setdefault(self.find(node), set()).add(node)
        return list(found.values())


def link_similar(components: Components, reports: Mapping[URIRef, tuple[frozenset, frozenset]]) -> None:
    """Join every two ``reports`` (each (tokens, keys)) that are one claim; pairs are found per key."""
    by_key: dict[str, list[URIRef]] = {}
    for statement, (_, keys) in reports.items():
        components.find(statement)
        for key in keys:
            by_key.setdefault(key, []).append(statement)
    for bucket in by_key.values():
        for i, a in enumerate(bucket):
            for b in bucket[i + 1 :]:
                if components.find(a) != components.find(b) and same_claim(reports[a], reports[b]):
                    components.union(a, b)


def status(disputed: bool, confirmed: bool) -> URIRef:
    if disputed:
        return QG.Disputed
    return QG.Confirmed if confirmed else QG.Unchallenged
