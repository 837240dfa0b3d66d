"""Score extractions against the development set's gold: statements, speakers, disputes, parties.

- **Statements**: a predicted statement matches a gold one when their content spans share
  at least half of the shorter span's characters; matching is one-to-one and maximal,
  trying the closest spans (character Jaccard) first. P/R/F1 count statements.
- **Speaker accuracy**: over matched statements, the share whose predicted speaker is the
  gold speaker, parties being identified by name or alias, by surname (people), or as a
  role of the same organisation ("AWS spokesperson" is the gold "AWS spokesman").
- **End to end**: statements that match and have the right speaker, as P/R/F1.
- **Dispute pairs**: (denial, disputed statement) links; a predicted pair is right when
  both ends match the two ends of a gold pair.
- **Linking**: the same pairs counted only where both ends of a pair match a statement on
  the other side, so that what linking itself loses is told apart from statements missed.
  ``dispute_linking_voiced`` counts them again only where both ends also have their gold voice
  (``on_behalf_of`` else speaker, as who-disputed-whom reads it): a linker choosing targets by side
  cannot be right where the sides were read wrong, so this is the target policy's own share of the
  errors, apart from voices and party identity.
- **Who disputed whom**: the issue's own measure, per article the set of (disputing party,
  disputed party) pairs, each end the statement's ``on_behalf_of`` else its speaker, predicted
  parties read as gold ones by the speaker score's identity (``party_map``). A reader asking
  "whom did AWS dispute?" is served by the right party pair even from the wrong statement, and
  a party the extractor split in two still counts once.
- **Parties**: the parties that speak (speakers and those they speak for): how many gold
  ones were found, predicted ones that are no gold party, gold parties split over several
  predicted ones and predicted parties that merge several gold ones (judged on matched
  statements).
- **Why pairs fail**: every missed and false dispute pair sorted by mechanism, and each linking rule's
  links right and drawn (``kg.eval.failures``).
- **Why speakers are wrong**: every matched statement with a wrong speaker sorted by what went wrong
  and how the text named the speaker (``kg.eval.failures.speaker_class``).
- **Not statements**: predicted statements left unmatched that cover a phrase the gold
  says is not a statement (a request, "declined to comment", a headline...). They already
  count as false positives; they are listed by why.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from kg.eval.failures import pair_classes, rule_counts, speaker_class
from kg.eval.gold import GoldArticle, GoldStatement, party_map
from kg.eval.scoring import Counts, ranked_matching
from kg.extract.model import Extraction, Statement

MIN_SHARED = 0.5


def shared(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def spans_match(a: tuple[int, int], b: tuple[int, int]) -> bool:
    shortest = min(a[1] - a[0], b[1] - b[0])
    return shortest > 0 and shared(a, b) >= MIN_SHARED * shortest


def _closeness(a: tuple[int, int], b: tuple[int, int]) -> float:
    union = max(a[1], b[1]) - min(a[0], b[0])
    return shared(a, b) / union if union else 0.0


@dataclass
class Accuracy:
    right: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 0.0

    def __iadd__(self, other: Accuracy) -> Accuracy:
        self.right += other.right
        self.total += other.total
        return self

    def to_json(self) -> dict:
        return {"right": self.right, "total": self.total, "accuracy": round(self.value, 4)}


@dataclass
class PartyCounts:
    """The parties that speak: gold ones found, predicted ones that are no gold party."""

    gold: int = 0
    predicted: int = 0
    found: int = 0
    spurious: int = 0
    split: int = 0
    merged: int = 0

    @property
    def precision(self) -> float:
        return (self.predicted - self.spurious) / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    def __iadd__(self, other: PartyCounts) -> PartyCounts:
        for name in ("gold", "predicted", "found", "spurious", "split", "merged"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        return self

    def to_json(self) -> dict:
        counts = {name: getattr(self, name) for name in ("gold", "predicted", "found", "spurious", "split", "merged")}
        return {**counts, "precision": round(self.precision, 4), "recall": round(self.recall, 4)}


@dataclass
class DevScore:
    """Counts for one article, or summed over many."""

    statements: Counts = field(default_factory=Counts)
    speaker: Accuracy = field(default_factory=Accuracy)
    end_to_end: Counts = field(default_factory=Counts)
    disputes: Counts = field(default_factory=Counts)
    linking: Counts = field(default_factory=Counts)
    voiced: Counts = field(default_factory=Counts)
    dispute_parties: Counts = field(default_factory=Counts)
    kind: Accuracy = field(default_factory=Accuracy)
    parties: PartyCounts = field(default_factory=lambda: PartyCounts())
    not_statements: Counter = field(default_factory=Counter)
    rules: Counter = field(default_factory=Counter)
    classes: Counter = field(default_factory=Counter)
    speakers: Counter = field(default_factory=Counter)
    details: dict = field(default_factory=dict)

    def __iadd__(self, other: DevScore) -> DevScore:
        for name in (
            "statements",
            "speaker",
            "end_to_end",
            "disputes",
            "linking",
            "voiced",
            "dispute_parties",
            "kind",
            "parties",
        ):
            mine = getattr(self, name)
            mine += getattr(other, name)
        self.not_statements.update(other.not_statements)
        self.rules.update(other.rules)
        self.classes.update(other.classes)
        self.speakers.update(other.speakers)
        return self

    def to_json(self, details: bool = False) -> dict:
        result = {
            "statements": self.statements.to_json(),
            "speaker_accuracy": self.speaker.to_json(),
            "end_to_end": self.end_to_end.to_json(),
            "dispute_pairs": self.disputes.to_json(),
            "dispute_linking": self.linking.to_json(),
            "dispute_linking_voiced": self.voiced.to_json(),
            "dispute_parties": self.dispute_parties.to_json(),
            "kind_accuracy": self.kind.to_json(),
            "parties": self.parties.to_json(),
            "not_statement_hits": dict(sorted(self.not_statements.items())),
            "dispute_rules": {
                rule: {
                    "right": self.rules[(rule, "right")],
                    "drawn": drawn,
                    "precision": round(self.rules[(rule, "right")] / drawn, 4),
                }
                for (rule, what), drawn in sorted(self.rules.items())
                if what == "drawn"
            },
            "dispute_classes": dict(self.classes.most_common()),
            "speaker_classes": dict(self.speakers.most_common()),
        }
        if details:
            result["details"] = self.details
        return result


def match_statements(gold: list[GoldStatement], predicted: list[Statement]) -> dict[int, int]:
    """{predicted index: gold index} under the overlap rule above."""
    spans = [(g.start, g.end) for g in gold]

    def candidates(p: Statement) -> list[int]:
        here = (p.start, p.end)
        hits = [i for i, g in enumerate(spans) if spans_match(g, here)]
        return sorted(hits, key=lambda i: -_closeness(spans[i], here))

    return ranked_matching([candidates(p) for p in predicted])


def _voice(s: GoldStatement | Statement) -> str:
    return s.on_behalf_of or s.speaker


def party_pairs(gold: GoldArticle, predicted: list[Statement], parties: dict[str, str]) -> tuple[set, set]:
    """(gold, predicted) sets of (disputing party, disputed party) pairs, in gold party ids; a predicted party
    that is no gold one keeps its own id, marked, so that it can never count as right."""
    gold_by_id = {s.id: s for s in gold.statements}
    by_id = {s.id: s for s in predicted}

    def party(pid: str) -> str:
        return parties.get(pid, "predicted:" + pid)

    gold_pairs = {(_voice(s), _voice(gold_by_id[t])) for s in gold.statements for t in s.disputes if t in gold_by_id}
    found = {(party(_voice(s)), party(_voice(by_id[t]))) for s in predicted for t in s.disputes if t in by_id}
    return gold_pairs, found


def _pair(text: str, spans: dict[str, tuple[int, int]], answer: str, answered: str) -> str:
    """A dispute pair as its words: 's6 "the lawsuit was without merit" -> s1 "AWS acted ..."'."""
    words = [f"{i} {_quote(text, *spans[i], width=40)!r}" if i in spans else i for i in (answer, answered)]
    return " -> ".join(words)


def _names(names: dict[str, str], pair: tuple[str, str]) -> str:
    return " -> ".join(names.get(p, p) for p in pair)


def _quote(text: str, start: int, end: int, width: int = 90) -> str:
    words = " ".join(text[start:end].split())
    return words if len(words) <= width else words[: width - 1] + "…"


def _voiced(
    gold: GoldArticle,
    predicted: list[Statement],
    to_gold: dict[str, str],
    parties: dict[str, str],
    pairs: tuple[set, set, set],
) -> Counts:
    """Linking counted where both ends of a pair have their gold voice: ``pairs`` are the linkable gold pairs,
    the linked predicted pairs and the right ones among these."""
    linkable, linked, right = pairs
    truths = {s.id: s for s in gold.statements}
    found_as = {g: p for p, g in to_gold.items()}
    by_id = {s.id: s for s in predicted}

    def voiced(pid: str) -> bool:
        return parties.get(_voice(by_id[pid])) == _voice(truths[to_gold[pid]])

    gold_voiced = {pair for pair in linkable if voiced(found_as[pair[0]]) and voiced(found_as[pair[1]])}
    found_voiced = {pair for pair in linked if voiced(pair[0]) and voiced(pair[1])}
    return Counts(len(found_voiced & right), len(found_voiced), len(gold_voiced))


def score_article(gold: GoldArticle, extraction: Extraction) -> DevScore:
    text = extraction.article.text
    predicted = extraction.statements
    matched = match_statements(gold.statements, predicted)
    to_gold = {predicted[p].id: gold.statements[g].id for p, g in matched.items()}
    parties, merges = party_map(extraction.parties, gold.parties)
    gold_names = {p.id: p.name for p in gold.parties}
    by_party = {p.id: p for p in extraction.parties}
    names = {p.id: p.name for p in extraction.parties}
    score = DevScore()
    score.statements = Counts(len(matched), len(predicted), len(gold.statements))
    right_speaker = 0
    wrong: list[dict] = []
    for p, g in matched.items():
        statement, truth = predicted[p], gold.statements[g]
        if parties.get(statement.speaker) == truth.speaker:
            right_speaker += 1
        else:
            wrong_why = speaker_class(
                gold, truth, statement, by_party.get(statement.speaker), parties.get(statement.speaker)
            )
            score.speakers[wrong_why] += 1
            wrong.append(
                {
                    "text": _quote(text, truth.start, truth.end),
                    "gold": gold_names.get(truth.speaker, truth.speaker),
                    "predicted": names.get(statement.speaker, statement.speaker),
                    "mention": statement.speaker_mention.text if statement.speaker_mention else None,
                    "why": wrong_why,
                }
            )
        score.kind.total += 1
        score.kind.right += statement.kind == truth.kind
    score.speaker = Accuracy(right_speaker, len(matched))
    score.end_to_end = Counts(right_speaker, len(predicted), len(gold.statements))

    gold_pairs = {(s.id, t) for s in gold.statements for t in s.disputes}
    predicted_pairs = {(s.id, t) for s in predicted for t in s.disputes}
    right_pairs = {pair for pair in predicted_pairs if (to_gold.get(pair[0]), to_gold.get(pair[1])) in gold_pairs}
    score.disputes = Counts(len(right_pairs), len(predicted_pairs), len(gold_pairs))
    found_pairs = {(to_gold[a], to_gold[b]) for a, b in right_pairs}
    matched_gold = set(to_gold.values())
    linkable = {pair for pair in gold_pairs if pair[0] in matched_gold and pair[1] in matched_gold}
    linked = {pair for pair in predicted_pairs if pair[0] in to_gold and pair[1] in to_gold}
    score.linking = Counts(len(right_pairs), len(linked), len(linkable))
    gold_parties, predicted_parties = party_pairs(gold, predicted, parties)
    score.voiced = _voiced(gold, predicted, to_gold, parties, (linkable, linked, right_pairs))
    score.dispute_parties = Counts(len(gold_parties & predicted_parties), len(predicted_parties), len(gold_parties))
    score.rules = rule_counts(predicted, to_gold, gold_pairs)
    score.classes = pair_classes(gold, predicted, to_gold)
    gold_by_id = {s.id: (s.start, s.end) for s in gold.statements}
    predicted_by_id = {s.id: (s.start, s.end) for s in predicted}

    gold_voices = {v for s in gold.statements for v in (s.speaker, s.on_behalf_of) if v}
    voices = {v for s in predicted for v in (s.speaker, s.on_behalf_of) if v}
    spurious = sorted(names[v] for v in voices if parties.get(v) not in gold_voices)
    found = {parties[v] for v in voices if parties.get(v) in gold_voices}
    score.parties = PartyCounts(len(gold_voices), len(voices), len(found), len(spurious))
    same: dict[str, list[str]] = {}
    for v in sorted(voices):
        if v in parties:
            same.setdefault(parties[v], []).append(names[v])
    split = {g: ps for g, ps in same.items() if len(ps) > 1}
    merged = {names[v]: [gold_names[g] for g in merges[v]] for v in voices if v in merges}
    score.parties.split, score.parties.merged = len(split), len(merged)

    unmatched = [s for i, s in enumerate(predicted) if i not in matched]
    hits = []
    for statement in unmatched:
        why = next(
            (w for s, e, w in gold.not_statements if spans_match((s, e), (statement.start, statement.end))), None
        )
        if why is not None:
            score.not_statements[why] += 1
            hits.append({"why": why, "text": _quote(text, statement.start, statement.end)})
    hit_gold = set(matched.values())
    score.details = {
        "missed": [
            {"text": _quote(text, g.start, g.end), "speaker": gold_names.get(g.speaker, g.speaker)}
            for i, g in enumerate(gold.statements)
            if i not in hit_gold
        ],
        "false": [
            {"text": _quote(text, s.start, s.end), "speaker": names.get(s.speaker, s.speaker)} for s in unmatched
        ],
        "wrong_speaker": wrong,
        "not_statements": hits,
        "missed_pairs": [_pair(text, gold_by_id, a, b) for a, b in sorted(gold_pairs - found_pairs)],
        "false_pairs": [_pair(text, predicted_by_id, a, b) for a, b in sorted(predicted_pairs - right_pairs)],
        "missed_party_pairs": [_names(gold_names, pair) for pair in sorted(gold_parties - predicted_parties)],
        "false_party_pairs": [
            _names({**gold_names, **{"predicted:" + k: v for k, v in names.items()}}, pair)
            for pair in sorted(predicted_parties - gold_parties)
        ],
        "spurious_parties": spurious,
        "found_parties": len(found),
        "split": {gold_names.get(g, g): v for g, v in split.items()},
        "merged": merged,
    }
    return score
