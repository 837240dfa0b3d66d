"""What a cue verb reports where the English model misreads the words after it.

A lone "that" an answer takes as its object, followed only by when or where it was said ("rejected that on
Monday, saying ..."), is parsed as a clause's marker or an adverb; it is the answer all the same.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.lexicon import DOCUMENTS

# A demonstrative standing alone as what an answer answers: "disputed that.", "denied this."
POINTERS = {"that", "this"}


def is_setting(prep: Token) -> bool:
    """A phrase that says where or when something was said, not what: "in a statement", "on Monday"."""
    if prep.dep_ != "prep" or prep.lower_ not in ("in", "on", "during", "via", "through", "at"):
        return False
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    return obj is not None and (obj.lemma_.lower() in DOCUMENTS or obj.ent_type_ in ("DATE", "TIME"))


def lone_pointer(verb: Token, dobj: Token | None) -> Token | None:
    """The "that" an answering verb takes as its whole object ("denied that.", "rejected that on Monday, saying
    ...", "disputes that as well"), when nothing but the setting or an adverb follows it to the end of the clause.
    The parser often reads the pointer before an adverb or a setting as a marker or an adverb, not the object."""
    doc = verb.doc
    first = dobj if dobj is not None else (doc[verb.i + 1] if verb.i + 1 < len(doc) else None)
    if first is None or first.lower_ not in POINTERS or any(first.children):
        return None
    told = (
        first.dep_ == "mark" and first.head.tag_ == "VBG" and first.head.head.i == verb.i
    )  # "that in a letter, saying"
    if first is not dobj and first.dep_ != "advmod" and not told:
        return None
    rest: list[Token] = []
    for t in doc[first.i + 1 :]:
        if t.text in (".", ",", ";") or t.is_sent_start:
            break
        rest.append(t)
    if not rest:
        return first if first.i + 1 < len(doc) else None
    setting = rest[0].pos_ == "ADV" or (rest[0].dep_ == "prep" and is_setting(rest[0]))
    plain = all(t.pos_ not in ("VERB", "AUX", "PRON") for t in rest)
    return first if setting and plain and len(rest) <= 8 else None
