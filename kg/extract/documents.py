"""How the parse says a document speaks or who issued it: the noun that names a document, the verbs that say who
made one ("sued", "released a report", "said in a news release") and the things that cannot speak for themselves.

Pure functions of spaCy tokens; ``kg.extract.issuers`` turns what they read into issuers.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.lexicon import DOCUMENTS, ORG_NOUNS, ROLES
from kg.extract.mentions import PEOPLE_ENDINGS, UNIT_NOUNS
from kg.extract.model import OriginKind

MAKER_VERBS: dict[str, OriginKind | None] = {
    "sue": "court filing",
    "file": None,
    "refile": None,
    "issue": None,
    "release": None,
    "send": None,  # "sent a letter to families"
    "publish": None,
    "submit": None,
}
# Verbs that bring a case with no document named: "Parler refiled in a Washington state court".
_FILE = frozenset(("file", "refile"))


def is_record(tok: Token) -> bool:
    """Whether a common noun names a thing that cannot speak (a resolution, figures, screenshots, a policy):
    no person, role, organisation or group, as far as its ending tells."""
    lemma = tok.lemma_.lower()
    return (
        tok.pos_ == "NOUN"
        and not tok.ent_type_
        and lemma not in ROLES
        and lemma not in ORG_NOUNS
        and lemma not in UNIT_NOUNS
        and not tok.lower_.endswith(PEOPLE_ENDINGS)
    )


def document_noun(tok: Token) -> str | None:
    """The document a noun names, as the lexicon calls it: "the complaint"; "a proposed class action" is a lawsuit."""
    lemma = tok.lemma_.lower()
    if lemma == "action" and any(c.lower_ == "class" for c in tok.lefts):
        return "lawsuit"
    if tok.lower_ == "papers":  # "AWS's court papers"; a lone "paper" is more often a newspaper
        return "filing"
    return lemma if lemma in DOCUMENTS else None


def document_kind(tok: Token) -> OriginKind | None:
    """The kind of document a noun names ("court papers": a court filing), None when it names none."""
    noun = document_noun(tok)
    return DOCUMENTS[noun] if noun is not None else None


def is_maker_verb(tok: Token) -> bool:
    """A verb that can tell who issued a document: "sued", "released a report", "set out in a news release",
    "In it, AWS said" (the document just named)."""
    lemma = tok.lemma_.lower()
    return tok.pos_ == "VERB" and (lemma in MAKER_VERBS or document_channel(tok) is not None or said_in_it(tok))


def said_in_it(verb: Token) -> bool:
    """Whether a verb speaks through "it", the document the sentence before named: "In it, AWS said ..."."""
    return any(
        c.dep_ == "prep" and c.lower_ == "in" and any(g.dep_ == "pobj" and g.lower_ == "it" for g in c.children)
        for c in verb.children
    )


def document_channel(verb: Token) -> OriginKind | None:
    """The kind of document a verb acts through: "laid out its findings in a news release"."""
    for c in verb.children:
        court = c.dep_ == "prep" and any(g.dep_ == "pobj" and g.lemma_ == "court" for g in c.children)
        if court and ((verb.lemma_ == "take" and c.lower_ == "to") or (verb.lemma_ in _FILE and c.lower_ == "in")):
            return "court filing"  # "Parler took Amazon to federal court", "refiled in a state court"
    document = channel_document(verb)
    return document_kind(document) if document is not None else None


def channel_document(verb: Token) -> Token | None:
    """The document a verb acts through, as the text names it: "the complaint" in "wrote in the complaint", "court
    papers" in "In court papers filed last week, the company's lawyers called ..."."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "via", "through"):
            for obj in c.children:
                if obj.dep_ == "pobj" and document_noun(obj) is not None:
                    return obj
    return None


def document_before(it: Token) -> Token | None:
    """The document a present-tense "it says" means when a document is the nearest thing before it, in its
    sentence or the one before, that could speak ("reads the line from the complaint: AWS's decision, it says,
    was ..."); None when a party comes nearer. Documents speak in the present; "it said" is a party's."""
    if it.head.tag_ != "VBZ" or it.dep_ != "nsubj" or it.head.dep_ not in ("ROOT", "parataxis"):
        return None  # "the 30 days' notice it says the agreement requires": "it" is the party
    doc = it.doc
    first = doc[it.sent.start - 1].sent.start if it.sent.start > 0 else it.sent.start
    for tok in reversed(doc[first : it.i]):
        if tok.dep_ in ("poss", "compound") or tok.ent_type_ in ("DATE", "TIME"):
            continue  # "AWS's decision": the decision is what is spoken of; "on Monday" when
        if tok.pos_ == "PROPN" or tok.ent_type_ in ("ORG", "PERSON") or tok.lemma_.lower() in ORG_NOUNS:
            return None
        timed = any(c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME") for c in tok.children)
        if tok.pos_ == "NOUN" and document_noun(tok) is not None and not timed:  # "30 days' notice" is a period
            return tok
    return None


def calls_it_a_document(document: Token) -> bool:
    """Whether a document noun only says what "it" is: "It is an angry document.", "This is a long complaint." (the
    document named before, not another one)."""
    root = document.head
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    return document.dep_ == "attr" and root.lemma_ == "be" and subj is not None and subj.lower_ in ("it", "this")
