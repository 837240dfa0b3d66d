"""The name a description is set beside by commas, read off the words more than the parse: "A spokeswoman for the
agency, Karen Liu, said" is Liu, "A group of parents, Cedar Ridge Families for Open Shelves, said" that group.

Pure functions of spaCy tokens, split from ``kg.extract.mentions``; ``kg.extract.speakers`` and
``kg.extract.described`` turn what they read into parties.
"""

from __future__ import annotations

import itertools

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract.lexicon import ORG_NAME_WORDS, ORG_NOUNS
from kg.extract.mentions import PERSON_TITLES, TITLES, Ents
from kg.extract.quotes import quote_mark


def apposed_person(role: Token, ents: Ents, body: bool = False) -> SpacySpan | None:
    """The person a role noun is set beside by commas: "A spokeswoman for the agency, Karen Liu, said";
    ``body``: the organisation a description of one is set beside ("A group of parents, Cedar Ridge Families
    for Open Shelves, said"). A place may follow the name ("One of the plaintiffs, Keisha Barnes of Oakland,").

    The parse often hangs the name on the role's own object ("agency") or makes it a second
    subject; reading the words is steadier: the role's phrase, a comma, a name, then
    a comma or the verb. A participle describing the role is part of its phrase, not that verb ("A
    photographer called by the defence, Ruth Abara, said"), and so is a second description set off by commas
    before the name ("The first witness, a former customer-service manager, Ayesha Qureshi, testified").
    """
    doc = role.doc
    end = min(len(doc), role.i + 20)
    for i in range(role.i + 1, end):
        t = doc[i]
        participle = t.tag_ == "VBN" and t.dep_ == "acl" and t.head.i == role.i
        if (t.pos_ in ("VERB", "AUX") and not participle) or quote_mark(t):
            return None
        if t.text == ",":
            first = i + 1
            while first < len(doc) - 1 and (
                doc[first].lower_.rstrip(".") in PERSON_TITLES | TITLES or doc[first].text == "."
            ):
                first += 1  # "A spokesman for the Fire Department, Lt. Paul Ferraro, said"
            if doc[first].lower_ == "the":
                first += 1  # "A coalition of teachers, the Ames Teachers Union, said"
            tagged = ents.get(first)
            labels = ("ORG",) if body else ("PERSON", "ORG")
            opens = tagged is not None and (tagged.start == first or doc[tagged.start : first].text.lower() == "the")
            name = doc[first : tagged.end] if tagged is not None and opens and tagged.label_ in labels else None
            if name is None:
                words = list(itertools.takewhile(lambda w: w.pos_ == "PROPN", doc[first : min(len(doc), first + 3)]))
                name = doc[first : first + len(words)] if len(words) >= 2 and not body else None
            if name is None and body:
                name = _apposed_phrase(role, first)
            if name is None and not body and doc[first].lower_ in ("a", "an"):
                continue  # "The first witness, a former customer-service manager, Ayesha Qureshi, testified"
            if name is None or not name[0].text[:1].isupper():
                return None
            if not body and (name[-1].lower_ in ORG_NAME_WORDS or not all(w.text[:1].isupper() for w in name)):
                return None
            after = name.end
            if after + 1 < len(doc) and doc[after].lower_ == "of" and doc[after + 1].ent_type_ == "GPE":
                after += 1
                while after < len(doc) and doc[after].ent_type_ == "GPE":
                    after += 1  # "Keisha Barnes of Oakland,"
            following = doc[after] if after < len(doc) else None
            if following is None or following.text in (",", ")") or following.pos_ in ("VERB", "AUX"):
                return name
            return None
    return None


def described_body(role: Token) -> bool:
    """Whether the name after a role and its comma names the body the role is described as of, not its holder:
    "A spokesperson for a rival app, Grubline,", "A spokesman for one of them, Northline Milling,"."""
    doc = role.doc
    comma = next((t.i for t in doc[role.i + 1 : role.i + 8] if t.text == ","), None)
    if comma is None:
        return False
    words = [t.lower_ for t in doc[role.i + 1 : comma]]
    if words[:1] not in (["for"], ["at"], ["with"]) or len(words) < 3:
        return False
    if words[1:] in (["one", "of", "them"], ["one", "of", "those"]):
        return True
    return (
        words[1] in ("a", "an") and words[-1] in ORG_NOUNS and all(t.pos_ == "ADJ" for t in doc[role.i + 3 : comma - 1])
    )


def _apposed_phrase(head: Token, first: int) -> SpacySpan | None:
    """A proper-noun phrase the parse sets beside ``head`` from word ``first`` on, as far as its own words reach:
    "Cedar Ridge Families for Open Shelves", where the tagger saw only "Cedar Ridge Families"."""
    appos = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.left_edge.i == first), None)
    if appos is None:
        return None
    return head.doc[first : appos.right_edge.i + 1]
