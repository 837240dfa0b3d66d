"""A SPARQL parser error in words: where (line, column), which token, and what would have fitted.

Oxigraph reports the furthest point its grammar reached and every terminal it could have
read there ("error at 1:28: expected one of Prefix not found, ['%'], ['-' | '0' ..= '9' ...").
``explain`` turns that into one line a person can act on; the CLI, the HTTP endpoint and the
query editor all show this same line.
"""

from __future__ import annotations

import difflib
import re

KEYWORDS = [
    "BASE",
    "PREFIX",
    "SELECT",
    "CONSTRUCT",
    "DESCRIBE",
    "ASK",
    "WHERE",
    "FROM",
    "NAMED",
    "GRAPH",
    "OPTIONAL",
    "UNION",
    "MINUS",
    "FILTER",
    "BIND",
    "VALUES",
    "SERVICE",
    "SILENT",
    "LATERAL",
    "DISTINCT",
    "REDUCED",
    "AS",
    "ORDER",
    "BY",
    "ASC",
    "DESC",
    "GROUP",
    "HAVING",
    "LIMIT",
    "OFFSET",
    "NOT",
    "EXISTS",
    "IN",
    "INSERT",
    "DELETE",
    "DATA",
    "WITH",
    "USING",
    "DEFAULT",
    "ALL",
    "LOAD",
    "CLEAR",
    "DROP",
    "CREATE",
    "ADD",
    "MOVE",
    "COPY",
    "INTO",
    "TO",
    "UNDEF",
    "COUNT",
    "SUM",
    "MIN",
    "MAX",
    "AVG",
    "SAMPLE",
    "GROUP_CONCAT",
    "SEPARATOR",
    "STR",
    "LANG",
    "LANGMATCHES",
    "DATATYPE",
    "BOUND",
    "IRI",
    "URI",
    "BNODE",
    "RAND",
    "ABS",
    "CEIL",
    "FLOOR",
    "ROUND",
    "CONCAT",
    "STRLEN",
    "UCASE",
    "LCASE",
    "ENCODE_FOR_URI",
    "CONTAINS",
    "STRSTARTS",
    "STRENDS",
    "STRBEFORE",
    "STRAFTER",
    "YEAR",
    "MONTH",
    "DAY",
    "HOURS",
    "MINUTES",
    "SECONDS",
    "TIMEZONE",
    "TZ",
    "NOW",
    "UUID",
    "STRUUID",
    "MD5",
    "SHA1",
    "SHA256",
    "SHA384",
    "SHA512",
    "COALESCE",
    "IF",
    "STRLANG",
    "STRDT",
    "SAMETERM",
    "ISIRI",
    "ISURI",
    "ISBLANK",
    "ISLITERAL",
    "ISNUMERIC",
    "REGEX",
    "SUBSTR",
    "REPLACE",
    "TRUE",
    "FALSE",
]
_LOCATION = re.compile(r"error at (\d+):(\d+):\s*(.*)", re.S)
_TOKEN = re.compile(
    r"""<[^<>\s]*>?            # an IRI, perhaps unclosed
      | "(?:[^"\\\n]|\\.)*"?   # a string
      | '(?:[^'\\\n]|\\.)*'?
      | [?$][\w]+              # a variable
      | [\w-]*:[\w.-]*         # a prefixed name
      | \w+                    # a word, number or keyword
      | \S                     # punctuation""",
    re.X,
)


def explain(message: str, text: str, skip_lines: int = 0) -> str:
    """One line saying what is wrong with ``text`` (a query or update), from the engine's ``message``.

    ``skip_lines`` lines were put in front of the user's text (declared prefixes): lines are
    counted from the user's first."""
    found = _LOCATION.search(message or "")
    if not found:
        return " ".join((message or "syntax error").split())
    line, column, expected = int(found.group(1)), int(found.group(2)), found.group(3)
    offset = _offset(text, line, column)
    line -= skip_lines
    tokens = [(m.start(), m.group()) for m in _TOKEN.finditer(text)]
    before = [t for _, t in tokens if _ < offset]
    where = f"line {line}, column {column}"
    wanted = _expected(expected)
    if "Prefix not found" in expected:
        name = next((t for t in reversed(before) if ":" in t and t[:1] not in "<\"'"), "")
        prefix = name.split(":")[0]
        return f"{where}: unknown prefix '{prefix}:' in '{name}' (declare it: PREFIX {prefix}: <...>)"
    if "IRI parsing failed" in expected:
        iri = (re.findall(r"<[^<>\n]*>", text[:offset]) or [""])[-1]
        return f"{where}: {iri} is not a valid IRI (write spaces and other special characters %-escaped)"
    unclosed = next((t for t in before if t[:1] in "\"'" and (len(t) < 2 or t[-1] != t[0])), None)
    if unclosed:
        return f"{where}: a string is not closed: {unclosed[:30]}"
    word = _unknown_word(tokens)
    if word:
        return f"{where}: {word}"
    if not text[offset:].strip():
        unclosed_brackets = _unclosed(text)
        half = _half_triple(tokens) if not unclosed_brackets else ""
        if half:
            return f"{where}: '{half}' is not a whole triple (a subject, a predicate and an object)"
        return f"{where}: the text ends too early" + (unclosed_brackets or (f"; expected {wanted}" if wanted else ""))
    token = next((t for start, t in tokens if start <= offset < start + len(t)), None) or (before[-1] if before else "")
    half = _half_triple([t for t in tokens if t[0] <= offset]) if token in (".", "}") else ""
    if half:
        return f"{where}: '{half}' is not a whole triple (a subject, a predicate and an object)"
    return f"{where}: unexpected '{token}'" + (f"; expected {wanted}" if wanted else "")


def _unknown_word(tokens: list[tuple[int, str]]) -> str:
    """The first bare word that is no SPARQL keyword (names are prefixed, variables and strings marked)."""
    for n, (_, word) in enumerate(tokens):
        if not word.isalpha() or word.upper() in KEYWORDS or word == "a" or (n and tokens[n - 1][1] == "@"):
            continue
        close = difflib.get_close_matches(word.upper(), KEYWORDS, n=1, cutoff=0.75)
        return f"unknown word '{word}'" + (f" (did you mean {close[0]}?)" if close else "")
    return ""


def _half_triple(tokens: list[tuple[int, str]]) -> str:
    """The first pattern of two terms closed by '.' or '}' (a triple missing its object), if any."""
    terms: list[str] = []
    for _, token in tokens:
        if token in (".", "}") and len(terms) == 2:
            return " ".join(terms)
        if token in ("{", "}", ".", ";", ",", "(", ")", "[", "]") or token.upper() in KEYWORDS:
            terms = []
        else:
            terms.append(token)
    return ""


def _offset(text: str, line: int, column: int) -> int:
    lines = text.split("\n")
    return sum(len(x) + 1 for x in lines[: line - 1]) + column - 1


def _expected(expected: str) -> str:
    """The readable alternatives: keywords and punctuation, without the grammar's character classes."""
    words = re.findall(r'"((?:[^"\\]|\\.)+)"|\b([A-Z][A-Za-z_]+)\b', expected.split("[", 1)[0] + " " + expected)
    names = []
    for quoted, word in words:
        name = f"'{quoted}'" if quoted else word
        if name not in names and word not in ("Prefix", "IRI", "one", "of", "U", "u"):
            names.append(name)
    if not names or set(names) <= {"LATERAL", "SERVICE"}:
        return ""
    return ("one of " if len(names) > 1 else "") + ", ".join(names[:8]) + (", ..." if len(names) > 8 else "")


def _unclosed(text: str) -> str:
    """': a '{' not closed', ': 1 '}' too many' and the like, counting brackets outside IRIs, strings and comments."""
    depth = {"{": 0, "(": 0, "[": 0}
    closing = {"}": "{", ")": "(", "]": "["}
    for match in _TOKEN.finditer(re.sub(r"#[^\n]*", "", text)):
        token = match.group()
        if token in depth:
            depth[token] += 1
        elif token in closing:
            depth[closing[token]] -= 1
    open_ = [f"{n} '{b}'" if n > 1 else f"a '{b}'" for b, n in depth.items() if n > 0]
    extra = [f"{-n} '{c}' too many" for c, b in closing.items() if (n := depth[b]) < 0]
    return ": " + "; ".join([f"{' and '.join(open_)} not closed"] if open_ else extra) if open_ or extra else ""
