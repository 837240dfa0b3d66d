"""Turn the date words near a cue into a calendar date, relative to publication.

News dates statements loosely ("on Monday", "yesterday", "Jan. 11"); the article's
publication date anchors them. A weekday means the latest such day on or before it.
"""

import re
from datetime import date, timedelta

from kg.extract.lexicon import MONTHS, WEEKDAYS

_EXPLICIT = re.compile(
    r"\b(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?\s+(\d{1,2})(?:st|nd|rd|th)?"
    r"(?:,?\s+(\d{4}))?\b",
    re.IGNORECASE,
)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)
_RELATIVE = re.compile(r"\b(yesterday|today|tonight|this morning|last night)\b", re.IGNORECASE)


def parse_published(published: str | None) -> date | None:
    if not published:
        return None
    m = _ISO.search(published)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def resolve(words: str, published: date | None) -> date | None:
    """The date ``words`` name, or None when they name none or need an anchor we lack."""
    m = _EXPLICIT.search(words)
    if m:
        year = int(m.group(3)) if m.group(3) else (published.year if published else None)
        if year is None:
            return None
        try:
            found = date(year, MONTHS[m.group(1).lower()], int(m.group(2)))
        except ValueError:
            return None
        if not m.group(3) and published and found > published:
            found = found.replace(year=year - 1) if not (found.month == 2 and found.day == 29) else found
        return found
    if published is None:
        return None
    m = _RELATIVE.search(words)
    if m:
        word = m.group(1).lower()
        return published - timedelta(days=1) if word in ("yesterday", "last night") else published
    m = _WEEKDAY.search(words)
    if m:
        back = (published.weekday() - WEEKDAYS.index(m.group(1).lower())) % 7
        return published - timedelta(days=back)
    return None
