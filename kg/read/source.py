"""The source page: the article's text with every statement highlighted by speaker, and its statements."""

from __future__ import annotations

from kg.build.namespace import QG
from kg.read.base import (
    class_label,
    iri_ref,
    named,
    party_names,
    party_ref,
    rows,
    sparql,
    statement_rows,
    term,
    types_of,
)
from kg.read.evidence import segments, selectors, source_text, spans


def palette(n: int) -> list[dict]:
    """``n`` colours, none repeated: hues a golden angle apart, a light fill and a dark ink for each."""
    hues = [round(i * 137.508 + 210) % 360 for i in range(n)]
    return [{"fill": f"hsl({h} 75% 86%)", "ink": f"hsl({h} 65% 32%)"} for h in hues]


def source(store, iri: str) -> dict:
    this = iri_ref(iri)
    meta = rows(store, "source-meta", this=this)
    first = meta[0] if meta else {}
    publisher = first.get("publisher")
    kind = class_label(types_of(store, iri), "Source", skip=frozenset({str(QG.Source)}))
    reported_here = sparql("linking-to", this=this, prop=term("reportedIn"))
    statements = statement_rows(store, reported_here, order="?s", limit=2000)
    made_here = statement_rows(store, sparql("linking-to", this=this, prop=term("originallyMadeIn")), limit=500)
    text = source_text(store, iri)
    speakers: dict[str, dict] = {}
    by_statement: dict[str, int] = {}
    for st in statements:
        who = st["on_behalf_of"] or st["speaker"]
        if who and who["iri"] not in speakers:
            speakers[who["iri"]] = dict(who, colour=len(speakers))
        by_statement[st["iri"]] = speakers[who["iri"]]["colour"] if who else -1
    highlighted = None
    order = {s: i for i, s in enumerate(sorted(st["iri"] for st in statements))}
    if text is not None:
        located = spans(text, selectors(store, reported_here))
        highlighted = _highlight(text, located, by_statement)
        starts: dict[str, int] = {}
        for seg in highlighted:
            for s in seg["statements"]:
                starts.setdefault(s, len(starts))
        order = {s: starts.get(s, len(starts) + i) for s, i in order.items()}
    statements.sort(key=lambda st: order[st["iri"]])
    mentioned = named(store, rows(store, "source-parties", this=this), "p", "name", "name")
    parties = [party_ref(r["p"], r["name"]) for r in mentioned]
    return {
        "iri": iri,
        "title": first.get("title") or f"Untitled {kind.lower()}",
        "type": kind,
        "published": first.get("published"),
        "url": first.get("url"),
        "publisher": party_ref(publisher, party_names(store, [publisher]).get(publisher or "")),
        "text": text,
        "highlighted": highlighted,
        "palette": palette(len(speakers)),
        "speakers": list(speakers.values()),
        "statements": statements,
        "originally_made_here": made_here,
        "parties": [p for p in parties if p and not p.get("unidentified")],
    }


def _highlight(text: str, located: list[tuple[int, int, str, str]], colour_of: dict[str, int]) -> list[dict]:
    """The text cut at every span edge. A piece inside a statement's words takes the colour of the
    innermost statement holding it (a quote within a quote shows as such) and lists the colours of
    the statements around it; a cue or a speaker's name is marked in its statement's colour."""
    width = {(s, role): end - start for start, end, role, s in located}
    out = []
    for seg in segments(text, located):
        inner = sorted(
            (s for s in seg["statements"] if "content" in seg["roles"] and (s, "content") in width),
            key=lambda s: width[(s, "content")],
        )
        marked = [r for r in ("cue", "speaker") if r in seg["roles"]]
        owner = inner[0] if inner else (seg["statements"][0] if seg["statements"] else None)
        out.append(
            dict(
                seg,
                link=owner,
                colour=colour_of.get(owner, -1) if owner else None,
                outer=[colour_of.get(s, -1) for s in inner[1:]],
                marked=marked,
            )
        )
    return out
