"""What reading one article accumulates: its text and quotations, its parties, what was found.

Every rule module (speakers, cues, labelled lines, quotation attachment) reads and adds
to one ``Reading``; the offset helpers here are the only place that maps parse tokens and
quotation marks onto article offsets.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field, replace
from datetime import date

from spacy.tokens import Span as SpacySpan

from kg.extract.model import Cue, NotStatementWhy, Origin, QuoteType, Span, StatementKind
from kg.extract.names import honoured_sexes
from kg.extract.parties import PartyTable
from kg.extract.quotes import Quote

EDGE_PUNCT = " \t\n\r\xa0,;:—–-"


@dataclass
class Found:
    """One attribution as the rules find it, before it gets an id and dispute links."""

    speaker: str
    start: int
    end: int
    kind: StatementKind = "claim"
    quote: QuoteType = "indirect"
    mention: Span | None = None
    cue: Cue | None = None
    origin: Origin | None = None
    date: str | None = None
    continues: Found | None = None
    why: NotStatementWhy | None = None
    about: str | None = None
    confidence: float | None = None
    added: bool = False  # the hybrid's, found by the model alone: linked only as an answer (kg.extract.link)
    unsure: bool = False  # an addition below the hybrid's bar, taken for its speaker: linked to nothing


@dataclass
class Bare:
    """A cue with a speaker and no content of its own: waiting for a quotation."""

    found: Found
    start: int
    end: int
    produced: Found | None = None


@dataclass
class Reading:
    text: str
    quotes: list[Quote]
    published: date | None = None
    table: PartyTable = field(default_factory=PartyTable)
    found: list[Found] = field(default_factory=list)
    bare: list[Bare] = field(default_factory=list)
    sentence: int = 0
    sent_ents: list[SpacySpan] = field(default_factory=list)
    sentence_starts: list[int] = field(default_factory=list)
    directives: set[int] = field(default_factory=set)
    document: tuple[int, Origin] | None = None

    def __post_init__(self) -> None:
        self.quote_starts = [q.outer_start for q in self.quotes]
        self.table.honoured = honoured_sexes(self.text)

    def settle_parties(self) -> None:
        """Resolve the pronouns left open while reading, now that the whole article is read."""
        moved = self.table.settle(self.text)
        for found in self.found:
            found.speaker = moved.get(found.speaker, found.speaker)
            if found.origin is not None and found.origin.made_by in moved:
                found.origin = replace(found.origin, made_by=moved[found.origin.made_by])

    def sentence_of(self, pos: int) -> int:
        """The number of the sentence read so far that holds ``pos``, as ``sentence`` counts them."""
        return bisect.bisect_right(self.sentence_starts, pos) - 1

    def in_quote(self, pos: int) -> Quote | None:
        i = bisect.bisect_right(self.quote_starts, pos) - 1
        if i >= 0 and self.quotes[i].outer_start <= pos < self.quotes[i].outer_end:
            return self.quotes[i]
        return None

    def trim(self, start: int, end: int) -> tuple[int, int]:
        while start < end and self.text[start] in EDGE_PUNCT:
            start += 1
        while end > start and self.text[end - 1] in EDGE_PUNCT + ".":
            end -= 1
        return start, end

    def quoting(self, start: int, end: int) -> tuple[int, int, QuoteType]:
        """Content widened to whole quotations it touches, and how much of it is quoted."""
        touched: list[Quote] = []
        i = bisect.bisect_left(self.quote_starts, end) - 1
        while i >= 0 and self.quotes[i].outer_end > start:
            touched.insert(0, self.quotes[i])
            i -= 1
        if not touched:
            return start, end, "indirect"
        start = min(start, touched[0].outer_start)
        end = max(end, touched[-1].outer_end)
        outside = self.text[start:end]
        for q in reversed(touched):
            outside = outside[: q.outer_start - start] + outside[q.outer_end - start :]
        if sum(ch.isalnum() for ch in outside) <= 2:
            return touched[0].start, touched[-1].end, "direct"
        s, e = self.trim(start, end)
        return s, e, "mixed"

    def quotes_ending_in(self, lo: int, hi: int) -> list[Quote]:
        """The quotations that close between ``lo`` and ``hi`` with words still to come."""
        i = max(0, bisect.bisect_right(self.quote_starts, lo) - 1)
        found = []
        while i < len(self.quotes) and self.quotes[i].outer_start < hi:
            if lo < self.quotes[i].outer_end < hi:
                found.append(self.quotes[i])
            i += 1
        return found

    def quoted_runs(self, base: int, sent: SpacySpan) -> list[SpacySpan]:
        """The runs of a sentence's words that lie inside quotations, one per quotation."""
        lo, hi = base + sent.start_char, base + sent.end_char
        i = max(0, bisect.bisect_right(self.quote_starts, lo) - 1)
        runs = []
        while i < len(self.quotes) and self.quotes[i].outer_start < hi:
            q = self.quotes[i]
            i += 1
            if q.end <= lo:
                continue
            words = [t for t in sent if q.start <= base + t.idx < q.end]
            if words:
                runs.append(sent.doc[words[0].i : words[-1].i + 1])
        return runs

    def span(self, base: int, tokens: SpacySpan) -> Span:
        s, e = self.trim(base + tokens.start_char, base + tokens.end_char)
        return Span(self.text[s:e], s, e)

    def within_quote(self, content: tuple[int, int], quote: Quote) -> bool:
        """Whether a parsed content is really just ``quote``: it adds no words of its own sentence.

        Words the parse adds from another sentence are a parse error, not a mixed quote.
        """
        start, end = content
        if end <= quote.outer_start or start >= quote.outer_end:
            return False
        outside = self.text[start : quote.outer_start] + " " + self.text[quote.outer_end : end]
        return not any(ch.isalnum() for ch in outside) or any(ch in outside for ch in ".!?")

    def quote_after_colon(self, pos: int, marks: tuple[str, ...] = (":",)) -> Quote | None:
        """The quotation a colon (or another of ``marks``) right after ``pos`` introduces: 'blasted the club: "..."'."""
        j = bisect.bisect_left(self.quote_starts, pos)
        if j < len(self.quotes) and self.text[pos : self.quotes[j].outer_start].strip() in marks:
            return self.quotes[j]
        return None

    def adjacent_quote(self, cue: Cue, mention: Span) -> Quote | None:
        """The quotation a cue introduces or closes: '"...," she said' or 'he said: "..."'."""
        lo, hi = min(cue.start, mention.start), max(cue.end, mention.end)
        i = bisect.bisect_right(self.quote_starts, lo) - 1
        if i >= 0:
            q = self.quotes[i]
            gap = self.text[q.outer_end : lo]
            closed = self.text[q.end - 1 : q.end] == "." and self.text[lo : lo + 1].isupper()
            if q.outer_end <= lo and len(gap) <= 4 and not any(ch.isalnum() or ch == "\n" for ch in gap) and not closed:
                return q  # '"...," she said'; not '"... ." The league said', a new sentence
        j = bisect.bisect_left(self.quote_starts, hi)
        if j < len(self.quotes):
            q = self.quotes[j]
            gap = self.text[hi : q.outer_start]
            gap = gap.rstrip()
            wordy = any(ch.isalnum() for ch in gap)
            if (
                len(gap) <= 40
                and (gap.endswith(":") or (gap.endswith(",") and not wordy))
                and not any(ch in gap for ch in ".!?")
            ):
                return q
        return None
