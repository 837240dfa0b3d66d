"""Statements printed whole after a lead-in: the words that follow a colon, set without quotation marks.

Real copy hands a party's words over in a lead-in and then prints them as they came: "A company spokeswoman
said:" over bullets, "In a statement, the board said:" or "The full statement reads:" over paragraphs, "1." and
"2." points under "It read, in part:", a release pasted after "said in a release:". Read as prose, those words are
nobody's (or the unnamed source of a sentence's "No manager has ever told staff ...").

A lead-in is recognised by its frame, never by its words: a cue with a speaker but nothing said, closing its
paragraph with a colon (``Reading.bare``), or a document's own lead-in ("The statement reads:", "Its response, in
full:", "It said:"), whose owner is whoever that paragraph last had speaking. What follows is the owner's as long as
it reads as printed: bullets or numbered points (all of one list), or paragraphs in the owner's voice. It ends at a
paragraph in quotation marks (the rules read those), a heading (a short line with no full stop), a signature, the
next lead-in, or a paragraph where the reporter reports again ("Responding to the statement, Ms Tebbit said ...").
After a document's lead-in a paragraph may speak of its owner in the third person ("The trustees are aware ...");
after a person's "said:" only the first paragraph may, the rest must be in the first person. Each sentence becomes
a statement of the owner with the lead-in's cue, chained by ``continues`` (``kg.extract.turns.read_words``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.blocks import BULLET, HEADING, lines_of, owner_before, signature
from kg.extract.model import Cue, Span
from kg.extract.reading import Reading
from kg.extract.turns import FIRST_PERSON_WORD, REPORTED, drop_overruled, read_words, spoken

# "The full statement reads:", "Its response, in full:", "It read, in part:", "The release went on:".
_DOCUMENT_LEAD = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:(?:The|Its|Their|His|Her|That|This)[ \t]+(?:full[ \t]+|complete[ \t]+|written[ \t]+)?"
    r"(?:statement|letter|release|press[ \t]+release|response|reply|email|e-mail|post|memo|notice)|It)"
    r"(?:,?[ \t]+in[ \t]+(?:full|part))?,?(?:[ \t]+(?:reads|read|said|says|states|stated|continued|continues|went"
    r"[ \t]+on|goes[ \t]+on))?(?:,?[ \t]+in[ \t]+(?:full|part))?[ \t]*:[ \t]*$"
)
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


def _body(text: str, paragraphs: list[tuple[int, int]], n: int, document: bool) -> tuple[tuple[int, int], ...]:
    """The runs that go on from paragraph ``n``: one list of bullets, or paragraphs read as printed."""
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
            or (k > 0 and not document and not spoken(words))
        ):
            break
        runs.append((lo, hi))
    return tuple(runs)


def find_printed(reading: Reading, paragraphs: list[tuple[int, int]]) -> list[Printed]:
    """Each lead-in closing a paragraph with a colon and the words printed after it, in order."""
    text = reading.text
    found: list[Printed] = []
    for n, (lo, hi) in enumerate(paragraphs[1:-1], start=1):
        if not text[lo:hi].rstrip().endswith(":"):
            continue
        bare = next((b for b in reading.bare if lo <= b.start and text[b.end : hi].strip() == ":"), None)
        if bare is not None and bare.found.speaker:
            owner, mention, cue, document = bare.found.speaker, bare.found.mention, bare.found.cue, False
        elif _DOCUMENT_LEAD.search(text, lo, hi):
            who = owner_before(reading, hi - 1)
            if who is None:
                continue
            owner, mention, cue, document = who, None, None, True
        else:
            continue
        runs = _body(text, paragraphs, n + 1, document or (bare is not None and bare.found.origin is not None))
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
            drop_overruled(reading, start, end)
            reading.found = [  # "No manager has ever told staff to ...": a denial of the owner's, not a speech
                f
                for f in reading.found
                if not (start <= f.start < end and f.mention is not None and _NEGATED.match(f.mention.text))
                and not (f.mention is not None and start <= f.mention.start < end and _NEGATED.match(f.mention.text))
            ]
            for f in reading.found:
                if start <= f.start < end and f.mention is not None and f.mention.text.lower() in ("i", "we"):
                    f.speaker = printed.owner
            first = len(reading.found)
            read_words(reading, start, end, printed.owner, printed.mention, printed.cue.lemma if printed.cue else "")
            for f in reading.found[first:]:  # the lead-in's verb is each sentence's cue; a quotation inside mixes
                f.cue = printed.cue
                if f.quote == "indirect" and any(start <= q.start < f.end and q.end > f.start for q in reading.quotes):
                    f.quote = "mixed"
    return lines
