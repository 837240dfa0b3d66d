"""One claim, many reports: which statements say the same thing, and where each claim stands.

Two statements are the same claim when a party answers for both (their ``qg:creditedTo``
sets meet) and their words nearly match (token Jaccard >= ``THRESHOLD``). Candidates are
found by index, not by scanning: each statement publishes, for each party credited with it,
MinHash bands of its tokens as ``qg:claimKey`` literals; near-identical texts from one party
share a key with high probability. Scoping keys by party keeps a load's candidates to that
party's similar statements, not every similar text in a store that keeps growing.

A statement's status is Disputed when any statement disputes it, Confirmed when some
confirm it and none dispute it, else Unchallenged. Disputes and confirmations spread over a
claim's reports: disputing one report disputes the claim. A denial that names a party
("AWS denied Parler's accusations") disputes that party's claims about the denier made in
the ``WINDOW_DAYS`` before it, found through party-and-week keys.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import struct

from rdflib import Literal, URIRef

from kg.build.iris import digest
from kg.build.namespace import QG

THRESHOLD = 0.6
WINDOW_DAYS = 14
MIN_TOKENS = 3
_BANDS, _ROWS = 8, 2
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def tokens(text: str) -> frozenset[str]:
    return frozenset(_WORD.findall(text.lower().replace("\u2019", "'")))


def jaccard(a: frozenset, b: frozenset) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def similar(a: frozenset, b: frozenset) -> bool:
    return min(len(a), len(b)) >= MIN_TOKENS and jaccard(a, b) >= THRESHOLD


def _hashes(token: str) -> tuple[int, ...]:
    raw = hashlib.shake_128(token.encode("utf-8")).digest(8 * _BANDS * _ROWS)
    return struct.unpack(f"<{_BANDS * _ROWS}Q", raw)


def claim_keys(words: frozenset[str], party: URIRef) -> set[str]:
    """MinHash bands for one party: texts with Jaccard 0.6 share one with probability ~0.97."""
    if len(words) < MIN_TOKENS:
        return set()
    minima = [min(column) for column in zip(*(_hashes(w) for w in words))]
    scope = digest(party)
    return {
        f"same:{scope}:{band}:"
        + hashlib.blake2b(
            struct.pack(f"<{_ROWS}Q", *minima[band * _ROWS : (band + 1) * _ROWS]), digest_size=8
        ).hexdigest()
        for band in range(_BANDS)
    }


def key_triples(contents: dict[URIRef, tuple[str, frozenset]]) -> set:
    """Claim keys of statements given as ``{statement: (text, credited parties)}``."""
    return {
        (statement, QG.claimKey, Literal(key))
        for statement, (text, parties) in contents.items()
        for party in parties
        for key in claim_keys(tokens(text), party)
    }


def same_claim_links(
    own: dict[URIRef, tuple[frozenset, frozenset]], others: dict[URIRef, tuple[frozenset, frozenset]]
) -> set[tuple[URIRef, URIRef]]:
    """Pairs (own, other) that are one claim. Values are (tokens, creditedTo parties)."""
    pool = {**others, **own}
    links = set()
    for s, (words, parties) in own.items():
        for t, (other_words, other_parties) in pool.items():
            if s != t and parties & other_parties and similar(words, other_words):
                links.add((s, t))
    return links


def spread(triples: set[tuple]) -> set[tuple]:
    """Disputes and confirmations of one report reach every report of the same claim."""
    by_predicate: dict = {}
    for s, p, o in triples:
        by_predicate.setdefault(p, []).append((s, o))
    same: dict = {}
    for s, o in by_predicate.get(QG.sameClaimAs, ()):
        same.setdefault(s, set()).add(o)
    out: set[tuple] = set()
    for predicate in (QG.disputes, QG.confirms):
        for s, o in by_predicate.get(predicate, ()):
            out.update((s, predicate, other) for other in same.get(o, ()) if other != s)
    return out


def _day(value) -> dt.date | None:
    day = value.toPython() if isinstance(value, Literal) else value
    return day if isinstance(day, dt.date) else None


def party_key(kind: str, party: URIRef, on) -> str:
    """A bucket of one party's claims (or of denials naming it) in one ISO week."""
    day = _day(on)
    if day is None:
        return f"{kind}:{digest(party)}:undated"
    year, week, _ = day.isocalendar()
    return f"{kind}:{digest(party)}:{year}-W{week:02d}"


def window_keys(kind: str, party: URIRef, on, *, back: bool) -> set[str]:
    """Buckets covering the window before (``back``) or after a day."""
    day = _day(on)
    if day is None:
        return set()
    sign = -1 if back else 1
    return {party_key(kind, party, day + dt.timedelta(days=sign * n)) for n in range(0, WINDOW_DAYS + 1, 7)} | {
        party_key(kind, party, day + dt.timedelta(days=sign * WINDOW_DAYS))
    }


def within_window(claimed, denied: set) -> bool:
    """The claim was made in the ``WINDOW_DAYS`` up to one of the denial's dates."""
    day = _day(claimed)
    return day is not None and any(
        (d := _day(x)) is not None and dt.timedelta(0) <= d - day <= dt.timedelta(days=WINDOW_DAYS) for x in denied
    )


def status(disputed: bool, confirmed: bool) -> URIRef:
    if disputed:
        return QG.Disputed
    return QG.Confirmed if confirmed else QG.Unchallenged
