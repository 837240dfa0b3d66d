"""A document handed over and then quoted: 'sent the following statement:', 'issued a statement:'.

The verb reports no words itself ("issued" is no cue); the colon hands what follows, here or in the next
paragraph, to the verb's subject, the document's issuer, as a bare cue for ``kg.extract.attach`` to fill.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract.lexicon import DOCUMENTS
from kg.extract.model import Cue, Origin
from kg.extract.reading import Bare, Found, Reading
from kg.extract.speakers import Ents, Speakers
from kg.extract.syntax import EXPLETIVES, subject


def document_colon(reading: Reading, speakers: Speakers, base: int, verb: Token, sent: SpacySpan, ents: Ents) -> None:
    """A document handed over and then quoted: 'sent the following statement:', 'issued a statement:'.
    Its issuer is the verb's subject; the quotation after the colon is its words (``attach``)."""
    document = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if document is None or (document.lemma_.lower() not in DOCUMENTS and document.pos_ != "NOUN"):
        return
    words = [t for t in verb.doc[document.i : sent.end] if not t.is_space]
    colon = next((i for i, t in enumerate(words) if t.text == ":"), None)
    if colon is None or any(t.pos_ in ("VERB", "AUX") for t in words[:colon]):
        return  # no clause in between ("... in response to the suit:")
    if colon < len(words) - 1 and reading.in_quote(base + words[colon + 1].idx) is None:
        return  # the colon introduces a quotation, here or in the next paragraph, not the writer's words
    words = words[: colon + 1]
    subj = subject(verb)
    if subj is None or subj.lower_ in EXPLETIVES:
        return
    speaker, mention, _ = speakers.speaker(base, subj, ents)
    if speaker is None:
        return
    cue = Cue(verb.text, base + verb.idx, base + verb.idx + len(verb), verb.lemma_.lower())
    origin = None
    if document.lemma_.lower() in DOCUMENTS:
        span = reading.span(base, verb.doc[document.left_edge.i : document.right_edge.i + 1])
        origin = Origin(DOCUMENTS[document.lemma_.lower()], span.text, span.start, span.end, speaker)
        reading.table.record_maker(origin.kind, speaker)  # "..., the statement added."
    found = Found(speaker, 0, 0, mention=mention, cue=cue, origin=origin)
    reading.bare.append(Bare(found, cue.start, base + words[-1].idx))  # up to the colon
