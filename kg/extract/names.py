"""How a party's name is written: the name a mention carries, its acronyms, a leading title, the
kind of body it says its bearer is.

Pure string functions shared by the party table and the rules that meet names.
"""

import re

from kg.extract.lexicon import NAME_PARTICLES, NEWS_OUTLETS

TITLE = re.compile(
    r"^(?:mr|mrs|ms|miss|dr|sen|rep|gov|gen|prof|president|judge|mayor|senator|governor|councilwoman|councilman"
    r"|councilmember|councillor|cllr|cr|chancellor|superintendent|commissioner|sheriff|coach|chief)\.?\s+(?=\S+\s+\S)",
    re.I,
)
# An honorific or an office's title before a surname alone, with or without its full stop: "Ms Whitfield", "Mr. Wren",
# "Cllr Rees" or "Cr Rees" (the councillor "Cllr Dafydd Rees" named before).
HONORIFIC = re.compile(
    r"^(?:mr|mrs|ms|miss|dr|prof|cllr|cr|councillor|sen|senator|rep|gov|governor|judge|mayor|sheriff)\.?\s+(?=\S+$)",
    re.I,
)
_COUNTRY = re.compile(r"^(?:U\.S\.|US|U\.K\.|UK|EU)\s+")
_DESCRIBED = re.compile(r"^(?:[a-z][a-z-]*\s+){1,2}(?=[A-Z])")
_OWNER = re.compile(r"^[A-Z][\w.-]*(?:'s|’s)\s+(?=[A-Z]\S*\s+\S)")
# First words of a public body's name, which a place's possessive before it does not change.
_BODY_WORDS = frozenset(("department", "ministry", "office", "bureau", "agency", "board", "commission", "council"))
# Words that make a name say what kind of body it is, each with the kind it says: a union, an association and a
# federation of members are one kind ("the union" may be the "Rail Drivers' Association"); a police force is
# "the force" too.
_KINDS = {
    **dict.fromkeys(("union", "association", "federation", "alliance", "coalition"), "union"),
    **{w: w for w in ("university", "college", "school", "hospital", "court", "church", "club")},
    "police": "police",
    "force": "police",
}
# A section's number before a heading that opens with a name ("IV. Parler's response"); a lone "I." or "V." may be
# an initial.
_SECTION = re.compile(r"^[IVX]{2,}\.\s+(?=[A-Z])")
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
# The "v." a tagger runs into the first name of a case's ("Greyhaven Ferries Ltd v. Port of Kessock Authority").
_VERSUS = re.compile(r"\s+vs?$")
_CORP_SUFFIX = re.compile(r",?\s+(?:inc|corp|co|ltd|llc|plc)\.?$", re.I)
# Letters after a person's name that say what she is, not who: "Simon Greaves KC", "Dame Joan Hart DBE", "Ann Lee MP".
_POSTNOMINAL = re.compile(r"^(\S+\s+\S.*?),?\s+(?:KC|QC|MP|MSP|MEP|OBE|MBE|CBE|DBE|KBE|PhD|Esq)\.?$")


def clean_name(name: str) -> str:
    """A mention reduced to the name it carries: no article, possessive, line breaks or letters after a name."""
    name = _SECTION.sub("", " ".join(name.split()))
    name = _POSSESSIVE.sub("", name).strip(" ,.;:\"“”‘’'()")
    if name.lower().startswith("the ") and name.lower() not in NEWS_OUTLETS:
        name = name[4:]
    return _POSTNOMINAL.sub(r"\1", _CORP_SUFFIX.sub("", _VERSUS.sub("", name)))


def without_country(name: str) -> str:
    """An agency's name without the country, the lower-case description or the place's possessive before it:
    "U.S. Consumer Product Safety Commission" and a later "the Consumer Product Safety Commission" are one body
    ("U.S. Steel" keeps it), and so are "the state Department of Transportation", "Idaho's Department of
    Transportation" and "the Department of Transportation" ("Moody's Investors Service" keeps its possessive)."""
    rest = _COUNTRY.sub("", _DESCRIBED.sub("", name))
    owned = _OWNER.match(rest)
    if owned is not None and rest[owned.end() :].split()[0].lower() in _BODY_WORDS:
        rest = rest[owned.end() :]
    return rest if rest != name and len(rest.split()) >= 2 and rest[:1].isupper() else name


_HOME = re.compile(r"\s+of\s+(?:[A-Z][\w.'-]*\s*)+$")


def without_home(name: str) -> str:
    """A person's name without the town the tagger took in with it: "Ines Caldwell of Ames" is Ines Caldwell."""
    rest = _HOME.sub("", name)
    return rest if " " in rest else name


def acronym(name: str) -> str:
    words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in NAME_PARTICLES]
    if len(words) < 2 or not all(w[0].isupper() for w in words):
        return ""
    return "".join(w[0] for w in words)


def acronyms(name: str) -> list[str]:
    """The initials an organisation goes by: "UOSHA" and "OSHA" for "U.S. Occupational Safety and Health
    Administration" (a leading country is often dropped), "CDC" for "Centers for Disease Control and
    Prevention" (and so is a closing "and ..."), "DOT" for "Department of Transportation" (its "of" too)."""
    bare = _COUNTRY.sub("", name)
    head = acronym(bare.split(" and ")[0])  # "CDC": "... Control and Prevention"
    words = re.split(r"[\s-]+", bare)
    whole = "".join(w[0].upper() for w in words if w) if len(words) >= 3 and all(w[:1].isalpha() for w in words) else ""
    found = [acronym(name), acronym(bare), head if len(head) >= 3 else "", whole]  # "DOT": Department of Transportation
    return [a for i, a in enumerate(found) if a and a not in found[:i]]


def other_kind(name: str, word: str) -> bool:
    """Whether a name says its bearer is a kind of body "the <word>" is not: "the agency" is no
    "Amalgamated Transit Union", "the company" no "Riverside University" nor "Upper Teme Angling Club"."""
    kinds = _kinds(name)
    return bool(kinds) and _KINDS.get(word, word) not in kinds and word not in ("group", "organization", "organisation")


def kind_word(name: str) -> str:
    """The word a name ends on before what its bearer deals with, lower case: "ministry" in "Ontario Ministry of
    Health", "health" in "Upper Grand Public Health"."""
    words = re.split(r"\s+(?:of|for)\s+", name, maxsplit=1)[0].split()
    return words[-1].lower() if words else ""


def same_kind(name: str, word: str) -> bool:
    """Whether a name says its bearer is the kind of body "the <word>" is: "North Wales Police" is "the force" and
    "police", "Rail Drivers' Association" "the union"; the words after "of" or "for" say what it deals with
    ("Independent Office for Police Conduct" is no police force)."""
    return word in _KINDS and _KINDS[word] in _kinds(re.split(r"\s+(?:of|for)\s+", name, maxsplit=1)[0])


def _kinds(name: str) -> set[str]:
    return {_KINDS[w] for w in (w.lower().strip(",.'’") for w in name.split()) if w in _KINDS}


_SEXED_HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+([A-Z][\w'’-]+)")


def honoured_sexes(text: str) -> dict[str, str]:
    """The sex each surname the article writes with "Mr", "Mrs", "Ms" or "Miss" has, wherever that is ("Ms Stroud
    said" near the end says the "Helen Stroud" of the third paragraph is no "he"); a surname given both is left out
    ("Mr and Mrs Price" share one). {surname: "m" or "f"}."""
    found: dict[str, set[str]] = {}
    for match in _SEXED_HONORIFIC.finditer(text):
        found.setdefault(match.group(2), set()).add("m" if match.group(1) == "Mr" else "f")
    return {name: sexes.pop() for name, sexes in found.items() if len(sexes) == 1}
