"""A person's title that the entity tagger took into the name: "Spokesperson Lin Wei", "Superintendent Dana Pike",
"Assistant Chief Constable Helen Marsh", "Det Insp Gareth Lowe" (tagged whole as a person, often at a sentence's
start, where a capital says nothing).

Left in, the title is read as part of the name: the person holds no role, so nothing says whom she speaks for, and
"Spokesperson Lin Wei" is another party than the "Lin Wei" of the next paragraph. Taken out, the title stands
before the name as the parse already has it (a compound of the name), where ``kg.extract.registration`` reads a
role and its organisation as it does for "spokesman Tom Reed".
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract.lexicon import ORG_NAME_WORDS, ROLE_MODIFIERS, ROLES

# Ranks written short before a name, as police and courts give them ("Det Insp", "Supt", "Sgt", "Cllr").
RANKS = frozenset(
    ("constable", "det", "insp", "supt", "sgt", "cllr", "cmdr", "lt", "capt", "cpl", "pc", "dc", "ds", "di", "dci")
)
_ROLE_LEMMAS = ROLES | ROLE_MODIFIERS
_ROLE_WORDS = ROLES | RANKS


def _title_word(tok: Token) -> bool:
    word = tok.lower_.rstrip(".")
    return tok.text[:1].isupper() and (tok.lemma_.lower() in _ROLE_LEMMAS or word in _ROLE_WORDS)


def untitled(ent: SpacySpan) -> SpacySpan:
    """A person's name without the title words the tagger took in before it, when they hold a role or a rank
    ("Spokesperson Mao Ning" is Mao Ning); a name is left two capitalised words at least, so a title alone
    ("Deputy Director") or a surname with a title ("Chief Abbott") stays as it is."""
    if ent.label_ != "PERSON":
        return ent
    start = ent.start
    while start < ent.end - 2 and _title_word(ent.doc[start]):
        start += 1
    rest = ent.doc[start : ent.end]
    role = any(t.lemma_.lower() in ROLES or t.lower_.rstrip(".") in _ROLE_WORDS for t in ent.doc[ent.start : start])
    if start == ent.start or not role or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in rest):
        return ent
    return SpacySpan(ent.doc, start, ent.end, label=ent.label_)


def portfolio_holder(role: Token, ents: dict[int, SpacySpan]) -> SpacySpan | None:
    """The person a title with its portfolio names: "Minister for Enterprise Peter Burke said", "Minister of Finance
    Chrystia Freeland said", which the parse reads as a minister for a person. The title has no article, the
    portfolio is capitalised, and the name ends the phrase."""
    if not _title_word(role) or any(c.dep_ == "det" for c in role.children):
        return None
    prep = next((c for c in role.rights if c.dep_ == "prep" and c.lower_ in ("for", "of")), None)
    name = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
    if prep is None or name is None:
        return None
    person = ents.get(name.i)
    if person is None or person.label_ != "PERSON" or len(person) < 2 or person.end != name.i + 1:
        return None
    portfolio = role.doc[prep.i + 1 : person.start]
    return person if len(portfolio) and all(t.is_title for t in portfolio) else None


def titled_name(words: list[Token], role: str | None) -> tuple[str | None, list[Token]]:
    """A name the tagger missed with the title it follows, a role after words that only qualify it ("Municipal
    Commissioner Priyanka Dissanayake"): the role and the person's two or three words, so a later "she" finds a
    person; ``role`` and ``words`` as they were when no role stands so."""
    if role is not None:
        return role, words
    for k, word in enumerate(words[:-2]):
        rest = words[k + 1 :]
        person = all(t.pos_ == "PROPN" and t.is_title for t in rest) and rest[-1].lower_ not in ORG_NAME_WORDS
        if word.lemma_.lower() in ROLES and len(rest) <= 3 and person:
            return word.lemma_.lower(), rest
    return role, words
