"""Cut an article into pieces spaCy can parse, remembering where each piece starts.

spaCy refuses texts above ``max_length`` and its memory grows with document size, so a
long article is parsed as runs of whole paragraphs. Sentences never cross a paragraph
break in news text, so cutting there costs no attribution.
"""

import re
from collections.abc import Iterator

CHUNK_CHARS = 5_000
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_SOFT_BREAK = re.compile(r"[.!?][\"'”’»)\]]*\s+|\n")


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank paragraph; a paragraph is text between blank lines."""
    spans, pos = [], 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _split_long(text: str, start: int, end: int, limit: int) -> Iterator[tuple[int, int]]:
    """Split one over-long paragraph at sentence ends, else at whitespace, else hard."""
    while end - start > limit:
        window = text[start : start + limit]
        cut = None
        for m in _SOFT_BREAK.finditer(window, limit // 2):
            cut = m.end()
        if cut is None:
            space = window.rfind(" ", limit // 2)
            cut = space + 1 if space > 0 else limit
        yield start, start + cut
        start += cut
    if end > start:
        yield start, end


def chunk_spans(text: str, limit: int | None = None) -> list[tuple[int, int]]:
    """Consecutive paragraphs grouped into (start, end) runs of at most ``limit`` characters."""
    limit = limit or CHUNK_CHARS
    pieces: list[tuple[int, int]] = []
    for s, e in paragraph_spans(text):
        pieces.extend(_split_long(text, s, e, limit))
    chunks: list[tuple[int, int]] = []
    for s, e in pieces:
        if chunks and e - chunks[-1][0] <= limit:
            chunks[-1] = (chunks[-1][0], e)
        else:
            chunks.append((s, e))
    return chunks
