"""Dispute targets alone: every answer linked as the extractor links it, had each statement it found its gold kind.

A dispute pair is lost when its answer is not recognised (a denial read as a claim) or when a recognised answer
picks the wrong targets; the devset score mixes both. ``kg eval --gold DIR --gold-kinds`` parts them: the
extractor runs as always (statements, speakers, sides, the rules' recognisers), then each statement matched to
a gold one (``kg.eval.devset.match_statements``) takes the gold kind, every link is dropped, and the linking
step (``kg.extract.disputes.Answers.link``, then the mode's learned linker) runs again. Its ``dispute_linking``
(pairs whose two ends were both found) is the target policy's own precision and recall: what a better linker
can win, apart from what recognition loses.

A statement found only by the hybrid's model and read as no answer (``kg.extract.link``) is outside the linking
step's statements, as at run time, and stays unlinked whatever its gold kind.
"""

from __future__ import annotations

from typing import cast

from kg.errors import KgError
from kg.eval.devset import match_statements
from kg.eval.gold import GoldArticle
from kg.extract.disputes import Answers
from kg.extract.model import Extraction, StatementKind
from kg.extract.pairs import Links
from kg.extract.sides import Sides


class Kept:
    """Stands where the learned linker runs during extraction: keeps each article's linking state, in order, so
    that it can be linked again under the gold kinds; the mode's own linker (``linker``) runs then."""

    def __init__(self, linker: Links | None) -> None:
        self.linker = linker
        self.sides: list[Answers] = []

    def link(self, sides: Sides) -> None:
        if not isinstance(sides, Answers):
            raise KgError("the gold-kinds scorer needs the linking rules' state (kg.extract.disputes.Answers)")
        self.sides.append(sides)

    def relink(self, gold: GoldArticle, extraction: Extraction, sides: Answers) -> None:
        """``extraction``'s statements with the gold kinds of those matched, linked again from nothing."""
        matched = match_statements(gold.statements, extraction.statements)
        for p, g in matched.items():
            extraction.statements[p].kind = cast(StatementKind, gold.statements[g].kind)
        for s in extraction.statements:
            s.disputes, s.disputes_party, s.dispute_basis = [], None, []
            s.confirms, s.confirms_party, s.confirm_basis = [], None, []
        sides.link()
        if self.linker is not None:
            self.linker.link(sides)
