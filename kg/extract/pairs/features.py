"""What the learned linker reads of one (answer, target) pair of an article's statements.

Every feature is a number computed from what the rules settled before (statements, their speakers, sides,
kinds, cues, the rules' own links and why they drew them) and the article's words: no parse, so training
reads exactly what run time reads and the linker costs next to nothing on top of extraction. ``NAMES`` is the
order the shipped model stores them in.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from kg.extract.lexicon import DENIAL_CUES
from kg.extract.model import Statement
from kg.extract.sides import ANAPHOR, PLAN, REFERRED, Sides, content_words, mentions

NAMES = (
    # what the target is
    "target_allegation",
    "target_claim",
    "target_denial",
    "target_direct",
    "target_outlet",
    "target_filing",
    "target_of_itself",
    "target_plan",
    "target_charge",
    "target_grounds",
    # what the answer is
    "answer_direct",
    "cue_denial",
    "cue_say",
    "cue_none",
    "negation",
    "first_person",
    "log_answer_words",
    "anaphor",
    "anaphor_plural",
    "anaphor_that",
    "referred",
    # what the rules drew (stacking)
    "rules_linked",
    "rules_named_party",
    "rules_anaphora",
    "rules_contradiction",
    "rules_nearest_accuser",
    "answer_rule_named_party",
    "answer_rule_anaphora",
    "answer_rule_contradiction",
    "answer_rule_nearest_accuser",
    "same_utterance_as_linked",
    "same_side_as_linked",
    "same_speaker_as_linked",
    "after_first_linked",
    "log_shared_with_linked",
    "log_paragraphs_from_linked",
    # where the target is, against the answer
    "log_statements_between",
    "log_paragraphs_between",
    "same_paragraph",
    "latest_other_side",
    "log_other_side_between",
    "latest_speaker",
    "in_latest_run",
    # whose words, about whom
    "answer_names_target",
    "target_about_answer",
    "target_leads_with_answer",
    "target_side_latest_accuser",
    "target_camp_accuses",
    "log_target_side_statements",
    "disputed_by_answer_side",
    # what they share
    "log_shared_words",
    "shared_ratio",
    "log_shared_framing_words",
    "shared_numbers",
    "log_shared_with_answer_side",
)
_NEGATION = re.compile(r"\b(?:not|never|no|nothing|none|false|untrue|wrong|inaccurate|misleading)\b|n[’']t\b", re.I)
_FIRST_PERSON = re.compile(r"\b(?:we|our|us|i|my|me)\b", re.I)
_NUMBER = re.compile(r"\d[\d,.]*")
_SAY = {"say", "tell", "add", "write", "state", "note"}
_MANY = {"lawsuit", "suit", "complaint", "criticism"}
_RULES = ("named party", "anaphora", "contradiction", "nearest accuser")


@dataclass
class Pair:
    """One candidate link, ``answer`` disputing ``target``, with its features (in ``NAMES`` order) and the words
    a page shows as its evidence: the answer's anaphor ("these claims"), the target's party as the answer names
    it, or the words the two share."""

    answer: Statement
    target: Statement
    values: list[float]
    words: str
    start: int
    end: int


def _log(n: float) -> float:
    return math.log1p(max(n, 0))


class PairReader:
    """The candidate pairs of one article, over the sides the rules settled (``kg.extract.disputes.Answers``)."""

    def __init__(self, sides: Sides):
        self.sides = sides
        self.order = sorted(sides.statements, key=lambda s: s.start)
        self.rank = {s.id: n for n, s in enumerate(self.order)}
        self.words = {s.id: content_words(s.text) for s in sides.statements}
        self.numbers = {s.id: set(_NUMBER.findall(s.text)) for s in sides.statements}
        self.paragraph = {s.id: sides.text.count("\n\n", 0, s.start) for s in sides.statements}

    def candidates(self, answer: Statement) -> list[Statement]:
        """What an answer may dispute: a statement of another side said before it; never its own side's, a
        confirmation, or the utterance it carries on."""
        sides, mine = self.sides, self.sides.voices(answer)
        return [
            s
            for s in self.order
            if s is not answer
            and s.kind in ("allegation", "claim", "denial")
            and not sides.voices(s) & mine
            and s.id != answer.continues
            and sides.said_before(s, answer)
        ]

    def pairs(self, answer: Statement) -> list[Pair]:
        """Every candidate target of ``answer`` with its features."""
        targets = self.candidates(answer)
        if not targets:
            return []
        sides = self.sides
        mine = sides.voices(answer)
        lo, hi = sides.context(answer)
        framing = sides.text[lo:hi]
        anaphor = ANAPHOR.search(framing)
        lemma = answer.cue.lemma if answer.cue else ""
        said = self.words[answer.id]
        rules = {b.statement: b.rule for b in answer.dispute_basis}
        linked = [sides.by_id[t] for t in answer.disputes if t in sides.by_id]
        accusers = [s for s in targets if s.kind == "allegation"]
        latest = targets[-1]
        run: set[str] = set()  # the latest other-side speaker's statements just before the answer
        for s in reversed(self.order[: self.rank[answer.id]]):
            if s.speaker != latest.speaker and s in targets:
                break
            run.add(s.id)
        at = self.rank[answer.id]
        ids = {s.id for s in targets}
        answer_side = [s for s in sides.statements if sides.voices(s) & mine]
        common = {
            "answer_direct": answer.direct,
            "cue_denial": lemma in DENIAL_CUES,
            "cue_say": lemma in _SAY,
            "cue_none": answer.cue is None,
            "negation": _NEGATION.search(answer.text) is not None,
            "first_person": _FIRST_PERSON.search(answer.text) is not None,
            "log_answer_words": _log(len(answer.text.split())),
            "anaphor": anaphor is not None,
            "anaphor_plural": anaphor is not None and _plural(anaphor.group("noun")),
            "anaphor_that": anaphor is not None and anaphor.group("that") is not None,
            "referred": REFERRED.search(answer.text) is not None,
            **{"answer_rule_" + r.replace(" ", "_"): r in rules.values() for r in _RULES},
        }
        roots = {sides.root(s).id for s in linked}
        linked_sides = {v for s in linked for v in sides.voices(s)}
        linked_words = set().union(*(self.words[s.id] for s in linked))
        linked_paragraphs = [self.paragraph[s.id] for s in linked]
        first_linked = min((self.rank[s.id] for s in linked), default=len(self.order))
        accuser = sides.voices(accusers[-1]) if accusers else set()
        camp = {v for s in targets if sides.about(s, mine) or sides.leads_with(s, mine) for v in sides.voices(s)}
        contested = {t for s in answer_side if s is not answer for t in s.disputes}
        own_words = set().union(*(self.words[s.id] for s in answer_side))
        framed = content_words(framing) - said
        charges = [s for s in targets if s.kind == "allegation" or (s.kind == "claim" and sides.leads_with(s, mine))]
        names = {w for p in sides.parties.values() for n in [p.name, *p.aliases] for w in content_words(n)}
        charged = [(sides.root(c).id, sides.sentence_of(c.start), self.words[c.id] - names, c) for c in charges]
        result = []
        for target in targets:
            theirs = sides.voices(target)
            words = self.words[target.id]
            shared = said & words
            named = next((n for pid in sorted(theirs) for n in sides.names(pid) if mentions(framing, n)), None)
            here = self.rank[target.id]
            ruled = rules.get(target.id)
            values = {
                **common,
                "target_allegation": target.kind == "allegation",
                "target_claim": target.kind == "claim",
                "target_denial": target.kind == "denial",
                "target_direct": target.direct,
                "target_outlet": sides.is_outlet(target),
                "target_filing": target.origin is not None and target.origin.kind == "court filing",
                "target_of_itself": sides.speaks_of_itself(target, theirs),
                "target_plan": PLAN.match(target.text) is not None,
                "target_charge": target in charges,
                "target_grounds": target not in charges
                and any(
                    c.speaker == target.speaker
                    and (
                        root == sides.root(target).id
                        or sentence == sides.sentence_of(target.start)
                        or len(w & words) >= 2
                    )
                    for root, sentence, w, c in charged
                ),
                "rules_linked": ruled is not None,
                **{"rules_" + r.replace(" ", "_"): ruled == r for r in _RULES},
                "same_utterance_as_linked": sides.root(target).id in roots,
                "same_side_as_linked": ruled is None and bool(theirs & linked_sides),
                "same_speaker_as_linked": ruled is None and any(s.speaker == target.speaker for s in linked),
                "after_first_linked": here > first_linked,
                "log_shared_with_linked": 0.0 if ruled else _log(len(linked_words & words)),
                "log_paragraphs_from_linked": _log(
                    min((abs(self.paragraph[target.id] - p) for p in linked_paragraphs), default=9)
                ),
                "log_statements_between": _log(abs(at - here) - 1),
                "log_paragraphs_between": _log(abs(self.paragraph[answer.id] - self.paragraph[target.id])),
                "same_paragraph": self.paragraph[answer.id] == self.paragraph[target.id],
                "latest_other_side": target is latest,
                "log_other_side_between": _log(sum(1 for s in self.order[here + 1 : at] if s.id in ids)),
                "latest_speaker": target.speaker == latest.speaker,
                "in_latest_run": target.id in run,
                "answer_names_target": named is not None,
                "target_about_answer": sides.about(target, mine),
                "target_leads_with_answer": sides.leads_with(target, mine),
                "target_side_latest_accuser": bool(theirs & accuser),
                "target_camp_accuses": bool(theirs & camp),
                "log_target_side_statements": _log(sum(1 for s in targets if sides.voices(s) & theirs)),
                "disputed_by_answer_side": target.id in contested,
                "log_shared_words": _log(len(shared)),
                "shared_ratio": len(shared) / max(1, min(len(said), len(words))),
                "log_shared_framing_words": _log(len(framed & words)),
                "shared_numbers": bool(self.numbers[answer.id] & self.numbers[target.id]),
                "log_shared_with_answer_side": _log(len(own_words & words)),
            }
            if anaphor is not None:
                evidence = anaphor.group(0), lo + anaphor.start(), lo + anaphor.end()
            elif named is not None and (m := re.search(r"\b" + re.escape(named) + r"\b", framing)):
                evidence = named, lo + m.start(), lo + m.end()
            else:
                evidence = _first_shared(answer, shared)
            result.append(Pair(answer, target, [float(values[n]) for n in NAMES], *evidence))
        return result


def _first_shared(answer: Statement, shared: set[str]) -> tuple[str, int, int]:
    """The first word of the answer it shares with the target (all of it when they share none)."""
    for m in re.finditer(r"[\w']+", answer.text):
        if content_words(m.group(0)) & shared:
            return m.group(0), answer.start + m.start(), answer.start + m.end()
    return answer.text, answer.start, answer.end


def _plural(noun: str) -> bool:
    return noun.lower().endswith("s") or noun.lower() in _MANY
