"""Writers' blocks: text that belongs to a writer or issuer named once, set without quotation marks.

A letters page ("Sir, I was appalled ..." over "Margaret Ellery, Station Road"), a reader's letter to an advice
column ("Q: ... Can you help?" over "Derek and Anne Whitfield, Shrewsbury"), a memo or an open letter printed in
full ("Dear colleagues, ..." down to "Sincerely," and "Jane Doe"), a post set as a block quote and signed under it
("> ..." over "> — John Matze on Parler, January 9th, 2021") or an embedded post ("... — Jane Doe (@jdoe) May 2,
2024"), a statement box on a broadcaster's site ("STATEMENT FROM CRESTLINE FOOD SERVICES" over the company's
words, or "Statement from the trustees of The Pennock Trust", "In full: Laura Keane's resignation letter", "What
CalNorth said"), a letters page's reply ("Cllr Diane Forsyth, cabinet member for environment, writes: I understand
..."), bullets under a lead-in that hands them to a party ("Among its claims:", "Its main findings:") and a
bullet labelled with a party's side ("- Parler's claim: ...", "- AWS's answer: ...") give a party's words with
no quotation marks and no verb of saying in each sentence. Read as prose, they are nobody's, or an unnamed
source's where a sentence says "I".

A block is recognised by its frame, never by its words: a salutation opening it and a signature closing it; a
dash and a name under a block quote or a short post; a heading naming whose statement follows; "X writes:"
opening a paragraph; a lead-in ending in a speech noun and a colon over a paragraph made only of bullets. A
signature is a name on a line of its own, with at most a place, a post or a date after a comma. The block runs
from the salutation (or heading, or colon) to the signature; a heading's or a "writes:" block goes on past its
first paragraph only while the paragraphs read in its writer's voice (first person, no verb of saying but the
writer's own), so the outlet's note after it ("The Gazette welcomes letters") stays out. A lead-in's "its" is
whoever the paragraph it closes was speaking or about; its noun gives the kind as a cue would ("claims",
"findings" allege; "answer", "reply" deny). Each sentence becomes a statement of the writer (cue null; direct
only where quoted), chained by ``continues``, as a transcript's turn is (``kg.extract.voiced``); what the rules
read inside stays theirs.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from kg.extract.model import Span
from kg.extract.reading import Reading
from kg.extract.turns import proper_case, spoken
from kg.extract.voiced import read_words

_SALUTATION = re.compile(
    r"[ \t]*(?:(?:Sir|SIR|Madam|MADAM|Dear[ \t]+[^,:\n]{1,40}|To[ \t]+(?:the|The)[ \t]+[Ee]ditors?|To[ \t]+all[ \t]+"
    r"[^,:\n]{1,30}|To[ \t]+whom[ \t]+it[ \t]+may[ \t]+concern|Editor)[ \t]*(?:,|:|[ \t]+[–—-])|Q[:.])[ \t]*(?=\S|$)"
)
_SIGN_OFF = re.compile(
    r"[ \t]*(?:Yours(?:[ \t]+(?:faithfully|sincerely|truly))?|Sincerely(?:[ \t]+yours)?|(?:Kind|Best|Warm)?[ \t]*"
    r"[Rr]egards|Best(?:[ \t]+wishes)?|With[ \t]+thanks|Thank[ \t]+you|Thanks|Signed)[ \t]*,?[ \t]*$"
)
_WORD = r"(?:Mc|Mac|O['’])?[A-Z][a-z'’-]+"
_NAME = rf"(?!(?:The|A|An|This|That|Not|No|Our|We|It)\b){_WORD}(?:[ \t]+(?:[A-Z]\.|{_WORD})){{0,3}}"
_SIGNATURE = re.compile(
    r"[ \t]*(?:>[ \t]*)?(?P<dash>(?:―|—|–|--|-)[ \t]*)?(?P<honorific>(?:Dr|Cllr|Prof|Rev|Revd|Mr|Mrs|Ms|Miss|Mx|Dame"
    rf"|Lord|Lady|Councillor|Professor|Captain|Capt|Col|Sgt|Father|Sister|Rabbi|Senator|Sen|Rep)\.?[ \t]+)?(?P<name>{_WORD}[ \t]+and[ \t]+{_NAME}|{_NAME})"
    r"(?P<rest>(?:[ \t]*[,(]|[ \t]+(?:on|via)[ \t]+)[^\n]{0,80})?[ \t]*$"
)
_SENTENCE_END = re.compile(r"[a-z]{3,}[.!?]\s*$|[.!?]\s+[A-Z]")
# A heading over a statement printed in full: "STATEMENT FROM CRESTLINE FOOD SERVICES", "Read Acme's full
# statement:", "Full text of the letter from the board".
HEADING = re.compile(
    r"[ \t]*(?:In[ \t]+full[ \t]*:[ \t]*)?(?:(?:Read[ \t]+)?(?:the[ \t]+)?(?:full[ \t]+|complete[ \t]+)?(?:text[ \t]+of"
    r"[ \t]+(?:the[ \t]+)?)?(?:statement|letter|memo|email|response)[ \t]+(?:from|by)[ \t]+(?P<who>[^:\n]{2,60}?)"
    r"|(?:Read[ \t]+)?(?P<owner>[A-Z][^:\n]{1,60}?)['’]s?[ \t]+(?:full[ \t]+|complete[ \t]+|[a-z]+[ \t]+)?(?:statement"
    r"|letter|memo|response)(?:[ \t]+in[ \t]+full)?"
    r"|What[ \t]+(?P<said>[A-Z][^:\n]{1,60}?)[ \t]+(?:said|says|told[ \t]+us|had[ \t]+to[ \t]+say))[ \t]*:?[ \t]*$",
    re.IGNORECASE,
)
# A letter's title on a letters page: a short line of its own with no sentence's end ("The timing tells the story").
_TITLE = re.compile(r"[ \t]*[A-Z][^\n.!?:;,]{0,60}[^\n.!?:;,\s][ \t]*")
_LETTER_PARAGRAPHS = 4
_WITHHELD = re.compile(r"[ \t]*(?:―|—|–|--)[ \t]*(?:Name|Names)(?:[ \t]+and[ \t]+address)?[ \t]+withheld[^\n]{0,60}")
# A letter writer describing themselves: "I am an engineer at AWS and ...", "I'm a nurse at St Mary's."
_SELF = re.compile(
    r"\bI(?:[ \t]+am|['’]m)[ \t]+(?:an?|the)[ \t]+(?P<who>[a-z][a-z-]+(?:[ \t]+[a-z][a-z-]+)?(?:[ \t]+(?:at|for|with)"
    r"[ \t]+[A-Z][\w&.'’-]*(?:[ \t]+[A-Z][\w&.'’-]*){0,3})?)(?=[ \t]+and\b|[,.;])"
)
_OF_BODY = re.compile(r"\b(?:of|at|for)[ \t]+(?P<body>[A-Z][^:\n]*)$")  # a body named after its board or staff
_WRITES = re.compile(
    r"[ \t]*(?P<who>[A-Z][^:\n.]{2,120}?),?[ \t]+(?:writes|wrote|replies|responds)(?:[ \t]+in[ \t]+(?:reply|response))?"
    r"[ \t]*:[ \t]+(?=\S)"
)
_ALLEGING = frozenset(["allege", "claim", "allegation", "accusation", "complaint", "charge", "finding", "conclusion"])
_ANSWERING = frozenset(["answer", "reply", "response", "rebuttal", "defence", "defense", "counter", "counterargument"])
_SPEECH_NOUNS = (
    r"(?:claims?|findings?|allegations?|accusations?|conclusions?|arguments?|complaints?|charges?|answer|reply"
    r"|response|rebuttal|position|defen[cs]e|counter(?:argument)?|take|view|case|side)"
)
# A lead-in that hands the bullets under it to a party: "Among its claims:", "Its main findings:", "The suit's key
# allegations:", "The complaint alleges:".
_LEAD_IN = re.compile(
    rf"(?:^|(?<=[.!?]\s))(?:Among[ \t]+)?(?P<who>[Ii]ts|[Tt]heir|[A-Z][^.!?:\n]{{0,60}}?['’]s?)[ \t]+(?:(?:main|key|chief"
    rf"|central|principal|other|specific)[ \t]+)?{_SPEECH_NOUNS}(?:[ \t]+include)?[ \t]*:[ \t]*$"
    r"|(?:^|(?<=[.!?]\s))(?P<subject>(?:The|Its|Their)[ \t]+[a-z]+)[ \t]+(?:says|alleges|claims|argues|found|finds"
    r"|concludes|concluded|contends)(?:[ \t]+that)?[ \t]*:[ \t]*$"
)
BULLET = re.compile(r"[ \t]*(?:[-•*▪–]|\d{1,2}[.)])[ \t]+(?=\S)")
# A bullet labelled with a party's side of a dispute: "- Parler's claim: AWS cut it off ...".
_SIDE = re.compile(
    rf"[ \t]*(?:[-•*▪–][ \t]+)?(?P<who>[A-Z][\w.&’'-]*(?:[ \t]+(?:[A-Z][\w.&’'-]*|\d+)){{0,3}})['’]s?[ \t]+"
    rf"{_SPEECH_NOUNS}"
    r"[ \t]*:[ \t]+(?=\S)"
)
_PERSON = re.compile(rf"(?:(?:Dr|Cllr|Prof|Rev|Mr|Mrs|Ms|Councillor|Professor)\.?[ \t]+)?(?P<name>{_NAME})")


@dataclass(frozen=True)
class Block:
    """A writer's words: who (as written, with where), and the runs of text that are theirs."""

    writer: Span
    runs: tuple[tuple[int, int], ...]
    organization: bool = False
    lemma: str = ""  # the verb a label's noun stands for: "Among its claims:" alleges, "AWS's answer:" denies
    described: bool = False  # the writer is who a letter signed "Name withheld" says they are: "engineer at AWS"


def _lemma(label: str) -> str:
    """The verb a label's speech noun stands for: "Among its claims:" alleges, "AWS's answer:" denies."""
    noun = re.sub(r"s$", "", label.lower().rstrip(" \t:").split()[-1]) if label.strip() else ""
    return "allege" if noun in _ALLEGING else "deny" if noun in _ANSWERING else ""


def lines_of(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    return [(lo + m.start(), lo + m.end()) for m in re.finditer(r"[^\n]+", text[lo:hi]) if m.group().strip()]


def signature(text: str, start: int, end: int) -> re.Match[str] | None:
    """A signature line: a name, then at most a place, a post, a handle or a date; never a sentence."""
    m = _SIGNATURE.fullmatch(text, start, end)
    if m is None or len(text[start:end].split()) > 14 or _SENTENCE_END.search(text, start, end):
        return None
    return m


def find_blocks(text: str, paragraphs: list[tuple[int, int]]) -> list[Block]:
    """The writers' blocks of ``text`` in order (the headline paragraph is never one)."""
    lines = [line for lo, hi in paragraphs[1:] for line in lines_of(text, lo, hi)]
    blocks = _letters(text, lines) + _signed(text, lines) + _titled(text, paragraphs)
    blocks += _headed(text, paragraphs) + _written(text, paragraphs) + _listed(text, paragraphs) + _sides(text, lines)
    taken: list[tuple[int, int]] = []
    kept = []
    for block in sorted(blocks, key=lambda b: b.runs[0]):
        lo, hi = block.runs[0][0], block.runs[-1][1]
        if any(s < hi and e > lo for s, e in taken):
            continue
        taken.append((lo, hi))
        kept.append(block)
    return kept


def _letters(text: str, lines: list[tuple[int, int]]) -> list[Block]:
    """Salutation down to signature: "Sir, ..." ... "Margaret Ellery, Station Road"."""
    blocks = []
    i = 0
    while i < len(lines):
        salute = _SALUTATION.match(text, *lines[i])
        if salute is None:
            i += 1
            continue
        body: list[tuple[int, int]] = [(salute.end(), lines[i][1])] if salute.end() < lines[i][1] else []
        signed = None
        j = i + 1
        closed = False
        while j < len(lines) and j < i + 40:
            lo, hi = lines[j]
            if _SALUTATION.match(text, lo, hi):
                break
            if _SIGN_OFF.fullmatch(text, lo, hi):
                closed = True
            elif (sig := signature(text, lo, hi)) is not None and not sig.group("dash"):
                signed = sig
                break
            elif closed:
                break
            else:
                body.append((lo, hi))
            j += 1
        if signed is None:
            i += 1
            continue
        blocks.append(Block(Span(signed.group("name"), *signed.span("name")), tuple(body)))
        i = j + 1
    return blocks


def _signed(text: str, lines: list[tuple[int, int]]) -> list[Block]:
    """A dash and a name under a block quote ("> ..." then "> — John Matze on Parler") or under a short post set
    on its own lines ("... pic.twitter.com/x" then "— Jane Doe (@jdoe) May 2, 2024")."""
    blocks = []
    for n, (lo, hi) in enumerate(lines):
        sig = signature(text, lo, hi)
        if sig is None or not sig.group("dash") or n == 0:
            continue
        quoted = text[lo:hi].lstrip().startswith(">")
        body: list[tuple[int, int]] = []
        for s, e in reversed(lines[:n]):
            line = text[s:e].lstrip()
            nxt = body[0][0] if body else lo
            if quoted != line.startswith(">") or (not quoted and "\n\n" in text[e:nxt]):
                break
            body.insert(0, (e - len(line.lstrip("> \t")), e))
        words = sum(len(text[s:e].split()) for s, e in body)
        if body and (quoted or words <= 60):
            blocks.append(Block(Span(sig.group("name"), *sig.span("name")), tuple(body)))
    return blocks


def _titled(text: str, paragraphs: list[tuple[int, int]]) -> list[Block]:
    """A letters page's letter under a title of its own and over a dashed signature in a paragraph of its own
    ("A contract is a contract", the letter, "— Marcus Lindgren, Bellevue"): the paragraphs between. A letter
    signed "— Name withheld" is its writer's as the letter describes them ("I am an engineer at AWS"), or no one's.
    """
    blocks = []
    for n, (lo, hi) in enumerate(paragraphs[1:], start=1):
        sig = signature(text, lo, hi)
        withheld = _WITHHELD.fullmatch(text, lo, hi)
        if not ((sig and sig.group("dash")) or withheld) or "\n" in text[lo:hi].strip():
            continue
        body: list[tuple[int, int]] = []
        for start, end in reversed(paragraphs[1:n][-_LETTER_PARAGRAPHS - 1 :]):
            if _signed_off(text, start, end):
                break
            if _TITLE.fullmatch(text, start, end):
                writer = Span(sig.group("name"), *sig.span("name")) if sig else _described(text, body)
                if body and writer is not None:
                    blocks.append(Block(writer, tuple(body), described=sig is None))
                break
            body[:0] = lines_of(text, start, end)
    return blocks


def _signed_off(text: str, start: int, end: int) -> bool:
    return signature(text, start, end) is not None or _WITHHELD.fullmatch(text, start, end) is not None


def _described(text: str, body: list[tuple[int, int]]) -> Span | None:
    """Who a letter says its writer is: "I am an engineer at AWS" gives "engineer at AWS"."""
    for start, end in body:
        m = _SELF.search(text, start, end)
        if m is not None:
            return Span(m.group("who"), *m.span("who"))
    return None


def _voiced(
    text: str, paragraphs: list[tuple[int, int]], n: int, first: tuple[int, int]
) -> tuple[tuple[int, int], ...]:
    """The first run (in paragraph ``n``) and the paragraphs after it that go on in the writer's voice."""
    runs = [first]
    for lo, hi in paragraphs[n + 1 :]:
        if not spoken(text[lo:hi]) or _SALUTATION.match(text, lo, hi) or HEADING.fullmatch(text, lo, hi):
            break
        runs.append((lo, hi))
    return tuple((m.end() if (m := BULLET.match(text, lo, hi)) else lo, hi) for lo, hi in runs)  # "1. All of our ..."


def _headed(text: str, paragraphs: list[tuple[int, int]]) -> list[Block]:
    """A heading naming whose statement follows: "STATEMENT FROM CRESTLINE FOOD SERVICES", "In full: Laura Keane's
    resignation letter", "What CalNorth said" over its words."""
    blocks = []
    for n, (lo, hi) in enumerate(paragraphs[1:-1], start=1):
        m = HEADING.fullmatch(text, lo, hi)
        if m is None or "\n" in text[lo:hi]:
            continue
        group = next(g for g in ("who", "owner", "said") if m.group(g))
        who, at = m.group(group).strip(), m.start(group)
        body = _OF_BODY.search(who) if who[:1].islower() else None  # "the trustees of The Pennock Trust"
        if body is not None:
            who, at = body.group("body"), at + body.start("body")
        if not any(c.isupper() for c in who[:1]):
            continue
        blocks.append(Block(Span(who, at, at + len(who)), _voiced(text, paragraphs, n + 1, paragraphs[n + 1]), True))
    return blocks


def _written(text: str, paragraphs: list[tuple[int, int]]) -> list[Block]:
    """ "Cllr Diane Forsyth, cabinet member for environment, writes: I understand ..." and the paragraphs after."""
    blocks = []
    for n, (lo, hi) in enumerate(paragraphs[1:], start=1):
        m = _WRITES.match(text, lo, hi)
        person = _PERSON.match(text, m.start("who"), m.end("who")) if m else None
        if m is None or person is None:
            continue
        name = person.group("name")
        blocks.append(Block(Span(name, *person.span("name")), _voiced(text, paragraphs, n, (m.end(), hi))))
    return blocks


def _listed(text: str, paragraphs: list[tuple[int, int]]) -> list[Block]:
    """Bullets under a lead-in that gives them to a party or a document: "Among its claims:" over "- AWS
    terminated the contract ...". The writer is the lead-in's owner ("its": whoever the paragraph was about)."""
    blocks = []
    for n, (lo, hi) in enumerate(paragraphs[1:-1], start=1):
        m = _LEAD_IN.search(text, lo, hi)
        if m is None:
            continue
        nxt = paragraphs[n + 1]
        rows = lines_of(text, *nxt)
        bullets = [BULLET.match(text, a, b) for a, b in rows]
        if not rows or not all(bullets):
            continue
        group = "who" if m.group("who") else "subject"
        who = m.group(group)
        owner = Span(who if who.lower() in ("its", "their") else re.sub(r"['’]s?$", "", who), *m.span(group))
        runs = tuple((b.end(), e) for b, (_, e) in zip(bullets, rows, strict=True) if b is not None)
        blocks.append(Block(owner, runs, True, _lemma(text[m.start() : m.end()].replace("include", ""))))
    return blocks


def _sides(text: str, lines: list[tuple[int, int]]) -> list[Block]:
    """ "- Parler's claim: ...", "- AWS's answer: ...": each line its labelled party's."""
    blocks = []
    for lo, hi in lines:
        m = _SIDE.match(text, lo, hi)
        if m is not None:
            blocks.append(Block(Span(m.group("who"), *m.span("who")), ((m.end(), hi),), True, _lemma(m.group())))
    return blocks


def owner_before(reading: Reading, at: int) -> str | None:
    """Who a lead-in at ``at`` stands for ("its", "the complaint", "The statement reads:"): the speaker last found
    in the paragraph it closes, else the party that paragraph names first ("Parler files suit in Seattle. Among its
    claims:")."""
    text = reading.text
    para = text.rfind("\n\n", 0, at) + 2 if "\n\n" in text[:at] else 0
    waiting = [(b.start, b.found.speaker) for b in reading.bare]  # "says Professor Solberg" awaiting its quotation
    before = [(s, who) for s, who in [(f.start, f.speaker) for f in reading.found] + waiting if para <= s < at]
    if before:
        return sorted(before, key=lambda b: b[0])[-1][1]
    named = [(m.start, p.id) for p in reading.table.parties() for m in p.mentions if para <= m.start < at]
    return min(named)[1] if named else None


def read_blocks(reading: Reading, paragraphs: list[tuple[int, int]]) -> set[int]:
    """Each block's sentences as statements of its writer. Returns where each of the blocks' lines starts, so
    that no other rule reads a line again."""
    text, table = reading.text, reading.table
    lines: set[int] = set()
    for block in find_blocks(text, paragraphs):
        name = block.writer.text
        if name.isupper():
            name = " ".join(proper_case(w) for w in name.split())
        if block.described:
            role = re.split(r"[ \t]+(?:at|for|with)[ \t]+", name)[0]
            for start, end in block.runs:
                lines.add(text.rfind("\n", 0, start) + 1)
                read_words(reading, start, end, table.unnamed(name, role, None), None)
            continue
        kind = "Organization" if block.organization else "Person"
        known = None if name[:1].islower() or name.split()[0] in ("Its", "Their") else table.find(name)
        owned = known is None and (name[:1].islower() or name.split()[0] in ("Its", "Their", "The"))  # "its claims"
        pid = (
            owner_before(reading, block.writer.start)
            if owned
            else known or table.named(name, kind if " " in name else "Unknown")
        )
        if pid is None:
            continue
        if not owned:
            sentence = bisect.bisect_right(reading.sentence_starts, block.writer.start) - 1
            table.mention(pid, block.writer, 0, max(sentence, 0), antecedent=False)
        for start, end in block.runs:
            lines.add(text.rfind("\n", 0, start) + 1)
            read_words(reading, start, end, pid, block.writer, block.lemma)
    return lines
