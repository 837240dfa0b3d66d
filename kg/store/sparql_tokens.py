"""SPARQL text as tokens, cut by the terminals of the SPARQL 1.1 grammar (section 19.8).

pyoxigraph has no parser of its own to call, so whatever must know what a query asks for
(kg.store.sparql_text) reads these tokens: IRIs, prefixed names with every ``PN_LOCAL`` escape,
the four string forms with their escapes, comments; only tokens outside strings, IRIs and
comments count. tests/test_sparql_text.py checks the cuts against the engine itself.
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

    @property
    def letters(self) -> str:
        """Upper-cased text of a word or prefixed name, where the engine may match a keyword; else ''."""
        return self.text.upper() if self.kind in ("word", "pname") else ""


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
class Context:
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
