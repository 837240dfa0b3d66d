"""Replies to words put to a speaker: the framing that sets a statement off as one ("Asked about that account,
Delgado said ..."), and an interviewer's question that put the other side's words to them ("Q: The association
says the cap will cost $30 million. Is that number wrong?").

``kg.extract.denials`` reads such replies as denials; ``kg.extract.disputes`` links them to what was put.
"""

from __future__ import annotations

import re

from kg.extract.model import Statement
from kg.extract.sides import ANAPHOR, Sides, content_words, mentions

# A reply's framing, set off by commas: "Asked about that account, ...", "..., told of Odom's explanation, ...".
_REPLY = re.compile(
    r"(?:^|,)\s*(?:when\s+)?(?:asked|pressed|told of|confronted with|responding to|in response to|replying to)\b[^,]*,",
    re.IGNORECASE,
)
# A reply's framing pointing back with a bare demonstrative: "Asked about that,", "Told of this,".
_POINTED = re.compile(r"\b(?:about|of|to|with|on)\s+(?:that|this|it|those)\s*,$", re.IGNORECASE)
_POINTER = re.compile(r"\b(?:that|this|it|those)(?=\s*,$)", re.IGNORECASE)
# An interviewer's question: labelled ("Q:", "Question.") or ending with a question mark.
_QUESTION = re.compile(r"^(?:Q|Question)\s*[:.]|\?[\"”’']?$")
# An answer's first words pointing back at what was put to it: "That figure counts ...", "It's wrong".
_BACK = re.compile(r"\W*(?:that|this|those|these|it)\b", re.IGNORECASE)
# Words that negate: what makes an answer a contrary account.
NEGATION = re.compile(
    r"\b(?:not|never|no|nobody|nothing|none|neither|nor|wrong|false|untrue|inaccurate|misleading|smear)\b|n[’']t\b",
    re.IGNORECASE,
)


class Replies(Sides):
    """The sides of one article's exchange, with what was put to each speaker."""

    def replies(self, s: Statement, others: list[Statement]) -> bool:
        """Whether ``s`` is the reply to what the other side said, put to its speaker: "Asked about that
        account, Delgado said ...", "Lindqvist, told of Odom's explanation, said ...", "Asked whether
        Porter had been injured, Vollmer said ...". The framing names one of them or their words."""
        framing = self.framing(s)
        if framing is None:
            return False
        words = framing[1]
        if ANAPHOR.search(words) or _POINTED.search(words):  # "Asked about that, ...": what was just said
            return True
        return any(mentions(words, n) for e in others for pid in self.voices(e) for n in self.names(pid))

    def put_to(self, s: Statement) -> tuple[list[Statement], int, int]:
        """The other side's words an interviewer's question put to the speaker of ``s``, answered in the
        paragraphs after it ("Q: The merchants' association says the cap will cost its members $30 million.
        Is that number wrong?" / "Halloran: It's wrong ..."), and where the question is. Only an answer that
        takes them up: it negates, points back ("That figure counts ..."), or shares a word with them."""
        mine = self.voices(s)
        end = self.text.rfind("\n\n", 0, s.start)
        for _ in range(3):  # the question, or up to two more paragraphs of the same answer before it
            if end < 0:
                break
            start = self.text.rfind("\n\n", 0, end) + 2 if "\n\n" in self.text[:end] else 0
            inside = [e for e in self.statements if start <= e.start < end]
            if not _QUESTION.search(self.text[start:end].strip()):
                if not inside or any(not self.voices(e) & mine for e in inside):
                    break
                end = start - 2
                continue
            put = [e for e in inside if not self.voices(e) & mine and e.kind != "confirmation"]
            said = content_words(s.text)
            if put and (
                NEGATION.search(s.text) or _BACK.match(s.text) or any(said & content_words(e.text) for e in put)
            ):
                return put, start, end
            break
        return [], 0, 0

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
