"""Which government a minister speaks for when her title names none: "Transport Minister Bart Mellish said" in a
story where "the Queensland government" speaks, "the minister, Luke Pollard," beside "the Ministry of Defence".

News gives a minister her portfolio, not her government's name; that is named elsewhere in the story, as a
government or as her ministry. Read with her title alone, she speaks for herself, and an exchange between the
government and its critics is counted against a person the annotators never made a side. Her body is the ministry
whose name shares a word of her portfolio, else the story's one government or ministry; none when it names
several, or only one written as another's ("Russia's Foreign Ministry" beside an Estonian foreign minister).
A shadow minister is left out: she speaks against the government she shadows, never for it.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract.naming import Entry

MINISTERS = frozenset(("minister",))
_BODY_WORDS = frozenset(("government", "ministry"))
_SHADOW = "shadow"
_POSSESSED = re.compile(r"\b[A-Z][\w.-]*(?:'s|’s)\s+(?:[A-Z][\w-]*\s+)*$")


def portfolio(role_token: Token) -> frozenset[str] | None:
    """The words of a minister's title that say what her office covers ("Transport Minister" -> transport,
    "Minister of Mining and Critical Minerals" -> mining, critical, minerals); None for no minister of a
    government (a shadow one, or a role that is no minister)."""
    if role_token.lemma_.lower() not in MINISTERS:
        return None
    before = [t for t in role_token.lefts if t.dep_ in ("compound", "amod", "nmod")]
    if any(t.lower_ == _SHADOW for t in role_token.doc[role_token.left_edge.i : role_token.i]):
        return None
    of = [g for c in role_token.children if c.dep_ == "prep" and c.lower_ in ("of", "for") for g in c.subtree]
    return frozenset(t.lower_ for t in [*before, *of] if t.is_alpha and t.pos_ in ("NOUN", "PROPN", "ADJ"))


def _words(name: str) -> list[str]:
    return [w.lower().strip(",.()") for w in name.split()]


def _another_s(body: Entry, text: str) -> bool:
    """Whether the story writes the body as a place's or another's: "Russia's Foreign Ministry"."""
    return any(_POSSESSED.search(text[max(0, m.start - 30) : m.start]) for m in body.mentions) or any(
        w.endswith(("'s", "’s")) for w in body.name.split()
    )


def _described(body: Entry) -> bool:
    """Whether a party the story leaves unnamed is a government or ministry: "the ministry", "the Tasmanian
    government" (a place's adjective, which the tagger names nothing by)."""
    words = _words(body.name)
    return body.unnamed and body.type != "Person" and not body.someone and len(words) <= 3 and words[-1] in _BODY_WORDS


def office_body(entries: dict[str, Entry], covers: frozenset[str], told: set[str], text: str) -> str | None:
    """The government or ministry a minister with the portfolio ``covers`` speaks for, among the organisations the
    story tells of (``told``), if one fits (see the module); "the ministry" the story leaves unnamed is one."""
    bodies = [
        e
        for e in entries.values()
        if e.id in told
        and not e.outlet
        and ((e.type == "Organization" and not e.unnamed and _BODY_WORDS & set(_words(e.name))) or _described(e))
    ]
    if any(_another_s(e, text) for e in bodies):
        return None
    portfolio_bodies = [e.id for e in bodies if covers & set(_words(e.name)) - _BODY_WORDS]
    if len(portfolio_bodies) == 1:
        return portfolio_bodies[0]
    return bodies[0].id if len(bodies) == 1 else None
