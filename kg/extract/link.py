"""Turn found attributions into Statements: ids, on-behalf-of, continuations and answer links.

A person given a role at an organisation speaks on its behalf, whatever the role ("Matze, Parler's chief
executive", a founder, a coach): who disputed whom is counted between organisations, as the development set's
annotators count it (every statement of an affiliated speaker there is on behalf of the affiliation). An outside
expert asked for comment ("an analyst at Brightline Research", "a law professor at Santa Clara University") speaks
for herself: the annotators give 24 of the 27 such experts of the twelve studied splits no affiliation; so does a
partner at a law or advisory firm the article names only to introduce her (``passing_firm``).

What was said but is no claim (``Found.why``) becomes a ``NotStatement``. Which statements a
denial or confirmation answers is decided in ``kg.extract.disputes``.
"""

from __future__ import annotations

import re

from kg.extract import charges, counters, kinds
from kg.extract.disputes import Answers
from kg.extract.lexicon import CLAIM_NOUNS, EVIDENCE_CUES, PHRASAL_CUES
from kg.extract.model import NotStatement, Party, Statement
from kg.extract.pairs import Links
from kg.extract.reading import Found
from kg.extract.sides import content_words

# Roles of those asked for comment as experts, who speak for themselves, not their firm or university.
_COMMENTATORS = frozenset(
    ("analyst", "professor", "economist", "researcher", "consultant", "scholar", "lecturer", "strategist", "expert")
)


def commentator(role: str | None) -> bool:
    """Whether a role is an outside expert's ("an analyst at Brightline Research", "a law professor at ...")."""
    return bool(role) and not _COMMENTATORS.isdisjoint(str(role).lower().split())


def passing_firm(speaker: Party, by_id: dict[str, Party]) -> bool:
    """Whether a partner speaks only as a professional from a firm the article names once, to introduce her ("Arun
    Mehra, a partner at the technology-contracts firm Mehra & Lind", "a partner at a London firm"): she comments for
    herself, as the annotators give all such partners of the studied splits no affiliation; a firm the story is
    about, named again ("Corvane managing partner Daniel Reyes" of the bidder), is hers to speak for."""
    firm = by_id.get(speaker.affiliation or "")
    words = str(speaker.role or "").lower().split()
    return firm is not None and words[-1:] == ["partner"] and firm.type == "Organization" and len(firm.mentions) <= 1


def statements(
    found: list[Found],
    parties: list[Party],
    text: str,
    sentence_starts: list[int],
    learned: Links | None = None,
    charge_weights: list[float] | None = None,
    counter_weights: list[float] | None = None,
) -> tuple[list[Statement], list[NotStatement]]:
    """Statements with ids and links, and apart from them what was said that is no claim.

    What the hybrid's model found alone (``Found.added``) is linked only when it answers: as a
    target its additions drew no true dispute pair on the development set, and several false ones. An addition it
    was less sure of (``Found.unsure``) is linked to nothing: as an answer it drew links away from the rules' statements."""
    by_id = {p.id: p for p in parties}
    others = sorted((f for f in found if f.why), key=lambda f: (f.start, f.end))
    found = sorted((f for f in found if not f.why), key=lambda f: (f.start, f.end))
    found = [f for f in found if not _restated(f, found, text) and not _unsaid_inside(f, found, text)]
    for f in found:
        _stop_at_next_cue(f, found, text)
    result: list[Statement] = []
    for n, f in enumerate(found, 1):
        speaker = by_id[f.speaker]
        held = speaker.type == "Person" or (speaker.role is not None and speaker.type != "Organization")
        behalf = speaker.affiliation if held else None  # not a unit's parent, nor what a company owns
        behalf = None if commentator(speaker.role) or passing_firm(speaker, by_id) else behalf
        result.append(
            Statement(
                id=f"s{n}",
                speaker=f.speaker,
                kind=f.kind,
                text=text[f.start : f.end],
                start=f.start,
                end=f.end,
                direct=f.quote == "direct",
                quote=f.quote,
                on_behalf_of=behalf,
                speaker_mention=f.mention,
                cue=f.cue,
                date=f.date,
                origin=f.origin,
                about=f.about,
                confidence=f.confidence,
            )
        )
    ids = {id(f): s.id for f, s in zip(found, result)}
    for f, s in zip(found, result):
        if f.continues is not None:
            s.continues = ids.get(id(f.continues))
    linked = [
        s
        for f, s in zip(found, result)
        if not f.unsure and (not f.added or s.kind in ("denial", "confirmation")) and not _told_within(f, found, by_id)
    ]
    answers = Answers(linked, parties, text, sentence_starts)
    answers.recognise_allegations()
    answers.recognise_denials()
    charges.recognise_charges(answers, charge_weights)
    counters.recognise_counters(answers, counter_weights)
    kinds.concessions(answers.statements)
    answers.link()
    if learned is not None:  # the learned linker re-draws the denials' links on top of the rules' (kg.extract.pairs)
        learned.link(answers)
    charges.recognise_answered(answers)
    apart = [
        NotStatement(
            f"n{n}", f.speaker, f.why, text[f.start : f.end], f.start, f.end, f.mention, f.cue, ids.get(id(f.continues))
        )
        for n, f in enumerate(others, 1)
        if f.why
    ]
    return result, apart


def _restated(f: Found, found: list[Found], text: str) -> bool:
    """Whether ``f`` is a claim named in passing ("disputed Parler's claim that it had been given almost no
    warning") that its owner made in the article before, in words of its own: the earlier one is the statement."""
    noun = text[f.cue.start : f.cue.end].lower() if f.cue is not None else ""
    if f.cue is None or f.cue.end > f.start or noun.removesuffix("s") not in CLAIM_NOUNS or _verb(f, text):
        return False
    said = content_words(text[f.start : f.end])
    return any(
        e.speaker == f.speaker and e.end <= f.cue.start and said & content_words(text[e.start : e.end]) for e in found
    )


# Words that may stand between a subject and its verb: "It also claims", "And it claims".
_BETWEEN = re.compile(r"\s*(?:(?:also|again|now|still|further|too)\s+)*")


def _verb(f: Found, text: str) -> bool:
    """Whether the cue is a verb right after its speaker ("Parler claims", "The filing also claims"), a claim made
    here, not a claim named in passing ("Parler's claim that")."""
    mention, cue = f.mention, f.cue
    if mention is None or cue is None or mention.end > cue.start or mention.text.endswith(("'s", "’s", "'", "’")):
        return False
    return _BETWEEN.fullmatch(text[mention.end : cue.start]) is not None


# Verbs that report what records, figures or findings bear out, not words said: "the company's own records showed
# ...", "the investigation had found ...", "may help explain why ...".
_BEARING_OUT = EVIDENCE_CUES | frozenset(("explain", "prove", "conclude"))


# Verbs by which a speaker tells of having told someone before ("said he had told a supervisor that ..."), not
# the "it says" of a clause inside its own words ("the notice it says it was owed").
_RETELLING = frozenset(("tell", "warn", "report", "inform"))


def _unsaid_inside(f: Found, found: list[Found], text: str) -> bool:
    """Whether ``f`` is no attribution of its own but part of what another statement says: its cue lies inside
    that statement's words and reports no speech. "She said the company's own records showed more than 4,000
    edits": the records say nothing, she does (the evidence verbs); "said the team had agreed to stay", "told her
    to 'fix the log'": an undertaking or an order told of, no claim (an infinitive). Speech reported inside speech
    ("said the manager had told her that ...") is a statement of its own and stays; the speaker's own earlier words
    told of ("said he had told a supervisor that the gearbox should be replaced") are what that statement says, not
    a second statement; so is a stance told of inside anyone's words ("said the agency stood by the report's
    findings"): a phrasal denial (``PHRASAL_CUES``) is a statement only said outright ("Kemp stood by her
    protest.")."""
    cue = f.cue
    if cue is None:
        return False
    outer = next((g for g in found if g is not f and g.start <= cue.start and cue.end <= g.end), None)
    if outer is None:
        return False
    retold = (
        outer.speaker == f.speaker and cue.lemma in _RETELLING and not _JOINED.search(text[outer.start : cue.start])
    )
    stance = cue.lemma in PHRASAL_CUES
    return retold or stance or cue.lemma in _BEARING_OUT or text[f.start : f.end].lower().startswith("to ")


def _told_within(f: Found, found: list[Found], by_id: dict[str, Party]) -> bool:
    """Whether ``f`` is words told inside another's account by someone the article only describes ("said a
    supervisor had told him that parts were on back order"): a denial answers the one who gives that account
    ("called that account false"), so the told words are no target of their own, nor an answer. A party the article
    names ("John Matze has told Fox News this was an attack", "Amazon says it flagged ...") keeps its words
    answerable: they are that party's side of the dispute; so does a speaker's own "they say" inside its words, and
    so do words a denial names to answer them ("rejected the account of a former employee, who told ... that")."""
    if f.cue is None or f.cue.lemma not in ("say", "tell") or any(ch.isupper() for ch in by_id[f.speaker].name):
        return False
    return any(
        g.speaker != f.speaker and g.kind in ("claim", "allegation") and g.start <= f.cue.start and f.end <= g.end
        for g in found
        if g.start < f.start
    )


_JOINED = re.compile(r"[\"”’']?,?\s+and\s+(?:\w+ly\s+)?$")  # '... agreements" and disputed'


def _stop_at_next_cue(f: Found, found: list[Found], text: str) -> None:
    """A clause ends where its speaker's next cue, joined by "and", begins: 'said it "has paid every raise" and
    disputed the workers' account' is two statements, the first not running over the second's cue."""
    starts = [g.cue.start for g in found if g is not f and g.speaker == f.speaker and g.cue is not None]
    cues = [c for c in starts if f.start < c < f.end and _JOINED.search(text[f.start : c])]
    if not cues:
        return
    head = text[f.start : min(cues)]
    cut = _JOINED.sub("", head).rstrip(" ,;")
    if len(cut.split()) >= 3:
        f.end = f.start + len(cut)
