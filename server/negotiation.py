"""HTTP content negotiation: pick a media type from an Accept header with q-values.

Flask's own ``accept_mimetypes.best_match`` breaks ties by the server's order rather than
the client's specificity, and has no notion of "nothing fits" versus "client does not
care"; both matter for the SPARQL protocol (406 versus a default), so the rules of RFC 9110
section 12.5.1 are applied here directly.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping


class NotAcceptable(Exception):
    """No offered media type is acceptable to the client."""


def parse_accept(header: str | None) -> list[tuple[str, str, float]]:
    """(type, subtype, q) ranges of an Accept header; malformed parts are ignored."""
    ranges = []
    for part in (header or "").split(","):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if "/" not in media:
            continue
        main, _, sub = media.partition("/")
        q = 1.0
        for param in fields[1:]:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = min(max(float(value), 0.0), 1.0)
                except ValueError:
                    q = 0.0
        ranges.append((main, sub, q))
    return ranges


def _quality(offer: str, ranges: list[tuple[str, str, float]]) -> tuple[float, int]:
    main, _, sub = offer.partition("/")
    best = (-1.0, -1)
    for r_main, r_sub, q in ranges:
        if r_main == main and r_sub == sub:
            specificity = 2
        elif r_main == main and r_sub == "*":
            specificity = 1
        elif r_main == "*" and r_sub == "*":
            specificity = 0
        else:
            continue
        if specificity > best[1]:
            best = (q, specificity)
    return best


def choose(accept: str | None, offers: Iterable[str]) -> str:
    """The offer the client prefers most; the first offer when Accept is absent or empty.

    Raises NotAcceptable when every offer has q=0 or matches no range.
    """
    offers = list(offers)
    ranges = parse_accept(accept)
    if not ranges:
        return offers[0]
    best, best_q = None, 0.0
    for offer in offers:
        q, _ = _quality(offer, ranges)
        if q > best_q:
            best, best_q = offer, q
    if best is None:
        raise NotAcceptable(accept or "")
    return best


def choose_or_none(accept: str | None, offers: Iterable[str]) -> str | None:
    try:
        return choose(accept, offers)
    except NotAcceptable:
        return None


def from_format_param(value: str | None, aliases: Mapping[str, str]) -> str | None:
    """The media type a ``format=`` link parameter names (short alias or media type)."""
    if not value:
        return None
    value = value.strip().lower()
    if value in aliases:
        return aliases[value]
    if value in aliases.values():
        return value
    return None
