"""What an accusation charges and whom: "accused Amazon of breaching a contract, and of violating antitrust law".

Pure functions of spaCy tokens, as ``kg.extract.content``, whose clause and aside bounds they reuse; apart because a
charge's content is read off its preposition ("of", "with", "for"), not off a clause.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract.content import SETTING_PREPS, short_of_aside

CHARGE_PREPS = {"accuse": "of", "charge": "with", "blame": "for"}


def charges(base: int, verb: Token) -> tuple[list[tuple[int, int]], Token | None]:
    """What an accusation says and whom it is about: "accused Amazon of breaching a contract, and of
    violating antitrust law" -> the two charges, and "Amazon". Empty when the verb has no such phrase."""
    prep_word = CHARGE_PREPS.get(verb.lemma_.lower())
    dobj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
    if prep_word is None or dobj is None:
        return [], None
    first = min(  # the earliest: "accused AWS [of acting ...] and [of breaching ...]" hangs one on each
        (c for c in [*verb.children, *dobj.children] if c.dep_ == "prep" and c.lower_ == prep_word and c.i > dobj.i),
        key=lambda c: c.i,
        default=None,
    )
    if first is None:
        return [], dobj
    phrases = [first]
    for head in (first, verb):
        phrases += [c for c in head.children if c.dep_ in ("conj", "prep") and c.lower_ == prep_word and c.i > first.i]
    parts = []
    for phrase in sorted(phrases, key=lambda t: t.i):
        later = [c for c in phrase.children if c.dep_ in ("conj", "cc") and c.i > phrase.i]
        last = short_of_aside(phrase, told=True) if not later else phrase.doc[min(c.i for c in later) - 1]
        while last.i > phrase.i and (last.is_punct or last.dep_ == "cc"):
            last = last.doc[last.i - 1]
        if last.i > phrase.i:
            first_word = phrase.doc[phrase.i + 1]
            parts.append((base + first_word.idx, base + last.idx + len(last)))
    if parts:
        parts[-1] = (parts[-1][0], _charge_tail(base, verb, parts[-1][1]))
        parts += _unparsed_charges(base, verb, parts[-1][1], prep_word)
    return parts, dobj


def _unparsed_charges(base: int, verb: Token, end: int, prep_word: str) -> list[tuple[int, int]]:
    """Charges the parse hung elsewhere ("accused the commissioners of sitting on a warning ..., and of
    spending the money ..." with the second "of" joined to the dateline): each ", and of ..." right after the last
    charge runs to the next one or to the end of the sentence."""
    sent = verb.sent
    text, offset = sent.doc.text, base
    pattern = re.compile(rf",?[ \t]+(?:and|or)[ \t]+{prep_word}[ \t]+(?=\w)")
    parts = []
    at = end - offset
    while (m := pattern.match(text, at, sent.end_char)) is not None:
        nxt = pattern.search(text, m.end(), sent.end_char)
        stop = nxt.start() if nxt is not None else sent.end_char
        stop = len(text[:stop].rstrip(" \t\n.;:!?\"'”’"))
        if stop <= m.end():
            break
        parts.append((offset + m.end(), offset + stop))
        at = stop
    return parts


def _charge_tail(base: int, verb: Token, end: int) -> int:
    """Where the last charge ends when the parser hung its rest on the verb: "accused the company of
    shaving hours [off their time cards] [and pocketing a share of their tips]" (a gerund joined by
    "and" and a phrase that is no setting carry the charge on; a setting or a comma ends it). Quoted words carry it
    on whatever their phrase: "of shutting the lift ['on the strength of one inspection']"."""
    for c in (c for c in verb.children if base + c.idx >= end):
        if c.dep_ == "cc" or (c.dep_ == "punct" and c.is_quote):
            continue
        quoted = c.dep_ == "prep" and c.doc[c.i - 1].is_quote
        if (
            (c.dep_ == "prep" and c.lower_ not in SETTING_PREPS and c.lower_ != "according")
            or quoted
            or (c.dep_ == "conj" and c.tag_ == "VBG")
        ):
            end = base + c.right_edge.idx + len(c.right_edge)
            continue
        break
    return end
