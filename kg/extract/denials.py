"""Which statements accuse the other side and which answer it, before any dispute link is drawn.

What a court filing says about another party is an allegation, and so is a quoted "They ..." that does
something. A claim is a denial when it calls the other side's words into question ("These claims are an
attempt to rewrite history", "I stand by every word"), says the opposite of an accusation against its own side
("We have never withheld a result"), carries on or gives the grounds of its speaker's denial just before
("Voltride denied that ... . The company said it had investigated every report"), or replies to the other
side's words put to its speaker ("Asked about that account, Delgado said ..."), or judges what was just said untrue
("The district said that was not the case"). Which statements each answer answers is decided after, in
``kg.extract.disputes``.
"""

from __future__ import annotations

import re

from kg.extract.lexicon import DENIAL_CUES
from kg.extract.model import Statement
from kg.extract.replies import NEGATION, Replies
from kg.extract.sides import ALSO, ANAPHOR, ANSWER_NOUNS, FRAMED, PLAN, REFERRED, UNTRUE, content_words, mentions

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
# How a claim will fare, judged from outside the exchange: "the contract claim was Parler's strongest", "always the
# weak link", "still alive", "deserved a hearing" (an assessment of the case, not an answer to it; "at best" denies).
_WEIGHED = re.compile(
    r"\b(?:strong|strongest|stronger|weak|weakest|weaker|(?<!at )best|least bad|most serious|alive|uphill|new angle"
    r"|deserve[sd]? (?:a|an) (?:hearing|answer))\b",
    re.IGNORECASE,
)
_THEY = re.compile(r"(?:(?:But|And|So)\s+)?They(?:[’']re|[’']ve)?\s+(?!can\b|could\b|may\b|might\b|would\b|will\b)")
DENYING = DENIAL_CUES | {"call"}  # "called the findings 'a smear'" denies by naming them
_AND = re.compile(r"[\"”’'.,]*\s+and\s")  # "... 'a publicity stunt' and said ..."
_CONTRAST = re.compile(r",\s*not\b")  # "paid from taxes, not the general fund" contrasts, it denies nothing
_DISMISSIVE = re.compile(
    r"\b(?:stand|stands|stood) (?:by|behind)\b|\bsmear\b|\bno (?:merit|basis|evidence|truth)\b|\bnonsense\b", re.I
)
# A negated restatement of a charge's topic: "had nothing to do with politics", "was not motivated by greed"
# ("not about to" is a plan).
_REBUTTAL = re.compile(
    r"\b(?:nothing|little) to do with (?P<with>[^.;:,]+)|\b(?:not|never|n[’']t) (?:about(?! to\b)|(?:motivated|driven) by) (?P<by>[^.;:,]+)",
    re.IGNORECASE,
)
# Words saying a party has not backed its account: "has offered no facts", "had not produced a single email",
# "cannot show", "little beyond speculation".
_UNSUPPORTED = re.compile(
    r"\b(?:no|not a shred of|little) (?:facts?|evidence|proof|basis)\b|\bbeyond speculation\b"
    r"|\b(?:has|had|have) not (?:shown|proved|proven|produced|offered|provided)\b"
    r"|\b(?:cannot|can't|could not|couldn't|failed to|fails to) (?:show|prove|produce)\b",
    re.IGNORECASE,
)
# "called that 'a way to avoid the question'": a bare demonstrative as what is called something.
_CALLED_BACK = re.compile(
    r"\W*(?:that|this|those|these|it)(?=\s*[\"“‘']|\s+(?:a|an|the|just|simply|nothing|more|part)\b)", re.I
)
# "called the move 'an attack'", "called AWS's decision politically motivated": a deed, not words, called something.
_CALLED_DEED = re.compile(r"\W*(?:[Tt]he|(?P<owner>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*)*)(?:'s|’s))\s+[\w-]+")
# Judgements one side passes on another, called something as words are: "called the fine 'disproportionate'",
# "called the retraction premature", "calls Parler's antitrust count 'speculation'" (a deed called something, "the
# move", "the shutdown", "the practice", accuses).
_VERDICTS = (
    r"ratings?|fines?|penalt(?:y|ies)|retractions?|investigations?|inquir(?:y|ies)|probe|counts?|verdicts?|audits?"
)
_WORDS_CALLED = re.compile(
    r"\W*(?:\S+\s+){0,3}?(?:" + ANSWER_NOUNS + "|" + _VERDICTS + r")\b", re.I
)  # "the board's findings"
# A cue that sets its words against what was just said: "countered that", "insisted", "maintained in a statement",
# "responded that", "took issue with"; or the framing of a "saying": "pushed back, saying", "hit back, saying".
_CONTRARY = re.compile(r"\b(?:counter|insist|maintain|respond|t(?:ook|ake|akes|aking) issue)", re.IGNORECASE)
_HIT_BACK = re.compile(
    r"\b(?:push|pushes|pushed|pushing|hit|hits|hitting|fire|fires|fired|firing|shot|shoots) back,?\s*$"
)
# A cue negated: "did not dispute", "has never denied", "doesn't reject" (the cue's own words may hold the "not").
_NEGATED_CUE = re.compile(r"(?:\bnot|\bnever|n[’']t)\s+(?:\w+\s+)?\w+$", re.I)
_APPROVING = re.compile(r"\b(?:fair|right|correct|accurate|true|valid|reasonable|legitimate|welcome)\b", re.I)


def flat(s: Statement) -> bool:
    """Whether ``s`` is a flat denial ("denied that it had cut any nurses"): what contradicts it restates the
    charge it denied, so it answers the account given with the denial ("said every post had been filled"), never
    the denial (no contradiction link to a denial was right over the studied splits, 0 of 6)."""
    return s.kind == "denial" and s.cue is not None and s.cue.lemma in DENYING


class Denials(Replies):
    """The sides of one article's exchange, with its statements classed as accusing or answering."""

    def recognise_denials(self) -> None:
        """A claim that answers the other side is a denial: it calls their words into question ("These
        claims are an attempt to rewrite history", "I stand by every word"), or it says the opposite
        of an earlier accusation against its speaker's side ("We have never withheld a result")."""
        for s in self.statements:
            if s.kind == "denial" and s.cue is not None and s.cue.lemma not in DENYING:
                self._echoes(s)
            if s.kind != "claim":
                continue
            mine = self.voices(s)
            others = [e for e in self.statements if self.said_before(e, s) and not self.voices(e) & mine]
            if not others:
                self._rebuts(s, mine)
                continue
            anaphor = ANAPHOR.search(s.text)
            weighed = anaphor is not None and _WEIGHED.search(s.text, anaphor.end()) and not NEGATION.search(s.text)
            questioned = (
                anaphor is not None
                and not weighed
                and (
                    anaphor.group("noun").lower() in _CLAIM_WORDS
                    or NEGATION.search(s.text) is not None
                    # called the suit "a stunt"
                    or (anaphor.start() == 0 and s.cue is not None and s.cue.lemma == "call")
                )
            )
            questioned = questioned or self._calls_words(s)
            if (
                questioned
                or self._calls_back(s, mine)  # called that "a way to avoid the question"
                or _DISMISSIVE.search(s.text)
                or UNTRUE.match(s.text)
                or REFERRED.search(s.text)
                or (
                    NEGATION.search(s.text)
                    and self.speaks_of_itself(s, mine)
                    and any(e.kind == "allegation" and self.about(e, mine) for e in others)
                )
                or (NEGATION.search(_CONTRAST.sub("", s.text)) and not PLAN.match(s.text) and self._carries_on(s, mine))
                or self._explains(s, mine)
                or self._conjoined(s)
                or self._counters(s, mine, others)
                or self.replies(s, others)
                or self.put_to(s)[0]
                or self._takes_up(s, mine, others)
                or self._reframes(s, mine, others)
                or self._unsupported(s, mine)
                or self._contrary(s, mine)
            ):
                s.kind = "denial"
            else:
                self._rebuts(s, mine)

    def _unsupported(self, s: Statement, mine: set[str]) -> bool:
        """Whether ``s`` says another side has not backed its account ("Parler has offered no facts to support its
        claim", "Harborline had not produced a single email from the supposed contest"): it rebuts, it does not
        charge. What a side says of its own search ("We have found no evidence that ...") is a claim. Over the
        studied splits 8 of 10 statements with these words were gold denials, the 2 others such searches."""
        others = {pid for pid in self.speaking if not self.side(pid) & mine}
        return _UNSUPPORTED.search(s.text) is not None and self.leads_with(s, others)

    def _contrary(self, s: Statement, mine: set[str]) -> bool:
        """Whether ``s`` is set against what another side has just said: its cue or framing counters ("countered
        that the builder's figure left out the roof", "insisted he had never asked any driver to change a log",
        "maintained that the heaters are safe") and the statement said just before it is theirs. Over the eight
        studied splits such claims were gold denials 5 times in 5 (a plan, "We will let the review speak for
        itself", answers nothing)."""
        if s.cue is None or PLAN.match(s.text):
            return False
        framing = self.text[self.context(s)[0] : s.cue.start]
        if _CONTRARY.search(s.cue.text) is None and _HIT_BACK.search(framing) is None:
            return False
        last = max((e for e in self.statements if self.said_before(e, s)), key=lambda e: self.when[e.id], default=None)
        if last is None or self.voices(last) & mine or self.is_outlet(last):
            return False
        self.countered.add(s.id)
        return True

    def _reframes(self, s: Statement, mine: set[str], others: list[Statement]) -> bool:
        """Whether ``s`` says what the other side's case is about, once that side has spoken of its own: "This case
        is not about suppressing speech", "This case is about a customer that would not take down threats" (the
        accused's reframing, a gold denial 4 times in 4 over the studied splits; the accuser's "This case is about
        broken promises" charges instead)."""
        return FRAMED.match(s.text) is not None and any(
            e.kind in ("allegation", "claim") and (self.about(e, mine) or self.leads_with(e, mine)) for e in others
        )

    def _takes_up(self, s: Statement, mine: set[str], others: list[Statement]) -> bool:
        """Whether ``s`` goes on with its side's answer after the other side spoke again: "Voltride denied the claims.
        The riders' lawyer said the logs showed 40 failures. Voltride said the logs counted every restart as a
        failure." Its side denied by a cue or its words within three sentences before, the other side spoke in
        between, and ``s`` takes up their words (shares one with what they said). Over the studied splits such
        claims were denials 7 times in 7; without the other side speaking in between, one time in three."""
        denial = max(
            (e for e in self.statements if e.kind == "denial" and e.start < s.start and self.voices(e) & mine),
            key=lambda e: e.start,
            default=None,
        )
        if denial is None or denial.id in self.taken or self.sentence_of(s.start) - self.sentence_of(denial.start) > 3:
            return False
        said = content_words(s.text)
        if not any(denial.start < e.start < s.start for e in others) or not any(
            said & content_words(e.text) for e in others
        ):
            return False
        self.taken.add(s.id)
        return True

    def _calls_words(self, s: Statement) -> bool:
        """Whether ``s`` calls the other side's words or judgement something: "called the residents' figures
        'scaremongering'", "called the fine 'disproportionate and legally flawed'" (not "called that a fair point")."""
        if s.cue is None or s.cue.lemma != "call" or s.quote == "direct" or not _WORDS_CALLED.match(s.text):
            return False
        return not (_APPROVING.search(s.text) and not NEGATION.search(s.text))

    def _calls_back(self, s: Statement, mine: set[str]) -> bool:
        """Whether ``s`` calls the other side's words just said something by a bare demonstrative ("called
        that 'a way to avoid talking about the letter'"): what was said last before it is theirs."""
        if s.cue is None or s.cue.lemma != "call" or not _CALLED_BACK.match(s.text):
            return False
        if _APPROVING.search(s.text) and not NEGATION.search(s.text):
            return False  # "called that a fair point": granted, not denied
        last = max(
            (e for e in self.statements if e.end <= min(s.start, s.cue.start)), key=lambda e: e.start, default=None
        )
        return last is not None and not self.voices(last) & mine and not self.is_outlet(last)

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
            and (self.about(e, mine) or self.leads_with(e, mine))
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
        here = self.sentence_of(s.start)
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
                and e.cue.lemma in DENYING
                and e.cue.start != s.cue.start
                and self.sentence_of(e.start) == here
            ):
                self.carried[s.id] = e.id
                return True
        return False

    def _counters(self, s: Statement, mine: set[str], others: list[Statement]) -> bool:
        """Whether ``s`` gives its side's contrary account of an accusation against it: it negates ("had
        nothing to do with complaints", "was never used to decide claims") and shares two or more words
        with an earlier charge of the other side against its side, and names none of them."""
        if NEGATION.search(s.text) is None or PLAN.match(s.text):
            return False
        if any(mentions(s.text, n) for e in others for pid in self.voices(e) for n in self.names(pid)):
            return False  # "respects Parler's right ..., but could not host it": a charge of its own
        said = content_words(s.text)
        return any(
            (e.kind == "allegation" and self.about(e, mine)) or self.leads_with(e, mine)
            for e in others
            if e.kind in ("allegation", "claim") and len(said & content_words(e.text)) >= 2
        )

    def _carries_on(self, s: Statement, mine: set[str]) -> bool:
        """Whether ``s`` carries on its side's denial: "Whitlock denied the accusations in a statement.
        'No offer was ever agreed,' the statement read." Only its side's claims come in between, within
        three sentences, and it names nobody of the other side ("Parler has shown ..." accuses)."""
        words = self.text[s.start : s.end]
        others = {pid for pid in self.speaking if not self.side(pid) & mine}
        if any(mentions(words, n) for pid in others for n in self.names(pid)):
            return False
        if self.leads_with(s, others):
            return False  # "The union never answered the offer": a charge of its own, its subject the other side
        here = self.sentence_of(s.start)
        for e in sorted((e for e in self.statements if e.start < s.start), key=lambda e: -e.start):
            if here - self.sentence_of(e.start) > 3 or not self.voices(e) & mine:
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
        smear.' She said every charge had been approved". In the denial's sentence or the next, with nothing said
        in between and no "also" after the denial (another matter). The denier's own quoted words count when they give
        the side's own account ("Tane disputes the ruling. / 'We kept clear the whole way round,' she said"; not
        "The union never answered the offer", a charge of its own: ``_backs``); words of another voice of the side
        must be reported speech giving that side's own account ("The council denied that. Its spokeswoman said
        ...")."""
        before = [e for e in self.statements if e.end <= s.start or e.start < s.start]
        e = max(before, key=lambda e: e.start, default=None)
        if e is None or e.kind != "denial" or e.cue is None or s.cue is None:
            return False
        if e.cue.lemma not in DENYING or e.cue.start == s.cue.start or PLAN.match(s.text):
            return False
        if self.sentence_of(s.start) - self.sentence_of(e.start) > 1:
            return False
        if (s.quote == "direct" and e.speaker != s.speaker) or ALSO.search(self.text[max(e.end, e.cue.end) : s.end]):
            return False
        if (e.speaker != s.speaker or s.quote == "direct") and not self._backs(s, e, mine):
            return False
        self.carried[s.id] = e.id
        return True

    def _backs(self, s: Statement, denial: Statement, mine: set[str]) -> bool:
        """Whether ``s``, said by its side right after that side's flat denial, backs the denial with the side's
        own account: the denial is not negated ("The museum did not dispute that"), and ``s`` names nobody of
        the other side ("Harbour Board wants our berths" charges instead). Over the eighteen studied splits
        such statements in reported speech, not read as answers before, were gold denials 15 times in 18. Quoted words
        are left out: they were gold denials 7 times in 10, but the links they drew were right 3 times in 8."""
        if denial.cue is None or not self.voices(denial) & mine:
            return False
        if _NEGATED_CUE.search(self.text[self.context(denial)[0] : denial.cue.end]):
            return False
        others = {pid for pid in self.speaking if not self.side(pid) & mine}
        return not self.leads_with(s, others) and not any(
            mentions(s.text, n) for pid in others for n in self.names(pid)
        )

    def recognise_allegations(self) -> None:
        """What a court filing says about another party ("AWS broke its contract") is an allegation;
        what it says of its own side ("It will destroy the business") stays a claim."""
        for s in self.statements:
            if s.kind != "claim":
                continue
            if s.origin is not None and s.origin.kind == "court filing":
                mine = self.voices(s)
                if self._unsupported(s, mine):
                    continue  # "Parler has offered no facts": a rebuttal, read with the denials
                others = {pid for pid in self.parties if not self.side(pid) & mine}
                if self.leads_with(s, others):
                    s.kind = "allegation"
            elif (s.quote == "direct" and _THEY.match(self.text, s.start)) or self._calls_deed(s):
                s.kind = "allegation"

    def _calls_deed(self, s: Statement) -> bool:
        """Whether ``s`` calls another side's deed something ("called the move a coordinated attack", "calls the
        practice 'a quarter-end fiction'", "called AWS's decision politically motivated"): a charge, not a
        claim. Words called something ("called the findings 'a smear'") answer instead (``recognise_denials``);
        a party called something ("called Twitter a customer") and one's own deed are neither."""
        if s.cue is None or s.cue.lemma != "call" or s.quote == "direct":
            return False
        m = _CALLED_DEED.match(s.text)
        if m is None or _CALLED_BACK.match(s.text) or _WORDS_CALLED.match(s.text):  # words called something answer
            return False
        mine = self.voices(s)
        owner = m["owner"]
        if owner is not None:
            return any(
                owner.lower() == n.lower() for pid in self.parties if not self.side(pid) & mine for n in self.names(pid)
            )
        others = (pid for pid in self.parties if pid in self.speaking or self.parties[pid].type == "Organization")
        return any(not self.side(pid) & mine for pid in others) and not self.speaks_of_itself(s, mine)
