"""The charge a negated answer echoes: "there was no record of any warning about the cables" after "Hoistmark said it
had warned Brenton Court that the cables were close to failing" answers the cables charge, whatever else the rules
guessed it answers.

A denial that names nothing it answers is linked by guess (``kg.extract.disputes``: the words it shares with the
accuser's latest statements, else that accuser's charges). When it negates and repeats the words of a charge the other
side made just before, in its paragraph or the one before it, that charge is one it answers too: over the 21 studied
splits (2026-12-07, hybrid) such echoed charges not linked already were gold targets 14 times in 24, and dispute pairs
rose 0.430 -> 0.435 pooled (rules 0.420 -> 0.424). Reaching two paragraphs back added 6 right in 19 more and
moved nine splits down for +0.001. Only added, never put in place of the guessed links: those they would replace were
right 11 times in 31. A claim that echoes a charge so stays a claim: turned into a denial it was a gold denial 5 times
in 26 (34 in 141 with no need for the charge to be about the speaker's side, within four paragraphs), most being the
speaker's own account that happens to share a word with the charge.
"""

from __future__ import annotations

from kg.extract.lexicon import ANSWER_STOP_WORDS
from kg.extract.model import LinkBasis, Statement
from kg.extract.replies import NEGATION
from kg.extract.sides import content_words
from kg.extract.targets import Targets

_REACH = 1  # paragraphs an echo reaches back: the answer's own or the one before it
_STOP = {w[:6] for w in ANSWER_STOP_WORDS}


def echoed(targets: Targets, answer: Statement) -> list[Statement]:
    """The other side's charges ``answer`` negates in their own words: its earlier allegations and claims within
    reach sharing the most content words with it (names and answer words aside: "claims", "allegations" echo
    nothing), all of them when two share as many."""
    if NEGATION.search(answer.text) is None:
        return []
    own = targets.kin(targets.voices(answer))
    said = content_words(answer.text) - targets.name_words - _STOP
    here = targets.paragraph_of(answer.start)
    shared = [
        (len(said & content_words(s.text)), s)
        for s in targets.statements
        if s.kind in ("allegation", "claim")
        and not targets.voices(s) & own
        and not targets.is_outlet(s)
        and targets.said_before(s, answer)
        and abs(here - targets.paragraph_of(s.start)) <= _REACH
    ]
    most = max((n for n, _ in shared), default=0)
    return [s for n, s in shared if most and n == most]


def add_echoes(targets: Targets, answer: Statement, guessed: tuple[str, ...]) -> None:
    """Link a denial whose links were all guessed (``guessed`` rules), or that has none, to the charges it echoes
    as well (rule ``contradiction``: it says the opposite, in their words); the party it disputes stays the one
    guessed, else the echoed charge's."""
    if any(b.rule not in guessed for b in answer.dispute_basis):
        return
    new = [s for s in echoed(targets, answer) if s.id not in answer.disputes]
    if not new:
        return
    answer.disputes = answer.disputes + [s.id for s in new]
    answer.dispute_basis = answer.dispute_basis + [
        LinkBasis(s.id, "contradiction", answer.text, answer.start, answer.end) for s in new
    ]
    if answer.disputes_party is None:
        answer.disputes_party = new[-1].on_behalf_of or new[-1].speaker
