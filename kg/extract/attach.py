"""Give each quotation no cue has claimed to a bare cue nearby, or to the speaker before it.

Runs after every sentence is read: a quotation often sits a sentence or a paragraph away
from the cue that introduces it ("she said:" ... "..."), or carries on the previous
speaker's words with no cue at all.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable

from kg.extract.acts import text_why
from kg.extract.blocks import owner_before
from kg.extract.kinds import kind
from kg.extract.lexicon import ALL_CUES
from kg.extract.quotes import Quote
from kg.extract.reading import Bare, Found, Reading


def attach_quotes(reading: Reading, paragraph_of: Callable[[int], int]) -> None:
    """Give each quotation no cue has claimed to a nearby bare cue or the last speaker."""
    by_start = sorted(reading.found, key=lambda f: f.start)
    starts = [f.start for f in by_start]
    reach = list(itertools.accumulate((f.end for f in by_start), max))
    by_end = sorted(reading.found, key=lambda f: f.end)
    ends = [f.end for f in by_end]
    bare_starts = [b.start for b in reading.bare]
    for q in reading.quotes:
        i = bisect.bisect_left(starts, q.outer_end)
        if i and reach[i - 1] > q.outer_start:
            continue
        j = bisect.bisect_right(ends, q.outer_start)
        previous = by_end[j - 1] if j else None
        while (
            j > 1
            and previous is not None
            and previous.quote == "indirect"
            and by_end[j - 2].speaker == previous.speaker
        ):
            j -= 1  # '"...," he said, referring to X. "..."': the quotation goes on past his aside.
            previous = by_end[j - 1]
        nearby = reading.bare[
            bisect.bisect_left(bare_starts, q.outer_start - 200) : bisect.bisect_right(bare_starts, q.outer_end + 60)
        ]
        found = _quote_found(reading, q, paragraph_of, nearby, previous)
        if found is not None:
            reading.found.append(found)
            k = bisect.bisect_right(ends, found.end)
            ends.insert(k, found.end)
            by_end.insert(k, found)


def _quote_found(
    reading: Reading, q: Quote, paragraph_of: Callable[[int], int], nearby: list[Bare], previous: Found | None
) -> Found | None:
    text = reading.text
    para = paragraph_of(q.outer_start)
    best = None
    for bare in nearby:
        introduced = text[bare.end : q.outer_start].strip() == ":"  # 'sent the following statement:' + paragraph
        if paragraph_of(bare.start) not in (para, paragraph_of(q.outer_end - 1)) and not introduced:
            continue
        if bare.start >= q.outer_end:
            gap = text[q.outer_end : bare.start]
        elif bare.end <= q.outer_start:
            gap = text[bare.end : q.outer_start]
        else:
            continue
        if len(gap) > 60 or (any(ch in gap for ch in ".?!") and len(gap.strip()) > 2):
            continue
        if best is None or len(gap) < best[0]:
            best = (len(gap), bare)
    words = len(text[q.start : q.end].split())
    led = _led_in(reading, q, paragraph_of, previous) if best is None else None
    if led is not None:
        said = text[q.start : q.end]
        return Found(led, q.start, q.end, kind("", None, said, None), "direct", why=text_why(said))
    if best is not None:
        bare = best[1]
        f = bare.found
        found = Found(
            f.speaker,
            q.start,
            q.end,
            kind(f.cue.lemma if f.cue else "", f.origin, text[q.start : q.end], None),
            "direct",
            f.mention,
            f.cue,
            f.origin,
            f.date or (f.origin.date if f.origin else None),
            continues=bare.produced,
            why=f.why or text_why(text[q.start : q.end]),
        )
        bare.produced = bare.produced or found
        return found
    if words < 3 and not _whole_sentence(text[q.start : q.end]):
        return None  # a scare quote ('called it "a smear"'), not the speaker carrying on
    if previous is None or para - paragraph_of(previous.start) > 1:
        return None
    if previous.quote == "indirect" and not (para > paragraph_of(previous.start) and _opens_paragraph(text, q)):
        return None
    if para > paragraph_of(previous.end) and _introduced(text, q):
        return None
    f = previous
    kind_ = kind("", f.origin, text[q.start : q.end], None)
    if kind_ == "claim" and f.kind == "allegation":
        kind_ = "allegation"
    return Found(
        f.speaker,
        q.start,
        q.end,
        kind_,
        "direct",
        None,
        f.cue,
        f.origin,
        f.date,
        continues=f.continues or f,
        why=text_why(text[q.start : q.end]),
    )


# A short paragraph that hands the next one over to a quotation: "The complaint went on:", "AWS's brief put it
# this way:", "He paused, and then went on."
_LEAD_IN = re.compile(r"(?::|\b(?:(?:went|goes|carried|carries) on|continued)\.)$")
_LEAD_IN_WORDS = 20


def _led_in(reading: Reading, q: Quote, paragraph_of: Callable[[int], int], previous: Found | None) -> str | None:
    """Whose words a quotation is that opens its paragraph under a short lead-in paragraph no cue of the rules
    took ("The complaint went on:" over a quoted paragraph): the speaker the lead-in last had, else the party it
    first names ("AWS's brief put it this way:"), else, when it names no one ("He paused, and then went on."), the
    speaker of the paragraph before it."""
    text = reading.text
    line_start = _line_start(text, q)
    if text[line_start : q.outer_start].strip():
        return None
    lead_end = len(text[:line_start].rstrip())
    lead = text[text.rfind("\n", 0, lead_end) + 1 : lead_end]
    if len(lead.split()) > _LEAD_IN_WORDS or not _LEAD_IN.search(lead) or any(ch in lead for ch in '"“”«»'):
        return None
    verb = lead.rstrip(":").split()[-1].lower() if lead.endswith(":") else ""
    if any(verb.startswith(cue) for cue in ALL_CUES):
        return None  # "The Times reports:": a reporting verb's own colon, whose cue reads it with its verb
    owner = owner_before(reading, lead_end)
    if owner is None and previous is not None and paragraph_of(q.outer_start) - paragraph_of(previous.start) == 2:
        owner = previous.speaker
    return owner


def _line_start(text: str, q: Quote) -> int:
    """Where the line holding a quotation's opening mark starts."""
    return text.rfind("\n", 0, q.outer_start) + 1


def _whole_sentence(words: str) -> bool:
    """Whether a short quotation is a sentence of its own ("Nobody listened."): capitalised and closed by
    its own full stop, question or exclamation mark, as a speaker's next words are and a scare quote is not."""
    words = words.strip()
    return len(words) > 1 and words[0].isupper() and words[-1] in ".!?"


def _introduced(text: str, q: Quote) -> bool:
    """Whether a quotation in a paragraph of its own is introduced there by the writer's words before it ("First a
    single sentence from a spokesperson — "...""): whoever spoke the paragraph before does not carry on in it."""
    line_start = _line_start(text, q)
    return any(ch in text[line_start : q.outer_start] for ch in ".?!")


def _opens_paragraph(text: str, q: Quote) -> bool:
    """Whether a quotation is a paragraph of its own: closed, nothing before it on its line, nothing after it
    but a full stop. Under a paragraph that reported someone's words in the writer's own ('In an oral history she
    described the weeks that followed.'), such a quotation is the speaker's own account of them."""
    line_start = _line_start(text, q)
    line_end = text.find("\n", q.outer_end)
    line_end = len(text) if line_end < 0 else line_end
    return q.closed and not text[line_start : q.outer_start].strip() and not text[q.outer_end : line_end].strip(" .")
