"""What a document's bytes hold: its text and the metadata it gives of itself.

Offsets everywhere downstream are into ``Article.text``, so this module decides what that
text is: decoded text unchanged; a Markdown text after its front matter; the article body
trafilatura finds in HTML. Metadata comes from the page, the front matter or the text's own
heading, byline and dateline; a ``NAME.json`` sidecar beside a file overrides it, because only
the user knows the publisher or date for sure.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

from kg.errors import KgError

SIDECAR_KEYS = ("title", "url", "publisher", "published", "authors")
_CONTROL_RATIO = 0.01
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


class InputError(KgError):
    """An input that cannot become an article."""


def _control_ratio(text: str) -> float:
    return len(_CONTROLS.findall(text)) / len(text)


def decode_text(data: bytes, origin: str, charset: str | None = None) -> str:
    """Text of a file or response: a declared charset, a BOM, UTF-8, Windows-1252, Latin-1.

    Latin-1 decodes anything, so it is accepted only when the result has no more control
    characters than text does; that is also how binary files are told apart.
    """
    if not data.strip():
        raise InputError(f"{origin}: empty input")
    bom = None
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        bom = "utf-32"
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        bom = "utf-16"
    elif b"\x00" in data:
        raise InputError(f"{origin}: binary file (contains NUL bytes), not text")
    elif _control_ratio(data.decode("ascii", "ignore") or " ") > _CONTROL_RATIO:
        raise InputError(f"{origin}: binary file (too many control characters), not text")
    for encoding in filter(None, (charset, bom, "utf-8-sig", "cp1252", "latin-1")):
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        if _control_ratio(text) > _CONTROL_RATIO:
            continue
        if not text.strip():
            raise InputError(f"{origin}: empty input")
        return text
    raise InputError(f"{origin}: cannot decode as UTF-8, UTF-16 or Windows-1252 text")


def normalize_date(value: object, origin: str) -> str:
    """An ISO date (YYYY-MM-DD) from a date or date-time string."""
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        raise InputError(f"{origin}: published {text!r} is not a date (expected YYYY-MM-DD)") from None


def split_front_matter(text: str, origin: str = "text") -> tuple[dict[str, object], str]:
    """The fields of a YAML front matter block (keys lower-cased), and the text after it.

    python-frontmatter reads the block (quoting, lists, dates as YAML has them); text without a
    block is returned unchanged, with one the body is stripped of surrounding blank lines.
    """
    import frontmatter
    import yaml

    if not frontmatter.checks(text):
        return {}, text
    try:
        fields, body = frontmatter.parse(text)
    except yaml.YAMLError as error:
        where = getattr(error, "problem_mark", None)
        line = f" (line {where.line + 1})" if where is not None else ""
        raise InputError(
            f"{origin}: front matter is not valid YAML{line}: {getattr(error, 'problem', None) or error}"
            " (quote a value that contains ': ')"
        ) from None
    return {str(key).strip().lower(): value for key, value in fields.items() if value is not None}, body


def metadata_from_fields(fields: dict[str, object], origin: str) -> dict:
    meta: dict = {}
    for key in ("title", "url", "publisher"):
        if fields.get(key):
            meta[key] = str(fields[key]).strip()
    date = fields.get("published") or fields.get("date")
    if date:
        meta["published"] = normalize_date(date, origin)
    authors = fields.get("authors") or fields.get("author")
    if authors:
        names = authors if isinstance(authors, list) else re.split(r"[;,]| and ", str(authors))
        meta["authors"] = [str(a).strip() for a in names if str(a).strip()]
    return meta


def read_sidecar(path: Path) -> dict:
    """Metadata from ``NAME.json`` beside ``NAME.ext``, or {} when there is none."""
    sidecar = path.with_suffix(".json")
    if not sidecar.is_file():
        return {}
    try:
        data = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InputError(f"{sidecar}: not a readable JSON sidecar ({error})") from None
    if not isinstance(data, dict):
        raise InputError(f"{sidecar}: sidecar must be a JSON object")
    unknown = sorted(set(data) - set(SIDECAR_KEYS))
    if unknown:
        raise InputError(f"{sidecar}: unknown key {unknown[0]!r} (expected {', '.join(SIDECAR_KEYS)})")
    meta: dict = {}
    for key in ("title", "url", "publisher"):
        if data.get(key) is not None:
            if not isinstance(data[key], str):
                raise InputError(f"{sidecar}: {key} must be a string")
            meta[key] = data[key]
    if data.get("published") is not None:
        meta["published"] = normalize_date(data["published"], str(sidecar))
    if data.get("authors") is not None:
        authors = data["authors"]
        if isinstance(authors, str):
            authors = [authors]
        if not isinstance(authors, list) or not all(isinstance(a, str) for a in authors):
            raise InputError(f"{sidecar}: authors must be a string or a list of strings")
        meta["authors"] = authors
    return meta


def html_article(html: str, origin: str, url: str | None = None) -> tuple[str, dict]:
    """The article body of an HTML page and its title, byline, date and site name."""
    import trafilatura

    document: Any = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False
    )
    text = (document.text or "").strip() if document is not None else ""
    if not text:
        raise InputError(f"{origin}: no article text found in the HTML")
    meta: dict = {}
    if document.title:
        meta["title"] = document.title
    if document.sitename:
        meta["publisher"] = document.sitename
    if document.url or url:
        meta["url"] = document.url or url
    if document.date:
        with contextlib.suppress(InputError):
            meta["published"] = normalize_date(document.date, origin)
    if document.author:
        meta["authors"] = [a.strip() for a in document.author.split(";") if a.strip()]
    return text, meta


def text_article(text: str, suffix: str, origin: str) -> tuple[str, dict]:
    if suffix == ".md":
        fields, text = split_front_matter(text, origin)
        if not text.strip():
            raise InputError(f"{origin}: no text after the front matter")
        return text, {**text_metadata(text), **metadata_from_fields(fields, origin)}
    return text, text_metadata(text)


_HEADING = re.compile(r"\A\s*(?:#{1,6}\s+)?(?P<title>[^\n]{3,200}?)\s*(?:\n\s*\n|\Z)")
_DATELINE = re.compile(
    r"^[ \t]*[A-Z][A-Z.'\- ]{2,40}(?:,[^()\n]{1,40})?[ \t]*\((?P<outlet>[A-Z][\w.&' -]{1,30})\)[ \t]*[-\u2013\u2014]",
    re.M,
)
_BYLINE = re.compile(
    r"^[ \t]*By[ \t]+(?P<author>[A-Z][\w.'-]*(?:[ \t]+[A-Z][\w.'-]*){0,3})"
    r"(?:[ \t]*(?:,|\||\u2014|\u2013|\bfor\b)[ \t]*(?P<outlet>[A-Z][^\n,|]{1,40}?))?[ \t]*$",
    re.M,
)


def text_metadata(text: str) -> dict:
    """What a plain text says of itself: its first line as the title when that line stands alone as
    a heading (short, a paragraph of its own), the publisher from a wire dateline ("DENVER (Reuters) -")
    or a byline ("By Ana Ruiz, The Gazette"), and the byline's author."""
    meta: dict = {}
    heading = _HEADING.match(text)
    first = heading.group("title").strip() if heading else ""
    standalone = heading is not None and heading.end() < len(text)
    sentences = re.search(r"[.!?][\"'\u201d\u2019]?\s+[A-Z]", first)
    if first and len(first.split()) <= 30 and not sentences and not _DATELINE.match(first) and standalone:
        title = first
        meta["title"] = title[:-1] if title.endswith(".") and not title.endswith("..") else title
    opening = text[:1500]
    byline = _BYLINE.search(opening)
    if byline:
        meta["authors"] = [byline.group("author")]
        if byline.group("outlet"):
            meta["publisher"] = byline.group("outlet").strip()
    dateline = _DATELINE.search(opening)
    if dateline and "publisher" not in meta:
        meta["publisher"] = dateline.group("outlet").strip()
    return meta
