"""Learned dispute links: which statements a denial disputes, scored pair by pair on top of the rules.

After the rules have linked an article's answers (``kg.extract.disputes``), each (denial, earlier statement
of another side) pair is scored by gradient-boosted trees trained on the development set's studied splits
(``kg train --linker``) over the features of ``kg.extract.pairs.features``. How scores combine with the
rules' links is part of the trained model, chosen by leave-one-split-out cross-validation: a link of the
rules scoring under ``keep`` goes, a pair the rules left out scoring ``add`` or more comes (``keep`` 0 keeps
every link of the rules; ``keep`` equal to ``add`` lets the scores alone decide).

A link the linker adds keeps its basis with the rule ``learned`` and the words that weighed most visibly:
the answer's anaphor ("these findings"), the target's party as the answer names it, or a word they share.
Scoring is plain Python over the trees in ``links.json``; no learning library is needed at run time.

The shipped ``links.json`` (rebuilt 2026-12-06e by ``make models`` on the first fifteen studied splits) keeps
the rules' links (``add`` above 1): no setting was clearly better than the rules over the left-out splits
without losing precision (docs/model-card.md, "Learned dispute linker", and "Targets alone, and the linker on
ten splits"). Retraining after the rules or the development set change re-runs that decision.
"""

from __future__ import annotations

import json
import math
import struct
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Protocol

from kg.errors import KgError
from kg.extract.model import LinkBasis, Statement
from kg.extract.pairs.features import NAMES, PairReader
from kg.extract.sides import Sides

LINKS = Path(__file__).with_name("links.json")
FORMAT = "quotegraph-links/1"


class Links(Protocol):
    """What draws dispute links after the rules: the shipped ``Linker``, or what training records."""

    def link(self, sides: Sides) -> None: ...


def _single(x: float) -> float:
    """``x`` rounded to single precision, as scikit-learn's trees compare their inputs."""
    return struct.unpack("f", struct.pack("f", x))[0]


@dataclass(frozen=True)
class Tree:
    feature: tuple[int, ...]
    threshold: tuple[float, ...]
    left: tuple[int, ...]
    right: tuple[int, ...]
    value: tuple[float, ...]

    def score(self, x: list[float]) -> float:
        node = 0
        while self.left[node] >= 0:
            node = self.left[node] if x[self.feature[node]] <= self.threshold[node] else self.right[node]
        return self.value[node]


@dataclass(frozen=True)
class Linker:
    """A trained pair scorer and how its scores combine with the rules' links."""

    trees: tuple[Tree, ...]
    init: float
    rate: float
    add: float
    keep: float
    version: str = "0"

    def probability(self, values: list[float]) -> float:
        x = [_single(v) for v in values]
        raw = self.init + self.rate * sum(t.score(x) for t in self.trees)
        return 1.0 / (1.0 + math.exp(-raw))

    def link(self, sides: Sides) -> None:
        """Re-draw the disputes of every denial of the article (its statements as the rules left them)."""
        if self.add > 1 and self.keep <= 0:
            return  # trained to keep the rules' links as they are
        reader = PairReader(sides)
        for answer in sides.statements:
            if answer.kind == "denial":
                self._answer(answer, reader)

    def _answer(self, answer: Statement, reader: PairReader) -> None:
        scored = {p.target.id: (self.probability(p.values), p) for p in reader.pairs(answer)}
        kept = [b for b in answer.dispute_basis if b.statement not in scored or scored[b.statement][0] >= self.keep]
        ruled = {b.statement for b in answer.dispute_basis}
        added = [
            LinkBasis(t, "learned", p.words, p.start, p.end)
            for t, (probability, p) in scored.items()
            if probability >= self.add and t not in ruled
        ]
        if not kept and not added:
            return  # a denial disputes something: where the scores leave nothing, the rules' links stand
        basis = sorted(kept + added, key=lambda b: reader.rank.get(b.statement, -1))
        answer.disputes, answer.dispute_basis = [b.statement for b in basis], basis
        if not ruled:
            target = reader.sides.by_id[basis[-1].statement]
            answer.disputes_party = target.on_behalf_of or target.speaker


def read(path: Path) -> Linker:
    """A linker from its JSON file (as ``kg train --linker`` writes it)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise KgError(f"{path}: not a readable linker ({error})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT or tuple(data.get("features", ())) != NAMES:
        raise KgError(f"{path}: not a {FORMAT} linker over this version's features (retrain: kg train --linker)")
    model, how = data["model"], data["combination"]
    trees = tuple(
        Tree(*(tuple(t[k]) for k in ("feature", "threshold", "left", "right", "value"))) for t in model["trees"]
    )
    return Linker(trees, model["init"], model["rate"], how["add"], how["keep"], str(data["version"]))


@cache
def shipped() -> Linker:
    """The linker shipped in ``links.json``, read once per process."""
    return read(LINKS)


def for_mode(mode: str) -> Linker | None:
    """The linker an extraction mode uses: the shipped one where a model takes part, none for the rules alone."""
    return None if mode == "rules" else shipped()
