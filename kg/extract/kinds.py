"""What kind of statement a cue makes: a claim, an allegation, a denial or a confirmation.

The cue's lemma decides first; a dismissive object ("called the claims baseless") or a
denial phrase in the words themselves can decide instead. What needs the article's parties
(a court filing's charge against another party, a claim that answers an accusation) is
decided once they are known, in ``kg.extract.disputes``.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract.lexicon import (
    ALLEGATION_CUES,
    CLAIM_NOUNS,
    CONCEDING_CUES,
    CONFIRMATION_CUES,
    DENIAL_CUES,
    DENIAL_PHRASES,
    DISMISSIVE_WORDS,
    PHRASAL_CUES,
)
from kg.extract.model import Origin, Statement, StatementKind

# A denial phrase starts a word: "lies", never "families" or "supplies"; "misstate" also "misstates".
_DENIAL_PHRASE = re.compile(
    r"\b(?:" + "|".join(re.escape(p) for p in sorted(DENIAL_PHRASES, key=len, reverse=True)) + ")"
)


def kind(lemma: str, origin: Origin | None, content: str, dobj: Token | None) -> StatementKind:
    object_lemma = dobj.lemma_.lower() if dobj is not None else ""
    if lemma in DENIAL_CUES or lemma in PHRASAL_CUES:  # "stood by its report"
        return "denial"
    if (
        lemma == "call"
        and dobj is not None
        and object_lemma in CLAIM_NOUNS
        and any(t.lower_ in DISMISSIVE_WORDS for t in dobj.head.subtree)
    ):
        return "denial"
    if lemma in ("confirm", "corroborate", "verify") or (lemma in CONFIRMATION_CUES and object_lemma in CLAIM_NOUNS):
        return "confirmation"
    if lemma in ALLEGATION_CUES:
        return "allegation"
    if _DENIAL_PHRASE.search(content.lower()):
        return "denial"
    return "claim"


def concessions(statements: list[Statement]) -> None:
    """Claims whose cue grants a point ("conceded that the falsification had taken place", "acknowledged that
    the file contained duplicates") are confirmations, of the other side's account most often. Turned after the
    counter-account recogniser has read them as claims, as it was trained to: its answers often follow a
    concession ("... but said the change was made to cut costs")."""
    for s in statements:
        if s.kind == "claim" and s.cue is not None and s.cue.lemma in CONCEDING_CUES:
            s.kind = "confirmation"
