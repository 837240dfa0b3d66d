"""The first words of a company's name that the tagger left out: "Low Orbit", "Pennine Vale Homes", "Parler LLC".

The small model often tags only the last words ("Orbit", "Vale Homes", "LLC") while the parse joins the words
before as compounds of the name. Left out, the body speaks as a fragment, a different party from the one the
article names in full elsewhere. Capitalised name words that no other entity holds and the parse makes part of
the name are taken back; a role ("CEO", "Judge") is no word of a name.
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from kg.extract.lexicon import ROLES


def name_start(doc: Doc, ent: SpacySpan, floor: int) -> int:
    """Where an organisation's name starts, taking back the compound name words before the tagged part, never
    before ``floor`` (the end of the entity before it)."""
    start = ent.start
    while start > floor and ent.label_ == "ORG":
        word = doc[start - 1]
        name_word = word.pos_ == "PROPN" and word.is_title and not word.ent_type_ and word.dep_ == "compound"
        if not name_word or not start <= word.head.i < ent.end or word.lemma_.lower() in ROLES:
            break
        start -= 1
    return start
