"""Lines that name their speaker apart from the words, read on the raw text after parsing.

"PENCE: Well, look..." (a transcript's label), '"..." ― Ana Ruiz, 34' (a signed pull quote; a hyphen
set off by spaces is a typed dash), a TV script's caption over the sound bite quoted under it ("SUPER: John
Matze, Parler CEO"), and a paragraph that ends "..., he added:" handing its words to the next one.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator

from kg.extract.acts import text_why
from kg.extract.kinds import kind
from kg.extract.lexicon import DOCUMENTS, FIRST_PERSON, ROLES
from kg.extract.model import Cue, QuoteType, Span
from kg.extract.names import clean_name
from kg.extract.parties import PartyTable
from kg.extract.reading import Found, Reading

_LABELLED = re.compile(  # "- Airport director Samuel Obi:" names Obi by his post, as bulleted briefs do
    r"[ \t]*(?:[-•*][ \t]+)?[\"“]?(?P<post>[A-Z][\w.’'&-]* (?:[a-z][\w’'-]* ){1,2}(?=[A-Z][\w’'-]* [A-Z]))?"
    r"(?P<name>[A-Z][\w.’'&-]*(?: [A-Z][\w.’'&-]*){0,3})[ \t]*(?P<mark>:|―|—|--)[ \t]+(?P<content>\S)"
)
# A TV script's caption ("super") names who speaks in the sound bite quoted on the line under it.
_CAPTION = re.compile(
    r"^[ \t]*(?P<mark>SUPER|CG|CHYRON|LOWER THIRD)[ \t]*:[ \t]*(?P<name>[^\n]*?\S)[ \t]*\n[ \t]*(?=[\"“])", re.M
)
_HOLDER = re.compile(r"(?P<role>[A-Za-z][A-Za-z -]*?) (?:for|at|of|with) (?P<body>\S.*)")  # "Attorney for Parler"
_PERSON = re.compile(r"(?!The )[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2}")  # "Ana Ruiz", never "The Morning Byte"
_NEXT_BULLET = re.compile(r"\n[ \t]*[-•*][ \t]")
_SIGNED = re.compile(
    r"\s*[\"“”«](?P<content>\S.*?\S)[\"“”»][.,]?[ \t\xa0]*(?P<mark>―|—|–|--|(?<=[ \t\xa0])-(?=[ \t\xa0]))[ \t\xa0]*"
    r"(?P<name>[A-Z][\w.’'&-]*(?: [A-Z][\w.’'&-]*){1,3})[ \t\xa0]*(?:[,(][^\"“”\n]*)?\.?\s*"
)
_NOT_SPEAKERS = {
    "note",
    "update",
    "updated",
    "correction",
    "photo",
    "related",
    "watch",
    "read more",
    "editor's note",
    "editor’s note",
    "source",
    "sources",
    "q",
    "a",
    "video",
    "listen",
    "see also",
    "warning",
    "caption",
    "credit",
    "image",
    "graphic",
    "getty images",
    "the latest",
    "contributing",
    "breaking",
    "exclusive",
    "transcript",
}
_RUBRIC_TAILS = {"note", "ahead", "background", "update", "roundup", "recap"}  # "Case Note:", "LEGAL WEEK AHEAD:"
_HEAD_WORDS = 12
_STOPS = ".!?…\"”’'»)"


def read_labelled_lines(reading: Reading, paragraphs: list[tuple[int, int]], turns: set[int] | None = None) -> None:
    """Lines that name their speaker apart from the words: "PENCE: Well, look...", or a
    quotation signed after a dash, as readers' and pull quotes are: '"..." ― Ana Ruiz, 34'.
    ``turns``: where the lines of a transcript's turns start, read already (``kg.extract.turns``)."""
    text, table = reading.text, reading.table
    taken = sorted((f.start, f.end) for f in reading.found)
    for m in _labelled(reading, paragraphs):
        if turns and m.start() in turns:
            continue
        if m.re is _LABELLED:
            bullet = _NEXT_BULLET.search(text, m.start("content"), m.endpos)  # the line ends where the next bullet
            start, end = reading.trim(m.start("content"), bullet.start() if bullet else m.endpos)  # begins
            while end > start and text[end - 1] in "\"”’'":
                end -= 1
        else:
            start, end = m.span("content")
        i = bisect.bisect_left(taken, (end,))
        if end <= start or any(s < end and e > start for s, e in taken[max(0, i - 3) : i]):
            continue
        name = m.group("name")
        posted = m.re is _LABELLED and m.group("post")
        pid = table.find(name) or table.person(name.title()) or table.named(name, "Person" if posted else "Unknown")
        if pid is None:
            continue
        mention = Span(name, m.start("name"), m.end("name"))
        table.mention(pid, mention, 0, bisect.bisect_right(reading.sentence_starts, mention.start) - 1)
        cue = Cue(m.group("mark"), m.start("mark"), m.end("mark"), m.group("mark"))
        content = text[start:end]
        quote: QuoteType = "direct" if m.re is _SIGNED or reading.in_quote(start) else "indirect"
        found = Found(pid, start, end, kind("", None, content, None), quote, mention, cue, why=text_why(content))
        reading.found.append(found)
    _captions(reading)
    _introduced_paragraphs(reading, paragraphs, turns or set())


def _captions(reading: Reading) -> None:
    """A sound bite under its caption: 'SUPER: Attorney for Parler' then '"This was never about the posts."'
    is the lawyer's quotation, cut into its sentences later as any quotation is."""
    text, table = reading.text, reading.table
    taken = [(f.start, f.end) for f in reading.found]
    for m in _CAPTION.finditer(text):
        quote = reading.in_quote(m.end())
        if quote is None or any(s < quote.end and e > quote.start for s, e in taken):
            continue
        pid = _captioned(table, m.group("name"))
        if pid is None:
            continue
        mention = Span(m.group("name"), m.start("name"), m.end("name"))
        table.mention(pid, mention, 0, bisect.bisect_right(reading.sentence_starts, mention.start) - 1)
        cue = Cue(m.group("mark"), m.start("mark"), m.end("mark"), m.group("mark"))
        content = text[quote.start : quote.end]
        found = Found(pid, quote.start, quote.end, kind("", None, content, None), "direct", mention, cue)
        found.why = text_why(content)
        reading.found.append(found)


def _captioned(table: PartyTable, caption: str) -> str | None:
    """The party a caption names: a person before the comma of "John Matze, Parler CEO", or a post held for
    a body, "Attorney for Amazon Web Services" (the body as the article names it)."""
    who = caption.split(",")[0].strip()
    held = _HOLDER.fullmatch(who)
    if held is not None and held.group("role").split()[-1].lower() in ROLES:
        role = held.group("role").lower()
        body = table.find(clean_name(held.group("body")))
        return table.holder(role, body) or table.unnamed(who[:1].lower() + who[1:], role, body)
    return table.find(who) or table.person(who) or table.named(who, "Person")


def _introduced_paragraphs(reading: Reading, paragraphs: list[tuple[int, int]], read: set[int]) -> None:
    """A paragraph that ends "..., he added:" hands its words to the next paragraph, quoted or set off as a
    block, unless its lines were read already (``read``: where they start; ``kg.extract.printed``)."""
    starts = [lo for lo, _ in paragraphs]
    for bare in reading.bare:
        n = bisect.bisect_right(starts, bare.start)
        if n >= len(paragraphs) or reading.text[bare.end : paragraphs[n - 1][1]].strip() != ":":
            continue
        if paragraphs[n][0] in read:
            continue
        f = bare.found
        start, end, quote = reading.quoting(*reading.trim(*paragraphs[n]))
        bare.produced = Found(
            f.speaker,
            start,
            end,
            kind(f.cue.lemma if f.cue else "", f.origin, reading.text[start:end], None),
            quote,
            f.mention,
            f.cue,
            f.origin,
            f.date,
            why=f.why or text_why(reading.text[start:end]),
        )
        reading.found.append(bare.produced)


def _labelled(reading: Reading, paragraphs: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """Matches of a speaker label opening a paragraph, or of a signature closing a line. Capitals that open the
    body once ("SAN FRANCISCO: Parler came back online") are a dateline, not a transcript's speaker, whose label
    comes back turn after turn."""
    text = reading.text
    opened = [_LABELLED.match(text, lo, hi) for lo, hi in paragraphs]
    labels = Counter(m.group("name") for m in opened if m is not None)
    for n, (lo, hi) in enumerate(paragraphs):
        m = opened[n]
        post = m.group("post") if m is not None else None  # a post is a role ("director"), never "Agent blasts"
        if (
            m is not None
            and (not post or post.split()[-1].lower() in ROLES)
            and not (n == 1 and labels[m.group("name")] == 1 and m.group("name").isupper())  # "SAN FRANCISCO:"
            and _label_names(reading, m.group("name"), m.group("mark"), headline=n == 0)
            and not (n > 0 and labels[m.group("name")] == 1 and _heading(reading, m, hi))
        ):
            yield m
            continue
        while lo < hi:
            eol = text.find("\n", lo, hi)
            eol = hi if eol < 0 else eol
            m = _SIGNED.fullmatch(text, lo, eol)
            if m is not None:
                yield m
            lo = eol + 1


def _heading(reading: Reading, m: re.Match[str], hi: int) -> bool:
    """Whether a labelled paragraph is the page's own words, not a speaker's: a section head, one short line
    with no closing stop and no one's "we" or "our" ("Amazon: a big quarter, and a court fight"; not "Harbor
    Freight: Ferry Delays Were Not Our Fault"), or a work's title quoted with words
    after the quotation ('"The Off Switch: Parler and the Week ...," by Miriam Oduya. Harlow Press.')."""
    text = reading.text
    line = text[m.start() : hi].strip()
    voiced = FIRST_PERSON & {w.strip(_STOPS + ",;:").lower() for w in text[m.end("name") : hi].split()}
    if "\n" not in line and len(line.split()) <= _HEAD_WORDS and line[-1:] not in _STOPS and not voiced:
        return True
    quote = reading.in_quote(m.start("name"))
    eol = text.find("\n", m.start(), hi)
    after = text[quote.outer_end : hi if eol < 0 else eol] if quote is not None else ""
    return quote is not None and quote.outer_start < m.start("name") and any(ch.isalnum() for ch in after)


def _named_again(text: str, label: str) -> bool:
    """Whether the body, past the headline's paragraph, names a headline's label again by its last word ("Lund" of
    "Maya Lund", "Freight" of "Harbor Freight"): a speaker a headline quotes is named in the story under it; a label
    named nowhere else is the page's genre or column ("Client Alert:", "Research Guide:", "Excerpt:"). Capitalised,
    in any case: "RUIZ:" in a transcript names "Mayor Ruiz"."""
    body = text.find("\n\n")
    last = label.split()[-1]
    found = re.finditer(r"\b" + re.escape(last) + r"\b", text[body:], re.IGNORECASE) if body >= 0 else iter(())
    return any(m.group(0)[0].isupper() for m in found)


def _label_names(reading: Reading, label: str, mark: str, headline: bool) -> bool:
    """Whether a line's label is a speaker. "SEATTLE —" opens a dateline, not a quote.
    In the body a lone capitalised word before a colon is a lead-in ("So:", "Twitter:")
    unless it is a transcript's capitals or a party the article already named; a
    headline's is its source when it names a party the article names, a document ("Poll: ...") or a
    person ("Ana Ruiz: ...") the story names again, never a rubric ("Estimates: ...", "LIVE: ...", "The Morning Byte: ...", "Case Note: ...")."""
    if (
        label.lower() in _NOT_SPEAKERS
        or label.lower().split()[-1] in _RUBRIC_TAILS
        or (mark != ":" and label.isupper())
    ):
        return False
    if headline and label.lower() not in DOCUMENTS and not _named_again(reading.text, label):
        return False  # "Client Alert: Judge Declines ...": the page's own rubric, whoever it looks like
    if reading.table.find(label) is not None:
        return True
    if headline:  # "Lund: ..." over a story naming Maya Lund
        if reading.table.person(label.title()) is not None:
            return True
        return label.lower() in DOCUMENTS or _PERSON.fullmatch(label) is not None
    return " " in label or label.isupper()
