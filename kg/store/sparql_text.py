"""What a SPARQL query or update asks for, read from its tokens: remote calls, volatile
functions, its own dataset, USING/WITH, and where its WHERE clauses start.

pyoxigraph has no parser of its own to call, so the text is tokenised by the terminals of the
SPARQL 1.1 grammar (section 19.8: IRIs, prefixed names with every ``PN_LOCAL`` escape, the four
string forms with their escapes, comments), and only tokens outside strings, IRIs and comments
count. Oxigraph's parser does not need a word boundary after a keyword (``SERVICESILENT``,
``SERVICE:x`` and ``FROM:g`` parse as two tokens), so a word or prefixed name that *starts*
with a keyword is taken for that keyword: the reading errs towards "this query calls out".
Which way it errs matters less than it seems: query workers and updates have no network
(server.sandbox), so a spelling missed here still reaches nothing. tests/test_sparql_text.py
checks the reading against the engine itself on generated escapes, strings and comments.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urljoin

_PN_CHARS_BASE = (
    "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c-\u200d"
    "\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd\U00010000-\U000effff"
)
_PN_CHARS_U = _PN_CHARS_BASE + "_"
_PN_CHARS = _PN_CHARS_U + r"\-0-9\u00b7\u0300-\u036f\u203f-\u2040"
_PLX = r"(?:%[0-9A-Fa-f]{2}|\\[_~.\-!$&'()*+,;=/?#@%])"
_PN_PREFIX = rf"[{_PN_CHARS_BASE}](?:[{_PN_CHARS}.]*[{_PN_CHARS}])?"
_PN_LOCAL = rf"(?:[{_PN_CHARS_U}:0-9]|{_PLX})(?:(?:[{_PN_CHARS}.:]|{_PLX})*(?:[{_PN_CHARS}:]|{_PLX}))?"
_ECHAR = r"\\(?:[tbnrf\\\"']|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})"
_STRING = (
    rf"'''(?:(?:'|'')?(?:[^'\\]|{_ECHAR}))*'''"
    rf'|"""(?:(?:"|"")?(?:[^"\\]|{_ECHAR}))*"""'
    rf"|'(?:[^'\\\n\r]|{_ECHAR})*'"
    rf'|"(?:[^"\\\n\r]|{_ECHAR})*"'
)
_UCHAR = r"\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}"
_TOKEN = re.compile(
    rf"""
    (?P<space>[ \t\r\n]+)
  | (?P<comment>\#[^\n\r]*)
  | (?P<string>{_STRING})
  | (?P<iri><(?:[^<>"{{}}|^`\\\x00-\x20]|{_UCHAR})*>)
  | (?P<pname>(?:{_PN_PREFIX})?:(?:{_PN_LOCAL})?)
  | (?P<bnode>_:[{_PN_CHARS_U}0-9](?:[{_PN_CHARS}.]*[{_PN_CHARS}])?)
  | (?P<var>[?$][{_PN_CHARS_U}0-9][{_PN_CHARS_U}0-9\u00b7\u0300-\u036f\u203f-\u2040]*)
  | (?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*(?:--[A-Za-z]+)?)
  | (?P<number>[+-]?(?:[0-9]+(?:\.[0-9]*)?(?:[eE][+-]?[0-9]+)?|\.[0-9]+(?:[eE][+-]?[0-9]+)?))
  | (?P<word>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<open>[{{(\[])
  | (?P<close>[}})\]])
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)
_UNESCAPE = re.compile(rf"{_UCHAR}|\\(.)", re.DOTALL)
_ECHARS = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f"}

# Functions whose value differs between runs over the same data, and SERVICE (another store).
VOLATILE = ("RAND", "NOW", "UUID", "BNODE", "SERVICE")


@dataclass(frozen=True)
class Token:
    kind: str  # word, pname, iri, var, bnode, string, lang, number, open, close, other
    text: str
    start: int
    depth: int  # bracket nesting depth before this token

    @property
    def keyword(self) -> str | None:
        """Upper-cased text of a bare word, else None."""
        return self.text.upper() if self.kind == "word" else None

    def starts_with(self, keyword: str) -> bool:
        """Whether the engine could read this token as ``keyword`` followed by more."""
        return self.kind in ("word", "pname") and self.text.upper().startswith(keyword)


def tokens(text: str) -> list[Token]:
    """The tokens of SPARQL text, without spaces and comments."""
    result = []
    depth = 0
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup or "other"
        if kind in ("space", "comment"):
            continue
        if kind == "close":
            depth = max(depth - 1, 0)
        result.append(Token(kind, match.group(), match.start(), depth))
        if kind == "open":
            depth += 1
    return result


def _unescape(text: str) -> str:
    def one(match: re.Match) -> str:
        if match.group(1) is not None:
            return _ECHARS.get(match.group(1), match.group(1))
        return chr(int(match.group()[2:], 16))

    return _UNESCAPE.sub(one, text)


@dataclass
class _Context:
    base: str | None
    prefixes: dict[str, str] = field(default_factory=dict)

    def iri(self, tok: Token) -> str | None:
        """The absolute IRI a token names, None for a variable or anything unresolvable."""
        if tok.kind == "iri":
            value = _unescape(tok.text[1:-1])
        elif tok.kind == "pname":
            prefix, _, local = tok.text.partition(":")
            if prefix + ":" not in self.prefixes:
                return None
            value = self.prefixes[prefix + ":"] + _unescape(local)
        else:
            return None
        if self.base and not re.match(r"^[A-Za-z][A-Za-z0-9+.\-]*:", value):
            value = urljoin(self.base, value)
        return value if re.match(r"^[A-Za-z][A-Za-z0-9+.\-]*:", value) else None


@dataclass(frozen=True)
class Reading:
    """What a query or update asks for, as far as its tokens tell."""

    services: tuple[str | None, ...]  # SERVICE targets; None: a variable or an unusual spelling
    loads: tuple[str | None, ...]  # LOAD sources, likewise
    volatile: bool  # uses RAND, NOW, UUID, STRUUID, BNODE or SERVICE: answers differ between runs
    names_dataset: bool  # has FROM or FROM NAMED
    using_or_with: bool  # an update with its own USING or WITH
    depth: int  # deepest bracket nesting


def _target(toks: list[Token], i: int, keyword: str, context: _Context) -> str | None:
    """The IRI after a plainly spelled ``KEYWORD [SILENT]``; None when it is not plain."""
    if toks[i].keyword != keyword:
        return None
    j = i + 1
    if j < len(toks) and toks[j].keyword == "SILENT":
        j += 1
    return context.iri(toks[j]) if j < len(toks) else None


def read(text: str, base: str | None = None) -> Reading:
    """Read a query or update (see the module docstring for which way each answer errs)."""
    toks = tokens(text)
    context = _Context(base)
    services: list[str | None] = []
    loads: list[str | None] = []
    volatile = names_dataset = using_or_with = False
    for i, tok in enumerate(toks):
        if tok.keyword in ("PREFIX", "BASE") and i + 1 < len(toks):
            following = toks[i + 1 :]
            if tok.keyword == "BASE" and following[0].kind == "iri":
                context.base = context.iri(following[0]) or context.base
            elif tok.keyword == "PREFIX" and len(following) > 1 and following[0].kind == "pname":
                target = context.iri(following[1])
                if following[0].text.endswith(":") and target:
                    context.prefixes[following[0].text] = target
        upper = tok.text.upper() if tok.kind in ("word", "pname") else ""
        if tok.starts_with("SERVICE"):
            services.append(_target(toks, i, "SERVICE", context))
        if tok.starts_with("LOAD"):
            loads.append(_target(toks, i, "LOAD", context))
        if any(name in upper for name in VOLATILE):
            volatile = True
        if tok.depth == 0 and tok.starts_with("FROM"):
            names_dataset = True
        if tok.starts_with("USING") or tok.starts_with("WITH"):
            using_or_with = True
    depth = max((t.depth + (t.kind == "open") for t in toks), default=0)
    return Reading(tuple(services), tuple(loads), volatile, names_dataset, using_or_with, depth)


def add_using(update: str, default: list[str], named: list[str]) -> str:
    """The update with ``USING``/``USING NAMED`` clauses before each ``DELETE/INSERT ... WHERE``.

    This is how the protocol's ``using-graph-uri`` and ``using-named-graph-uri`` parameters
    are defined: as if every operation with a WHERE clause named those graphs itself.
    """
    clause = " ".join([f"USING <{g}>" for g in default] + [f"USING NAMED <{g}>" for g in named])
    toks = tokens(update)
    inserts = []
    for i, tok in enumerate(toks):
        if tok.keyword == "WHERE" and tok.depth == 0:
            before = toks[i - 1] if i else None
            if before is not None and before.keyword != "DELETE":
                inserts.append(tok.start)
    out = update
    for pos in reversed(inserts):
        out = f"{out[:pos]}{clause} {out[pos:]}"
    return out
