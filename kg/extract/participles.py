"""Whose a participle closing a sentence is, when a subordinate clause with a subject of its own stands before it.

In "Parler went dark after AWS ended its hosting services, saying the platform had allowed posts ...", the parse
hangs "saying" on "went", yet the participle follows "AWS ended ..." as closely and either subject may be the one
saying. The words said decide: a sayer does not name itself in the third person, by its name or by what the text
has called it ("the platform" for "Parler, a social media platform"), so words that name the main clause's subject
that way, and not the subordinate clause's, are the subordinate subject's. With no such sign the main subject keeps
them ("The union walked out after the company cut pay, saying the cuts broke the contract").
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.lexicon import ORG_NOUNS
from kg.extract.mentions import SPEAKER_ENTITY_TYPES, Ents
from kg.extract.names import clean_name
from kg.extract.parties import PartyTable
from kg.extract.syntax import definite

_MARKS = {"after", "because", "when", "as", "since", "once", "until", "before", "while"}


def sayer(table: PartyTable, base: int, sentence: int, verb: Token, subj: Token, ents: Ents) -> Token:
    """Who says a trailing participle cue's words, ``subj`` being the subject the parse gave: of the main clause's
    subject and the subordinate clause's, the one the words do not name in the third person when they name the
    other; ``subj`` when they name both or neither."""
    pair = _subjects(verb)
    if pair is None or subj.i not in (pair[0].i, pair[1].i):
        return subj
    said = [t for c in verb.children if c.dep_ == "ccomp" for t in c.subtree]
    named = {_referent(table, base, sentence, t, ents) for t in said} - {None}
    main, sub = (_referent(table, base, sentence, t, ents) for t in pair)
    if main is None or sub is None or main == sub or (main in named) == (sub in named):
        return subj
    return pair[1] if main in named else pair[0]


def _subjects(verb: Token) -> tuple[Token, Token] | None:
    """The subjects of the main clause and of its "after/because/when ..." clause that ends at the comma before the
    participle ``verb``, whichever of the two verbs the parse hung the participle on; None for any other shape."""
    doc, head = verb.doc, verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    later = (c for c in head.children if c.dep_ == "advcl" and head.i < c.i and c.right_edge.i == verb.i - 2)
    clause = head if _marked(head) else next((c for c in later if _marked(c)), None)
    if clause is None or clause.head.i > clause.i:
        return None
    first = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    second = next((c for c in clause.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
    return None if first is None or second is None else (first, second)


def _marked(verb: Token) -> bool:
    """Whether a verb heads a subordinate clause that tells when or why: "after AWS ended its hosting"."""
    return verb.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _MARKS for m in verb.children)


def _referent(table: PartyTable, base: int, sentence: int, tok: Token, ents: Ents) -> str | None:
    """Whom a noun names, looked up without registering anyone: a known name, a definite "the <noun>" the text
    called a known body before, else the description itself ("the union")."""
    ent = ents.get(tok.i)
    name = ent.text if ent is not None and ent.root.i == tok.i and ent.label_ in SPEAKER_ENTITY_TYPES else None
    if name is None and tok.pos_ == "PROPN" and tok.dep_ != "compound":
        name = tok.doc[tok.left_edge.i : tok.i + 1].text  # a name the tagger missed: "The Dunmore Paper Mill"
    if name is not None:
        return table.find(clean_name(name)) or clean_name(name).lower()
    if tok.pos_ != "NOUN" or not definite(tok):
        return None
    lemma = tok.lemma_.lower()
    known = table.resolve_organization([lemma], base + tok.idx, sentence, False) if lemma in ORG_NOUNS else None
    return known or f"the {lemma}"
