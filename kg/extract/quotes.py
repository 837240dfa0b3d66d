"""Find quoted passages by their marks, across every quoting convention news uses.

A quote is found on the raw text, before parsing, because a quotation often spans
several sentences or paragraphs: by news convention a paragraph that opens a quote and
does not close it continues into the next paragraph that opens with a quote mark.
Unbalanced marks never lose the document: an unclosed quote ends with its paragraph.
Single quotes are only quotes at word boundaries, so apostrophes (don't, Parler's,
'90s) are left alone. A straight double mark set off from a single one by a space still opens or
closes a quotation: typewriter style spaces nested marks apart (the word 'outreach,' ").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.extract.chunks import paragraph_spans

if TYPE_CHECKING:
    from spacy.tokens import Token

# A curly quotation closed by a straight mark is one quotation (web copy mixes them); a straight one may hold a
# curly one ("as “The Journal” wrote"), so only a straight mark closes it.
OPENERS = {"“": '”"', "„": "“”", "‟": "”", "«": "»", "‹": "›", "「": "」", "『": "』", '"': '"'}
CLOSERS = {"”", "»", "›", "」", "』", '"'}
SINGLE_OPEN = {"‘", "'", "‚"}
SINGLE_CLOSE = {"’", "'", "‘"}
ALL_MARKS = set(OPENERS) | CLOSERS | SINGLE_OPEN | SINGLE_CLOSE | {"`"}
# Typewriter-era doubled marks (''like this'' or ``this''), scanned as one double quote.
_PAIRED_APOSTROPHES = re.compile(r"''|``")


@dataclass(frozen=True)
class Quote:
    """The words between the marks (start, end) and the marks' own outer bounds."""

    start: int
    end: int
    outer_start: int
    outer_end: int
    closed: bool


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _can_open(text: str, i: int, lo: int, hi: int) -> bool:
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    nested = after == " " and text[i + 2 : i + 3] in SINGLE_OPEN and i + 2 < hi
    return not _is_word(before) and (not after.isspace() or nested) and before not in ".,;:!?"


def _can_close(text: str, i: int, lo: int, hi: int) -> bool:
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    nested = before == " " and i - 2 >= lo and text[i - 2] in SINGLE_CLOSE
    return (not before.isspace() or nested) and not _is_word(after)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _double_quotes(
    text: str, lo: int, hi: int, open_at: int | None = None, closers: str = ""
) -> tuple[list[tuple[int, int, bool]], int | None, str]:
    """Closed (open, close) mark pairs in one paragraph, plus the opener left unclosed.

    ``open_at`` carries a quote continued from an earlier paragraph.
    """
    found: list[tuple[int, int, bool]] = []
    for i in range(lo, hi):
        ch = text[i]
        if open_at is None:
            if ch in OPENERS and (ch != '"' or _can_open(text, i, lo, hi)):
                open_at, closers = i, OPENERS[ch]
        elif ch in closers and (ch != '"' or _can_close(text, i, lo, hi) or i + 1 == hi):
            found.append((open_at, i, True))
            open_at = None
    return found, open_at, closers


def _single_quotes(text: str, lo: int, hi: int) -> list[tuple[int, int, bool]]:
    found: list[tuple[int, int, bool]] = []
    open_at: int | None = None
    for i in range(lo, hi):
        ch = text[i]
        if open_at is None:
            if ch in SINGLE_OPEN and _can_open(text, i, lo, hi):
                open_at = i
        elif ch in SINGLE_CLOSE and _can_close(text, i, lo, hi):
            inner = text[open_at + 1 : i]
            if " " in inner.strip():
                found.append((open_at, i, True))
            open_at = None
    return found


_EMBEDDED_CUE = re.compile(
    r"[,;]\s+(?:(?:[A-Z][\w.'’-]*|the|a|an)\s+){1,4}(?:said|says|added|told|asked|wrote|explained)\b"
    r"|[,;]\s+(?:said|says|added|told|asked|wrote|explained)\s+[A-Z]"
)


def _recovered_end(text: str, open_at: int, hi: int) -> int:
    """Where a never-closed quote most likely ended: before an attribution it swallowed."""
    m = _EMBEDDED_CUE.search(text, open_at, hi)
    return m.start() if m else hi


def _starts_with_opener(text: str, lo: int, hi: int, mark: str) -> bool:
    """Whether a paragraph opens with ``mark``, the opener of a quotation the paragraph before left open: by news
    convention it carries that quotation on; one opening with another style of mark (a stray straight mark left
    open, then a curly quotation) starts its own."""
    start, _ = _trimmed(text, lo, hi)
    return start < hi and text[start] == mark


def find_quotes(text: str) -> list[Quote]:
    """Every top-level quotation in ``text``, in order, with code-point offsets."""
    if not any(ch in ALL_MARKS for ch in text):
        return []
    original = text
    text = _PAIRED_APOSTROPHES.sub('"\x01', text)
    marks: list[tuple[int, int, bool]] = []
    paragraphs = paragraph_spans(text)
    carry: int | None = None
    closers = ""
    for n, (lo, hi) in enumerate(paragraphs):
        scan_from = lo
        if carry is not None:
            scan_from = _trimmed(text, lo, hi)[0] + 1
            closers = OPENERS[text[scan_from - 1]]
        pairs, unclosed, closers = _double_quotes(text, scan_from, hi, carry, closers)
        carry = None
        if unclosed is not None:
            nxt = paragraphs[n + 1] if n + 1 < len(paragraphs) else None
            if nxt is not None and _starts_with_opener(text, *nxt, text[unclosed]):
                carry = unclosed
            else:
                pairs.append((unclosed, _recovered_end(text, unclosed, hi), False))
        doubles = [(o, c) for o, c, _ in pairs]
        singles = [
            q
            for q in _single_quotes(text, scan_from, hi)
            if not any(o <= q[1] and q[0] <= c for o, c in doubles) and not (carry is not None and q[0] > carry)
        ]
        marks.extend(pairs + singles)
    quotes = []
    for open_at, close_at, closed in sorted(marks):
        start, end = _trimmed(text, open_at + 1, close_at)
        while start < end and text[start] == "\x01":
            start += 1
        while end > start and text[end - 1] in ",;:":
            end -= 1
        start, end = _trimmed(original, start, end)
        if end > start:
            quotes.append(Quote(start, end, open_at, close_at + 1 if closed else close_at, closed))
    return quotes


def quote_mark(tok: Token) -> bool:
    """Whether ``tok`` is a quotation mark, not the apostrophe of a plural possessive the tagger also marks as a
    quote ("30 days' notice", "the nurses' union")."""
    return tok.is_quote and tok.tag_ != "POS"
