"""Scoring predicted attributions against brat gold, as pure functions.

Every role (source, cue, content) is scored on its own and the whole attribution as a
(source, cue, content) triple, in two modes:

- exact: the same set of characters;
- lenient: content needs character Jaccard >= 0.5; source and cue need any overlap.

Matching is one-to-one (a gold span counts for at most one prediction) and maximal, so
the numbers do not depend on the order predictions come in. A role that is empty on both
sides (an attribution with no named source) agrees; empty on one side does not.
Component scores count distinct spans, because one source often attributes several
contents ("he said X and added Y"); triple scores count attributions. A direct quotation's
content is scored with its quote marks, as PolNeAR annotates it (``as_annotated``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from kg.extract.model import Extraction, NotStatement, Span, Statement
from kg.sources.brat import ROLES, Attribution, Fragments, normalize

MODES = ("lenient", "exact")
SCORED = (*ROLES, "triple")
LENIENT_CONTENT_JACCARD = 0.5
T = TypeVar("T")


@dataclass
class Counts:
    true_positives: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __iadd__(self, other: Counts) -> Counts:
        self.true_positives += other.true_positives
        self.predicted += other.predicted
        self.gold += other.gold
        return self

    def to_json(self) -> dict:
        return {
            "tp": self.true_positives,
            "predicted": self.predicted,
            "gold": self.gold,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


def _empty_table() -> dict[str, dict[str, Counts]]:
    return {mode: {role: Counts() for role in SCORED} for mode in MODES}


@dataclass
class Score:
    """Counts per mode and role; for one document also what the lenient triple match missed."""

    counts: dict[str, dict[str, Counts]] = field(default_factory=_empty_table)
    misses: list[Attribution] = field(default_factory=list)
    false_alarms: list[Attribution] = field(default_factory=list)

    def __iadd__(self, other: Score) -> Score:
        for mode in MODES:
            for role in SCORED:
                self.counts[mode][role] += other.counts[mode][role]
        return self

    def to_json(self) -> dict:
        return {mode: {role: c.to_json() for role, c in roles.items()} for mode, roles in self.counts.items()}


def _length(fragments: Fragments) -> int:
    return sum(e - s for s, e in fragments)


def overlap(a: Fragments, b: Fragments) -> int:
    """Characters two fragment sets share."""
    return sum(max(0, min(ae, be) - max(as_, bs)) for as_, ae in a for bs, be in b)


def jaccard(a: Fragments, b: Fragments) -> float:
    shared = overlap(a, b)
    union = _length(a) + _length(b) - shared
    return shared / union if union else 1.0


def _lenient(role: str) -> Callable[[Fragments, Fragments], bool]:
    if role == "content":
        return lambda g, p: jaccard(g, p) >= LENIENT_CONTENT_JACCARD
    return lambda g, p: overlap(g, p) > 0


def _exact(g: Fragments, p: Fragments) -> bool:
    return g == p


def _role_agrees(match: Callable[[Fragments, Fragments], bool], g: Fragments, p: Fragments) -> bool:
    if not g or not p:
        return not g and not p
    return match(g, p)


def _match_for(mode: str, role: str) -> Callable[[Fragments, Fragments], bool]:
    return _exact if mode == "exact" else _lenient(role)


def _triple_match(mode: str) -> Callable[[Attribution, Attribution], bool]:
    matchers = {role: _match_for(mode, role) for role in ROLES}
    return lambda g, p: all(_role_agrees(matchers[r], g.role(r), p.role(r)) for r in ROLES)


def max_matching(gold: Sequence[T], predicted: Sequence[T], match: Callable[[T, T], bool]) -> dict[int, int]:
    """A maximum one-to-one matching, as {predicted index: gold index}."""
    return ranked_matching([[g for g, gold_item in enumerate(gold) if match(gold_item, item)] for item in predicted])


def ranked_matching(candidates: list[list[int]]) -> dict[int, int]:
    """A maximum one-to-one matching by augmenting paths, as {predicted index: gold index}.

    ``candidates[p]`` lists the gold indices prediction ``p`` may match, best first: each
    prediction tries them in that order, so ties go to the closer gold item.
    """
    owner: dict[int, int] = {}

    def assign(p: int, seen: set[int]) -> bool:
        for g in candidates[p]:
            if g in seen:
                continue
            seen.add(g)
            if g not in owner or assign(owner[g], seen):
                owner[g] = p
                return True
        return False

    for p in range(len(candidates)):
        assign(p, set())
    return {p: g for g, p in owner.items()}


def _distinct(attributions: Iterable[Attribution], role: str) -> list[Fragments]:
    return list(dict.fromkeys(a.role(role) for a in attributions if a.role(role)))


def score_document(gold: list[Attribution], predicted: list[Attribution]) -> Score:
    """Scores of one document's predicted attributions against its gold ones."""
    score = Score()
    for mode in MODES:
        for role in ROLES:
            g, p = _distinct(gold, role), _distinct(predicted, role)
            matched = max_matching(g, p, _match_for(mode, role))
            score.counts[mode][role] = Counts(len(matched), len(p), len(g))
        matched = max_matching(gold, predicted, _triple_match(mode))
        score.counts[mode]["triple"] = Counts(len(matched), len(predicted), len(gold))
        if mode == "lenient":
            score.misses = [a for i, a in enumerate(gold) if i not in set(matched.values())]
            score.false_alarms = [a for i, a in enumerate(predicted) if i not in matched]
    return score


_OPENING_MARKS = "“\"‘'«"
_CLOSING_MARKS = "”\"’'»"
_DOUBLED_MARKS = ("''", "``")  # typewriter-era quotation marks, two characters each


def as_annotated(statement: Statement | NotStatement, text: str) -> tuple[int, int]:
    """A statement's content as PolNeAR marks it: a direct quotation with its quote marks.

    The JSON contract's ``text`` is the words inside the marks; PolNeAR's content span
    takes the marks in, and the punctuation before the closing one ('"We will appeal,"').
    """
    start, end = statement.start, statement.end
    if getattr(statement, "quote", None) != "direct":
        return start, end
    if text[max(0, start - 2) : start] in _DOUBLED_MARKS:
        start -= 2
    elif start > 0 and text[start - 1] in _OPENING_MARKS:
        start -= 1
    close = end
    while close < len(text) and text[close] in ",.;:!?":
        close += 1
    if text[close : close + 2] in _DOUBLED_MARKS:
        end = close + 2
    elif close < len(text) and text[close] in _CLOSING_MARKS:
        end = close + 1
    return start, end


def attributions_of(extraction: Extraction) -> list[Attribution]:
    """An extraction's attributions: speaker mention, cue and content spans.

    The parts of one utterance (a statement and those that ``continue`` it, or statements
    sharing a cue) are one attribution with a discontinuous content, as brat annotates a
    quote split by "she said"; we store each part (each quoted sentence) as a statement
    because a statement's evidence is one contiguous span and one claim. Parts separated
    only by spaces and punctuation join up again. What is said but is no claim (requests,
    refusals to comment, questions, headlines) counts too: brat corpora such as PolNeAR
    annotate every attribution.
    """
    by_id = {s.id: s for s in extraction.statements}

    def root(statement):
        seen = {statement.id}
        while statement.continues in by_id and statement.continues not in seen:
            statement = by_id[statement.continues]
            seen.add(statement.id)
        return statement

    groups: dict[tuple, list] = {}
    cue_groups: dict[tuple[int, int], tuple] = {}
    items: list[Statement | NotStatement] = [*extraction.statements, *extraction.not_statements]
    for item in items:
        first = root(item)
        group = ("utterance", first.id)
        cue = first.cue or item.cue
        if cue:
            group = cue_groups.setdefault((cue.start, cue.end), group)
        groups.setdefault(group, []).append(item)
    text = extraction.article.text
    result = []
    for items in groups.values():
        cues = [s.cue for s in items if s.cue]
        mentions = [s.speaker_mention for s in items if s.speaker_mention]
        aside = _aside(cues[0] if cues else None, mentions[0] if mentions else None)
        spans = [
            as_annotated(s, text)
            if getattr(s, "quote", None) == "direct"
            else (_accused_from(text, s) if isinstance(s, Statement) else s.start, s.end)
            for s in items
        ]
        result.append(
            Attribution(
                content=_joined(text, _without(text, normalize(spans), aside)),
                cue=normalize([(cues[0].start, cues[0].end)]) if cues else (),
                source=normalize([(mentions[0].start, mentions[0].end)]) if mentions else (),
            )
        )
    return result


def _accused_from(text: str, statement: Statement) -> int:
    """Where brat's content of an accusation starts: with whom it accuses ("accused the FDIC of
    trying ..."), where our statement holds the charge alone and names the accused in ``about``."""
    cue = statement.cue
    if statement.about is None or cue is None or cue.lemma not in ("accuse", "charge", "blame"):
        return statement.start
    start = cue.end
    while start < statement.start and text[start].isspace():
        start += 1
    return start if cue.end < statement.start and statement.start - cue.end < 80 else statement.start


def _aside(cue: Span | None, mention: Span | None) -> tuple[int, int] | None:
    spans = [s for s in (cue, mention) if s is not None]
    return (min(s.start for s in spans), max(s.end for s in spans)) if spans else None


def _without(text: str, fragments: Fragments, aside: tuple[int, int] | None) -> Fragments:
    """Content fragments with an attribution inside them cut out: "The theory, Feld said, is harder"
    is one statement, and in brat two content fragments around the source and cue."""
    if aside is None:
        return fragments
    result = []
    for start, end in fragments:
        if start < aside[0] and aside[1] < end:
            for s, e in ((start, aside[0]), (aside[1], end)):
                while s < e and not text[s].isalnum():
                    s += 1
                while e > s and text[e - 1] in " ,;:—–-\n":
                    e -= 1
                if e > s:
                    result.append((s, e))
        else:
            result.append((start, end))
    return tuple(result)


def _joined(text: str, fragments: Fragments) -> Fragments:
    """Fragments with only spaces and punctuation between them made one."""
    joined: list[tuple[int, int]] = []
    for start, end in fragments:
        if joined and not any(ch.isalnum() for ch in text[joined[-1][1] : start]):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return tuple(joined)
