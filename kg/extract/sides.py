"""Who is on which side of an article's exchange, in what order things were said, and what words refer back.

A side is a party with everyone it belongs to (a spokesperson, their company, its parent). Which statements
accuse or answer the other side is decided on these in ``kg.extract.denials``; which statements an answer
answers, in ``kg.extract.disputes``.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.extract.lexicon import ANSWER_STOP_WORDS as _STOP
from kg.extract.lexicon import BENCH_ROLES, INSTITUTION_NOUNS, LEGAL_FORMS, NEWS_OUTLETS, ORG_NOUNS
from kg.extract.model import Party, Statement

ANSWER_NOUNS = (
    r"claims?|allegations?|accusations?|charges?|account|story|version|lawsuit|suit|complaint|assertions?"
    r"|criticism|timeline|characteri[sz]ation|findings?|arguments?|descriptions?|portrayal|statements?|theory|report"
    r"|explanations?|figures|numbers|estimates?|ideas?|notion|suggestions?|narrative|comparisons?|remarks|comments"
    r"|conclusions?|interpretations?|assessments?|depictions?|analys[ie]s"
)
# Words referring back to what was said: "these claims", "both accusations", "Delgado's account", "the residents'
# figures" (a plural possessive, as owner or among the words before the noun); never an owner any one of many could be
# ("each artist's statement", "a spokesman's account", "anyone else's account"): those point back at nothing said.
ANAPHOR = re.compile(
    r"\b(?:these|those|the|such|that|this|their|its|his|her|both"
    r"|(?<!\ba )(?<!\ban )(?<!\beach )(?<!\bevery )(?<!\bany )(?!else\b)(?:[A-Z][\w’'.-]*(?:'s|’s)|[A-Z][\w.-]*s['’]))\s+"
    r"(?:(?!(?:it|he|she|they|we|you|i)\b)[\w-]+['’]?\s+){0,2}?"
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
    r"|\b(?:[Tt]he|[Tt]hat|[Tt]his|[Tt]hose|[Tt]hese) [a-z]+ (?:that |which )?"
    r"(?:(?:the|its|their) [a-z]+|he|she|they|(?:(?:Mr|Ms|Mrs|Dr)\.? )?[A-Z][\w’'-]*) "
    r"(?:describes|described|cites|cited|mentions|mentioned|refers to|referred to|points to|pointed to|relies on"
    r"|relied on|quotes|quoted)\b",
)
_LEADING_PHRASE = re.compile(
    r"^\W*(?:that\s+)?(?:(?:without|with|after|before|for|in|on|by|despite|under|unlike|like)\b[^,]{0,60},\s*)?",
    re.IGNORECASE,
)
# A pointer judged untrue, the whole of what is said: "that was not correct", "That is false", 'that was "simply
# wrong"'. It denies what it points back at, whatever the story.
UNTRUE = re.compile(
    r"\W*(?:that|this|it)(?:['’]s|\s+(?:is|was))\s+[\"“']?(?:\w+ly\s+)?(?:not\s+(?:\w+ly\s+)?(?:true|correct|accurate"
    r"|right|so|the case|what happened|how it happened|the truth)|false|untrue|wrong|incorrect|inaccurate|nonsense|rubbish|a lie)\W*$",
    re.IGNORECASE,
)
# A side's account of what the other side's case is about: "This case is not about suppressing speech", "The
# lawsuit is about a customer that would not take down threats".
FRAMED = re.compile(r"\b(?:this|the) (?:case|lawsuit|suit|complaint) (?:is|was) (?:not |never )?about\b", re.I)
PLAN = re.compile(r"\W*(?:that\s+)?(?:it|he|she|they|we|the \w+)\s+(?:would|will|planned|plans|intends?)\b", re.I)
ALSO = re.compile(r"\b(?:also|separately|in addition)\b", re.IGNORECASE)
FIRST_PERSON = re.compile(r"\b(?:we|our|us|i|my|me|here)\b", re.IGNORECASE)


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
    return mentioned_at(words, name) is not None


def mentioned_at(words: str, name: str) -> int | None:
    """Where ``words`` first name ``name``, or None."""
    m = _whole_word(name).search(words)
    return None if m is None else m.start()


@lru_cache(maxsize=4096)
def _whole_word(name: str) -> re.Pattern[str]:
    """``name`` as a whole word, built once: ``mentions`` runs for every statement and name (1% of extraction)."""
    return re.compile(r"\b" + re.escape(name) + r"\b", re.IGNORECASE if name.isupper() else 0)


def content_words(text: str) -> set[str]:
    """Content words, a plural's "s" dropped and cut to six letters so "rents"/"rent", "withheld"/"withholding"
    and "report"/"reported" meet."""
    words = re.findall(r"[a-z0-9']+", text.lower())
    return {
        (w[:-1] if w.endswith("s") and not w.endswith("ss") else w)[:6] for w in words if w not in _STOP and len(w) > 2
    }


def named_units(parties: list[Party]) -> dict[str, str]:
    """Organisations named after another one in the article, as its units: "Amazon Web Services" after "Amazon",
    "Halden board" after "Halden", "Alpenquell Brunnen GmbH" after "Alpenquell" ({unit: organisation}). Over the
    studied splits Amazon Web Services and Amazon were two parties with no affiliation between them in 40 articles,
    and an AWS denial "disputed" Amazon's own counter-charges (``Sides.kin``)."""

    def words(name: str) -> list[str]:  # legal forms and a web suffix aside: "Amazon.com Inc." is "amazon"
        found = [w.rstrip(".,").removesuffix(".com") for w in name.lower().split()]
        return [w for w in found if w and w not in LEGAL_FORMS]

    orgs = {p.id: words(p.name) for p in parties if p.type == "Organization" and not p.affiliation}
    found: dict[str, str] = {}
    for unit, long in orgs.items():
        heads = [(len(short), pid) for pid, short in orgs.items() if 0 < len(short) < len(long)]
        named = [(n, pid) for n, pid in heads if long[:n] == orgs[pid]]
        if named:
            found[unit] = max(named)[1]
    return found


class Sides:
    """The sides of one article's exchange, and which of their statements accuse or answer."""

    def __init__(self, statements: list[Statement], parties: list[Party], text: str, sentence_starts: list[int]):
        self.statements = statements
        self.parties = {p.id: p for p in parties}
        self.text = text
        self.sentence_starts = sentence_starts
        self.by_id = {s.id: s for s in statements}
        self.units = named_units(parties)
        self.carried: dict[str, str] = {}  # a denial carrying on an earlier one: {later: earlier}
        self.rebutted: dict[str, tuple[list[str], re.Match[str]]] = {}  # {rebuttal: (charges, its words)}
        self.taken: set[str] = set()  # answers that take up the other side's words again (Denials._takes_up)
        self.countered: set[str] = set()  # answers set against what was just said ("insisted", Denials._contrary)
        self.leaning: set[str] = set()  # claims that nearly read as charges (kg.extract.charges.LEANING)
        self.charging: dict[str, float] = {}  # how much each claim reads as a charge (kg.extract.charges)
        self.counters: dict[str, tuple[str, int, int]] = {}  # learned answers: {id: words that weighed most}
        self.speaking = {v for s in statements for v in self.voices(s)}
        entries = newest_first(text)
        # When each statement was said, comparable: the order callers (kg.extract.counters) weigh answers by.
        self.when = {s.id: (-bisect.bisect_right(entries, s.start), s.start) for s in statements}

    def said_before(self, s: Statement, answer: Statement) -> bool:
        """Whether ``s`` was said before ``answer``: in the order of the text, or of a live blog's entries; a
        complaint always before the brief that opposes it, wherever the story tells them."""
        pleads = _pleading(s), _pleading(answer)
        if pleads in (("complaint", "response"), ("response", "complaint")):
            return pleads[0] == "complaint"
        return self.when[s.id] < self.when[answer.id]

    def in_time(self, statements: list[Statement]) -> list[Statement]:
        return sorted(statements, key=lambda s: self.when[s.id])

    def side(self, pid: str | None) -> set[str]:
        """A party with everyone it belongs to: a spokesperson, their company, its parent."""
        found: set[str] = set()
        while pid and pid not in found and pid in self.parties:
            found.add(pid)
            pid = self.parties[pid].affiliation
        return found

    def kin(self, side: set[str]) -> set[str]:
        """A side with the organisations named after its own and those its own are named after (``named_units``):
        "Amazon" beside "Amazon Web Services", whose words an answer never answers. Only that: made one side
        everywhere (a charge against Amazon one against AWS, AWS's answers answering what Parler said of Amazon),
        the studied splits gained 6 right dispute pairs and 14 wrong, and the founding question lost precision on
        four stores (2026-12-06e)."""
        return side | {u for u, o in self.units.items() if o in side} | {self.units[p] for p in side if p in self.units}

    def voices(self, s: Statement) -> set[str]:
        return self.side(s.speaker) | self.side(s.on_behalf_of)

    def is_outlet(self, s: Statement) -> bool:
        """Whether a news outlet speaks: its reporting is no side's charge, so answer finders pass over it."""
        name = self.parties[s.speaker].name.lower()
        return name in NEWS_OUTLETS or "the " + name in NEWS_OUTLETS

    def on_bench(self, s: Statement) -> bool:
        """Whether a judge speaks: a ruling weighs both sides' charges and makes none, so the charges a general
        answer ("There is no merit to these claims") answers are never a judge's words, whatever they name."""
        return self.parties[s.speaker].role in BENCH_ROLES

    def names(self, pid: str) -> list[str]:
        """Every name a party goes by in the text: what callers match words against to tell whom they name."""
        party = self.parties[pid]
        surname = [party.name.split()[-1]] if party.type == "Person" and " " in party.name else []  # "Porter's"
        return [n for n in [party.name, *party.aliases, *surname] if len(n) > 2 and party.type != "Unknown"]

    def context(self, s: Statement) -> tuple[int, int]:
        """The answer's sentence up to the end of its words: "Asked about that account, she said it was ..."."""
        cue = s.cue.start if s.cue and "\n\n" not in self.text[s.cue.start : s.start] else s.start
        first = min(s.start, cue)  # a quotation paragraphs after its cue ("sent this statement:") is its own
        i = bisect.bisect_right(self.sentence_starts, first) - 1
        return (self.sentence_starts[i] if i >= 0 else 0), s.end

    def leads_with(self, s: Statement, side: set[str]) -> bool:
        """Whether a statement's first words name one of ``side``'s parties, or describe its organisation
        ("the company knew", "the authority learned") where the speaker is no such thing: roughly,
        it is their deed. A leading phrase set off by a comma is not its subject ("Without AWS, Parler is
        finished")."""
        head = " ".join(_LEADING_PHRASE.sub("", self.text[s.start : s.end], count=1).split()[:4])
        if any(mentions(head, n) for pid in side for n in self.names(pid)):
            return True
        m = re.search(r"\b[Tt]he (\w+)(?: (\w+))?", head)  # "the company", "the tech giant"
        noun = next((w.lower() for w in (m.groups() if m else ()) if w and w.lower() in ORG_NOUNS), "")
        if not noun:
            return False
        return self._describes(side, noun) and not self._describes({s.speaker}, noun)

    def names_as_doer(self, s: Statement, side: set[str]) -> bool:
        """Whether a statement's first words name one of ``side``'s parties as the one who did something, not as the
        owner of what it is about: "Amazon also violated antitrust law" does, "Amazon's concerns were a pretext" (of
        its words, a rebuttal) does not."""
        head = " ".join(_LEADING_PHRASE.sub("", self.text[s.start : s.end], count=1).split()[:4])
        for n in (n for pid in side for n in self.names(pid)):
            at = mentioned_at(head, n)
            if at is not None and not head[at + len(n) :].startswith(("'s", "’s")):
                return True
        return False

    def _describes(self, side: set[str], noun: str) -> bool:
        """Whether "the <noun>" can be one of ``side``'s organisations: a generic noun ("the company")
        for any, an institution ("the authority") for one whose name says it."""
        orgs = [self.parties[p].name.lower() for p in side if self.parties[p].type == "Organization"]
        if noun in INSTITUTION_NOUNS:
            return any(noun in name.split() for name in orgs)
        return bool(orgs)

    def speaks_of_itself(self, s: Statement, side: set[str]) -> bool:
        """Whether a statement is about its own side ("we never", "nobody here", the side's name) and
        names none of the others: "Parler has shown it cannot ..." accuses, it does not deny."""
        words = self.text[s.start : s.end]
        own = FIRST_PERSON.search(words) is not None or self.about(s, side)
        other = any(mentions(words, n) for pid in self.speaking if not self.side(pid) & side for n in self.names(pid))
        return own and not other

    def about(self, s: Statement, side: set[str]) -> bool:
        """Whether a statement is about a side: says so (``about``) or names one of its parties."""
        if s.about in side:
            return True
        words = self.text[s.start : s.end]
        return any(mentions(words, n) for pid in side for n in self.names(pid))

    def sentence_of(self, pos: int) -> int:
        """Which sentence a position falls in: callers bound how far back an answer may reach by it."""
        return bisect.bisect_right(self.sentence_starts, pos)

    def root(self, s: Statement) -> Statement:
        """The first statement of the utterance ``s`` belongs to (its chain of ``continues``)."""
        seen = {s.id}
        while s.continues in self.by_id and s.continues not in seen:
            s = self.by_id[s.continues]
            seen.add(s.id)
        return s
