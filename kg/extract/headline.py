"""A headline summarises the story: what it attributes is said again, in full, in the body.

"Parler sues Amazon, accusing it of pulling the plug" is the writer's summary of the
complaint the body reports; counted as a statement it would be the same claim twice (and a
headline's wording is the desk's, not the speaker's). Only a headline quotation whose
words the body never quotes (`Agent blasts club: 'They negotiated in bad faith'`, or a
labelled `Mayor Ruiz: Library Expansion Is Worth Every Cent`) is kept.

What stands above the byline is the desk's too: a standfirst ("The town says it knows why."), a deck of two
sentences ("Gym members say they kept paying after they quit. The chain says ..."), a wire story's summary
bullets ("* AWS says suspension was about safety, not politics"). Each sums up what the body reports, so the
paragraphs before a byline count as the headline (on the thirteen studied splits they hold no gold statement,
and 14 of the extractor's false ones).
"""

from __future__ import annotations

import re

from kg.extract.model import Article
from kg.extract.reading import Reading

_HEADLINE_WORDS = 25
# Labels that file a headline under a kind of story, never name who speaks: "LIVE: ...", "Q&A: ...", "Recall: ...".
_RUBRICS = frozenset(
    ("live", "q a", "recall", "update", "breaking", "analysis", "explainer", "opinion", "exclusive", "factbox",
     "timeline", "editorial", "interview", "watch", "video", "podcast", "review", "correction", "letters",
     "your letters", "letters to the editor", "comment")
)  # fmt: skip
_WORDS = re.compile(r"[^\W_]+")
# A byline paragraph: "By Rosalind Ahn | The Phoenix Dispatch", "By Colin Hayes\nStaff writer" (not "By Monday the
# council had ...", which ends as a sentence does).
_BYLINE = re.compile(r"By\s+[A-Z][^\n]*")
_BYLINE_WORDS = 16
_FRONT_PARAGRAPHS = 5


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


def front_matter(text: str, paragraphs: list[tuple[int, int]]) -> int | None:
    """Where the front matter ends when a byline follows it within the article's first paragraphs: the end of
    the paragraph before the byline (the headline and what the desk set under it), else None."""
    for n, (start, end) in enumerate(paragraphs[1:_FRONT_PARAGRAPHS], 1):
        line = text[start:end].strip().split("\n", 1)[0]
        if _BYLINE.fullmatch(line) and len(line.split()) <= _BYLINE_WORDS and not line.endswith((".", "?", "!")):
            return paragraphs[n - 1][1]
    return None


def mark_headline(reading: Reading, end: int, publisher: str | None = None) -> None:
    """Mark what was found in the headline as no statement, unless it quotes words the body does not say again
    (in quotation marks, or as what a speaker said unquoted: an interview's answer, a letter).

    A label that is the publication's own name ("The Morning Byte: ...") or a rubric ("LIVE: ...") is a section
    head, no speaker.
    """
    said = [(q.start, q.end) for q in reading.quotes] + [(f.start, f.end) for f in reading.found if not f.why]
    body = " ".join(_words(reading.text[lo:hi]) for lo, hi in said if lo >= end)
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
