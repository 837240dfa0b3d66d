"""HTTP content negotiation on werkzeug's Accept parsing, with the two answers the protocol needs.

werkzeug's ``MIMEAccept.best_match`` picks the offer of highest quality, the most specific
range deciding an offer's quality and the server's order breaking ties. On top of it: no or an
empty Accept header means "anything" (the first offer), and nothing acceptable raises
``NotAcceptable`` so the SPARQL endpoint can answer 406 rather than pick a default.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from werkzeug.datastructures import MIMEAccept
from werkzeug.http import parse_accept_header


class NotAcceptable(Exception):
    """No offered media type is acceptable to the client."""


def choose(accept: str | None, offers: Iterable[str]) -> str:
    """The offer the client prefers most; the first offer when Accept is absent or empty."""
    offers = list(offers)
    ranges = parse_accept_header(_quality_only(accept or ""), MIMEAccept)
    if not ranges:
        return offers[0]
    best = ranges.best_match(offers)
    if best is None:
        raise NotAcceptable(accept or "")
    return best


def _quality_only(accept: str) -> str:
    """The header without media-type parameters but q: werkzeug would let ``text/turtle; charset=utf-8``
    match no offer, yet a charset does not decide between our formats."""
    ranges = []
    for part in accept.lower().split(","):
        fields = [f.strip() for f in part.split(";")]
        ranges.append(";".join([fields[0], *(f for f in fields[1:] if f.startswith("q="))]))
    return ",".join(ranges)


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
