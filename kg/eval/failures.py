"""Why dispute pairs were missed or drawn wrong, by mechanism, and how often each linking rule was right.

Six sessions of fixes made failure by failure on one split did not carry to the next unseen one; what recurs
across splits is what to work on. So the scorer sorts every missed gold pair and every false predicted pair
into a mechanism class, counted over all articles of a split:

- missed: ``answer missed`` / ``target missed`` (a statement not found at all), ``answer read as claim`` (or
  allegation, confirmation: the denial not recognised), ``answer links nothing``, ``target not linked (RULE)``
  (a right denial answering too narrow a set, by the rule that drew its other links), told apart by whom the
  links it drew went to: ``its side chosen`` (other words of the target's party: which of them was wrong),
  ``another side chosen`` (the party answered was wrong), ``no statement chosen`` (only words no gold holds);
- false: ``answer not a statement`` / ``target not a statement``, ``answer is a gold claim`` (or allegation ...:
  a denial read where there is none), ``own side``, ``later statement``, ``wrong target (RULE)``, told apart the
  same way: ``a side it answers`` (another statement of a party the gold denial disputes) or ``a side it does
  not answer``.

Which side was chosen and which of its statements are two mechanisms, the first the target rule's, the second
whose words the answer answers. Counted on 2026-12-06f (hybrid), fifteen older studied splits | heldout15: gold
targets left unlinked by a denial found right, its side chosen 374 | 22, another side 142 | 26, no statement 40 |
23; false links to a side the gold denial answers 249 | 21, to one it does not 78 | 10. On the newest split the
party answered is wrong as often as the statement.

Per rule (``LinkBasis.rule``), the links it drew and how many are gold pairs: a rule whose links are mostly wrong
on every split is a rule to narrow or drop.

Wrong speakers are sorted the same way (``speaker_class``), by what went wrong and how the text named the speaker
at the cue: ``other party`` (a gold party, not the speaker's side: "it" read as the other company), ``own side``
(the speaker's organisation for its spokesperson, or the person for the body she speaks for), ``no gold party``
(a role, a description or a name the gold does not hold: "the delay", a headline); the mention is a ``pronoun``,
a ``name``, a ``description`` ("the company", "her firm's checks") or ``none`` (no speaker words at the cue).
"""

from __future__ import annotations

from collections import Counter

from kg.eval.gold import GoldArticle, GoldStatement
from kg.extract.model import Party, Statement

_PRONOUNS = frozenset(("he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "his", "its", "their"))


def _side(gold: GoldArticle, pid: str | None) -> set[str]:
    parties = {p.id: p for p in gold.parties}
    found: set[str] = set()
    while pid and pid not in found and pid in parties:
        found.add(pid)
        pid = parties[pid].affiliation
    return found


def _voices(gold: GoldArticle, s: GoldStatement) -> set[str]:
    return _side(gold, s.speaker) | _side(gold, s.on_behalf_of)


def rule_counts(predicted: list[Statement], to_gold: dict[str, str], gold_pairs: set[tuple[str, str]]) -> Counter:
    """{(rule, "drawn"): n, (rule, "right"): n} over the predicted dispute links."""
    counts: Counter = Counter()
    for s in predicted:
        for basis in s.dispute_basis:
            counts[(basis.rule, "drawn")] += 1
            counts[(basis.rule, "right")] += (to_gold.get(s.id), to_gold.get(basis.statement)) in gold_pairs
    return counts


def pair_classes(gold: GoldArticle, predicted: list[Statement], to_gold: dict[str, str]) -> Counter:
    """{"missed: CLASS" or "false: CLASS": n} for one article's dispute pairs."""
    gold_by_id = {s.id: s for s in gold.statements}
    found = {g: p for p, g in to_gold.items()}
    by_id = {s.id: s for s in predicted}
    gold_pairs = {(s.id, t) for s in gold.statements for t in s.disputes}
    classes: Counter = Counter()
    for gold_answer, gold_target in gold_pairs:
        a, t = by_id.get(found.get(gold_answer, "")), by_id.get(found.get(gold_target, ""))
        if a is not None and t is not None and t.id in a.disputes:
            continue
        missed = _missed(a, t)
        if missed.startswith("target not linked") and a is not None:
            linked = [gold_by_id[to_gold[i]] for i in a.disputes if i in to_gold]
            missed += _chosen(gold, gold_by_id[gold_target], linked)
        classes["missed: " + missed] += 1
    for a in predicted:
        for basis in a.dispute_basis:
            answer, target = to_gold.get(a.id, ""), to_gold.get(basis.statement, "")
            if (answer, target) not in gold_pairs:
                classes["false: " + _false(gold, gold_by_id.get(answer), gold_by_id.get(target), basis.rule)] += 1
    return classes


def _missed(answer: Statement | None, target: Statement | None) -> str:
    if answer is None:
        return "answer missed"
    if target is None:
        return "target missed"
    if answer.kind != "denial":
        return f"answer read as {answer.kind}"
    if not answer.dispute_basis:
        return "answer links nothing"
    return "target not linked (" + "/".join(sorted({b.rule for b in answer.dispute_basis})) + ")"


def _chosen(gold: GoldArticle, target: GoldStatement, linked: list[GoldStatement]) -> str:
    """Whose words a denial linked instead of a gold target it missed: its party's, another's, or none a
    statement."""
    if not linked:
        return ", no statement chosen"
    if any(_voices(gold, s) & _voices(gold, target) for s in linked):
        return ", its side chosen"
    return ", another side chosen"


def _false(gold: GoldArticle, answer: GoldStatement | None, target: GoldStatement | None, rule: str) -> str:
    if answer is None:
        return "answer not a statement"
    if target is None:
        return "target not a statement"
    if answer.kind != "denial":
        return f"answer is a gold {answer.kind}"
    if _voices(gold, answer) & _voices(gold, target):
        return "own side"
    if target.start > answer.start:
        return "later statement"
    by_id = {s.id: s for s in gold.statements}
    answered = {v for t in answer.disputes if t in by_id for v in _voices(gold, by_id[t])}
    return f"wrong target ({rule}), " + (
        "a side it answers" if _voices(gold, target) & answered else "a side it does not answer"
    )


def speaker_class(
    gold: GoldArticle, truth: GoldStatement, statement: Statement, party: Party | None, mapped: str | None
) -> str:
    """Why a matched statement's speaker is wrong, as "ERROR / MENTION" (the classes in the module docstring);
    ``party`` is the predicted speaker, ``mapped`` the gold party it was read as, if any."""
    if mapped is not None:
        error = "own side" if _side(gold, mapped) & _voices(gold, truth) else "other party"
    elif party is not None and party.role:
        error = "no gold party (a role)"
    elif party is None or party.name[:1].islower():
        error = "no gold party (a description)"
    else:
        error = "no gold party (a name)"
    return f"{error} / {_mention(statement)}"


def _mention(statement: Statement) -> str:
    words = statement.speaker_mention.text.split() if statement.speaker_mention else []
    if not words:
        return "none"
    if len(words) == 1 and words[0].lower() in _PRONOUNS:
        return "pronoun"
    return "name" if words[0][:1].isupper() and words[0].lower() not in ("the", "a", "an") else "description"
