"""Statements printed whole after a lead-in: the words that follow a colon, set without quotation marks.

Real copy hands a party's words over in a lead-in and then prints them as they came: "A company spokeswoman
said:" over bullets, "In a statement, the board said:" or "The full statement reads:" over paragraphs, "1." and
"2." points under "It read, in part:", a release pasted after "said in a release:". Read as prose, those words are
nobody's (or the unnamed source of a sentence's "No manager has ever told staff ...").

A lead-in is recognised by its frame, never by its words: a cue with a speaker but nothing said, closing its
paragraph with a colon (``Reading.bare``; where it was said may come between, "said in a release:"), a document's
own lead-in ("The statement reads:", "Its response, in full:", "It said:") or a sentence saying the document is
printed below ("issued a statement, which we publish in full below."), whose owner is whoever that paragraph last
had speaking or first named. What follows is the owner's as long as it reads as printed: bullets or numbered points
(all of one list), or paragraphs in the owner's voice. It ends at a paragraph in quotation marks (the rules read
those), a heading (a short line with no full stop), a signature, the next lead-in, or a paragraph where the reporter
reports again ("Responding to the statement, Ms Tebbit said ..."). The first paragraph may speak of its owner in
the third person; after it, a paragraph must be in the first person or, in a document ("The statement reads:",
"said in a release:"), name its owner ("The company expects ..."), so the reporter's "Shares fell 4%" stays out. Each sentence becomes
a statement of the owner with the lead-in's cue, chained by ``continues`` (``kg.extract.voiced.read_words``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.blocks import BULLET, HEADING, lines_of, owner_before, signature
from kg.extract.model import Cue, Span
from kg.extract.reading import Reading
from kg.extract.turns import FIRST_PERSON_WORD, REPORTED, spoken
from kg.extract.voiced import read_words

# "The full statement reads:", "Its response, in full:", "It read, in part:", "The release went on:".
_DOCUMENT_LEAD = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:(?:The|Its|Their|His|Her|That|This)[ \t]+(?:full[ \t]+|complete[ \t]+|written[ \t]+)?"
    r"(?:statement|letter|release|press[ \t]+release|response|reply|email|e-mail|post|memo|notice)|It)"
    r"(?:,?[ \t]+in[ \t]+(?:full|part))?,?(?:[ \t]+(?:reads|read|said|says|states|stated|continued|continues|went"
    r"[ \t]+on|goes[ \t]+on))?(?:,?[ \t]+in[ \t]+(?:full|part))?[ \t]*:[ \t]*$"
)
# A sentence closing its paragraph that says a document is printed after it: "issued a statement ..., which we
# publish in full below.", "Read the statement in full below.", "Its full response is below." (never "we link to
# its story below").
_BELOW = re.compile(
    r"\b(?:statement|letter|response|reply|release|memo|email|text)\b[^.!?\n]{0,80}\bbelow[ \t]*[.:]?[ \t]*$", re.I
)
# What may stand between a bare cue and its colon: where it was said ("said in a release:", "said on Facebook:").
_WHERE = re.compile(r"(?:,?[ \t]+(?:in|on|via|through)[ \t]+[^.!?:\n]{1,60})?[ \t]*:")
_QUOTE_MARKS = "\"“”‘'«"
_NEGATED = re.compile(r"(?:No|no|Nobody|nobody|No one|no one|None|none|Neither|neither)\b")
_MOST = 8  # paragraphs one lead-in may hand over


@dataclass(frozen=True)
class Printed:
    """Words handed to ``owner`` by a lead-in, as runs of text, with the lead-in's mention and verb."""

    owner: str
    runs: tuple[tuple[int, int], ...]
    mention: Span | None
    cue: Cue | None


def _heading(text: str, lo: int, hi: int) -> bool:
    """A section's heading: one short line with no full stop ("Right of reply", "The company's response")."""
    line = text[lo:hi].strip()
    return "\n" not in line and len(line.split()) <= 10 and line[-1:] not in ".!?:\"”'’)" and line[:1].isupper()


def _body(
    text: str, paragraphs: list[tuple[int, int]], n: int, document: bool, named: frozenset[int] = frozenset()
) -> tuple[tuple[int, int], ...]:
    """The runs that go on from paragraph ``n``: one list of bullets, or paragraphs read as printed; after the
    first, a paragraph goes on in the owner's voice (the first person) or, in a document, names its owner
    (``named``: where the article mentions the owner)."""
    runs: list[tuple[int, int]] = []
    listed = False
    for k, (lo, hi) in enumerate(paragraphs[n : n + _MOST]):
        rows = lines_of(text, lo, hi)
        marks = [BULLET.match(text, a, b) for a, b in rows]
        if rows and all(marks):
            if runs and not listed:
                break
            listed = True
            runs += [(m.end(), e) for m, (_, e) in zip(marks, rows, strict=True) if m is not None]
            continue
        words = text[lo:hi].strip()
        if (
            listed
            or not words
            or words[0] in _QUOTE_MARKS
            or words.endswith(":")
            or _heading(text, lo, hi)
            or HEADING.fullmatch(text, lo, hi)
            or (len(rows) == 1 and signature(text, lo, hi) is not None)
            or (REPORTED.search(words) and not FIRST_PERSON_WORD.search(words[:40]))
            or (k > 0 and not spoken(words) and not (document and any(lo <= at < hi for at in named)))
        ):
            break
        runs.append((lo, hi))
    return tuple(runs)


def find_printed(reading: Reading, paragraphs: list[tuple[int, int]]) -> list[Printed]:
    """Each lead-in closing a paragraph with a colon and the words printed after it, in order."""
    text = reading.text
    found: list[Printed] = []
    for n, (lo, hi) in enumerate(paragraphs[1:-1], start=1):
        below = _BELOW.search(text, lo, hi) is not None
        if not text[lo:hi].rstrip().endswith(":") and not below:
            continue
        bare = next((b for b in reading.bare if lo <= b.start and _WHERE.fullmatch(text[b.end : hi].rstrip())), None)
        if bare is not None and bare.found.speaker:
            owner, mention, cue, document = bare.found.speaker, bare.found.mention, bare.found.cue, False
        elif below or _DOCUMENT_LEAD.search(text, lo, hi):
            who = owner_before(reading, hi - 1)
            if who is None:
                continue
            owner, mention, cue, document = who, None, None, True
        else:
            continue
        named = frozenset(m.start for p in reading.table.parties() if p.id == owner for m in p.mentions)
        runs = _body(text, paragraphs, n + 1, document or (bare is not None and bare.found.origin is not None), named)
        if runs:
            found.append(Printed(owner, runs, mention, cue))
    return found


def read_printed(reading: Reading, paragraphs: list[tuple[int, int]], taken: set[int]) -> set[int]:
    """Each printed run's sentences as statements of its owner; ``taken``: where lines read already start
    (a transcript's turns, a writer's block). Returns where the lines read here start."""
    text = reading.text
    lines: set[int] = set()
    for printed in find_printed(reading, paragraphs):
        heads = {text.rfind("\n", 0, start) + 1 for start, _ in printed.runs}
        if heads & taken:
            continue
        lines |= heads
        for start, end in printed.runs:
            reading.found = [  # "No manager has ever told staff to ...": a denial of the owner's, not a speech
                f
                for f in reading.found
                if f.mention is None
                or not _NEGATED.match(f.mention.text)
                or not (start <= f.start < end or start <= f.mention.start < end)
            ]
            lemma = printed.cue.lemma if printed.cue else ""
            for f in read_words(
                reading, start, end, printed.owner, printed.mention, lemma
            ):  # the lead-in's verb is each sentence's cue; a quotation inside mixes
                f.cue = printed.cue
                if f.quote == "indirect" and any(start <= q.start < f.end and q.end > f.start for q in reading.quotes):
                    f.quote = "mixed"
    return lines
