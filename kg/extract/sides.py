"""Who is on which side of an article's exchange, and which statements accuse or answer the other side.

A side is a party with everyone it belongs to (a spokesperson, their company, its parent). Before
any dispute link is drawn (``kg.extract.disputes``), statements are classed by what they do to the
other side: what a court filing says about another party is an allegation, and so is a quoted
"They ..." that does something; a claim is a denial when it calls the other side's words into
question ("These claims are an attempt to rewrite history", "I stand by every word"), says the
opposite of an accusation against its own side ("We have never withheld a result"), carries on or
gives the grounds of its speaker's denial just before ("Voltride denied that ... . The company said
it had investigated every report"), or replies to the other side's words put to its speaker
("Asked about that account, Delgado said ...").
"""

from __future__ import annotations

import bisect
import re

from kg.extract.lexicon import ANSWER_STOP_WORDS as _STOP
from kg.extract.lexicon import DENIAL_CUES, INSTITUTION_NOUNS, NEWS_OUTLETS, ORG_NOUNS
from kg.extract.model import Party, Statement

ANSWER_NOUNS = (
    r"claims?|allegations?|accusations?|charges?|account|story|version|lawsuit|suit|complaint|assertions?"
    r"|criticism|timeline|characteri[sz]ation|findings?|arguments?|descriptions?|portrayal|statements?|theory|report"
    r"|explanations?|figures|numbers|estimates?|ideas?|notion|suggestions?|narrative"
)
ANAPHOR = re.compile(
    r"\b(?:these|those|the|such|that|this|their|its|his|her|[A-Z][\w’'.-]*(?:'s|’s))\s+(?:(?!(?:it|he|she|they|we|you|i)\b)[\w-]+\s+){0,2}?"
    r"(?P<noun>" + ANSWER_NOUNS + r")\b(?P<that>\s+that\b)?",
    re.IGNORECASE,
)
# Words that point back at what the other side said: "What Mr. Dunmore is describing is ...",
# "the tests cited by Meridian were run on ...", "They can call it a quality problem all they want".
REFERRED = re.compile(
    r"\b[Ww]hat (?:(?:Mr|Ms|Mrs|Dr)\.? )?(?:[A-Z][\w’'-]*|they|he|she) (?:is|are|was|were|has|have|keeps?) "
    r"(?:describing|saying|claiming|calling|alleging|suggesting|pointing to)\b"
    r"|\b(?:cited|described|claimed|alleged|presented) by (?:the |(?:Mr|Ms|Mrs|Dr)\.? )?[A-Za-z]"
    r"|\ball (?:they|he|she) want(?:s)?\b"
    r"|\b(?:[Tt]he|[Tt]hat|[Tt]his|[Tt]hose|[Tt]hese) [a-z]+ (?:(?:Mr|Ms|Mrs|Dr)\.? )?[A-Z][\w’'-]* "
    r"(?:describes|described|cites|cited|mentions|mentioned|refers to|referred to|points to|pointed to)\b",
)
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
    "idea",
    "notion",
    "suggestion",
    "narrative",
}
_LEADING_PHRASE = re.compile(
    r"^\W*(?:that\s+)?(?:(?:without|with|after|before|for|in|on|by|despite|under|unlike|like)\b[^,]{0,60},\s*)?",
    re.IGNORECASE,
)
_THEY = re.compile(r"(?:(?:But|And|So)\s+)?They(?:[’']re|[’']ve)?\s+(?!can\b|could\b|may\b|might\b|would\b|will\b)")
PLAN = re.compile(r"\W*(?:that\s+)?(?:it|he|she|they|we|the \w+)\s+(?:would|will|planned|plans|intends?)\b", re.I)
# A reply's framing, set off by commas: "Asked about that account, ...", "..., told of Odom's explanation, ...".
_REPLY = re.compile(
    r"(?:^|,)\s*(?:when\s+)?(?:asked|pressed|told of|confronted with|responding to|in response to|replying to)\b[^,]*,",
    re.IGNORECASE,
)
# A reply's framing pointing back with a bare demonstrative: "Asked about that,", "Told of this,".
_POINTED = re.compile(r"\b(?:about|of|to|with|on)\s+(?:that|this|it|those)\s*,$", re.IGNORECASE)
_POINTER = re.compile(r"\b(?:that|this|it|those)(?=\s*,$)", re.IGNORECASE)
_DENYING = DENIAL_CUES | {"call"}  # "called the findings 'a smear'" denies by naming them
_AND = re.compile(r"[\"”’'.,]*\s+and\s")  # "... 'a publicity stunt' and said ..."
_CONTRAST = re.compile(r",\s*not\b")  # "paid from taxes, not the general fund" contrasts, it denies nothing
ALSO = re.compile(r"\b(?:also|separately|in addition)\b", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:we|our|us|i|my|me|here)\b", re.IGNORECASE)
_DISMISSIVE = re.compile(
    r"\b(?:stand|stands|stood) (?:by|behind)\b|\bsmear\b|\bno (?:merit|basis|evidence|truth)\b|\bnonsense\b", re.I
)
# A negated restatement of a charge's topic: "had nothing to do with politics", "was not motivated by greed"
# ("not about to" is a plan).
_REBUTTAL = re.compile(
    r"\b(?:nothing|little) to do with (?P<with>[^.;:,]+)|\b(?:not|never|n[’']t) (?:about(?! to\b)|(?:motivated|driven) by) (?P<by>[^.;:,]+)",
    re.IGNORECASE,
)
_NEGATION = re.compile(
    r"\b(?:not|never|no|nobody|nothing|none|neither|nor|wrong|false|untrue|inaccurate|misleading|smear)\b|n[’']t\b",
    re.IGNORECASE,
)


# A live blog's time stamp, alone on its line: "6:48 p.m.", "10:15 a.m. ET", "14:05".
_STAMP = re.compile(r"^[ \t]*(\d{1,2}):(\d{2})[ \t]*([ap])?\.?[ \t]*m?\.?(?:[ \t]+[A-Z]{2,4})?[ \t]*$", re.M | re.I)


def newest_first(text: str) -> list[int]:
    """Where the entries of a newest-first live blog begin, when the article is one: three or more time
    stamps on lines of their own, each earlier than the one above it. Time, not the order of the text,
    decides what an answer can answer, and there the answer sits above what it answers."""
    stamps = [(m.start(), _minutes(m)) for m in _STAMP.finditer(text)]
    if len(stamps) < 3 or any(below >= above for (_, below), (_, above) in zip(stamps[1:], stamps)):
        return []
    return [pos for pos, _ in stamps]


def _minutes(m: re.Match[str]) -> int:
    hour, minute, half = int(m.group(1)) % 12 if m.group(3) else int(m.group(1)), int(m.group(2)), m.group(3)
    return (hour + (12 if half and half.lower() == "p" else 0)) * 60 + minute


_COMPLAINT = re.compile(r"\b(?:complaint|lawsuit|suit|petition)\b", re.I)
_RESPONSE = re.compile(r"\b(?:brief|opposition|motion to dismiss|answer|response|reply)\b", re.I)


def _pleading(s: Statement) -> str:
    """Which side of a court exchange a statement's filing is: the "complaint" that starts it or the "response"."""
    if s.origin is None or s.origin.kind != "court filing":
        return ""
    if _RESPONSE.search(s.origin.text):
        return "response"
    return "complaint" if _COMPLAINT.search(s.origin.text) else ""


def mentions(words: str, name: str) -> bool:
    """Whether ``words`` name ``name``; an acronym in any case ("aws" for "AWS")."""
    flags = re.IGNORECASE if name.isupper() else 0
    return re.search(r"\b" + re.escape(name) + r"\b", words, flags) is not None


def content_words(text: str) -> set[str]:
    """Content words, a plural's "s" dropped and cut to six letters so "rents"/"rent", "withheld"/"withholding"
    and "report"/"reported" meet."""
    words = re.findall(r"[a-z0-9']+", text.lower())
    return {
        (w[:-1] if w.endswith("s") and not w.endswith("ss") else w)[:6] for w in words if w not in _STOP and len(w) > 2
    }


class Sides:
    """The sides of one article's exchange, and which of their statements accuse or answer."""

    def __init__(self, statements: list[Statement], parties: list[Party], text: str, sentence_starts: list[int]):
        self.statements = statements
        self.parties = {p.id: p for p in parties}
        self.text = text
        self.sentence_starts = sentence_starts
        self.by_id = {s.id: s for s in statements}
        self.carried: dict[str, str] = {}  # a denial carrying on an earlier one: {later: earlier}
        self.rebutted: dict[str, tuple[list[str], re.Match[str]]] = {}  # {rebuttal: (charges, its words)}
        self.speaking = {v for s in statements for v in self.voices(s)}
        entries = newest_first(text)
        self._when = {s.id: (-bisect.bisect_right(entries, s.start), s.start) for s in statements}

    def said_before(self, s: Statement, answer: Statement) -> bool:
        """Whether ``s`` was said before ``answer``: in the order of the text, or of a live blog's entries; a
        complaint always before the brief that opposes it, wherever the story tells them."""
        pleads = _pleading(s), _pleading(answer)
        if pleads in (("complaint", "response"), ("response", "complaint")):
            return pleads[0] == "complaint"
        return self._when[s.id] < self._when[answer.id]

    def in_time(self, statements: list[Statement]) -> list[Statement]:
        return sorted(statements, key=lambda s: self._when[s.id])

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
        cue = s.cue.start if s.cue and "\n\n" not in self.text[s.cue.start : s.start] else s.start
        first = min(s.start, cue)  # a quotation paragraphs after its cue ("sent this statement:") is its own
        i = bisect.bisect_right(self.sentence_starts, first) - 1
        return (self.sentence_starts[i] if i >= 0 else 0), s.end

    def recognise_denials(self) -> None:
        """A claim that answers the other side is a denial: it calls their words into question ("These
        claims are an attempt to rewrite history", "I stand by every word"), or it says the opposite
        of an earlier accusation against its speaker's side ("We have never withheld a result")."""
        for s in self.statements:
            if s.kind == "denial" and s.cue is not None and s.cue.lemma not in _DENYING:
                self._echoes(s)
            if s.kind != "claim":
                continue
            mine = self.voices(s)
            others = [e for e in self.statements if self.said_before(e, s) and not self.voices(e) & mine]
            if not others:
                self._rebuts(s, mine)
                continue
            anaphor = ANAPHOR.search(s.text)
            questioned = anaphor is not None and (
                anaphor.group("noun").lower() in _CLAIM_WORDS
                or _NEGATION.search(s.text) is not None
                or (anaphor.start() == 0 and s.cue is not None and s.cue.lemma == "call")  # called the suit "a stunt"
            )
            if (
                questioned
                or _DISMISSIVE.search(s.text)
                or REFERRED.search(s.text)
                or (
                    _NEGATION.search(s.text)
                    and self._speaks_of_itself(s, mine)
                    and any(e.kind == "allegation" and self._about(e, mine) for e in others)
                )
                or (_NEGATION.search(_CONTRAST.sub("", s.text)) and self._carries_on(s, mine))
                or self._explains(s, mine)
                or self._conjoined(s)
                or self._counters(s, mine, others)
                or self._replies(s, others)
            ):
                s.kind = "denial"
            else:
                self._rebuts(s, mine)

    def _echoes(self, s: Statement) -> None:
        """A denial by its own words ("That simply did not happen") right after its speaker's side denied
        something, naming nothing it answers, carries that denial on: it answers what that one answered."""
        if ANAPHOR.search(s.text) is None and not REFERRED.search(s.text):
            self._carries_on(s, self.voices(s))

    def _rebuts(self, s: Statement, mine: set[str]) -> None:
        """A claim that says the charge against its side was not what the other side said it was, in the charge's
        own topic ("had nothing to do with politics" against "AWS's decision was politically motivated"), is a
        denial of those charges wherever the story reports them: the words presuppose the charge was made, and
        a story's lead often gives the answer before the charge. A charge dated after it is not answered."""
        m = _REBUTTAL.search(s.text)
        if m is None or PLAN.match(s.text):
            return
        topic = content_words(" ".join((m["with"] or m["by"]).split()[:6]))
        charges = [
            e.id
            for e in self.statements
            if e.kind in ("allegation", "claim")
            and not self.voices(e) & mine
            and not (e.date and s.date and e.date > s.date)
            and (self._about(e, mine) or self._leads_with(e, mine))
            and topic & content_words(e.text)
        ]
        if charges:
            s.kind = "denial"
            self.rebutted[s.id] = (charges, m)

    def _conjoined(self, s: Statement) -> bool:
        """Whether ``s`` is said in one breath with its speaker's denial: "called the lawsuit 'a publicity
        stunt' and said every request had been answered", "said it 'has paid every raise' and disputed the
        workers' account". Reported speech in the denial's sentence, naming no plan."""
        if s.quote == "direct" or s.cue is None or PLAN.match(s.text):
            return False
        here = self._sentence(s.start)
        for e in self.statements:
            first, then = (e, s) if e.start < s.start else (s, e)
            joined = _AND.match(
                self.text, first.end, min(x for x in (then.start, then.cue.start if then.cue else then.start))
            )
            if (
                joined
                and e is not s
                and e.kind == "denial"
                and e.speaker == s.speaker
                and e.cue is not None
                and e.cue.lemma in _DENYING
                and e.cue.start != s.cue.start
                and self._sentence(e.start) == here
            ):
                self.carried[s.id] = e.id
                return True
        return False

    def _counters(self, s: Statement, mine: set[str], others: list[Statement]) -> bool:
        """Whether ``s`` gives its side's contrary account of an accusation against it: it negates ("had
        nothing to do with complaints", "was never used to decide claims") and shares two or more words
        with an earlier charge of the other side against its side, and names none of them."""
        if _NEGATION.search(s.text) is None or PLAN.match(s.text):
            return False
        if any(mentions(s.text, n) for e in others for pid in self.voices(e) for n in self._names(pid)):
            return False  # "respects Parler's right ..., but could not host it": a charge of its own
        said = content_words(s.text)
        return any(
            (e.kind == "allegation" and self._about(e, mine)) or self._leads_with(e, mine)
            for e in others
            if e.kind in ("allegation", "claim") and len(said & content_words(e.text)) >= 2
        )

    def _replies(self, s: Statement, others: list[Statement]) -> bool:
        """Whether ``s`` is the reply to what the other side said, put to its speaker: "Asked about that
        account, Delgado said ...", "Lindqvist, told of Odom's explanation, said ...", "Asked whether
        Porter had been injured, Vollmer said ...". The framing names one of them or their words."""
        framing = self.framing(s)
        if framing is None:
            return False
        words = framing[1]
        if ANAPHOR.search(words) or _POINTED.search(words):  # "Asked about that, ...": what was just said
            return True
        return any(mentions(words, n) for e in others for pid in self.voices(e) for n in self._names(pid))

    def framing(self, s: Statement) -> tuple[int, str] | None:
        """The words that frame ``s`` as a reply, set off by commas before its cue ("Asked about that,"), and
        where they start."""
        if s.cue is None:
            return None
        lo = self.context(s)[0]
        m = _REPLY.search(self.text[lo : min(s.start, s.cue.start)])
        return (lo + m.start(), m.group(0)) if m is not None else None

    def pointed(self, s: Statement) -> tuple[str, int, int] | None:
        """The bare demonstrative a reply's framing points back with ("Asked about that,"), and where it is."""
        framing = self.framing(s)
        m = _POINTER.search(framing[1]) if framing is not None else None
        return (m.group(0), framing[0] + m.start(), framing[0] + m.end()) if m is not None and framing else None

    def _carries_on(self, s: Statement, mine: set[str]) -> bool:
        """Whether ``s`` carries on its side's denial: "Whitlock denied the accusations in a statement.
        'No offer was ever agreed,' the statement read." Only its side's claims come in between, within
        three sentences, and it names nobody of the other side ("Parler has shown ..." accuses)."""
        words = self.text[s.start : s.end]
        if any(mentions(words, n) for pid in self.speaking if not self.side(pid) & mine for n in self._names(pid)):
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
        her account, saying the observers had been kept behind a rope line", "She called the findings 'a
        smear.' She said every charge had been approved". Reported speech only, in the denial's sentence
        or the next, with nothing said in between and no "also" (another matter)."""
        if s.quote == "direct" or ALSO.search(self.text[self.context(s)[0] : s.end]):
            return False
        before = [e for e in self.statements if e.end <= s.start or e.start < s.start]
        e = max(before, key=lambda e: e.start, default=None)
        if e is None or e.kind != "denial" or e.speaker != s.speaker or e.cue is None or s.cue is None:
            return False
        if e.cue.lemma not in _DENYING or e.cue.start == s.cue.start or PLAN.match(s.text):
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
        if any(mentions(head, n) for pid in side for n in self._names(pid)):
            return True
        m = re.search(r"\b[Tt]he (\w+)(?: (\w+))?", head)  # "the company", "the tech giant"
        noun = next((w.lower() for w in (m.groups() if m else ()) if w and w.lower() in ORG_NOUNS), "")
        if not noun:
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
        other = any(mentions(words, n) for pid in self.speaking if not self.side(pid) & side for n in self._names(pid))
        return own and not other

    def _about(self, s: Statement, side: set[str]) -> bool:
        """Whether a statement is about a side: says so (``about``) or names one of its parties."""
        if s.about in side:
            return True
        words = self.text[s.start : s.end]
        return any(mentions(words, n) for pid in side for n in self._names(pid))

    def _sentence(self, pos: int) -> int:
        return bisect.bisect_right(self.sentence_starts, pos)

    def _root(self, s: Statement) -> Statement:
        """The first statement of the utterance ``s`` belongs to (its chain of ``continues``)."""
        seen = {s.id}
        while s.continues in self.by_id and s.continues not in seen:
            s = self.by_id[s.continues]
            seen.add(s.id)
        return s
