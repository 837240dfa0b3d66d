"""Turn found attributions into Statements: ids, on-behalf-of, and dispute links.

A denial answers the denied party's statements in the same article; when the denial
does not name that party, it answers the most recent other party that alleged or
claimed something before it, else the first one after it. Confirmations are linked the
same way. An answer with nothing to answer is stored as a plain claim: a denial that
disputes nothing says nothing the graph can use, and the shapes reject it.
"""

from __future__ import annotations

from kg.extract.attribution import Found
from kg.extract.lexicon import SPOKES_ROLES
from kg.extract.model import NotStatement, Party, Statement


def _voices(statement: Statement, parties: dict[str, Party]) -> set[str]:
    """Every party a statement speaks for: its speaker, whom it speaks for, their employer."""
    voices = {statement.speaker}
    if statement.on_behalf_of:
        voices.add(statement.on_behalf_of)
    affiliation = parties[statement.speaker].affiliation
    if affiliation:
        voices.add(affiliation)
    return voices


def statements(found: list[Found], parties: list[Party]) -> tuple[list[Statement], list[NotStatement]]:
    """Statements with ids and links, and apart from them what was said that is no claim."""
    by_id = {p.id: p for p in parties}
    others = sorted((f for f in found if f.why), key=lambda f: (f.start, f.end))
    found = sorted((f for f in found if not f.why), key=lambda f: (f.start, f.end))
    result: list[Statement] = []
    for n, f in enumerate(found, 1):
        speaker = by_id[f.speaker]
        behalf = speaker.affiliation if speaker.role in SPOKES_ROLES else None
        result.append(
            Statement(
                id=f"s{n}",
                speaker=f.speaker,
                kind=f.kind,
                text="",
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
            )
        )
    ids = {id(f): s.id for f, s in zip(found, result)}
    for f, s in zip(found, result):
        if f.continues is not None:
            s.continues = ids.get(id(f.continues))
        if s.kind in ("denial", "confirmation"):
            _link(s, f.target, result, by_id)
    apart = [
        NotStatement(f"n{n}", f.speaker, f.why, "", f.start, f.end, f.mention, f.cue, ids.get(id(f.continues)))
        for n, f in enumerate(others, 1)
        if f.why
    ]
    return result, apart


def _link(answer: Statement, target: str | None, all_statements: list[Statement], parties: dict[str, Party]) -> None:
    own = _voices(answer, parties)
    answerable = [s for s in all_statements if s.kind in ("allegation", "claim") and not own & _voices(s, parties)]
    if target is None:
        earlier = [s for s in answerable if s.start < answer.start]
        alleged = [s for s in earlier if s.kind == "allegation"] or earlier
        if alleged:
            latest = alleged[-1]
        elif answerable:
            latest = answerable[0]
        else:
            answer.kind = "claim"
            return
        target = latest.on_behalf_of or parties[latest.speaker].affiliation or latest.speaker
    theirs = [s for s in answerable if target in _voices(s, parties)]
    chosen = [s for s in theirs if s.kind == "allegation"] or theirs
    ids = [s.id for s in chosen]
    if answer.kind == "denial":
        answer.disputes, answer.disputes_party = ids, target
    else:
        answer.confirms, answer.confirms_party = ids, target
