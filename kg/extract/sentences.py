"""One statement per quoted sentence: a quotation of several sentences becomes a chain.

"There is no merit to these claims. Parler hosted content that incited violence." is a
denial and an allegation: kept as one span, the denial would carry the allegation with it
(and a page would show a denial where the speaker also accused). Each sentence becomes its
own statement, the later ones ``continue`` the one before, so the quotation as a whole is
still one utterance (its chain). A quoted sentence that asks for something ("We urge the
union to return to the table") or asks a question is no claim: it is kept apart, still
following the chain's last claim, and the next sentence continues that claim. A quotation
its words alone set apart (it ends in a question) is judged sentence by sentence too: a
question at its end does not take the claims before it along.
"""

from __future__ import annotations

import bisect
import itertools
from dataclasses import replace

from kg.extract.acts import text_why
from kg.extract.kinds import kind
from kg.extract.reading import Found, Reading

_OPENING = " \t\n\r\xa0\"'“‘«„"
_CLOSING = " \t\n\r\xa0\"'”’»,;:—–-."


def sentence_pieces(reading: Reading, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences of ``text[start:end]``, cut where the parse starts a sentence after . ! ? or a paragraph."""
    text = reading.text
    cuts = []
    i = bisect.bisect_right(reading.sentence_starts, start)
    while i < len(reading.sentence_starts) and reading.sentence_starts[i] < end:
        at = reading.sentence_starts[i]
        before = text[start:at].rstrip(" \t\xa0\"'”’»“")
        if before.endswith((".", "!", "?", "\n")) or "\n" in text[at - 2 : at]:
            cuts.append(at)
        i += 1
    bounds = [start, *cuts, end]
    pieces = []
    for s, e in itertools.pairwise(bounds):
        while s < e and text[s] in _OPENING:
            s += 1
        while e > s and text[e - 1] in _CLOSING:
            e -= 1
        if e > s and any(ch.isalnum() for ch in text[s:e]):
            pieces.append((s, e))
    return pieces


def split_quotes(reading: Reading) -> None:
    """Replace each multi-sentence direct quotation in ``reading.found`` by its chain of sentences."""
    text = reading.text
    ends: dict[int, Found] = {}
    result: list[Found] = []
    for found in reading.found:
        worded = not found.why or found.why == text_why(text[found.start : found.end + 1])
        pieces = sentence_pieces(reading, found.start, found.end) if found.quote == "direct" and worded else []
        if len(pieces) < 2:
            if pieces and _directive(reading, found.start):
                found.why = "request"
            result.append(found)
            continue
        lemma = found.cue.lemma if found.cue else ""
        previous = found.continues
        pieces[-1] = (pieces[-1][0], found.end)
        for s, e in pieces:
            words = text[s:e]
            why = "request" if _directive(reading, s) else text_why(text[s : e + 1])
            piece_kind = kind(lemma, found.origin, words, None)
            if piece_kind == "claim" and found.kind == "allegation":
                piece_kind = "allegation"
            piece = replace(found, start=s, end=e, kind=piece_kind, why=why, continues=previous)
            result.append(piece)
            if not why:
                previous = piece
        ends[id(found)] = previous or found
    for found in result:
        if found.continues is not None and id(found.continues) in ends:
            found.continues = ends[id(found.continues)]
    reading.found = result


def _directive(reading: Reading, start: int) -> bool:
    """Whether the quoted sentence starting at ``start`` asks for something (its first words are a directive's)."""
    return any(at in reading.directives for at in range(start, start + 3))
