"""Train the learned dispute linker on the development set, and measure it by leave-one-split-out.

Each studied split is extracted as run time extracts it (the hybrid by default), and at the moment the
linker would run, every (denial, candidate target) pair is recorded with its features
(``kg.extract.pairs.features``) and labelled by the gold: both ends match the two ends of a gold dispute
pair under the devset scorer's statement matching (``kg.eval.devset``). So training sees what run time
sees, the extractor's own statements, speakers, sides and kinds.

Gradient-boosted trees (scikit-learn, a training-only dependency) fit the pairs; the trees are written as
JSON that ``kg.extract.pairs`` scores in plain Python. How scores combine with the rules' links (``keep``,
``add``) is chosen by cross-validation: for each split left out, on the other splits by leaving each of them
out in turn (nested), so no split's score picks its own setting. Fitting has no random component that is
not seeded, and the pairs come in a fixed order: the same data give byte-identical weights.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import KgError
from kg.eval.devset import match_statements
from kg.eval.gold import STUDIED_SPLITS, read_split
from kg.eval.scoring import Counts
from kg.extract.pairs import FORMAT, Linker, Tree
from kg.extract.pairs.features import NAMES, PairReader
from kg.extract.sides import Sides
from kg.sources.documents import read_file

# Settings of the trees, chosen by the leave-one-split-out table on 2026-12-05e (depth 2 and 4, 50 and 200
# trees scored lower or the same); fixed here so that cross-validation only chooses the combination.
TREES = {"n_estimators": 100, "max_depth": 3, "learning_rate": 0.05, "random_state": 0}
KEEP = (0.0, 0.1, 0.15, 0.2, 0.25, 0.3)
ADD = (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7, 0.8)
NEVER = 1.01  # an add threshold no probability reaches: the rules' own links
# The splits the shipped linker is fitted and cross-validated on, fixed so that the default command rebuilds the
# shipped file when another split is studied.
TRAINED_ON = STUDIED_SPLITS[:15]


@dataclass
class Article:
    """One article's pairs: (answer id, target id, features, whether gold links them), the rules' links, and
    what the scorer needs to count links right (predicted id -> gold id, the gold pairs)."""

    name: str
    rows: list[tuple[str, str, list[float], bool]] = field(default_factory=list)
    rules: set[tuple[str, str]] = field(default_factory=set)
    to_gold: dict[str, str] = field(default_factory=dict)
    gold: set[tuple[str, str]] = field(default_factory=set)


class Recorder:
    """Stands where the linker runs during extraction and records what it would read, changing nothing."""

    def __init__(self) -> None:
        self.seen: list[tuple[list[tuple[str, str, list[float]]], set[tuple[str, str]]]] = []

    def link(self, sides: Sides) -> None:
        reader = PairReader(sides)
        rows = [
            (p.answer.id, p.target.id, p.values)
            for answer in sides.statements
            if answer.kind == "denial"
            for p in reader.pairs(answer)
        ]
        self.seen.append((rows, {(s.id, t) for s in sides.statements for t in s.disputes}))


def collect(
    devset: Path, splits: Sequence[str], model: str = "hybrid", limit: int | None = None
) -> dict[str, list[Article]]:
    """Every studied split's articles (the first ``limit`` of each), extracted and recorded."""
    from kg.extract import extract_many

    result = {}
    for split in splits:
        golds = read_split(devset / split, limit=limit)
        recorder = Recorder()
        extractions = list(extract_many([read_file(g.text_path) for g in golds], model=model, links=recorder))
        if len(recorder.seen) != len(golds):
            raise KgError(f"{split}: recorded {len(recorder.seen)} articles of {len(golds)}")
        articles = []
        for gold, extraction, (rows, rules) in zip(golds, extractions, recorder.seen):
            matched = match_statements(gold.statements, extraction.statements)
            to_gold = {extraction.statements[p].id: gold.statements[g].id for p, g in matched.items()}
            pairs = {(s.id, t) for s in gold.statements for t in s.disputes}
            labelled = [(a, t, v, (to_gold.get(a), to_gold.get(t)) in pairs) for a, t, v in rows]
            articles.append(Article(gold.name, labelled, rules, to_gold, pairs))
        result[split] = articles
    return result


def fit(articles: Sequence[Article], add: float = 0.5, keep: float = 0.0, version: str = "1") -> Linker:
    """Trees fitted on the articles' pairs, as a linker with the given combination."""
    from sklearn.ensemble import GradientBoostingClassifier

    rows = [r for a in articles for r in a.rows]
    if not any(r[3] for r in rows) or all(r[3] for r in rows):
        raise KgError("the linker needs both linked and unlinked pairs to learn from")
    x, y = [r[2] for r in rows], [int(r[3]) for r in rows]
    model = GradientBoostingClassifier(**TREES).fit(x, y)
    prior = sum(y) / len(y)
    trees = tuple(
        Tree(
            tuple(int(f) for f in t.tree_.feature),
            tuple(float(v) for v in t.tree_.threshold),
            tuple(int(n) for n in t.tree_.children_left),
            tuple(int(n) for n in t.tree_.children_right),
            tuple(float(v) for v in t.tree_.value[:, 0, 0]),
        )
        for t in model.estimators_[:, 0]
    )
    linker = Linker(trees, math.log(prior / (1 - prior)), float(TREES["learning_rate"]), add, keep, version)
    expected = model.predict_proba(x[:200])[:, 1]
    if any(abs(linker.probability(v) - float(p)) > 1e-9 for v, p in zip(x, expected)):
        raise KgError("the exported trees do not score as scikit-learn's do")
    return linker


Scores = dict[tuple[str, str], float]


def scores(linker: Linker, articles: Sequence[Article]) -> list[Scores]:
    return [{(a, t): linker.probability(v) for a, t, v, _ in article.rows} for article in articles]


def count(articles: Sequence[Article], scored: Sequence[Scores], add: float, keep: float) -> Counts:
    """The dispute pairs of the articles as the devset scorer counts them, with links drawn as ``Linker`` draws
    them at ``add`` and ``keep``."""
    total = Counts()
    for article, probability in zip(articles, scored):
        kept = {pair for pair in article.rules if probability.get(pair, 1.0) >= keep}
        added = {pair for pair, p in probability.items() if p >= add and pair not in article.rules}
        drawn = {a for a, _ in kept | added}
        links = kept | added | {(a, t) for a, t in article.rules if a not in drawn}  # as Linker: never none
        right = sum((article.to_gold.get(a), article.to_gold.get(t)) in article.gold for a, t in links)
        total += Counts(right, len(links), len(article.gold))
    return total


Grid = list[tuple[float, float]]
COMBINED: Grid = [(add, keep) for add in ADD for keep in KEEP if keep <= add]
LEARNED: Grid = [(add, add) for add in ADD]  # the scores alone decide every link
UNION: Grid = [(add, 0.0) for add in ADD]  # the rules' links stay, the learned ones come on top
# Rules first and the learned links only for answers the rules left unlinked is no strategy here: the rules
# link every denial they keep (one with nothing to answer becomes a claim), so it would be the rules.
STRATEGIES: dict[str, Grid] = {"learned": LEARNED, "union": UNION, "combined": COMBINED}


class Folds:
    """Linkers fitted on sets of splits, each fitted once."""

    def __init__(self, data: dict[str, list[Article]]):
        self.data = data
        self.fitted: dict[tuple[str, ...], Linker] = {}

    def scores(self, train: Sequence[str], held: str) -> list[Scores]:
        key = tuple(sorted(train))
        if key not in self.fitted:
            self.fitted[key] = fit([a for s in train for a in self.data[s]])
        return scores(self.fitted[key], self.data[held])


def choose(folds: Folds, splits: Sequence[str], grid: Grid) -> tuple[float, float]:
    """The setting with the best mean dispute F1 over leaving each of ``splits`` out (earliest in the grid on a
    tie), among those whose mean precision is no lower than the rules' own: the founding question ("which claims
    did AWS dispute?") needs precise links, so the linker may bring recall, never at precision's cost. The rules'
    links when no setting qualifies."""
    totals = {g: [0.0, 0.0] for g in [*grid, (NEVER, 0.0)]}
    data = folds.data
    for held in splits:
        scored = folds.scores([s for s in splits if s != held], held)
        for add, keep in totals:
            counts = count(data[held], scored, add, keep)
            precision, f1 = counts.precision, counts.f1
            totals[(add, keep)][0] += f1
            totals[(add, keep)][1] += precision
    floor = totals[(NEVER, 0.0)][1]
    allowed = [g for g in grid if totals[g][1] >= floor - 1e-9] or [(NEVER, 0.0)]
    return max(allowed, key=lambda g: (totals[g][0], -allowed.index(g)))


def cross_validate(folds: Folds, progress: Callable[[str], None] = lambda _: None) -> dict[str, dict[str, dict]]:
    """Per split left out: the rules, the learned scores alone and the combination, each setting chosen on the
    other splits by leaving each of those out in turn."""
    data = folds.data
    splits = list(data)
    table: dict[str, dict[str, dict]] = {"rules": {}, **{name: {} for name in STRATEGIES}}
    for held in splits:
        rest = [s for s in splits if s != held]
        scored = folds.scores(rest, held)
        table["rules"][held] = count(data[held], scored, NEVER, 0.0).to_json()
        for name, grid in STRATEGIES.items():
            add, keep = choose(folds, rest, grid)
            table[name][held] = {**count(data[held], scored, add, keep).to_json(), "add": add, "keep": keep}
        progress(f"{held}: rules F1 {table['rules'][held]['f1']}, combined {table['combined'][held]['f1']}")
    return table


def write(linker: Linker, path: Path, about: dict) -> None:
    """The linker as JSON (``kg.extract.pairs.read`` reads it back)."""
    data = {
        "format": FORMAT,
        "version": linker.version,
        "features": list(NAMES),
        "combination": {"add": linker.add, "keep": linker.keep},
        "model": {
            "init": linker.init,
            "rate": linker.rate,
            "trees": [
                {"feature": t.feature, "threshold": t.threshold, "left": t.left, "right": t.right, "value": t.value}
                for t in linker.trees
            ],
        },
        "trained": about,
    }
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")


# What "clearly better" means when the command decides whether the learned links replace the rules': over the
# left-out splits, a mean dispute F1 at least this much higher, a mean precision no lower, and a fall on at most
# one split.
MARGIN = 0.02


def decide(table: dict[str, dict[str, dict]]) -> str:
    """Which strategy to ship: the best cross-validated one, if it beats the rules clearly; else the rules."""
    splits = list(table["rules"])

    def mean(name: str, key: str = "f1") -> float:
        return sum(table[name][s][key] for s in splits) / len(splits)

    best = max(STRATEGIES, key=lambda n: (mean(n), -list(STRATEGIES).index(n)))
    falls = sum(table[best][s]["f1"] < table["rules"][s]["f1"] for s in splits)
    clearly = mean(best) >= mean("rules") + MARGIN and mean(best, "precision") >= mean("rules", "precision")
    return best if clearly and falls <= 1 else "rules"


def train(
    devset: Path,
    out: Path,
    splits: Sequence[str] = TRAINED_ON,
    limit: int | None = None,
    progress: Callable[[str], None] = lambda _: None,
) -> dict[str, dict[str, dict]]:
    """Collect, cross-validate, decide, fit on every split and write the linker; returns the table."""
    import sklearn

    data = collect(devset, splits, limit=limit)
    folds = Folds(data)
    table = cross_validate(folds, progress)
    strategy = decide(table)
    add, keep = choose(folds, splits, STRATEGIES[strategy]) if strategy != "rules" else (NEVER, 0.0)
    everything = [a for s in splits for a in data[s]]
    linker = fit(everything, add, keep)
    cv = {
        name: {
            split: {k: r[k] for k in ("precision", "recall", "f1", "add", "keep") if k in r} for split, r in row.items()
        }
        for name, row in table.items()
    }
    about = {
        "splits": list(splits),
        "articles": len(everything),
        "pairs": sum(len(a.rows) for a in everything),
        "linked_pairs": sum(r[3] for a in everything for r in a.rows),
        "trees": TREES,
        "scikit_learn": sklearn.__version__,
        "strategy": strategy,
        "cross_validation": cv,
    }
    write(linker, out, about)
    return table
