"""Reading inputs (text, Markdown, HTML files, URLs) into ``Article``s.

Offsets everywhere downstream are into ``Article.text``, so this module decides what that
text is: a ``.txt`` file's decoded text unchanged; a ``.md`` file's text after its front
matter; the article body trafilatura finds in HTML. Metadata comes from the page or the
front matter, and a ``NAME.json`` sidecar beside a file overrides it, because only the user
knows the publisher or date for sure.

A bad input raises ``InputError`` with one line; nothing is half-read.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import glob
import ipaddress
import json
import re
import socket
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.errors import KgError
from kg.extract.model import Article

TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
ARTICLE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES
SIDECAR_KEYS = ("title", "url", "publisher", "published", "authors")
DEFAULT_TIMEOUT = 20.0
MAX_BYTES = 20 * 1024 * 1024
_CONTROL_RATIO = 0.01
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


class InputError(KgError):
    """An input that cannot become an article."""


def is_url(spec: str) -> bool:
    return spec.startswith(("http://", "https://"))


def expand_inputs(specs: list[str]) -> list[str]:
    """Files, URLs and articles inside directories and globs, in a stable order.

    Directories are walked recursively for article files (sidecars and ``.ann`` are not
    articles). Something that matches nothing is kept as given, so reading it reports why.
    """
    expanded: list[str] = []
    for spec in specs:
        if is_url(spec):
            expanded.append(spec)
            continue
        matches = sorted(glob.glob(spec, recursive=True)) if glob.has_magic(spec) else [spec]
        if not matches:
            expanded.append(spec)
        for match in matches:
            path = Path(match)
            if path.is_dir():
                found = sorted(str(p) for p in path.rglob("*") if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file())
                expanded.extend(found or [match])
            elif not glob.has_magic(spec) or path.suffix.lower() in ARTICLE_SUFFIXES:
                expanded.append(match)
    return list(dict.fromkeys(expanded))


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


def _metadata_from_fields(fields: dict[str, object], origin: str) -> dict:
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


def _from_text(text: str, suffix: str, origin: str) -> tuple[str, dict]:
    if suffix == ".md":
        fields, text = split_front_matter(text, origin)
        if not text.strip():
            raise InputError(f"{origin}: no text after the front matter")
        return text, {**text_metadata(text), **_metadata_from_fields(fields, origin)}
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


def read_file(path: str | Path) -> Article:
    """An article from a ``.txt``, ``.md``, ``.html`` or ``.htm`` file (plus its sidecar)."""
    path = Path(path)
    origin = str(path)
    if path.is_dir():
        raise InputError(f"{origin}: directory contains no articles ({', '.join(ARTICLE_SUFFIXES)})")
    suffix = path.suffix.lower()
    if suffix not in ARTICLE_SUFFIXES:
        raise InputError(
            f"{origin}: unsupported file type {suffix or '(none)'} "
            f"(expected {', '.join(ARTICLE_SUFFIXES)} or an http(s) URL)"
        )
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{origin}: no such file") from None
    except OSError as error:
        raise InputError(f"{origin}: cannot read ({error.strerror})") from None
    decoded = decode_text(data, origin)
    if suffix in HTML_SUFFIXES:
        text, meta = html_article(decoded, origin)
    else:
        text, meta = _from_text(decoded, suffix, origin)
    meta.update(read_sidecar(path))
    return Article(source=str(path.resolve()), text=text, **meta)


@dataclass(frozen=True)
class FetchPolicy:
    """Where a fetch may connect. The CLI fetches for the user on the user's machine: anything goes.
    A server fetching for a remote client must not reach its own host or network: with
    ``private=False`` every connection, redirects included, goes only to public addresses."""

    private: bool = True


class BlockedAddress(OSError):
    """A fetch would connect to a loopback, private, link-local, multicast or unspecified address."""


def is_public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def public_address(host: str, port: int) -> str:
    """The address to connect to for host:port, checked: every address the name resolves to must be public."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    addresses = [str(info[4][0]) for info in infos]
    blocked = [a for a in addresses if not is_public(a)]
    if blocked or not addresses:
        raise BlockedAddress(f"{host} resolves to {blocked[0] if blocked else 'nothing'}, not a public address")
    return addresses[0]


def _session(policy: FetchPolicy):
    """A requests session; under a public-only policy each connection goes to the address that was checked
    (resolve, check, connect to that address: a name that resolves differently the second time cannot
    slip through), on every redirect hop, and no proxy from the environment is used."""
    import requests
    from requests.adapters import HTTPAdapter
    from urllib3.connection import HTTPConnection, HTTPSConnection
    from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

    session = requests.Session()
    if policy.private:
        return session

    @contextlib.contextmanager
    def pinned(connection: HTTPConnection):
        """Connect to the checked address of the connection's host (TLS still checks the host name)."""
        resolved = connection._dns_host
        connection._dns_host = public_address(resolved, connection.port)
        try:
            yield
        finally:
            connection._dns_host = resolved

    class CheckedHTTP(HTTPConnection):
        def _new_conn(self):
            with pinned(self):
                return super()._new_conn()

    class CheckedHTTPS(HTTPSConnection):
        def _new_conn(self):
            with pinned(self):
                return super()._new_conn()

    class HTTPPool(HTTPConnectionPool):
        ConnectionCls = CheckedHTTP

    class HTTPSPool(HTTPSConnectionPool):
        ConnectionCls = CheckedHTTPS

    class PublicOnly(HTTPAdapter):
        def init_poolmanager(self, *args, **kwargs):
            super().init_poolmanager(*args, **kwargs)
            self.poolmanager.pool_classes_by_scheme = {"http": HTTPPool, "https": HTTPSPool}

    session.trust_env = False
    session.mount("http://", PublicOnly())
    session.mount("https://", PublicOnly())
    return session


def fetch_url(
    url: str, *, timeout: float = DEFAULT_TIMEOUT, max_bytes: int = MAX_BYTES, policy: FetchPolicy | None = None
) -> Article:
    """An article fetched over HTTP(S); its content type decides between text and HTML."""
    import requests

    deadline = time.monotonic() + timeout
    try:
        with (
            _session(policy or FetchPolicy()) as session,
            session.get(
                url, timeout=timeout, stream=True, headers={"User-Agent": "quotegraph (+https://quotegraph.org)"}
            ) as response,
        ):
            if response.status_code >= 400:
                raise InputError(f"{url}: HTTP {response.status_code} {response.reason or ''}".rstrip())
            content_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
            is_html = content_type in ("text/html", "application/xhtml+xml")
            if not (is_html or content_type.startswith("text/") or not content_type):
                raise InputError(f"{url}: unsupported content type {content_type}")
            chunks, size = [], 0
            for chunk in response.iter_content(64 * 1024):
                size += len(chunk)
                if size > max_bytes:
                    raise InputError(f"{url}: larger than {max_bytes // (1024 * 1024)} MB")
                if time.monotonic() > deadline:
                    raise InputError(f"{url}: timed out after {timeout:g} s")
                chunks.append(chunk)
            charset = response.encoding if "charset" in response.headers.get("Content-Type", "") else None
            final_url = response.url
    except requests.Timeout:
        raise InputError(f"{url}: timed out after {timeout:g} s") from None
    except requests.ConnectionError as error:
        blocked = re.search(r"\S+ resolves to \S+, not a public address", str(error))
        if blocked:
            raise InputError(f"{url}: refused: {blocked.group()}") from None
        reason = "connection refused" if "refused" in str(error).lower() else "cannot connect"
        raise InputError(f"{url}: {reason}") from None
    except requests.RequestException as error:
        raise InputError(f"{url}: request failed ({type(error).__name__})") from None
    decoded = decode_text(b"".join(chunks), url, charset)
    if is_html:
        text, meta = html_article(decoded, url, final_url)
    else:
        text, meta = _from_text(decoded, ".md" if content_type == "text/markdown" else ".txt", url)
    meta.setdefault("url", url)
    return Article(source=url, text=text, **meta)


def read_document(spec: str, *, timeout: float = DEFAULT_TIMEOUT, fetch: FetchPolicy | None = None) -> Article:
    """An article from a path or an http(s) URL."""
    if is_url(spec):
        return fetch_url(spec, timeout=timeout, policy=fetch)
    return read_file(spec)
