"""A case's name: "Harbor Foods LLC v. Nordline Logistics Inc." in a legal citation, a docket line, a live blog or a
source list says who brought the suit and who answers it, so that "the complaint says" is the plaintiff's and "the
brief says" the defendant's where the text never says who filed them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from kg.extract.mentions import Ents

if TYPE_CHECKING:
    from kg.extract.speakers import Speakers

# The word between the parties of a case's name: "Parler LLC v. Amazon Web Services, Inc.", "Reyes vs. Dalton".
_VERSUS = frozenset(("v.", "vs.", "versus"))


def caption(sent: Span) -> tuple[Span, Span] | None:
    """The names a case's name sets against each other, plaintiff first, however the parse hangs them (the "v." may
    be a preposition, a conjunction or a word of the first name); None when the sentence names no case."""
    doc = sent.doc
    for tok in sent[1:-1]:
        if tok.lower_ in _VERSUS and doc[tok.i - 1].pos_ == "PROPN" and doc[tok.i + 1].pos_ == "PROPN":
            start = tok.i - 1
            while start > sent.start and doc[start - 1].pos_ == "PROPN":
                start -= 1
            end = tok.i + 1
            while end < sent.end and (doc[end].pos_ == "PROPN" or _joins_name(doc, end, sent.end)):
                end += 1
            return doc[start : tok.i], doc[tok.i + 1 : end]
    return None


def _joins_name(doc: Doc, i: int, end: int) -> bool:
    """Whether a small word joins two words of one name: "Port of Kessock Authority", "Bramble & Finch"."""
    return doc[i].lower_ in ("of", "&") and i + 1 < end and doc[i + 1].pos_ == "PROPN"


def note_caption(speakers: Speakers, base: int, sent: Span, ents: Ents) -> None:
    """Remember the plaintiff and the defendant a sentence's case's name gives (``Makers.record_case``)."""
    named = [_side(speakers, base, side, ents) for side in caption(sent) or ()]
    if len(named) == 2 and named[0] and named[1] and named[0] != named[1]:
        speakers.table.record_case(named[0], named[1])


def _side(speakers: Speakers, base: int, name: Span, ents: Ents) -> str | None:
    """The party one side of a case's name is, its legal form and all ("Harbor Foods LLC", which the tagger may cut
    in two or run into the "v."): the name the article knows, else the one the tagger found; never a new party made
    of a headline's capitals ("PARLER VS. AMAZON, ROUND ONE")."""
    known = speakers.table.find(name.text)
    if known is not None or name[-1].i not in ents:
        return known
    return speakers.party_of(base, name[-1], ents, allow_generic=False)
