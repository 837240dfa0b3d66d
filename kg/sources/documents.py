"""Reading inputs (text, Markdown, HTML files, URLs) into ``Article``s.

Which inputs a list of paths, globs, directories and URLs names, and each read whole: a file
by its suffix (kg/sources/content.py decides its text and metadata), a URL by fetching it
(kg/sources/fetch.py). A bad input raises ``InputError`` with one line; nothing is half-read.
"""

from __future__ import annotations

import glob
from pathlib import Path

from kg.extract.model import Article
from kg.sources.content import InputError, decode_text, html_article, read_sidecar, text_article
from kg.sources.fetch import DEFAULT_TIMEOUT, FetchPolicy, fetch_url

TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
ARTICLE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES


def is_url(spec: str) -> bool:
    return spec.startswith(("http://", "https://"))


def expand_inputs(specs: list[str]) -> list[str]:
    """Files, URLs and articles inside directories and globs, in a stable order.

    Directories are walked recursively for article files (sidecars and ``.ann`` are not
    articles). Something that matches nothing is kept as given, so reading it reports why; so is an
    empty input (the last line of a file list), which would otherwise name the working directory.
    """
    expanded: list[str] = []
    for spec in specs:
        if is_url(spec) or not spec.strip():
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


def read_file(path: str | Path) -> Article:
    """An article from a ``.txt``, ``.md``, ``.html`` or ``.htm`` file (plus its sidecar)."""
    if not str(path).strip():
        raise InputError("an empty input names no file, folder or URL")
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
        text, meta = text_article(decoded, suffix, origin)
    meta.update(read_sidecar(path))
    return Article(source=str(path.resolve()), text=text, **meta)


def read_document(spec: str, *, timeout: float = DEFAULT_TIMEOUT, fetch: FetchPolicy | None = None) -> Article:
    """An article from a path or an http(s) URL."""
    if is_url(spec):
        return fetch_url(spec, timeout=timeout, policy=fetch)
    return read_file(spec)
