"""spaCy's attribute ruler with its patterns found by lookup: the same matches for a fraction of the cost.

The sm pipeline's ``attribute_ruler`` sets each token's coarse part of speech, morphology and
some lemmas from about 180 one- and two-token patterns over the fine tag, the lowercase word,
the dependency label and whether it is a space. spaCy's general ``Matcher`` tries every
pattern at every token, which cost 7% of ``kg extract`` over PolNeAR dev (as much as the learned
model's role tagger). Which patterns a token starts depends only on those four attributes, so it
is worked out once per combination (trying only the patterns filed under its word, tag, label or
space) and remembered. The ruler's own ``set_annotations`` applies the matches, so only the
finding is ours; a ruler with a pattern this module cannot read is left as spaCy made it.
"""

from __future__ import annotations

import re
from typing import Any, cast

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

ATTRIBUTE_RULES = "qg_attribute_rules"

# The token attributes patterns test, in the order ``Doc.to_array`` reads them into a row.
_FIELDS = ("TAG", "LOWER", "DEP", "IS_SPACE")
_ATTRS = [TAG, LOWER, DEP, IS_SPACE]
_FILING = (1, 0, 2, 3)  # filed by word before tag: a word has fewer patterns to try than a tag
_REMEMBERED = 50_000  # rows remembered at most (a few MB), then forgotten all at once

Row = tuple[str, str, str, int]
Test = tuple[int, str, Any]  # (field, operator, operand)
Pattern = tuple[int, int, tuple[tuple[Test, ...], ...]]  # (attr_id, match_id, one test tuple per token)
Starts = tuple[tuple[int, int, tuple[tuple[Test, ...], ...]], ...]  # patterns a row starts: id, match id, rest


class Unreadable(ValueError):
    """A pattern with a key or operator ``Matcher`` knows and this module does not."""


def _test(field: str, spec: Any) -> Test:
    if field not in _FIELDS:
        raise Unreadable(field)
    at = _FIELDS.index(field)
    if isinstance(spec, (str, bool)):
        return at, "==", spec
    if isinstance(spec, dict) and len(spec) == 1:
        op, operand = next(iter(spec.items()))
        if op in ("IN", "NOT_IN") and all(isinstance(v, str) for v in operand):
            return at, op, frozenset(operand)
        if op == "REGEX" and isinstance(operand, str):
            return at, op, re.compile(operand)
    raise Unreadable(f"{field}: {spec!r}")


def _holds(tests: tuple[Test, ...], row: Row) -> bool:
    for at, op, operand in tests:
        value = row[at]
        if op == "==":
            ok = value == operand
        elif op == "IN":
            ok = value in operand
        elif op == "NOT_IN":
            ok = value not in operand
        else:
            ok = operand.search(value) is not None
        if not ok:
            return False
    return True


class AttributeRules:
    """Finds the matches ``AttributeRuler.match`` finds, sorted as it sorts them, and lets the
    ruler apply them."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.ruler = ruler
        self.filed: tuple[dict[Any, list[Pattern]], ...] = tuple({} for _ in _FIELDS)
        self.anywhere: list[Pattern] = []
        self.remembered: dict[Row, Starts] = {}
        try:
            for attr_id, entry in enumerate(ruler.patterns):
                match_id = ruler.vocab.strings[str(attr_id)]
                for tokens in cast(list[list[dict[str, Any]]], entry["patterns"]):
                    self._file((attr_id, match_id, tuple(tuple(_test(k, v) for k, v in t.items()) for t in tokens)))
            self.readable = True
        except Unreadable:
            self.readable = False

    def _file(self, pattern: Pattern) -> None:
        """File a pattern under each value its first token must have, of the first field that names
        them, so a row meets only the patterns it may start."""
        first = {at: (op, operand) for at, op, operand in pattern[2][0]}
        for at in _FILING:
            op, operand = first.get(at, ("", None))
            if op in ("==", "IN"):
                for key in [operand] if op == "==" else sorted(operand):
                    self.filed[at].setdefault(key, []).append(pattern)
                return
        self.anywhere.append(pattern)

    def _starts(self, row: Row) -> Starts:
        """The patterns whose first token ``row`` is, with what the tokens after it must be."""
        tried = [*(p for at in _FILING for p in self.filed[at].get(row[at], ())), *self.anywhere]
        return tuple((a, m, tests[1:]) for a, m, tests in tried if _holds(tests[0], row))

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """(attr_id, match_id, start, end) of every match, as ``AttributeRuler.match`` gives them."""
        hashed = doc.to_array(_ATTRS).tolist()
        strings = doc.vocab.strings
        text = {h: strings[h] for h in {h for row in hashed for h in row[:3]}}
        rows: list[Row] = [(text[tag], text[word], text[dep], space) for tag, word, dep, space in hashed]
        if len(self.remembered) > _REMEMBERED:
            self.remembered.clear()
        found = set()
        for start, row in enumerate(rows):
            starts = self.remembered.get(row)
            if starts is None:
                starts = self.remembered[row] = self._starts(row)
            for attr_id, match_id, rest in starts:
                end = start + 1 + len(rest)
                if end <= len(rows) and all(_holds(tests, rows[at]) for at, tests in enumerate(rest, start + 1)):
                    found.add((attr_id, match_id, start, end))
        return sorted(found)

    def __call__(self, doc: Doc) -> Doc:
        if not self.readable:
            return self.ruler(doc)
        self.ruler.set_annotations(doc, self.match(doc))
        return doc


@Language.factory(ATTRIBUTE_RULES)
def make_attribute_rules(nlp: Language, name: str) -> AttributeRules:
    """Stands in for the pipeline's attribute ruler, which stays loaded (and is switched off) to apply the matches."""
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    return AttributeRules(ruler)
