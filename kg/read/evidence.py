"""Where a statement's words sit in its source's text: evidence offsets checked and cut into segments."""

from __future__ import annotations

import itertools
import re

from kg.read.base import iri_ref, rows, values


def selectors(store, where: str) -> list[dict]:
    """Evidence offsets (start, end, role, statement) of the statements ``where`` binds to ?s."""
    return rows(store, "selectors", where=where)


def spans(text: str, found: list[dict]) -> list[tuple[int, int, str, str]]:
    """(start, end, role, statement) for each selector that really points into the text."""
    result = []
    exacts = {(r["s"], r["role"]): r["exact"] for r in found if r["exact"]}
    positioned = set()
    for r in found:
        if r["start"] is None:
            continue
        start, end = int(r["start"]), int(r["end"])
        exact = exacts.get((r["s"], r["role"]))
        if 0 <= start <= end <= len(text) and (exact is None or text[start:end] == exact):
            result.append((start, end, r["role"], r["s"]))
            positioned.add((r["s"], r["role"]))
    for (s, role), exact in exacts.items():
        if (s, role) not in positioned and exact and exact in text:
            start = text.index(exact)
            result.append((start, start + len(exact), role, s))
    return result


def segments(text: str, found: list[tuple[int, int, str, str]], lo: int = 0, hi: int | None = None) -> list[dict]:
    """Cut text[lo:hi] at every span edge; each piece lists the roles and statements covering it."""
    hi = len(text) if hi is None else hi
    cuts = sorted({lo, hi, *(max(lo, min(hi, p)) for s in found for p in s[:2])})
    out = []
    for a, b in itertools.pairwise(cuts):
        if a == b:
            continue
        cover = [s for s in found if s[0] <= a and b <= s[1]]
        out.append(
            {"text": text[a:b], "roles": sorted({s[2] for s in cover}), "statements": sorted({s[3] for s in cover})}
        )
    return out


def source_text(store, source_iri: str | None) -> str | None:
    if not source_iri:
        return None
    found = rows(store, "source-text", this=iri_ref(source_iri))
    return found[0]["t"] if found else None


def passage(store, iri: str, context: int = 240) -> dict | None:
    """The sentences around a statement's evidence, cut into highlighted segments."""
    this = iri_ref(iri)
    src = rows(store, "reported-in", this=this)
    text = source_text(store, src[0]["src"] if src else None)
    found = selectors(store, values("?s", [iri]))
    if text is None:
        exact = next((r["exact"] for r in found if r["exact"] and r["role"] == "content"), None)
        return (
            {
                "segments": [{"text": exact, "roles": ["content"], "statements": [iri]}],
                "truncated_start": False,
                "truncated_end": False,
            }
            if exact
            else None
        )
    located = spans(text, found)
    if not located:
        return None
    lo, hi = _around(text, min(s[0] for s in located), max(s[1] for s in located), context)
    return {"segments": segments(text, located, lo, hi), "truncated_start": lo > 0, "truncated_end": hi < len(text)}


def _around(text: str, first: int, last: int, context: int) -> tuple[int, int]:
    """From the start of the sentence holding ``first`` to the end of the one holding ``last``, but no
    more than ``context`` characters either side, and never cutting a word."""
    starts = [m.end() for m in _SENTENCE_END.finditer(text, 0, first)]
    lo = max(starts[-1] if starts else 0, first - context, 0)
    if 0 < lo < first and not text[lo - 1].isspace():
        blank = re.search(r"\s", text[lo:first])
        lo = lo + blank.end() if blank else first
    end = _SENTENCE_END.search(text, last)
    hi = min(end.start() + 1 if end else len(text), last + context, len(text))
    if last < hi < len(text) and not text[hi].isspace():
        cut = max(text.rfind(" ", last, hi), text.rfind("\n", last, hi))
        hi = cut if cut > last else last
    return lo, hi


_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s+")
