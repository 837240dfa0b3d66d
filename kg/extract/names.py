"""How a party's name is written: the name a mention carries, its acronym, a leading title.

Pure string functions shared by the party table and the rules that meet names.
"""

import re

from kg.extract.lexicon import NAME_PARTICLES, NEWS_OUTLETS

TITLE = re.compile(
    r"^(?:mr|mrs|ms|miss|dr|sen|rep|gov|gen|prof|president|judge|mayor|senator|governor|councilwoman|councilman"
    r"|councilmember|chancellor|superintendent|commissioner|sheriff|coach|chief)\.?\s+(?=\S+\s+\S)",
    re.I,
)
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_CORP_SUFFIX = re.compile(r",?\s+(?:inc|corp|co|ltd|llc|plc)\.?$", re.I)


def clean_name(name: str) -> str:
    """A mention reduced to the name it carries: no article, possessive, or line breaks."""
    name = " ".join(name.split())
    name = _POSSESSIVE.sub("", name).strip(" ,.;:\"“”‘’'()")
    if name.lower().startswith("the ") and name.lower() not in NEWS_OUTLETS:
        name = name[4:]
    return _CORP_SUFFIX.sub("", name)


def acronym(name: str) -> str:
    words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in NAME_PARTICLES]
    if len(words) < 2 or not all(w[0].isupper() for w in words):
        return ""
    return "".join(w[0] for w in words)
