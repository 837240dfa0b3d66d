"""A headline summarises the story: what it attributes is said again, in full, in the body.

"Parler sues Amazon, accusing it of pulling the plug" is the writer's summary of the
complaint the body reports; counted as a statement it would be the same claim twice (and a
headline's wording is the desk's, not the speaker's). Only a headline quotation whose
words the body never quotes (`Agent blasts club: 'They negotiated in bad faith'`, or a
labelled `Mayor Ruiz: Library Expansion Is Worth Every Cent`) is kept.
"""

from __future__ import annotations

import re

from kg.extract.model import Article
from kg.extract.reading import Reading

_HEADLINE_WORDS = 25
# Labels that file a headline under a kind of story, never name who speaks: "LIVE: ...", "Q&A: ...", "Recall: ...".
_RUBRICS = frozenset(
    ("live", "q a", "recall", "update", "breaking", "analysis", "explainer", "opinion", "exclusive", "factbox",
     "timeline", "editorial", "interview", "watch", "video", "podcast", "review", "correction")
)  # fmt: skip
_WORDS = re.compile(r"[^\W_]+")


def _words(text: str) -> str:
    return " ".join(_WORDS.findall(text.lower().replace("’", "'")))


def is_headline(article: Article, start: int, end: int) -> bool:
    """Whether the first paragraph is the headline: one short line with no full stop (a title taken
    from a bare text's first line proves nothing)."""
    line = article.text[start:end].strip()
    if "\n" in line or len(line.split()) > _HEADLINE_WORDS:
        return False
    if article.title and _words(article.title) == _words(line) and not line.endswith("."):
        return True
    return not line.endswith((".", ":"))


def mark_headline(reading: Reading, end: int, publisher: str | None = None) -> None:
    """Mark what was found in the headline as no statement, unless it quotes words the body does not.

    A label that is the publication's own name ("The Morning Byte: ...") or a rubric ("LIVE: ...") is a section
    head, no speaker.
    """
    body = " ".join(_words(reading.text[q.start : q.end]) for q in reading.quotes if q.start >= end)
    masthead = _words(publisher) if publisher else None
    for found in reading.found:
        if found.start >= end or found.why:
            continue
        labelled = found.cue is not None and found.cue.text == ":"
        label = _words(found.mention.text) if labelled and found.mention is not None else None
        if label is not None and (label in _RUBRICS or (masthead and label in masthead)):
            found.why = "headline"
            continue
        quoted = found.quote == "direct" or labelled
        own = quoted and _words(reading.text[found.start : found.end]) not in body
        if not own:
            found.why = "headline"
