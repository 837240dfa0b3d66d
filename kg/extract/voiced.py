"""A known speaker's words set without a verb of saying, read sentence by sentence.

A transcript's turn, a letter over its signature, an interview's unlabelled answer and a statement printed in full
give a party's words with no cue in each sentence. Each sentence becomes a statement of that party (cue null,
chained by ``continues``); a question, a request and the formulae of procedure ("I thank the member for her
question", "Point of order") are kept apart; what the rules read inside stays theirs, but for another's words the
speaker retells whole ("The council says the pool loses money"), which the speaker says too.
"""

from __future__ import annotations

import re

from kg.extract.acts import text_why
from kg.extract.kinds import kind
from kg.extract.lexicon import FIRST_PERSON
from kg.extract.model import Span
from kg.extract.reading import Found, Reading
from kg.extract.sentences import sentence_pieces

# The formulae of procedure, which say nothing: "My question is to the Minister", "I thank the member for
# her question", "Point of order", "Order.", "The minister has the call", "Thank you, operator".
_PROCEDURE = re.compile(
    r"(?:My|The|Our|Your) (?:next |first |last |supplementary )?question (?:is|comes) (?:to|for|from)\b"
    r"|(?:The|My|Your) question (?:was|is) (?:whether|if|why|how|what|when|who)\b"
    r"|I thank (?:the|my) (?:honourable |hon\.? |honorable )?(?:member|senator|minister|gentleman|lady)\b"
    r"|(?:Thank you|Thanks)\b[^.]{0,40}$|Point of order\b|Order\b[.!]?$|Order,? order\b"
    r"|.{0,40}\bhas the (?:call|floor|call now)\b|(?:Good (?:morning|afternoon|evening))\b[^.]{0,40}$"
    r"|(?:Next question|Go ahead|Please go ahead|Your line is open)\b"
    r"|(?:We|I)(?:'ll|’ll| will)? (?:need|have) to (?:move on|leave it there)\b",
    re.IGNORECASE,
)
_ORDERED = re.compile(r".*\bwill (?:come to order|resume (?:his|her|their) seat)\b", re.IGNORECASE)
_LEAD_IN = re.compile(r"(?:[\w’'-]+[ \t]+){0,4}[\w’'-]+:[ \t]+(?=\S)")  # "Let me be clear: nobody ..."
# A rejection in the first person or of what was just said: "I reject that", "That is simply not what your
# own nurses are telling us", "That's not true".
_REJECTING = re.compile(
    r"(?:I|We)(?: \w+ly)? (?:reject|deny|dispute|refute)\b|(?:That|This|It)(?:'s|’s| is| was)(?: \w+ly)? "
    r"(?:not (?:what|true|right|correct|accurate|the case)|wrong|false|untrue|incorrect|nonsense)\b",
    re.IGNORECASE,
)
# A flat "No." opening an answer denies what was put, and the sentence after it gives the reason.
_FLAT_NO = re.compile(r"(?:No|Nope|Not at all|Absolutely not|Certainly not|Not true|Nonsense|Wrong)\W*$", re.IGNORECASE)


def _drop_overruled(reading: Reading, start: int, end: int) -> None:
    """Drop what the rules read inside a turn (or a writer's block) that is its speaker's own: a cue in the first
    person ("I understand why ...") or of the speaker's own document ("Our night log ... shows"), or words they
    found said nothing ("The survey found corrosion", a survey's no-content)."""
    reading.found = [
        f
        for f in reading.found
        if not (
            start <= f.start < end
            and (
                f.why == "no-content"
                or (f.mention is not None and f.mention.text.lower() in FIRST_PERSON)
                or (f.mention is not None and f.mention.text.split()[0].lower() in ("my", "our"))
            )
        )
    ]


def _retold(found: Found, pid: str, start: int, end: int) -> bool:
    """Whether ``found`` is another's speech that the sentence ``text[start:end]`` of ``pid`` reports whole: "The
    council says the pool loses money" in an answer is the answerer's claim as well as the council's. ``read_words``
    asks it only of a person's words that put no question: a question's premise is put to the other, and an
    organisation labelling a transcript's turns is most often the outlet itself ("GAZETTE: The mayor says ...")."""
    return (
        found.speaker != pid
        and found.why is None
        and found.cue is not None
        and found.mention is not None
        and found.mention.end > start  # named in the sentence (the model's span may take the label in too)
        and start <= min(found.cue.start, found.start)
        and found.end <= end
    )


def _holder(reading: Reading, named: str, pid: str) -> bool:
    """Whether a named person holds the role an unnamed writer is known by: "Judge Barbara Rothstein" in the
    paragraph under "WHAT THE JUDGE SAID" is that judge, whose words the rules read already, not someone retold."""
    role = reading.table[pid].role
    return reading.table[pid].unnamed and role is not None and reading.table[named].role == role


def read_words(reading: Reading, start: int, end: int, pid: str, mention: Span | None, lemma: str = "") -> list[Found]:
    """Each sentence of ``text[start:end]`` as a statement of ``pid`` (cue null, chained by ``continues``), but
    those the rules read already and keep (what the speaker's own words overrule goes first: ``_drop_overruled``);
    ``mention`` names the speaker (a turn's label, a letter's signature), ``lemma`` the verb a label stands for
    ("allege" under "Among its claims:"). Returns the statements it adds."""
    _drop_overruled(reading, start, end)
    text = reading.text
    block = (start, end)
    read = [
        (f, [(f.start, f.end)] + [(s.start, s.end) for s in (f.cue, f.mention) if s is not None]) for f in reading.found
    ]
    previous: Found | None = None
    added: list[Found] = []
    flat = 0  # sentences still denying after a flat "No."
    pieces = sentence_pieces(reading, *block)
    asking = any("question" in (text_why(text[s:e]), text_why(text[s : e + 1])) for s, e in pieces)
    retelling = not asking and reading.table[pid].type == "Person"
    for start, end in pieces:
        here = [f for f, spans in read if any(s < end and e > start for s, e in spans)]
        retold = [f for f in here if _retold(f, pid, start, end) and not _holder(reading, f.speaker, pid)]
        if here and not (retelling and len(retold) == len(here)):
            continue  # what the rules read there stays theirs
        lead = _LEAD_IN.match(text, start, end)
        if lead is not None and lead.end() < end:
            start = lead.end()
        words = text[start:end]
        why = text_why(words) or text_why(text[start : end + 1])
        if why is None and _PROCEDURE.match(words):
            why = "no-content"
        elif why is None and _ORDERED.match(words):
            why = "request"
        quoted = reading.in_quote(start)
        flat = 2 if previous is None and why is None and _FLAT_NO.match(words) else flat
        found = Found(
            pid,
            start,
            end,
            "denial" if (flat and why is None) or _REJECTING.match(words) else kind(lemma, None, words, None),
            "direct" if quoted is not None and quoted.end >= end else "indirect",
            mention,
            continues=previous,
            why=why,
        )
        reading.found.append(found)
        added.append(found)
        if why is None:
            previous = found
            flat = max(flat - 1, 0)
    return added
