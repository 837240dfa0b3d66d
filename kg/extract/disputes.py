"""Which statements of an article a denial disputes (or a confirmation confirms), and why.

An answer answers the *other side*: never its speaker's own statements, those of whom it
speaks for or their organisation, never a statement made after it, never an outlet that
only reported the accusation. Among the other side's earlier statements it answers

- those of the party it names ("denied Delgado's accusations"; rule ``named party``): that
  party's allegations and the claims made after the first of them, their grounds;
- those it refers back to ("these claims", "the lawsuit", "that account", "the allegation
  that ..."; rule ``anaphora``): a plural or a document means all the accusations of the
  side last accusing; a singular the latest of them; "the allegation that X" the ones saying X;
- those it contradicts (rule ``contradiction``): the other side's allegations sharing its
  subject matter (and claims sharing more of it);
- failing all of those, the latest accusation of the side last accusing (``nearest accuser``).

Each link keeps its rule and the words that triggered it (``LinkBasis``), so a reader can
see why it was drawn and a bad rule can be found. A claim of a side that has been accused
and that says the opposite ("We have never withheld a test result", "That timeline is
wrong") is a denial too.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from kg.extract.lexicon import ANSWER_STOP_WORDS as _STOP
from kg.extract.lexicon import DENIAL_CUES, DOCUMENTS, INSTITUTION_NOUNS, NEWS_OUTLETS, ORG_NOUNS
from kg.extract.model import LinkBasis, LinkRule, Party, Statement

_ANSWER_NOUNS = (
    r"claims?|allegations?|accusations?|charges?|account|story|version|lawsuit|suit|complaint|assertions?"
    r"|criticism|timeline|characteri[sz]ation|findings?|arguments?|descriptions?|portrayal|statements?|theory|report"
    r"|explanations?"
)
_ANAPHOR = re.compile(
    r"\b(?:these|those|the|such|that|this|their|its|his|her|[A-Z][\w’'.-]*(?:'s|’s))\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<noun>" + _ANSWER_NOUNS + r")\b(?P<that>\s+that\b)?",
    re.IGNORECASE,
)
_DOCUMENT_NOUNS = {"lawsuit", "suit", "complaint"}
# Words that point back at what the other side said: "What Mr. Dunmore is describing is ...",
# "the tests cited by Meridian were run on ...", "They can call it a quality problem all they want".
_REFERRED = re.compile(
    r"\b[Ww]hat (?:(?:Mr|Ms|Mrs|Dr)\.? )?(?:[A-Z][\w’'-]*|they|he|she) (?:is|are|was|were|has|have|keeps?) "
    r"(?:describing|saying|claiming|calling|alleging|suggesting|pointing to)\b"
    r"|\b(?:cited|described|claimed|alleged|presented) by (?:the |(?:Mr|Ms|Mrs|Dr)\.? )?[A-Za-z]"
    r"|\ball (?:they|he|she) want(?:s)?\b",
)
_GENERAL = re.compile(r"\bno merit\b|without merit|\bmeritless|\bbaseless|\bunfounded|\bfrivolous|every word", re.I)
_CLAIM_WORDS = {
    "claim",
    "claims",
    "allegation",
    "allegations",
    "accusation",
    "accusations",
    "charges",
    "account",
    "story",
    "version",
    "characterization",
    "characterisation",
    "assertion",
    "assertions",
    "portrayal",
    "timeline",
    "description",
}
_LEADING_PHRASE = re.compile(
    r"^\W*(?:that\s+)?(?:(?:without|with|after|before|for|in|on|by|despite|under|unlike|like)\b[^,]{0,60},\s*)?",
    re.IGNORECASE,
)
_THEY = re.compile(r"(?:(?:But|And|So)\s+)?They(?:[’']re|[’']ve)?\s+(?!can\b|could\b|may\b|might\b|would\b|will\b)")
_PLAN = re.compile(r"\W*(?:that\s+)?(?:it|he|she|they|we|the \w+)\s+(?:would|will|planned|plans|intends?)\b", re.I)
# A reply's framing, set off by commas: "Asked about that account, ...", "..., told of Odom's explanation, ...".
_REPLY = re.compile(
    r"(?:^|,)\s*(?:when\s+)?(?:asked|pressed|told of|confronted with|responding to|in response to|replying to)\b[^,]*,",
    re.IGNORECASE,
)
_CONTRAST = re.compile(r",\s*not\b")  # "paid from taxes, not the general fund" contrasts, it denies nothing
_ALSO = re.compile(r"\b(?:also|separately|in addition)\b", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:we|our|us|i|my|me|here)\b", re.IGNORECASE)
_DISMISSIVE = re.compile(r"\bstand by\b|\bsmear\b|\bno (?:merit|basis|evidence|truth)\b|\bnonsense\b", re.I)
_NEGATION = re.compile(
    r"\b(?:not|never|no|nobody|nothing|none|neither|nor|wrong|false|untrue|inaccurate|misleading|smear)\b|n[’']t\b",
    re.IGNORECASE,
)


def _mentions(words: str, name: str) -> bool:
    """Whether ``words`` name ``name``; an acronym in any case ("aws" for "AWS")."""
    flags = re.IGNORECASE if name.isupper() else 0
    return re.search(r"\b" + re.escape(name) + r"\b", words, flags) is not None


def _words(text: str) -> set[str]:
    """Content words, cut to six letters so "withheld"/"withholding" and "report"/"reported" meet."""
    return {w[:6] for w in re.findall(r"[a-z0-9']+", text.lower()) if w not in _STOP and len(w) > 2}


@dataclass
class _Link:
    rule: LinkRule
    text: str
    start: int
    end: int


class Answers:
    """Dispute and confirmation links for one article's statements."""

    def __init__(self, statements: list[Statement], parties: list[Party], text: str, sentence_starts: list[int]):
        self.statements = statements
        self.parties = {p.id: p for p in parties}
        self.text = text
        self.sentence_starts = sentence_starts
        self.by_id = {s.id: s for s in statements}
        self.carried: dict[str, str] = {}  # a denial carrying on an earlier one: {later: earlier}

    def side(self, pid: str | None) -> set[str]:
        """A party with everyone it belongs to: a spokesperson, their company, its parent."""
        found: set[str] = set()
        while pid and pid not in found and pid in self.parties:
            found.add(pid)
            pid = self.parties[pid].affiliation
        return found

    def voices(self, s: Statement) -> set[str]:
        return self.side(s.speaker) | self.side(s.on_behalf_of)

    def _outlet(self, s: Statement) -> bool:
        name = self.parties[s.speaker].name.lower()
        return name in NEWS_OUTLETS or "the " + name in NEWS_OUTLETS

    def _names(self, pid: str) -> list[str]:
        party = self.parties[pid]
        return [n for n in [party.name, *party.aliases] if len(n) > 2 and party.type != "Unknown"]

    def context(self, s: Statement) -> tuple[int, int]:
        """The answer's sentence up to the end of its words: "Asked about that account, she said it was ..."."""
        first = min(x for x in (s.start, s.cue.start if s.cue else s.start) if x is not None)
        i = bisect.bisect_right(self.sentence_starts, first) - 1
        return (self.sentence_starts[i] if i >= 0 else 0), s.end

    def recognise_denials(self) -> None:
        """A claim that answers the other side is a denial: it calls their words into question ("These
        claims are an attempt to rewrite history", "I stand by every word"), or it says the opposite
        of an earlier accusation against its speaker's side ("We have never withheld a result")."""
        for s in self.statements:
            if s.kind != "claim":
                continue
            mine = self.voices(s)
            others = [e for e in self.statements if e.start < s.start and not self.voices(e) & mine]
            if not others:
                continue
            anaphor = _ANAPHOR.search(s.text)
            questioned = anaphor is not None and (
                anaphor.group("noun").lower() in _CLAIM_WORDS or _NEGATION.search(s.text) is not None
            )
            if (
                questioned
                or _DISMISSIVE.search(s.text)
                or _REFERRED.search(s.text)
                or (
                    _NEGATION.search(s.text)
                    and self._speaks_of_itself(s, mine)
                    and any(e.kind == "allegation" and self._about(e, mine) for e in others)
                )
                or (_NEGATION.search(_CONTRAST.sub("", s.text)) and self._carries_on(s, mine))
                or self._explains(s, mine)
                or self._replies(s, others)
            ):
                s.kind = "denial"

    def _replies(self, s: Statement, others: list[Statement]) -> bool:
        """Whether ``s`` is the reply to what the other side said, put to its speaker: "Asked about that
        account, Delgado said ...", "Lindqvist, told of Odom's explanation, said ...", "Asked whether
        Porter had been injured, Vollmer said ...". The framing names one of them or their words."""
        if s.cue is None:
            return False
        lo = self.context(s)[0]
        framing = _REPLY.search(self.text[lo : min(s.start, s.cue.start)])
        if framing is None:
            return False
        words = framing.group(0)
        if _ANAPHOR.search(words):
            return True
        return any(_mentions(words, n) for e in others for pid in self.voices(e) for n in self._names(pid))

    def _carries_on(self, s: Statement, mine: set[str]) -> bool:
        """Whether ``s`` carries on its side's denial: "Whitlock denied the accusations in a statement.
        'No offer was ever agreed,' the statement read." Only its side's claims come in between, within
        three sentences, and it names nobody of the other side ("Parler has shown ..." accuses)."""
        words = self.text[s.start : s.end]
        if any(_mentions(words, n) for pid in self.parties if not self.side(pid) & mine for n in self._names(pid)):
            return False
        here = self._sentence(s.start)
        for e in sorted((e for e in self.statements if e.start < s.start), key=lambda e: -e.start):
            if here - self._sentence(e.start) > 3 or not self.voices(e) & mine:
                return False
            if e.kind == "denial":
                self.carried[s.id] = e.id
                return True
            if e.kind != "claim":
                return False  # "Luis Ortega confirmed the auditor's account. He said ...": no denial carried on
        return False

    def _explains(self, s: Statement, mine: set[str]) -> bool:
        """Whether ``s`` gives the grounds of its side's denial just before it: "Voltride denied that it
        had dismissed complaints. The company said it had investigated every report", "Barela disputed
        her account, saying the observers had been kept behind a rope line". Reported speech only, in the
        denial's sentence or the next, with nothing said in between and no "also" (another matter)."""
        if s.quote == "direct" or _ALSO.search(self.text[self.context(s)[0] : s.end]):
            return False
        before = [e for e in self.statements if e.end <= s.start or e.start < s.start]
        e = max(before, key=lambda e: e.start, default=None)
        if e is None or e.kind != "denial" or e.speaker != s.speaker or e.cue is None or s.cue is None:
            return False
        if e.cue.lemma not in DENIAL_CUES or e.cue.start == s.cue.start or _PLAN.match(s.text):
            return False
        if self._sentence(s.start) - self._sentence(e.start) > 1:
            return False
        self.carried[s.id] = e.id
        return True

    def recognise_allegations(self) -> None:
        """What a court filing says about another party ("AWS broke its contract") is an allegation;
        what it says of its own side ("It will destroy the business") stays a claim."""
        for s in self.statements:
            if s.kind != "claim":
                continue
            if s.origin is not None and s.origin.kind == "court filing":
                mine = self.voices(s)
                others = {pid for pid in self.parties if not self.side(pid) & mine}
                if self._leads_with(s, others):
                    s.kind = "allegation"
            elif s.quote == "direct" and _THEY.match(self.text, s.start):
                s.kind = "allegation"

    def _leads_with(self, s: Statement, side: set[str]) -> bool:
        """Whether a statement's first words name one of ``side``'s parties, or describe its organisation
        ("the company knew", "the authority learned") where the speaker is no such thing: roughly,
        it is their deed. A leading phrase set off by a comma is not its subject ("Without AWS, Parler is
        finished")."""
        head = " ".join(_LEADING_PHRASE.sub("", self.text[s.start : s.end], count=1).split()[:4])
        if any(_mentions(head, n) for pid in side for n in self._names(pid)):
            return True
        m = re.search(r"\b[Tt]he (\w+)", head)
        noun = m.group(1).lower() if m else ""
        if noun not in ORG_NOUNS:
            return False
        return self._describes(side, noun) and not self._describes({s.speaker}, noun)

    def _describes(self, side: set[str], noun: str) -> bool:
        """Whether "the <noun>" can be one of ``side``'s organisations: a generic noun ("the company")
        for any, an institution ("the authority") for one whose name says it."""
        orgs = [self.parties[p].name.lower() for p in side if self.parties[p].type == "Organization"]
        if noun in INSTITUTION_NOUNS:
            return any(noun in name.split() for name in orgs)
        return bool(orgs)

    def _speaks_of_itself(self, s: Statement, side: set[str]) -> bool:
        """Whether a statement is about its own side ("we never", "nobody here", the side's name) and
        names none of the others: "Parler has shown it cannot ..." accuses, it does not deny."""
        words = self.text[s.start : s.end]
        own = _FIRST_PERSON.search(words) is not None or self._about(s, side)
        other = any(_mentions(words, n) for pid in self.parties if not self.side(pid) & side for n in self._names(pid))
        return own and not other

    def _about(self, s: Statement, side: set[str]) -> bool:
        """Whether a statement is about a side: says so (``about``) or names one of its parties."""
        if s.about in side:
            return True
        words = self.text[s.start : s.end]
        return any(_mentions(words, n) for pid in side for n in self._names(pid))

    def link(self) -> None:
        for answer in self.statements:
            if answer.kind in ("denial", "confirmation"):
                self._answer(answer)

    def _carry(self, answer: Statement) -> None:
        """A denial carrying on an earlier one answers what that one answered: those of its statements
        it shares two words with, else all of them."""
        earlier = self.by_id[self.carried[answer.id]]
        answered = [self.by_id[t] for t in earlier.disputes]
        said = _words(answer.text)
        chosen = [s for s in answered if len(said & _words(s.text)) >= 2] or answered
        answer.disputes, answer.disputes_party = [s.id for s in chosen], earlier.disputes_party
        answer.dispute_basis = [LinkBasis(s.id, "contradiction", answer.text, answer.start, answer.end) for s in chosen]

    def _answer(self, answer: Statement) -> None:
        if answer.id in self.carried:
            self._carry(answer)
            return
        mine = self.voices(answer)
        others = [
            s
            for s in self.statements
            if s.kind in ("allegation", "claim", "denial") and not self.voices(s) & mine and s.id != answer.continues
        ]
        earlier = [s for s in others if s.start < answer.start or answer.start <= s.start < answer.end]
        lo, hi = self.context(answer)
        words = self.text[lo:hi]
        anaphor = _ANAPHOR.search(words)
        general = _GENERAL.search(answer.text)
        if not earlier and (anaphor or general):  # "Amazon denied the allegations. Parler alleged that ..."
            earlier = [s for s in others if s.kind == "allegation"][:1]
        named = self._named(answer, earlier, mine, lo, words)
        pool = earlier if named else [s for s in earlier if not self._outlet(s)]
        accusations = [s for s in pool if s.kind == "allegation" or self._disputed_voices(s) & mine]
        if not pool:
            self._unanswered(answer)
            return
        latest = (accusations or pool)[-1]
        target_side = self.side(named[0]) if named else self.voices(latest)
        theirs = [s for s in pool if self.voices(s) & target_side]
        charged = [s for s in theirs if s.kind == "allegation" or (s.kind == "claim" and self._leads_with(s, mine))]
        chosen: list[Statement]
        documented = self._from_document(anaphor.group("noun"), pool) if anaphor else []
        if documented:  # "That timeline is wrong": what the timeline said
            assert anaphor is not None
            chosen = documented
            why = _Link("anaphora", anaphor.group(0), lo + anaphor.start(), lo + anaphor.end())
        elif anaphor and anaphor.group("that"):
            said = _words(words[anaphor.end() :])
            accused = [s for s in pool if s.kind == "allegation" or (s.kind == "claim" and self._leads_with(s, mine))]
            matched = [s for s in pool if len(said & _words(s.text)) >= (1 if s in accused else 2)]
            chosen = self._grounds(matched, accused, pool) or charged[-1:] or theirs[-1:]
            why = _Link("anaphora", anaphor.group(0), lo + anaphor.start(), lo + anaphor.end())
        elif named or general or (anaphor and self._plural(anaphor.group("noun"))):
            chosen = list(charged)
            if named:
                first = charged[0].start if charged else answer.start
                chosen += [s for s in theirs if s.kind == "claim" and s.start > first]
            chosen += [s for s in theirs if s.kind == "denial" and any(t in mine for t in self._disputed_voices(s))]
            chosen = chosen or theirs[-1:]
            if named:
                why = _Link("named party", named[1], named[2], named[3])
            elif anaphor:
                why = _Link("anaphora", anaphor.group(0), lo + anaphor.start(), lo + anaphor.end())
            else:
                assert general is not None
                why = _Link("anaphora", general.group(0), answer.start + general.start(), answer.start + general.end())
        elif anaphor:
            last = self._root((charged or theirs)[-1])
            chosen = [s for s in theirs if self._root(s) is last]
            why = _Link("anaphora", anaphor.group(0), lo + anaphor.start(), lo + anaphor.end())
        else:
            said = _words(answer.text)
            chosen = [s for s in theirs if len(said & _words(s.text)) >= (1 if s.kind == "allegation" else 3)]
            why = _Link("contradiction", answer.text, answer.start, answer.end)
            if not chosen:
                chosen = charged[-1:] or theirs[-1:]
                why = _Link("nearest accuser", answer.text, answer.start, answer.end)
        chosen = sorted({s.id: s for s in chosen}.values(), key=lambda s: s.start)
        party = self._whose(latest if not named else None, named[0] if named else None)
        basis = [LinkBasis(s.id, why.rule, why.text, why.start, why.end) for s in chosen]
        if answer.kind == "denial":
            answer.disputes, answer.disputes_party, answer.dispute_basis = [s.id for s in chosen], party, basis
        else:
            answer.confirms, answer.confirms_party, answer.confirm_basis = [s.id for s in chosen], party, basis

    @staticmethod
    def _from_document(noun: str, pool: list[Statement]) -> list[Statement]:
        """The statements a document the answer names gave ("According to the timeline, ...", "the
        statement said") when it names one of the other side's documents."""
        noun = noun.lower()
        if noun not in DOCUMENTS:
            return []
        return [s for s in pool if s.origin is not None and noun in s.origin.text.lower().split()]

    def _grounds(self, matched: list[Statement], accused: list[Statement], pool: list[Statement]) -> list[Statement]:
        """What an answer to ``matched`` also answers: its speaker's accusations around it ("a lawyer says
        the company knew"), and the claim offered for one in the next sentence ("Bramble & Finch had
        received complaints in 2021. 'They sold these strollers for two more years ...'")."""
        found = list(matched)
        for s in pool:
            if (
                s in matched
                or s.kind not in ("claim", "allegation")
                or _ALSO.search(self.text[self.context(s)[0] : s.start])
            ):
                continue  # "She also alleged that ...": another charge, not the grounds of this one
            here = self._sentence(s.start)
            for a in matched:
                gap = here - self._sentence(a.start)
                if a.speaker == s.speaker and ((s in accused and abs(gap) <= 2) or gap == 1):
                    found.append(s)
                    break
        return found

    def _sentence(self, pos: int) -> int:
        return bisect.bisect_right(self.sentence_starts, pos)

    def _named(
        self, answer: Statement, earlier: list[Statement], mine: set[str], lo: int, words: str
    ) -> tuple[str, str, int, int] | None:
        """The other-side party an answer names, with statements to answer: (party, name, start, end)."""
        speakers = {v for s in earlier for v in self.voices(s)}
        for pid in sorted(speakers, key=lambda p: -len(self.parties[p].name)):
            if self.side(pid) & mine:
                continue
            role = self.parties[pid].role
            for name in self._names(pid):
                m = re.search(r"\b" + re.escape(name) + r"\b", words)
                if m is not None:
                    return pid, name, lo + m.start(), lo + m.end()
            m = re.search(r"\bthe " + re.escape(role) + r"(?:'s|’s)", words, re.IGNORECASE) if role else None
            if m is not None:  # "the auditor's account": the auditor named by role
                return pid, m.group(0), lo + m.start(), lo + m.end()
        return None

    @staticmethod
    def _plural(noun: str) -> bool:
        return noun.lower().endswith("s") or noun.lower() in _DOCUMENT_NOUNS

    def _disputed_voices(self, s: Statement) -> set[str]:
        return {v for t in s.disputes if t in self.by_id for v in self.voices(self.by_id[t])}

    def _root(self, s: Statement) -> Statement:
        """The first statement of the utterance ``s`` belongs to (its chain of ``continues``)."""
        seen = {s.id}
        while s.continues in self.by_id and s.continues not in seen:
            s = self.by_id[s.continues]
            seen.add(s.id)
        return s

    def _whose(self, latest: Statement | None, named: str | None) -> str | None:
        """The party whose words are answered: the one named, else who the latest accuser spoke for."""
        if named:
            return named
        if latest is None:
            return None
        return latest.on_behalf_of or latest.speaker

    @staticmethod
    def _unanswered(answer: Statement) -> None:
        """An answer with nothing in the article to answer says nothing the graph can link: a claim."""
        answer.kind = "claim"
