"""One body whose name coordinates places or fields, which the tagger cuts at its "and" or commas.

"Avon and Somerset Police", "the Culture, Media and Sport Committee", "the Australian Nursing and Midwifery
Federation": the small model tags "Avon" (a person), "Media" and "Midwifery Federation" apart, so the body
would speak as "Somerset Police" or "Culture" and a later "the committee" would find no such name. Read as
a whole when the last part ends in the word for a body ("Police", "Committee", "Federation") and no earlier
part is a body of its own or a name the article uses alone: "Greater Manchester Police and Merseyside Police"
are two forces, and "Parler and Amazon Web Services" two companies, Parler being named alone elsewhere.

Names of one type joined by "and" that speak together ("Derek and Anne Whitfield said", "his parents, Gareth and
Lynne Price, said", "Apple and Google said") are one speaker named by both names (``joined_names``), as a reader
and the development set's gold take them, not the first name alone.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.lexicon import INSTITUTION_NOUNS, ORG_NOUNS

# Words that end the name of a body made of places or fields ("Sport Committee", "Somerset Police").
_BODY_ENDS = (INSTITUTION_NOUNS | ORG_NOUNS | {"force", "trust", "inquiry", "panel", "tribunal"}) - {
    "owner",
    "system",
    "site",
    "app",
}
_JOINERS = {"and", ",", "&"}
_MAX_PART = 3  # words of the part before "and": "Australian Nursing"; each part before a comma is one word


def conjoined(doc: Doc, found: list[SpacySpan]) -> list[SpacySpan]:
    """``found`` (the tagger's entities, in order) with each coordinated body's parts made one ORG span."""
    result: list[SpacySpan] = []
    for ent in found:
        start = _first_part(doc, result, ent)
        if start is None:
            result.append(ent)
            continue
        while result and result[-1].start >= start:
            result.pop()
        result.append(SpacySpan(doc, start, ent.end, label="ORG"))
    return result


def coordinated_start(doc: Doc, start: int, end: int) -> int | None:
    """Where a body's name the tagger missed starts when the words ``start``..``end`` are only its last part ("The
    Competition and Consumer Protection Commission" read as "Consumer Protection Commission"), else None."""
    return _first_part(doc, [], SpacySpan(doc, start, end, label="ORG"))


def _first_part(doc: Doc, before: list[SpacySpan], last: SpacySpan) -> int | None:
    """Where the name of which ``last`` is the final part starts, or None when it is a name of its own. A word
    elided onto the part's first ("Ta' Xbiex") is of that part."""
    if last.label_ != "ORG" or last[0].lower_ == "the" or last[-1].lower_ not in _BODY_ENDS or not last[-1].is_title:
        return None
    at = last.start
    if at > 1 and doc[at - 1].text in ("'", "’") and not doc[at - 2].whitespace_ and doc[at - 2].is_title:
        at -= 2
    joiners: list[str] = []
    parts: list[tuple[int, int]] = []
    while at > 0 and doc[at - 1].text in (_JOINERS if not joiners else ","):
        start = end = at - 1
        longest = _MAX_PART if not joiners else 1
        while start > 0 and end - start < longest and _name_word(doc[start - 1]):
            start -= 1
        if start == end:
            break
        joiners.append(doc[end].lower_)
        parts.append((start, end))
        at = start
    if not parts or joiners[0] == ",":
        return None
    if any(doc[e - 1].lower_ in _BODY_ENDS or _used_alone(doc, doc[s:e].text) for s, e in parts):
        return None
    first = parts[-1][0]
    return next((e.start for e in before if e.start < first < e.end), first)


def _name_word(tok: Token) -> bool:
    return tok.is_title and tok.pos_ in ("PROPN", "ADJ", "NOUN") and tok.lower_ != "the"


def _used_alone(doc: Doc, part: str) -> bool:
    """Whether the article names this part somewhere with no coordination after it: a name of its own. A place
    named alone ("Msida is home to a marina") is no such name: places are what such bodies are named for."""
    pattern = re.compile(r"\b" + re.escape(part) + r"\b(?!\s*(?:,|and\b|&))")
    for found in pattern.finditer(doc.text):
        words = doc.char_span(found.start(), found.end(), alignment_mode="expand")
        if words is None or not all(w.ent_type_ in ("GPE", "LOC") for w in words):
            return True
    return False


# Titles of several people before their names: "Sens. Maria Delgado and Peter Hollis".
TITLED_PLURAL = re.compile(r"^(?:Sens|Reps|Drs|Profs|Messrs|Mmes|Councillors|Cllrs)\.?\s+")


def joined_names(tok: Token, ents: dict[int, SpacySpan]) -> SpacySpan | None:
    """The names a coordination headed by ``tok`` joins ("Derek and Anne Whitfield"), when each conjunct is a
    name of the same type as the first and "and" joins them; else None."""
    first = ents.get(tok.i)
    conj = [c for c in tok.children if c.dep_ == "conj" and c.i > tok.i]
    if first is None or first.label_ not in ("PERSON", "ORG") or not conj or first.end > conj[0].i:
        return None
    if not any(c.dep_ == "cc" and c.lower_ == "and" for c in tok.children):
        return None
    joined = [ents.get(c.i) for c in conj]
    if any(e is None or e.label_ != first.label_ for e in joined):
        return None
    return tok.doc[first.start : joined[-1].end]  # type: ignore[union-attr]


def conjunct_owner(tok: Token, ents: dict[int, SpacySpan]) -> Token | None:
    """The named conjunct an "its" owning the next conjunct means: "Te Awa Station and its owner" is the station's
    owner, whoever the sentence's subject is (the nearest subject would make the suer a company); None otherwise."""
    owned = tok.head
    if tok.dep_ != "poss" or tok.lower_ != "its" or owned.dep_ != "conj" or owned.head.i not in ents:
        return None
    return owned.head
