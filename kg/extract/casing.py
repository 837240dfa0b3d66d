"""Parse lines set in capitals as if they were typed in ordinary case, without moving an offset.

TV scripts, wire slugs and logbooks set whole lines in capitals, and the English model reads
"THE LAWSUIT CLAIMED AMAZON CUT PARLER OFF" as a run of proper nouns with no verb: no cue, no
statement. So spaCy parses a copy of the article in which each such line takes the case the
rest of the article gives its words ("Parler", "that"; a word seen nowhere else in lower case,
a sentence's first word capitalised). The copy has the same length, letter for letter, and the
parse is moved back onto the article's own words (``restored``), so every token, cue and span
still reads ``article[start:end]``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import cast

from spacy.tokens import Doc
from thinc.types import Ints2d

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_LINE = re.compile(r"[^\n]+")
_SENTENCE_END = (".", "!", "?", ":")
_MIN_LETTERS = 12  # "SUPER:", "OUR REPORT": a short label is no sentence to parse
_CAPS_SHARE = 0.9
_PARSED: list[int | str] = ["TAG", "POS", "MORPH", "LEMMA", "DEP", "HEAD", "ENT_IOB", "ENT_TYPE"]


def _in_capitals(line: str) -> bool:
    letters = [ch for ch in line if ch.isalpha()]
    return len(letters) >= _MIN_LETTERS and sum(ch.isupper() for ch in letters) >= _CAPS_SHARE * len(letters)


def _words(text: str, line: re.Match[str]) -> Iterator[tuple[re.Match[str], bool]]:
    """The words of a line, each with whether it opens a sentence (its capital says nothing of its case)."""
    opens = True
    for m in _WORD.finditer(text, line.start(), line.end()):
        yield m, opens
        opens = text[m.end() : line.end()].lstrip(" \"'”’)]").startswith(_SENTENCE_END)


def _usual_forms(text: str, lines: list[re.Match[str]]) -> dict[str, str]:
    """Each word's usual spelling where the article is not set in capitals: lower case if it is ever
    written so, else its commonest form ("Parler", "AWS"); a sentence's first word counts only in lower case."""
    forms = Counter(
        m.group()
        for line in lines
        if not _in_capitals(line.group())
        for m, opens in _words(text, line)
        if not opens or m.group().islower()
    )
    usual: dict[str, str] = {}
    for word, _ in forms.most_common():
        low = word.lower()
        usual[low] = low if low in forms else usual.get(low, word)
    return usual


def readable(text: str) -> str:
    """``text`` with every line set in capitals rewritten in ordinary case; the same length, so offsets hold."""
    lines = list(_LINE.finditer(text))
    capitals = [line for line in lines if _in_capitals(line.group())]
    if not capitals:
        return text
    usual = _usual_forms(text, lines)
    chars = list(text)
    for line in capitals:
        for m, opens in _words(text, line):
            low = m.group().lower()
            cased = usual.get(low, low)
            if opens and cased == low:
                cased = low[:1].upper() + low[1:]
            if len(cased) == len(low):
                chars[m.start() : m.end()] = cased
    return "".join(chars)


def restored(doc: Doc, original: str) -> Doc:
    """The parse of a recased copy set back on the article's own words: tokens, tags, lemmas, tree and
    entities as parsed, each token's text as written."""
    words = [original[t.idx : t.idx + len(t)] for t in doc]
    spaces = [bool(t.whitespace_) for t in doc]
    result = Doc(doc.vocab, words=words, spaces=spaces)
    result.from_array(_PARSED, cast(Ints2d, doc.to_array(_PARSED)))  # spaCy's stub types the array as floats
    return result
