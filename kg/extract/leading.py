"""The first words of a company's name that the tagger left out: "Low Orbit", "Pennine Vale Homes", "Parler LLC".

The small model often tags only the last words ("Orbit", "Vale Homes", "LLC") while the parse joins the words
before as compounds of the name. Left out, the body speaks as a fragment, a different party from the one the
article names in full elsewhere. Capitalised name words that no other entity holds and the parse makes part of
the name are taken back; a role ("CEO", "Judge") is no word of a name. So is a nationality the tagger set apart
after "the" ("the Canadian Manufacturers & Exporters"): after the article it opens the name, it does not describe it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.lexicon import ROLES


def name_start(doc: Doc, ent: SpacySpan, floor: int) -> int:
    """Where an organisation's name starts, taking back the compound name words before the tagged part, never
    before ``floor`` (the end of the entity before it)."""
    start = ent.start
    while start > floor and ent.label_ == "ORG":
        word = doc[start - 1]
        untagged = not word.ent_type_ or _national(word)
        name_word = word.pos_ == "PROPN" and word.is_title and untagged and word.dep_ == "compound"
        if not name_word or not start <= word.head.i < ent.end or word.lemma_.lower() in ROLES:
            break
        start -= 1
    return start


def entities(doc: Doc) -> list[SpacySpan]:
    """The tagger's entities, less a nationality that opens the name of the organisation after it."""
    return [ent for ent in doc.ents if not (len(ent) == 1 and _national(ent[0]))]


def _national(word: Token) -> bool:
    """A one-word nationality after "the" that the parse joins to the organisation tagged right after it."""
    doc = word.doc
    after = doc[word.i + 1] if word.i + 1 < len(doc) else None
    return (
        word.ent_type_ == "NORP"
        and word.i > 0
        and doc[word.i - 1].lower_ == "the"
        and after is not None
        and after.ent_type_ == "ORG"
        and after.ent_iob_ == "B"
        and word.dep_ == "compound"
        and word.head.i > word.i
        and word.head.ent_type_ == "ORG"
    )
