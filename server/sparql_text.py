"""A SPARQL lexer, just enough to see which operations a query or update asks for.

The server must refuse SERVICE and LOAD unless allowed, and must know where an update's
``WHERE`` clauses start to add protocol-given ``USING`` graphs. Matching keywords with a
regular expression over the raw text is fooled by strings, IRIs, comments and prefixed
names (``"SERVICE"``, ``<http://x/LOAD>``, ``ex:service``), so the text is tokenised the
way the SPARQL grammar does and only bare keywords count. Full parsing is left to the
engine, which reports syntax errors itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_STRING_LONG = r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
_STRING_SHORT = r'"(?:[^"\\\n\r]|\\.)*"|\'(?:[^\'\\\n\r]|\\.)*\''
_TOKEN = re.compile(
    rf"""
    (?P<space>\s+)
  | (?P<comment>\#[^\n\r]*)
  | (?P<string>{_STRING_LONG}|{_STRING_SHORT})
  | (?P<iri><[^<>"{{}}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][\w\u00b7\u0300-\u036f\u203f-\u2040]*)
  | (?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
  | (?P<word>(?:[^\W\d]|_)[\w\-.]*(?::[\w\-.:%\\]*)?|:[\w\-.:%\\]*)
  | (?P<open>[{{(\[])
  | (?P<close>[}})\]])
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)


@dataclass(frozen=True)
class Token:
    kind: str  # word, iri, var, string, lang, open, close, other
    text: str
    start: int
    depth: int  # brace/bracket nesting depth before this token

    @property
    def keyword(self) -> str | None:
        """Upper-cased text for a bare word (not a prefixed name), else None."""
        if self.kind == "word" and ":" not in self.text:
            return self.text.upper()
        return None


def tokens(text: str) -> list[Token]:
    """The tokens of SPARQL text, without spaces and comments."""
    result = []
    depth = 0
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup
        if kind in ("space", "comment"):
            continue
        if kind == "close":
            depth = max(depth - 1, 0)
        result.append(Token(kind, match.group(), match.start(), depth))
        if kind == "open":
            depth += 1
    return result


def prefixes(toks: list[Token]) -> dict[str, str]:
    """``PREFIX p: <iri>`` declarations, for resolving prefixed names."""
    found = {}
    for i, tok in enumerate(toks[:-2]):
        if tok.keyword == "PREFIX" and toks[i + 1].kind == "word" and toks[i + 2].kind == "iri":
            found[toks[i + 1].text] = toks[i + 2].text[1:-1]
    return found


def _resolve(tok: Token, declared: dict[str, str]) -> str | None:
    if tok.kind == "iri":
        return tok.text[1:-1]
    if tok.kind == "word" and ":" in tok.text:
        prefix, _, local = tok.text.partition(":")
        if prefix + ":" in declared:
            return declared[prefix + ":"] + local
    return None


def remote_targets(text: str, keyword: str) -> list[str | None]:
    """The IRIs that ``SERVICE`` or ``LOAD`` operations reach (None: a variable or unknown)."""
    toks = tokens(text)
    declared = prefixes(toks)
    targets = []
    for i, tok in enumerate(toks):
        if tok.keyword != keyword:
            continue
        j = i + 1
        if j < len(toks) and toks[j].keyword == "SILENT":
            j += 1
        targets.append(_resolve(toks[j], declared) if j < len(toks) else None)
    return targets


def has_keyword(text: str, *keywords: str) -> bool:
    wanted = {k.upper() for k in keywords}
    return any(tok.keyword in wanted for tok in tokens(text))


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
