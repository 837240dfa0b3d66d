"""Train the counter-account recogniser (``kg/extract/counters.py``) on the development set's studied splits.

``python -m kg.train.counters`` writes ``kg/extract/counters.json`` from the studied splits. Each split is
extracted as run time extracts it (the hybrid by default) without the recogniser, and at the moment it would
run (the linking rules' input) every statement still a claim is recorded with its features; it is a positive
example when the gold statement it matches is a denial. The fit is ``kg.train.charges``'s logistic regression.

``--cross`` first scores it leave-one-split-out: trained on the other splits, the held-out split's claims above
each threshold are turned into denials, its answers re-linked by the rules, and the split scored as ``kg eval
--gold`` scores it (dispute pairs, who disputed whom, kind accuracy) beside the rules alone. The charge recogniser
that runs before it is the shipped one there, fitted on some of the held-out splits themselves; ``--joint`` holds
both out: for each split the charge recogniser (``kg.train.charges``) is fitted on the others too, every split
read again with it, and this one fitted on the others' claims so read. Its figures are what the two learned parts
reach on text they were not fitted on (2026-12-05i, ten splits: kind accuracy 0.73 pooled, against 0.81 in-sample).
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from kg.eval.devset import DevScore, match_statements, score_article
from kg.eval.gold import STUDIED_SPLITS, GoldArticle, read_split
from kg.extract import counters, extract_many
from kg.extract.charges import probability
from kg.extract.disputes import Answers
from kg.extract.model import Extraction
from kg.extract.sides import Sides
from kg.sources.documents import read_file
from kg.train import charges as charge_training
from kg.train.charges import arguments, fit

# The splits the shipped weights are fitted on, fixed so that the default command rebuilds the shipped file when
# another split is studied; trained on fourteen (2026-12-06d), the weights lowered who disputed whom held out.
TRAINED_ON = STUDIED_SPLITS[:11]
THRESHOLDS = (0.4, 0.5, 0.6, 0.7)


@dataclass
class Recorded:
    """One article as the recogniser would see it: its gold, its extraction and the linking rules' state, and
    each claim's (id, features, whether the gold calls it a denial)."""

    gold: GoldArticle
    extraction: Extraction
    answers: Answers
    rows: list[tuple[str, list[str], bool]]


class Recorder:
    """Stands where the learned linker runs and keeps the article's exchange as the rules left it."""

    def __init__(self) -> None:
        self.seen: list[Answers] = []

    def link(self, sides: Sides) -> None:
        assert isinstance(sides, Answers)  # what kg.extract.link hands the linker
        self.seen.append(sides)


def collect(folder: Path, model: str, charge_weights: list[float] | None = None) -> list[Recorded]:
    """Each article of a split, extracted without the recogniser (and with ``charge_weights`` for the charge
    recogniser's when given), with its claims labelled by the gold."""
    golds = read_split(folder)
    recorder = Recorder()
    texts = [read_file(g.text_path) for g in golds]
    extractions = list(extract_many(texts, model=model, links=recorder, counters=False, charge_weights=charge_weights))
    result = []
    for gold, x, answers in zip(golds, extractions, recorder.seen, strict=True):
        truth = {
            x.statements[p].id: gold.statements[g] for p, g in match_statements(gold.statements, x.statements).items()
        }
        exchange = counters.Exchange(answers)
        rows = [
            (s.id, exchange.features(s), s.id in truth and truth[s.id].kind == "denial")
            for s in answers.statements
            if s.kind == "claim"
        ]
        result.append(Recorded(gold, x, answers, rows))
    return result


def rescore(articles: Sequence[Recorded], weights: list[float] | None, threshold: float) -> DevScore:
    """The split scored with the claims above ``threshold`` turned into answers and every answer re-linked, as
    run time would link them (none turned: the rules alone)."""
    total = DevScore()
    for a in articles:
        x, answers = copy.deepcopy((a.extraction, a.answers))
        turned = {i for i, names, _ in a.rows if weights is not None and probability(names, weights) > threshold}
        if turned:
            for s in x.statements:
                s.disputes, s.disputes_party, s.dispute_basis = [], None, []
                s.confirms, s.confirms_party, s.confirm_basis = [], None, []
            for s in answers.statements:
                if s.id in turned:
                    s.kind = "denial"
                    answers.counters[s.id] = counters.trigger(s, weights or [])
            answers.link()
        total += score_article(a.gold, x)
    return total


def _figures(score: DevScore) -> str:
    j = score.to_json()
    return f"{j['dispute_pairs']['f1']:.3f} {j['dispute_parties']['f1']:.3f} {j['kind_accuracy']['accuracy']:.3f}"


def held_out(name: str, splits: dict[str, list[Recorded]]) -> dict[float | None, DevScore]:
    """Split ``name`` scored with the recogniser fitted on the other splits, the rules alone (None) and at each
    threshold."""
    weights = fit([(f, y) for other, rs in splits.items() if other != name for a in rs for _, f, y in a.rows])
    return {t: rescore(splits[name], weights if t is not None else None, t or 1.0) for t in (None, *THRESHOLDS)}


def _table(rows: Iterator[tuple[str, dict[float | None, DevScore]]]) -> dict[float | None, DevScore]:
    """Prints each held-out split's figures as they come, then their pool, and returns the pool."""
    pooled = {t: DevScore() for t in (None, *THRESHOLDS)}
    print(f"{'split':10} {'rules alone':17} " + " ".join(f"{'above ' + str(t):17}" for t in THRESHOLDS))
    for name, scores in rows:
        for t, score in scores.items():
            pooled[t] += score
        print(f"{name:10} " + " ".join(f"{_figures(s):17}" for s in scores.values()), flush=True)
    print(f"{'POOLED':10} " + " ".join(f"{_figures(s):17}" for s in pooled.values()))
    return pooled


def cross(splits: dict[str, list[Recorded]]) -> dict[float | None, DevScore]:
    """Leave one split out: dispute F1, who-disputed-whom F1 and kind accuracy of each held-out split, the rules
    alone and at each threshold, and pooled over the splits."""
    return _table((name, held_out(name, splits)) for name in splits)


def joint(devset: Path, names: Sequence[str], model: str) -> dict[float | None, DevScore]:
    """Leave one split out with the charge recogniser held out as well: for each split, the charge weights are
    fitted on the other splits (as ``kg.train.charges`` fits them), every split is read again with them, and the
    split scored as ``cross`` scores it. Slow: every split is extracted once per split held out."""
    rows = {name: charge_training.collect(devset / name, charge_training.MODEL) for name in names}

    def each() -> Iterator[tuple[str, dict[float | None, DevScore]]]:
        for name in names:
            weights = charge_training.fit([r for other, rs in rows.items() if other != name for r in rs])
            yield name, held_out(name, {other: collect(devset / other, model, weights) for other in names})

    return _table(each())


def main(argv: list[str] | None = None) -> int:
    args = arguments(argv, "kg.train.counters", __doc__ or "", TRAINED_ON, "hybrid", counters.WEIGHTS, joint=True)
    if args.joint:
        joint(Path(args.devset), args.splits, args.model)
    splits = {name: collect(Path(args.devset) / name, args.model) for name in args.splits}
    if args.cross:
        cross(splits)
    weights = fit([(f, y) for articles in splits.values() for a in articles for _, f, y in a.rows])
    meta = {"splits": args.splits, "model": args.model, "threshold": counters.THRESHOLD}
    Path(args.out).write_text(json.dumps({**meta, "weights": weights}) + "\n", encoding="utf-8")
    print(f"wrote {args.out} from {sum(len(a.rows) for rs in splits.values() for a in rs)} claims")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
