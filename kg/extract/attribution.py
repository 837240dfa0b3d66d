"""Read one article's parsed chunks into attributions: the rule modules, wired together.

``Reader`` is what ``kg.extract`` drives: ``read_doc`` for each parsed chunk in order,
then ``read_labelled_lines`` and ``attach_quotes`` once the whole text is read. The rules
live by job in ``cues``, ``content``, ``speakers``, ``labelled`` and ``attach``; they share
one ``Reading``.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from kg.extract.attach import attach_quotes
from kg.extract.blocks import read_blocks
from kg.extract.cues import Cues
from kg.extract.directives import is_directive
from kg.extract.interview import read_interview
from kg.extract.labelled import read_labelled_lines
from kg.extract.mentions import joined_entities
from kg.extract.parties import PartyTable
from kg.extract.printed import read_printed
from kg.extract.quotes import Quote
from kg.extract.reading import Found, Reading
from kg.extract.speakers import Speakers
from kg.extract.titles import untitled
from kg.extract.turns import read_turns

if TYPE_CHECKING:
    from kg.extract.learned.combine import Combiner

__all__ = ["Found", "Reader"]


class Reader:
    """``learned`` (a ``kg.extract.learned`` combiner) reads each chunk after the rules."""

    def __init__(
        self, text: str, quotes: list[Quote], published: date | None = None, learned: Combiner | None = None
    ) -> None:
        self.reading = Reading(text, quotes, published)
        self.speakers = Speakers(self.reading)
        self._cues = Cues(self.reading, self.speakers)
        self.learned = learned

    @property
    def table(self) -> PartyTable:
        return self.reading.table

    @property
    def found(self) -> list[Found]:
        return self.reading.found

    def read_doc(self, base: int, doc: Doc) -> None:
        """Read one parsed chunk that starts at ``base`` in the article, sentence by sentence."""
        entities = [untitled(ent) for ent in joined_entities(doc)]
        ents = {i: ent for ent in entities for i in range(ent.start, ent.end)}
        by_sentence: dict[int, list[SpacySpan]] = {}
        sentences = list(doc.sents)
        starts = [sent.start for sent in sentences]
        for ent in entities:
            by_sentence.setdefault(bisect.bisect_right(starts, ent.start) - 1, []).append(ent)
        reading = self.reading
        first = len(self.reading.found)
        for n, sent in enumerate(sentences):
            reading.sentence_starts.append(base + sent.start_char)
            for words in reading.quoted_runs(base, sent):
                if is_directive(words):
                    reading.directives.add(base + words.start_char)
            reading.sent_ents = by_sentence.get(n, [])
            self._cues.read_sentence(base, sent, ents)
        if self.learned is not None:
            self.learned.read_doc(self.reading, self.speakers, base, doc, ents, first)

    def read_labelled_lines(self, paragraphs: list[tuple[int, int]]) -> None:
        """Transcripts' turns first ("Q:" / "A:", "Mr SMITH (Seat) - "), then writers' blocks (a signed letter, a
        statement box), then interviews' unlabelled answers, then lone labelled and signed lines."""
        turns = read_turns(self.reading, paragraphs)
        turns |= read_blocks(self.reading, paragraphs)
        turns |= read_interview(self.reading, paragraphs, turns)
        turns |= read_printed(self.reading, paragraphs, turns)
        read_labelled_lines(self.reading, paragraphs, turns)

    def attach_quotes(self, paragraph_of: Callable[[int], int]) -> None:
        attach_quotes(self.reading, paragraph_of)
