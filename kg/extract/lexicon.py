"""Word lists the attribution rules consult, read once from ``lexicon.toml`` beside this module.

The lists are data (edited without touching code); this module gives each the name the rules
import it by, and derives the unions they share. Only extraction imports it, so commands that
do not extract never read the file.
"""

import tomllib
from pathlib import Path
from typing import cast

from kg.extract.model import OriginKind

with (Path(__file__).with_name("lexicon.toml")).open("rb") as _file:
    _DATA = tomllib.load(_file)


def _words(section: str, key: str) -> frozenset[str]:
    return frozenset(_DATA[section][key])


CLAIM_CUES = _words("cues", "claim")
ALLEGATION_CUES = _words("cues", "allegation")
DENIAL_CUES = _words("cues", "denial")
CONFIRMATION_CUES = _words("cues", "confirmation")
CONCEDING_CUES = _words("cues", "conceding")
ALL_CUES = CLAIM_CUES | ALLEGATION_CUES | DENIAL_CUES | CONFIRMATION_CUES
CLAUSE_ONLY_CUES = _words("cues", "clause_only")
PREP_CUES: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in _DATA["cues"]["prepositions"].items()}
PHRASAL_CUES: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in _DATA["cues"]["phrasal"].items()}
CLAIM_OBJECT_CUES = _words("cues", "claim_object")
QUOTE_CUES = _words("cues", "quote")
OBJECT_CUES = DENIAL_CUES | CONFIRMATION_CUES | _words("cues", "object") | frozenset(PHRASAL_CUES)
XCOMP_CUES = _words("cues", "xcomp")
CLAUSE_AS_OBJECT_CUES = _words("cues", "clause_as_object")
EVIDENCE_CUES = _words("cues", "evidence")
SHOWING_CUES = _words("cues", "showing")
OPINION_CUES = _words("cues", "opinion")
MENTIONING_CUES = _words("cues", "mentioning")

CLAIM_NOUNS = _words("nouns", "claim")
SAYING_NOUNS = CLAIM_NOUNS | _words("nouns", "saying")
VIEW_NOUNS = _words("nouns", "view")
REPLY_NOUNS = _words("nouns", "reply")
ANSWERED_NOUNS = SAYING_NOUNS | REPLY_NOUNS | _words("nouns", "answered")
DOCUMENTS: dict[str, OriginKind] = {k: cast(OriginKind, v) for k, v in _DATA["documents"].items()}

DISMISSIVE_WORDS = _words("denial_words", "dismissive")
DENIAL_PHRASES: tuple[str, ...] = tuple(_DATA["denial_words"]["phrases"])

ROLES = _words("roles", "roles")
SPOKES_ROLES = _words("roles", "spokes")
SPEAKING_ROLES = _words("roles", "speaking")
BENCH_ROLES = _words("roles", "bench")
HOUSE_ROLES = _words("roles", "house")
ROLE_BODIES: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in _DATA["roles"]["bodies"].items()}
ROLE_MODIFIERS = _words("roles", "modifiers")
CABINET_MEMBER = "cabinet member"
ROLE_CANONICAL: dict[str, str] = dict(_DATA["roles"]["canonical"])

INSTITUTION_NOUNS = _words("organisations", "institutions")
ORG_NOUNS = _words("organisations", "nouns") | INSTITUTION_NOUNS
ORG_NAME_WORDS = _words("organisations", "name_words")
LEGAL_FORMS = _words("organisations", "legal_forms")
NEWS_OUTLETS = _words("organisations", "news_outlets")
CHANNEL_NOUNS = _words("organisations", "channels")

MALE_WORDS = _words("people", "male")
FEMALE_WORDS = _words("people", "female")
FIRST_PERSON = _words("people", "first_person")
PERSON_PRONOUNS = MALE_WORDS | FEMALE_WORDS
GROUP_PRONOUNS = _words("people", "groups")
MALE_TITLES = _words("people", "male_titles")
FEMALE_TITLES = _words("people", "female_titles")
# What says a person's sex, before or beside her name: a pronoun, a title, a kin noun ("his daughter, Katerina,").
MALE_MARKS = MALE_WORDS | MALE_TITLES | _words("people", "male_nouns")
FEMALE_MARKS = FEMALE_WORDS | FEMALE_TITLES | _words("people", "female_nouns")
GENDERED_TITLES = MALE_TITLES | FEMALE_TITLES
NAME_PARTICLES = _words("people", "name_particles")
KIN = _words("people", "kin")

ANSWER_STOP_WORDS = _words("answers", "stop_words")
VAGUE_MODIFIERS = _words("answers", "vague_modifiers")

WEEKDAYS: tuple[str, ...] = tuple(_DATA["dates"]["weekdays"])
MONTHS: dict[str, int] = dict(_DATA["dates"]["months"])
