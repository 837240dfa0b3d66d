"""Transcripts: speech set under speaker labels, read turn by turn.

A Q&A interview ("Q: ..." / "A: ..."), question time ("Ms HARDWICK (Franklin) (2.31 p.m.) - ..."), a court or
deposition transcript ("THE COURT: ...", "MR. JONES: ...", "Q. ..." / "A. ..."), an earnings call ("Jane Doe --
Chief Executive Officer" over her words) and a broadcast transcript ("HADDAD: ...") give each speaker's words
under a label, with no verb of saying and often no quotation marks. Missed, those words are nobody's; read as
prose, a first-person "I understand ..." becomes an unnamed source's.

A block of turns is recognised by its shape, never by one line: at least three lines open with a label, and
at least two speakers take turns (an interviewer's Q with its answers). A label must say it names a speaker:
Q or A, a title ("Ms", "MR.", "Senator", "The"), a note ("(Franklin)", ", KTVB ANCHOR", "-- Analyst"), a post
("CHAIR"), or a name that labels more than one turn ("WHITFIELD" after "DANA WHITFIELD"); a dash after a label
needs a title. That keeps a lone "Why it matters:", "Among its claims:", a recall notice's "HAZARD:", a
dateline "SEATTLE (Reuters) -" or a headline "X blasts Y: '...'" out. Each label is resolved to a
party: a name (the one the article gives in full, or a new person), a post ("Madam SPEAKER", "THE COURT"), or
"A", the person the introduction says was interviewed; "Q", an "Operator", an interviewer and a moderator or host
(named as such, or by a note: "JANE ROE, MODERATOR") are the outlet's own voice and say nothing of their own.
Each sentence of a turn becomes a statement of its speaker (``kg.extract.voiced``: cue null; direct when quoted,
else indirect), the later ones continuing the earlier; a question, a request and the formulae of procedure ("I
thank the member for her question", "Point of order") are kept apart.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

from kg.extract.lexicon import ROLES
from kg.extract.model import Span
from kg.extract.reading import Reading
from kg.extract.voiced import read_words

_HONORIFIC = (
    r"(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Madam|Madame|Mister|Sir|Dame|Hon|The|Senator|Sen|Rep|Gov|Mayor|Judge|Justice|Prof"
    r"|Cr|Councillor|MR|MRS|MS|MISS|DR|THE|HON|SENATOR|SEN|REP|GOV|MAYOR|JUDGE|JUSTICE|PROF)\.?[ \t]+)"
)
_CAPS = r"(?:Mc|Mac)?[A-Z][A-Z'’.-]+(?:[ \t]+(?:Mc|Mac)?[A-Z][A-Z'’.-]+){0,3}"
_TITLED = r"[A-Z][a-z'’-]+(?:[ \t]+(?:[A-Z][\w'’.-]*|de|van|von|da|del|bin|al)){0,3}"
_STAMP = r"(?:[\[(]\d{1,2}:\d{2}(?::\d{2})?[\])][ \t]*)?"  # a podcast's time stamp, "[12:40]"
# A label opening a line, then its words: "Q: Why Sundays?", "Mr CALLOWAY (Minister for Health) - I thank ...".
_LABEL = re.compile(
    rf"[ \t]*{_STAMP}(?P<label>(?P<honorific>{_HONORIFIC})?"
    rf"(?P<name>(?:Q|A|Question|Answer)(?=[ \t]*[:.])|{_CAPS}|{_TITLED})"
    r"(?P<notes>(?:[ \t]*\([^()\n]{1,60}\))*(?:,[ \t]*[A-Za-z][^:\n]{0,60}?(?=:))?))[ \t]*(?P<mark>:|\.|—|–|--|-)"
    r"[ \t]+(?=\S)"
)
# A label on a line of its own over the words it heads, as earnings-call transcripts set them:
# "Jane Doe -- Chief Executive Officer", "Kristen Voss -- Bergen Capital -- Analyst", "Operator".
_HEADING = re.compile(
    rf"[ \t]*{_STAMP}(?P<label>(?P<honorific>)(?P<name>{_TITLED}|{_CAPS})"
    r"(?P<notes>(?:[ \t]+(?:--|—|–|-)[ \t]+[A-Z][^\n]{0,60}?){1,2}))[ \t]*(?P<mark>)$"
    r"|[ \t]*(?P<operator>Operator)[ \t]*:?[ \t]*$"
)
_FUNCTION = frozenset(
    re.findall(
        r"\S+",
        "why what how who when where which it its is are of to and or a an in on at for with by from that this next "
        "more yes but not no here there go deeper bottom line big picture",
    )
)
_NOT_LABELS = frozenset(
    re.findall(
        r"[^,]+",
        "note,update,updated,correction,photo,related,watch,source,sources,video,listen,warning,caption,credit,image,"
        "graphic,breaking,exclusive,super,sot,vo,nat,cg,chyron,tag,pkg,anchor,slug,outcue,on cam,byline,dateline,"
        "editor's note,editor’s note,read more,see also,the latest,lower third",
    )
)
# A bulletin's script: who reads it out is the station, whatever the note says it reads ("READER (STATEMENT):").
_READERS = frozenset(["reader", "newsreader", "news reader", "presenter", "announcer", "narrator", "voiceover"])
# Who puts the questions for the outlet: a label or its note ("JANE ROE, MODERATOR") naming one makes the
# turns the outlet's, the reported speech in them read as any other.
_HOSTS = frozenset(["host", "co-host", "moderator", "anchor", "presenter", "interviewer"])
# The outlet's own voice (its questions and cues are the reporter's, never a party's claims), and voices no one can
# be named for.
_OUTLET = (
    _READERS
    | _HOSTS
    | frozenset(
        ["q", "question", "reporter", "operator", "crowd", "audience", "multiple speakers"]
        + [f"unidentified {who}" for who in ("male", "female", "man", "woman", "speaker", "analyst", "participant")]
    )
)
_ANSWER = frozenset(["a", "answer"])
# Posts a label may name instead of a person, with the role their holder has.
_POSTS = {
    "speaker": "speaker",
    "deputy speaker": "deputy speaker",
    "acting speaker": "speaker",
    "president": "president",
    "deputy president": "deputy president",
    "chair": "chair",
    "chairman": "chair",
    "chairwoman": "chair",
    "chairperson": "chair",
    "presiding officer": "presiding officer",
    "court": "judge",
    "judge": "judge",
    "witness": "witness",
    "clerk": "clerk",
}
# Stage directions and headings inside a block: "Members interjecting.", "(Laughter)", "[crosstalk]".
_DIRECTION = re.compile(r"[ \t]*[\[(].*[\])][.]?[ \t]*$|[ \t]*BY[ \t]+[A-Z].*:[ \t]*$")
# Who was interviewed: the subject of "sat down with us", "answered our questions", "was deposed"; the object of
# "spoke to", "interviewed".
_INTERVIEWED = re.compile(
    r"\b(?P<us>(?:sat down|spoke|speaks|talked|talks|chatted) (?:to|with) (?:us|me)\b|joined (?:us|me)\b"
    r"|answered (?:\w+ ){0,2}questions\b|(?:was|were) (?:deposed|interviewed|questioned)\b|testified\b)"
    r"|\b(?:spoke|speaks|talked|talks|chatted|sat down|met) (?:\w+ )?(?:to|with)\b|\binterviewed\b",
)
FIRST_PERSON_WORD = re.compile(r"\b(?:I|[Ww]e|me|us|[Mm]y|[Oo]ur)\b")
# A verb of saying whose subject is not the first person: the writer reporting again ("were asked to leave" is no
# verb of saying).
REPORTED = re.compile(
    r"(?<!\bI )(?<!\b[Ww]e )(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbe )\b(?:said|says|told|tells|added|adds|wrote|writes|asked|asks|replied|responded|explained"
    r"|noted|recalled|insisted|argued|according to)\b"
)
_FULL_NAME = re.compile(r"(?:[A-Z][a-z'’-]+|[A-Z]\.)(?:[ \t]+(?:[A-Z][a-z'’-]+|[A-Z]\.)){1,3}")


@dataclass(frozen=True)
class Turn:
    """One speaker's turn: the label as written, its name and note, and where the words run."""

    label: Span
    name: str
    honorific: str
    notes: str
    start: int
    end: int


def find_turns(
    text: str, paragraphs: list[tuple[int, int]], known: Callable[[Turn], bool] | None = None
) -> list[list[Turn]]:
    """The blocks of turns in ``text``, each a list of turns in order (the headline paragraph is never one).
    ``known``: whether a label is the surname of a person the article names in full, which makes a bare label
    used once a speaker's ("MATZE:" in a transcript whose introduction names John Matze)."""
    heads: list[tuple[int, re.Match[str]]] = []  # (line start, label) of each labelled line
    lines: list[tuple[int, int]] = []
    for lo, hi in paragraphs[1:]:
        for m in re.finditer(r"[^\n]+", text[lo:hi]):
            start, end = lo + m.start(), lo + m.end()
            lines.append((start, end))
            label = next((x for x in (_LABEL.match(text, start, end), _HEADING.match(text, start, end)) if x), None)
            label = label if label is not None and _label(label) else _HEADING.match(text, start, end)
            if label is not None and _label(label):
                heads.append((start, label))
    runs: list[list[tuple[int, re.Match[str]]]] = []
    for head in heads:
        if not runs or text.count("\n\n", runs[-1][-1][0], head[0]) > 4:
            runs.append([])
        runs[-1].append(head)
    starts = [s for s, _ in lines]
    blocks = []
    for run in runs:
        block = [
            _turn(text, lines, starts, label, run[n + 1][0] if n + 1 < len(run) else None)
            for n, (_, label) in enumerate(run)
        ]
        block = [
            t
            for t in block
            if _key(t) in _OUTLET | _ANSWER | _POSTS.keys()
            or t.honorific
            or t.notes
            or sum(_key(u).split()[-1] == _key(t).split()[-1] for u in block) > 1
            or (known is not None and known(t))
        ]
        if _shaped(block):
            blocks.append(block)
    return blocks


def _turn(text: str, lines: list[tuple[int, int]], starts: list[int], label: re.Match[str], nxt: int | None) -> Turn:
    if label.re is _HEADING and label.group("operator"):
        return Turn(Span("Operator", *label.span("operator")), "operator", "", "", label.end(), label.end())
    name = label.group("name")
    words = label.end()
    end = _turn_end(text, lines, starts, label.start(), nxt)
    if label.re is _HEADING:  # the words are the lines under the heading
        i = bisect.bisect_right(starts, label.start())
        words = lines[i][0] if i < len(lines) and (nxt is None or lines[i][0] < nxt) else label.end()
        end = _turn_end(text, lines, starts, words, nxt) if words != label.end() else words
    notes = (label.group("notes") or "").strip(" \t-—–")
    return Turn(Span(name, *label.span("name")), name, (label.group("honorific") or "").strip(), notes, words, end)


def _label(m: re.Match[str]) -> bool:
    """Whether a line's opening words can be a speaker's label, not a heading, a dateline or a lead-in."""
    if m.re is _HEADING and m.group("operator"):
        return True
    name, mark = m.group("name"), m.group("mark")
    words = name.lower().split()
    if name.lower() in _NOT_LABELS or any(w in _NOT_LABELS for w in words[:1]):
        return False
    if name.lower() in _OUTLET | _ANSWER:
        return mark in (":", ".") and (not m.group("notes") or name.lower() in _READERS)
    if mark == "." or any(w.strip(".") in _FUNCTION for w in words):
        return False
    return mark not in ("-", "—", "–", "--") or bool(m.group("honorific"))  # "SEATTLE (Reuters) -" is a dateline


def _turn_end(text: str, lines: list[tuple[int, int]], starts: list[int], start: int, nxt: int | None) -> int:
    """Where a turn's words end: at the next label, leaving out stage directions; the last turn of a block
    keeps the paragraphs after its own that read as its speaker's (first person, no verb of saying), up to
    the first that reads as the writer's again ("After the interview, Whitlock said ...")."""
    i = bisect.bisect_left(starts, start)
    end = lines[i][1]
    for lo, hi in lines[i + 1 :]:
        if nxt is None and "\n\n" in text[end:lo] and not spoken(text[lo:hi]):
            break
        if nxt is not None and lo >= nxt:
            break
        if _DIRECTION.match(text, lo, hi) or len(text[lo:hi].split()) <= 3:
            break
        end = hi
    return end


def spoken(line: str) -> bool:
    """Whether a paragraph after a transcript's last turn goes on in its speaker's voice: in the first person,
    with no verb of saying but the speaker's own ("I told them", not "she said")."""
    return bool(FIRST_PERSON_WORD.search(line)) and not REPORTED.search(line)


def _key(turn: Turn) -> str:
    return " ".join(turn.name.lower().split())


def _shaped(block: list[Turn]) -> bool:
    """Whether turns make a transcript: three labelled lines at least, two speakers taking turns, and an
    answer for every interviewer (Q with A, or Q with named answers)."""
    keys = [_key(t) for t in block]
    if len(block) < 3 or len(set(keys)) < 2:
        return False
    if any(k in _ANSWER for k in keys) and not any(k in _OUTLET for k in keys):
        return False
    return any(k not in _OUTLET for k in keys)


def read_turns(reading: Reading, paragraphs: list[tuple[int, int]]) -> set[int]:
    """Each turn's sentences as statements of the turn's speaker; what the rules read inside an answer in the
    first person ("I understand why it looks that way") is the turn's speaker's too, and is read again here.
    Returns where each turn's label starts, so that no other rule reads the line again."""
    labels: set[int] = set()
    table = reading.table
    for block in find_turns(
        reading.text, paragraphs, lambda t: " " not in t.name and bool(table.full_person(proper_case(t.name)))
    ):
        labels |= {reading.text.rfind("\n", 0, t.label.start) + 1 for t in block}
        answering = interviewee(reading, block[0].label.start)
        hosts = {_key(t).split()[-1] for t in block if _HOSTS & set(re.findall(r"[\w-]+", t.notes.lower()))}
        for turn in block:
            key = _key(turn)
            if key in _OUTLET or key.split()[-1] in hosts:
                continue
            pid = answering if key in _ANSWER or _POSTS.get(key.removeprefix("the ")) == "witness" else None
            pid = pid or _party(reading, turn)
            if pid is None:
                continue
            read_words(reading, turn.start, turn.end, pid, turn.label if turn.name not in _ANSWER else None)
    return labels


def _party(reading: Reading, turn: Turn) -> str | None:
    """The party a label names: a known party, a post's holder, or a new person."""
    table = reading.table
    name = turn.name.removeprefix("THE ").removeprefix("The ")
    post = _POSTS.get(" ".join(name.lower().split()))
    if post is not None:
        pid = table.holder(post, None)
        return pid or table.unnamed("the " + name.lower(), post, None)
    if turn.name in _ANSWER or turn.name.lower() in _ANSWER:
        return None
    proper = " ".join(proper_case(w) for w in name.split())
    titled = bool(turn.honorific) and turn.honorific.lower() != "the"
    pid = table.full_person(proper) or table.find(proper) or table.named(proper, "Person", titled)
    if pid is None:
        return None
    table.respell(pid, proper)
    note = next(iter(re.findall(r"\(([^()]*)\)", turn.notes)), re.split(r"--|,", turn.notes)[-1]).strip(" -—–,")
    if any(w in ROLES for w in note.lower().split()):
        table.set_role(pid, note.lower(), None)
    sentence = bisect.bisect_right(reading.sentence_starts, turn.label.start) - 1
    table.mention(pid, turn.label, 0, max(sentence, 0), antecedent=False)  # never "the auditor" named at last
    return pid


# Company suffixes that stay in capitals in a reader's case: "CRESTLINE FOOD SERVICES LLC".
_ACRONYMS = frozenset(("LLC", "INC", "PLC"))


def proper_case(word: str) -> str:
    """A word set in capitals, in a reader's case: "HARDWICK" Hardwick, "McALLISTER" McAllister, "O'BRIEN" O'Brien,
    "OF" Of; a company's "LLC" stays."""
    if word in _ACRONYMS or not (word.isupper() or word[2:].isupper()):
        return word
    head = word[:2] if word.startswith("Mc") else ""
    return head + "".join(p.capitalize() for p in re.split(r"(['’-])", word[len(head) :]))


def interviewee(reading: Reading, block_start: int) -> str | None:
    """Whom "A:" stands for: the person the introduction says was interviewed ("We spoke to the library's
    director, Priya Ramaswamy", "Harbor master Lena Vos answered our questions"), else the only person named
    before the transcript."""
    text, table, starts = reading.text, reading.table, reading.sentence_starts
    people = {p.id for p in table.parties() if p.type == "Person"}
    for m in reversed(list(_INTERVIEWED.finditer(text, 0, block_start))):
        i = bisect.bisect_right(starts, m.start()) - 1
        lo = starts[i] if i >= 0 else 0
        hi = min(starts[i + 1] if i + 1 < len(starts) else block_start, block_start)
        if m.group("us"):  # "Harbor master Lena Vos answered our questions"
            names = [n.group() for n in _FULL_NAME.finditer(text, lo, m.start())][::-1]
        else:  # "Host Grant Whitby spoke to Mayor Ines Calderon"
            names = [n.group() for n in _FULL_NAME.finditer(text, m.end(), hi)]
        known = [n for n in names if (table.find(n) or table.person(n)) in people]
        if known or names:
            return table.named((known or names)[0], "Person")
    named = {p.id for p in table.parties() if p.id in people and any(s.start < block_start for s in p.mentions)}
    return named.pop() if len(named) == 1 else None
