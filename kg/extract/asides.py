"""An attribution set inside the words it reports: "Two of the bills, she told the judge, were for another flat",
"Parler, it said, had been warned". Where the aside sits, and which subject before it is the words' own.

Pure functions of spaCy tokens, as ``kg.extract.syntax``.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.lexicon import ALL_CUES
from kg.extract.syntax import in_dateline, outer


def rooted_aside(verb: Token) -> tuple[int, int] | None:
    """Where an attribution the parser made its sentence's root sits inside the words it reports: in "Two of the
    bills, she told the judge, were for another flat" the parse hangs the words on "told". The aside runs from
    the subject to the comma after the cue or whom it tells, set off by commas, with words on both sides and no
    clause of its own; its first and last token. Two subjects before the cue ("Parler, AWS told the judge, had
    hosted ...") are the reported words' and the speaker's, whatever the parse hangs on the cue after them,
    unless the first is a dateline's place; the verb between them must be one of saying."""
    doc, sent = verb.doc, verb.sent
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    subj = subjects[-1] if subjects else None
    clauses = ("mark",) if len(subjects) > 1 else ("ccomp", "xcomp", "mark")
    if len(subjects) > 1 and verb.lemma_.lower() not in ALL_CUES:
        return None  # "Workers at X, the Queens group built around a chef, have accused ...": an apposition misparsed
    if verb.dep_ != "ROOT" or subj is None or any(c.dep_ in clauses for c in verb.children):
        return None
    left = subj.left_edge.i
    close = next((t for t in doc[verb.i + 1 : sent.end] if t.text == ","), None)
    if left <= sent.start + 1 or doc[left - 1].text != "," or close is None:
        return None
    inside = [t for t in doc[left : close.i] if t.i != verb.i]
    after = next((t for t in doc[close.i + 1 : sent.end] if t.is_alpha), None)
    if any(t.pos_ == "VERB" or t.is_quote for t in inside) or after is None:
        return None
    if len(subjects) > 1 and in_dateline(subjects[0]):
        return None  # "ADELAIDE, Jan 19 - coach Gus Tanner has defended ...": a dateline, no words' subject
    if any(c.dep_ in ("ccomp", "xcomp") and c.left_edge.i < close.i for c in verb.children):
        return None  # "The family, protesters and leaders have been demanding that police release ...": a list
    opening = [t for t in doc[sent.start : left - 1] if t.head.i == verb.i]
    if any(t.dep_ in _SETTING_DEPS for t in opening) or outer(after, verb).head.i != verb.i:
        return None  # "To sort out the claims, Lee spoke with Ana Ruiz, who teaches ...": a setting, a description
    return left, close.i - 1


_SETTING_DEPS = {"advcl", "prep", "advmod", "mark", "cc"}


def interrupted(cue: Token) -> Token | None:
    """The subject an aside cue follows when it stands between its words' subject and their verb ("Parler, it
    said, had been warned": Parler), else None: a writer who meant that subject as the speaker would have written
    "Parler said it had been warned"."""
    words = cue.head
    if cue.dep_ != "parataxis" or cue.i > words.i:
        return None
    return next((c for c in words.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < cue.i), None)


def set_off(prep: Token) -> bool:
    """Whether a phrase stands between commas inside its sentence, with words on both sides."""
    doc, sent = prep.doc, prep.sent
    after = prep.right_edge.i + 1
    return prep.i > sent.start + 1 and doc[prep.i - 1].text == "," and after < sent.end - 1 and doc[after].text == ","
