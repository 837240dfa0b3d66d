"""Whose words an answer answers, when it says: the other-side party it names ("Delgado's accusations", "In reply
to Delgado, ..."), describes by what it is ("the alliance's accusations", "the company's timeline") or points at
("the tests cited by Meridian").

``kg.extract.disputes`` links an answer to that party's statements.
"""

from __future__ import annotations

import re

from kg.extract.denials import DENYING, Denials
from kg.extract.lexicon import INSTITUTION_NOUNS, ORG_NOUNS
from kg.extract.model import Statement
from kg.extract.sides import ANAPHOR, ANSWER_NOUNS, REFERRED, mentioned_at

# A party named by what it is, as the owner of the words answered: "the alliance's", "the workers'".
_OWNER = re.compile(
    r"\b[Tt]he (?:[a-z-]+ )?(?P<noun>[a-z]+)(?:'s|’s|(?<=s)'|(?<=s)’)\s+(?:[\w-]+\s+){0,2}?(?:" + ANSWER_NOUNS + r")\b"
)

# A party named as the owner of the words answered, in the framing of a reply: "Asked about Mr Tait's account".
_NAMED_OWNER = re.compile(r"\b(?P<name>[A-Z][\w-]+)(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?(?:" + ANSWER_NOUNS + r")\b")


class Whose(Denials):
    """The sides of one article's exchange, with whose words each answer says it answers."""

    def named_party(
        self, answer: Statement, earlier: list[Statement], mine: set[str], lo: int, words: str
    ) -> tuple[str, str, int, int] | None:
        """The other-side party an answer names, with statements to answer: (party, name, start, end).

        Names are read in what is denied when it is their words ("Delgado's accusations"), and in the framing
        ("In reply to Delgado, ...") of a denying cue only: a reply said ("Asked whether Porter had been injured,
        Vollmer said ...") answers what was put to it, not all the named party said (named-party links of replies
        with a cue that does not deny were right 2 times in 19 over the studied splits); never in a
        counter-account ("Parler hosted ..." names no accuser)."""
        said = ANAPHOR.search(answer.text)
        if answer.cue is None or answer.cue.lemma not in DENYING:  # the framing of a reply said names no one
            words, lo = words[answer.start - lo :], answer.start
        words = words[: answer.start - lo + (said.end() if said and said.start() <= 4 else 0)]
        speakers = {v for s in earlier for v in self.voices(s)}
        for pid in sorted(speakers, key=lambda p: -len(self.parties[p].name)):
            if self.side(pid) & mine:
                continue
            role = self.parties[pid].role
            for name in self.names(pid):
                m = re.search(r"\b" + re.escape(name) + r"\b", words)
                if m is not None:
                    return pid, name, lo + m.start(), lo + m.end()
            m = re.search(r"\bthe " + re.escape(role) + r"(?:'s|’s)", words, re.IGNORECASE) if role else None
            if m is not None:  # "the auditor's account": the auditor named by role
                return pid, m.group(0), lo + m.start(), lo + m.end()
        return None

    def described_side(self, earlier: list[Statement], mine: set[str], words: str) -> set[str]:
        """The side whose words an answer describes by whose they are or what it is: "Mr Tait's account" (a name
        of one who spoke, in the answer or the question put to its speaker), "the alliance's accusations", "the
        workers' account" (the last word of its name), "the company's timeline" (any organisation)."""
        speakers = self._speakers(earlier)
        for m in _NAMED_OWNER.finditer(words):  # "Asked about Mr Tait's account, she said": a name, whatever the cue
            named = [p for p in speakers if not self.side(p) & mine and m["name"] in self.names(p)]
            if len({self._top(p) for p in named}) == 1:
                return self.side(named[0])
        for m in _OWNER.finditer(words):
            for generic in (False, True):
                owners = [p for p in speakers if not self.side(p) & mine and self._described_by(p, m["noun"], generic)]
                if len({self._top(p) for p in owners}) == 1:
                    return self.side(owners[0])
        return set()

    def referred_side(self, answer: Statement, earlier: list[Statement], mine: set[str]) -> set[str]:
        """The side whose words the answer's own words point at: "the tests cited by Meridian", "the server
        Mr. Okafor describes" (what they said about it is answered, not all they said). Where the phrase names two
        sides ("the posts AWS cited were easy to find and Parler ..."), the one named first is pointed at."""
        m = REFERRED.search(answer.text)
        if m is None:
            return set()
        phrase = answer.text[m.start() : m.end() + 40]
        named = []
        for pid in self._speakers(earlier):
            at = [i for n in self.names(pid) if (i := mentioned_at(phrase, n)) is not None]
            if at and not self.side(pid) & mine:
                named.append((min(at), pid))
        return self.side(min(named)[1]) if named else set()

    def _speakers(self, earlier: list[Statement]) -> list[str]:
        """Who spoke the earlier statements, in the order they first spoke: which of two sides an answer means must
        not turn on how a set of ids happens to iterate (it did, with the process's hash seed)."""
        return list(dict.fromkeys(v for s in earlier for v in sorted(self.voices(s))))

    def _described_by(self, pid: str, noun: str, generic: bool) -> bool:
        """Whether "the <noun>" can be this party: the last word of its name ("the alliance" for the
        Chicago Couriers Alliance, "the workers" for dining hall workers) or, ``generic``, a noun that
        fits any organisation ("the company")."""
        noun = noun.lower()
        party = self.parties[pid]
        if not generic:
            last = party.name.lower().split()[-1] if party.name else ""
            return last in (noun, noun + "s", noun.rstrip("s"))
        return party.type == "Organization" and noun in ORG_NOUNS and noun not in INSTITUTION_NOUNS

    def _top(self, pid: str) -> str:
        """The organisation a party belongs to at the top of its side."""
        found = self.side(pid)
        return next((p for p in found if self.parties[p].affiliation not in found), pid)
