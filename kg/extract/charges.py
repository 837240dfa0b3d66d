"""Which claims charge another party with wrongdoing when no cue says so: a small learned model.

"Voltaic had repeatedly missed quality targets", "managers routinely edited the time system", "Nobody
listened": an allegation is in what the words say, not in the verb that reports them ("said"), and no
hand-written list of wrongs carries from one story to the next (five studied splits in a row: rules
written for one moved the next little). A logistic regression over the claim's words, its cue and
its place in the exchange (does it name the other side, does it lead with it) decides, for the claims
the rules left as claims once denials are known. Trained by ``python -m kg.train.charges`` on the
development set's studied splits; chosen by leave-one-split-out over them (docs: CHANGELOG).
"""

from __future__ import annotations

import itertools
import json
import math
import re
import zlib
from functools import lru_cache
from pathlib import Path

from kg.extract.model import Statement
from kg.extract.sides import Sides, mentions

WEIGHTS = Path(__file__).with_name("charges.json")
DIMENSIONS = 4096
# A claim becomes an allegation above this probability: chosen by leave-one-split-out (net +14 claims
# over the six left-out splits; it lost on heldout, 1 right and 3 wrong).
THRESHOLD = 0.6
# A claim above this but below the threshold leans to a charge: not an allegation, but a general denial of its
# speaker's words ("There is no merit to these claims") answers it with the charges ("the move was a breach of
# contract"). Over the seven studied splits, dispute F1 rose on three (heldout6, where the weights are
# out-of-sample, 0.322->0.330) and fell on none; 0.5 added less, 0.3 and 0.2 cost precision on tune.
LEANING = 0.4
# A claim that an answer disputes and that reads as a charge above this is an allegation: what the other side
# denies was a charge ("the airline kept the fees" denied by "We refunded every passenger"). Chosen by
# leave-one-split-out over the thirteen splits tune..heldout12 (0.2 in twelve of thirteen folds; held out, 40
# claims became allegations rightly and 5 wrongly in sample, net +31 left out); below it, answered claims of
# every kind turn (at 0.0, 77 right against 106 wrong).
ANSWERED = 0.2
_WORD = re.compile(r"[a-z']+")
_NEGATION = re.compile(r"\b(?:not|never|no|nobody|nothing|none|neither|nor)\b|n[’']t\b", re.IGNORECASE)


def features(s: Statement, sides: Sides) -> list[str]:
    """What the model reads of a claim: its words and word pairs, its cue, whether it is quoted, its
    document, and whether it names or leads with a party of another side."""
    mine = sides.voices(s)
    others = {pid for pid in sides.parties if not sides.side(pid) & mine}
    named = any(mentions(s.text, n) for pid in others for n in sides.names(pid))
    found = [
        f"names_other={named}",
        f"leads_other={sides.leads_with(s, others)}",
        f"negated={_NEGATION.search(s.text) is not None}",
    ]
    return said(s, found)


def said(s: Statement, exchange: list[str]) -> list[str]:
    """A statement's features around those of its place in the exchange: a bias, its cue, quotation and
    document, then its words and word pairs (what this model and ``kg.extract.counters`` read alike)."""
    words = _WORD.findall(s.text.lower())
    head = ["bias", "cue=" + (s.cue.lemma if s.cue else ""), "quote=" + s.quote]
    head.append("origin=" + (s.origin.kind if s.origin else ""))
    return head + exchange + ["w=" + w for w in words] + ["b=" + a + "_" + b for a, b in itertools.pairwise(words)]


def index(feature: str) -> int:
    return zlib.crc32(feature.encode()) % DIMENSIONS


def probability(names: list[str], weights: list[float]) -> float:
    z = sum(weights[i] for i in {index(f) for f in names})
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def load(path: Path) -> list[float] | None:
    """Hashed-feature weights as ``kg.train.charges`` writes them, or None when the file is absent (a checkout
    before training)."""
    if not path.is_file():
        return None
    weights = json.loads(path.read_text(encoding="utf-8"))["weights"]
    if len(weights) != DIMENSIONS:
        raise ValueError(f"{path}: {len(weights)} weights, expected {DIMENSIONS}")
    return [float(w) for w in weights]


@lru_cache(maxsize=1)
def shipped() -> list[float] | None:
    """The shipped weights, or None when the file is absent (a checkout before training)."""
    return load(WEIGHTS)


def recognise_charges(sides: Sides, weights: list[float] | None) -> None:
    """Claims the model reads as charges against another side become allegations, those it nearly does lean
    (``Sides.leaning``); the rules' kinds stay."""
    if weights is None:
        return
    for s in sides.statements:
        if s.kind != "claim":
            continue
        p = probability(features(s, sides), weights)
        sides.charging[s.id] = p
        if p > THRESHOLD:
            s.kind = "allegation"
        elif p > LEANING:
            sides.leaning.add(s.id)


def recognise_answered(sides: Sides) -> None:
    """Claims the other side answers become allegations: those an answer disputes when the model reads them as
    charges at least a little (``ANSWERED``), and those leaning to a charge (``LEANING``) when a party of
    another side that they name or lead with denies anything after them. Run once the answers are linked, so a
    claim is judged by what the article answers, not only by its own words, and the links stay as drawn."""
    answered = {t for s in sides.statements for t in s.disputes}
    for s in sides.statements:
        p = sides.charging.get(s.id, 0.0)
        if s.kind == "claim" and ((s.id in answered and p > ANSWERED) or (p > LEANING and _denied_after(s, sides))):
            s.kind = "allegation"


def _denied_after(s: Statement, sides: Sides) -> bool:
    """Whether a party of another side denies anything after ``s``, and ``s`` names it or leads with it: the
    charge's subject answers ("Northline said ...", then "Northline rejected that")."""
    mine = sides.voices(s)
    for d in sides.statements:
        theirs = sides.voices(d)
        if d.kind != "denial" or d.start <= s.start or any(sides.side(v) & mine for v in theirs):
            continue
        if sides.leads_with(s, theirs) or any(mentions(s.text, n) for pid in theirs for n in sides.names(pid)):
            return True
    return False
