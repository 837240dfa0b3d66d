"""Blank a section label at the head of a line from the copy spaCy parses, without moving an offset.

"Background: a federal judge, Barbara Rothstein, ruled ...", "UPDATE, Jan. 21: Rothstein denied ..." and
"2/ 1:30 p.m. Background for anyone just joining: AWS cut off ..." open with a rubric of the page, not a
word of the sentence; the English model makes the label the sentence's subject and the real one its
apposition, so "Background" became a party that spoke the judge's words. The parsed copy has the label
set as line breaks, the same length, so the sentence is parsed as if the label were not there and
``kg.extract.casing.restored`` sets the parse back on the article's own words.
"""

from __future__ import annotations

import re

_LEAD = r"^[ \t]*(?:\d{1,3}/[ \t]*(?:\d{1,2}:\d{2}[ \t]*(?:[ap]\.m\.|[ap]m)?[ \t]*)?)?"  # a thread's "2/ 1:30 p.m."
_RUBRIC = re.compile(
    _LEAD
    + r"(?P<label>(?:background|context|editor['’]s note|note|(?:the )?bottom line|the big picture|recap)(?:[ \t]+for[ \t][^:\n]{1,40}?)?[ \t]*:"
    r"|(?:update|updated|correction|clarification)(?:,[ \t]*[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,[ \t]*\d{4})?)?[ \t]*[:,])",
    re.I | re.M,
)


def unlabelled(text: str) -> str:
    """``text`` with each capitalised rubric opening a line ("Background:", "Update, Jan. 21:") set as line breaks;
    an update's date goes with it, or the parse makes "Jan." the subject."""
    chars: list[str] | None = None
    for m in _RUBRIC.finditer(text):
        if not m.group("label")[0].isupper():
            continue
        chars = chars if chars is not None else list(text)
        chars[m.start("label") : m.end("label")] = "\n" * (m.end("label") - m.start("label"))
    return text if chars is None else "".join(chars)
