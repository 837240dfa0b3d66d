"""What a pronoun, "the company" or an unnamed role refers to, among the parties of one article.

The party table (kg/extract/parties.py) registers parties by name and records each mention as
the text is read; these functions choose among those mentions: the nearest compatible earlier
party, grammatical subjects before objects, and an unnamed role merged with the person the next
sentence names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.extract.identity import post
from kg.extract.lexicon import (
    FEMALE_WORDS,
    INSTITUTION_NOUNS,
    KIN,
    MALE_WORDS,
    ORG_NAME_WORDS,
    ORG_NOUNS,
)
from kg.extract.names import other_kind
from kg.extract.syntax import DATELINE_DASHES

if TYPE_CHECKING:
    from kg.extract.naming import Entry


@dataclass(frozen=True)
class Mention:
    start: int
    party: str
    salience: int
    sentence: int
    late: bool = False  # recorded after mentions of later sentences (the hybrid's model reads a chunk at its end)


def nearest(
    entries: dict[str, Entry],
    history: list[Mention],
    pending: dict[str, tuple[str, int, int]],
    word: str,
    position: int,
    sentence: int,
    *,
    role: str | None,
    organization: bool,
    window: int,
    subjects: bool = False,
) -> str | None:
    """The nearest compatible earlier party for a (lower-case) pronoun, "the company" or "the spokesperson";
    ``subjects``: only organisations that were main-clause subjects count."""
    best, best_score = None, None
    for m in reversed(history):
        if m.start >= position or m.party in pending or m.party not in entries:
            continue
        if subjects and (m.salience or entries[m.party].type != "Organization"):
            continue
        distance = sentence - m.sentence
        if distance > window:
            if m.late:
                continue  # a mention out of the reading order hides no nearer one recorded before it
            break
        entry = entries[m.party]
        fit = compatible(entry, word, role, organization)
        if fit is None or (organization and other_kind(entry.name, word)):
            continue
        score = distance * 3 + m.salience + fit
        if best_score is None or score < best_score:
            best, best_score = m.party, score
    return best


COUNTS = frozenset(("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "some", "several"))


def counted(entry: Entry) -> bool:
    """Whether a group is a counted few of a larger one ("two workers", "one of the cooks", "some residents")."""
    return entry.name.split()[0] in COUNTS


# How a description says its people speak without being named: "three people familiar with the matter".
_ANONYMOUS = re.compile(r"\b(?:familiar with|knowledge of|briefed on|close to|not authori[sz]ed)\b")


def described_as(entries: dict[str, Entry], word: str, head: str, definite: bool = False) -> str | None:
    """An unnamed party described at more length before: "workers" for "parcelway warehouse workers";
    ``definite`` ("the person"), also one whose description opens with the word ("person familiar
    with the talks"). Failing those, a group whose description has the same head noun ("workers" after
    "about 150 workers at a Parcelway distribution center"): "the workers" is the latest such group, a
    bare "Workers" the group at large, never a counted few ("two workers who asked not to be named") nor one person
    described ("drivers could report" is no "former long-haul driver")."""
    for entry in reversed(list(entries.values())):
        group = entry.name.islower() or (entry.type == "Unknown" and not entry.name.startswith("unresolved"))
        short = len(entry.name.split()) <= 4  # "Alexander Valley growers", not "tenants who had reported ..."
        if entry.type != "Person" and group and short and entry.name.endswith(" " + word) and not counted(entry):
            return entry.id
        if (
            definite
            and entry.unnamed
            and entry.name.startswith(word + " ")
            and (word in entry.kinds or head not in ORG_NOUNS)
        ):
            return entry.id
    groups = [e for e in entries.values() if e.unnamed and e.type != "Person" and head in e.kinds and not e.someone]
    if definite and not groups and head == "source":  # "according to three people familiar with the matter ...
        groups = [e for e in entries.values() if e.unnamed and _ANONYMOUS.search(e.name)]  # the sources said"
    if definite:
        return groups[-1].id if groups else None
    return next((e.id for e in groups if not counted(e)), None)


def organization_named(
    entries: dict[str, Entry], history: list[Mention], words: list[str], position: int
) -> str | None:
    """The latest organisation before ``position`` whose name holds these (lower-case) words, however far back:
    "the water authority" in "Marlow Valley Water Authority", or that the text called by that noun before ("their
    insurer, Calloway Mutual", "the contractor, Mohawk Steel,")."""
    for m in reversed(history):
        entry = entries[m.party]
        if m.start >= position or entry.type == "Person" or entry.outlet:
            continue
        named = [w.lower().strip(",") for w in entry.name.split()]
        if words[-1] in entry.kinds:
            return m.party
        if entry.unnamed:
            continue  # "museum staff" is no museum: a description names what it is by its head alone
        if len(named) > len(words) and any(
            named[i : i + len(words)] == words for i in range(len(named) - len(words) + 1)
        ):
            return m.party
    return None


def personal(entry: Entry) -> bool:
    """Whether a name typed a company on the tagger's word alone reads as a person's: two or three capitalised
    words, none of them a company word, nothing calling it a body ("Chantal Ouellette, whose two children ...")."""
    words = entry.name.split()
    return (
        entry.type == "Organization"
        and not entry.outlet
        and not entry.kinds
        and entry.votes.get("Organization", 0) < 3
        and 2 <= len(words) <= 3
        and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)
        and words[-1].lower() not in ORG_NAME_WORDS
    )


# What a description that fits any person asks for, whatever the gender: "said the 61-year-old".
SOMEONE = "someone"


def compatible(entry: Entry, word: str, role: str | None, organization: bool) -> int | None:
    """None if ``entry`` cannot be what ``word`` refers to, else a penalty (0 = clear fit).

    A "person" with no gender, role or title is often a brand the tagger misread ("Parler",
    "Salish Ferries"), so it stays a weak candidate for "it" and "the company".
    """
    if role is not None:
        return 0 if entry.role == role else None
    if word == SOMEONE:
        return 0 if entry.type == "Person" else None
    if word in MALE_WORDS | FEMALE_WORDS:
        clash = "f" if word in MALE_WORDS else "m"
        if personal(entry):
            return 2  # "Chantal Ouellette, whose two children ride the route, said she ...", tagged a company
        if entry.type != "Person" or entry.gender == clash:
            return None
        brand = " " not in entry.name and not entry.gender and not entry.role and not entry.titled
        if entry.unnamed and not entry.gender:
            return 3  # "an AWS spokesperson said" is a weaker "she" than the author the text has called "her"
        return 2 if brand else 0
    if organization or word in ("it", "its"):
        if entry.type == "Organization" and not entry.outlet:
            return 2 if personal(entry) else 0
        if entry.role in INSTITUTION_NOUNS and not (entry.gender or entry.titled):
            return 1  # "The vessel's owner, Armement Kerbrat," may well be "the company"
        if entry.type == "Organization" or entry.gender or entry.role or entry.titled:
            return None
        if " " not in entry.name:
            return 1
        person = entry.type == "Person" and not organization
        return 2 if person else None  # "Salish Ferries said ... it would": a company typed a person
    return 0 if entry.type in ("Organization", "Unknown") else None


def named_next(
    entries: dict[str, Entry], history: list[Mention], taken: dict[str, str], headline_end: int = 0
) -> dict[str, str]:
    """Unnamed roles and bodies named in the next sentences: "A lawyer for the families says ... . Jonah Whitcombe,
    an Atlanta lawyer, said ..." or "The agent for the striker accused ... . Maria Delgado told ESPN
    ...": a person first named as the next sentence's subject, introduced by that role or by
    nothing at all ("Maria Olsen, who lives nearby, said" is someone else), is that role, when the
    role is never mentioned again; "the union" is the next organisation named with "Union" in its name, and "a
    coalition of food delivery couriers" the organisation the next sentence opens with.
    ``taken``: unnamed parties already known to be someone (the one holder of their role, ``identity.role_holders``).
    A role the headline gives first is introduced where the body first gives it ("... as judge finds insurer at
    fault", then "NELSON - ..., with a judge finding ...", then her name). Returns {unnamed party: named one}."""
    first: dict[str, Mention] = {}
    last: dict[str, int] = {}
    for m in [m for m in history if m.start >= headline_end] + history:
        first.setdefault(m.party, m)
    for m in history:
        last[m.party] = m.sentence
    merged: dict[str, str] = {}
    for pid, entry in entries.items():
        intro = first.get(pid)
        words = entry.name.split()
        if entry.unnamed and intro is not None and _ranked(words):
            subject = next((m.party for m in first.values() if _opens_after(entries, m, intro)), None)
            merged.update({pid: subject} if subject is not None else {})
            continue
        if not entry.unnamed or intro is None or intro.salience > 2 or pid in taken:
            continue
        # "their union says": the union the next sentence names; "The union says ... . '...,' said the head of
        # Transit Union Local 9."
        noun = _owned_body(words) or _introduced_body(entry) or entry.name
        body = noun in ORG_NOUNS
        introduced = body and _introduced_body(entry) is not None
        # "a coalition of food couriers", "the company that runs the route": the body the next sentence opens with
        group = len(words) > 2 and words[0] in ORG_NOUNS and words[1] in ("of", "that", "which")
        kin = len(words) > 2 and words[0] in KIN and words[1] == "of"  # "The son of Wren Outdoor's founder"
        # "A Toronto dermatologist ... says", then her name; never "a person familiar with the order"
        described = entry.someone and entry.role is None and not _ANONYMOUS.search(entry.name)
        if not body and not group and not kin and not described and (entry.type != "Person" or not entry.role):
            continue
        kind = "Organization" if body or group else "Person"
        after = [
            m
            for m in first.values()
            if intro.sentence < m.sentence <= intro.sentence + 2
            and entries[m.party].type == kind
            and (body or group or not entries[m.party].unnamed)  # "a grower" between the judge and her name
        ]
        if body or group:
            opener = [m.party for m in after if m.salience == 0 and not entries[m.party].outlet][:1]
            if group:  # "... The Chicago Couriers Alliance, which says it represents ..., said"
                named = opener
            else:
                named = [m.party for m in after if noun in entries[m.party].name.lower().split()]
                # "The resort says ...", then "Copper Basin Mountain Resort", however far on; "a motorists' group
                # said", then "The Marches Forum said"
                named = named or _only_one(entries, noun) or (opener if introduced else [])
            merged.update({pid: named[0]} if named else {})
            continue
        if not after or last[pid] > after[0].sentence:
            continue  # a quotation's own full stop counts as a sentence: "... a dent in it."
        person = entries[after[0].party]
        same_post = person.role is not None and post(person.role) == post(entry.role)
        if after[0].salience > (2 if same_post else 0):
            continue  # the post itself may name the speaker of a quotation: '"...," Chief Ruth Castellano told'
        same = same_post or kin or (person.role is None and (described or not person.introduced))
        if " " in person.name and not person.unnamed and same:
            person.role = person.role or entry.role
            person.affiliation = person.affiliation or entry.affiliation
            person.mentions = sorted(entry.mentions + person.mentions, key=lambda m: m.start)
            merged[pid] = person.id
    return merged


def _ranked(words: list[str]) -> bool:
    """A lede's ranking of its subject among a place's kind: "One of Michoacan's larger avocado packers has sued",
    "One of South Korea's best-known webtoon artists has accused"; news names it as a later sentence's subject."""
    at = next((i for i in range(min(6, len(words))) if words[i : i + 2] == ["one", "of"]), None)
    if at is None or (at and not DATELINE_DASHES & set(words[:at])):  # "SEOUL, May 8 - One of ...", the dateline kept
        return False
    return len(words) > at + 3 and "'s" in words[at + 3 : at + 6]


def _opens_after(entries: dict[str, Entry], m: Mention, intro: Mention) -> bool:
    """Whether a party first met as a main clause's subject in the three sentences after ``intro`` is first
    named there (a quotation's own full stop counts as a sentence)."""
    entry = entries[m.party]
    near = intro.sentence < m.sentence <= intro.sentence + 3
    return near and m.salience == 0 and not entry.unnamed and not entry.outlet


_OWNERS = frozenset(("their", "its", "his", "her", "our"))


def _owned_body(words: list[str]) -> str | None:
    """The body a description names by whose it is, "their union", "the players' union" (the tagger's one-word
    owner, a possessive pronoun or a plural possessive): its noun, else None."""
    if len(words) == 2 and (words[0] in _OWNERS or words[0].endswith(("'", "’"))):
        return words[1]
    return None


def _introduced_body(entry: Entry) -> str | None:
    """The head noun of a body the text brings in with "a" before it names it ("A farmers' cooperative in central
    Kenya denied ...", "a motorists' group said"): news then names it as the next sentences' subject. None for a
    body first met with any other word."""
    first = entry.mentions[0].text.lower() if entry.mentions else ""
    if not first.startswith(("a ", "an ")):
        return None
    words = entry.name.split()
    head = next(iter(entry.kinds)) if len(entry.kinds) == 1 else words[-1]
    return head if head in ORG_NOUNS else None


def _only_one(entries: dict[str, Entry], noun: str) -> list[str]:
    """The article's one named organisation whose name ends in ``noun`` ("Copper Basin Mountain Resort" for "the
    resort"); none when there are several or none."""
    found = [
        e.id
        for e in entries.values()
        if e.type == "Organization" and not e.unnamed and e.name.lower().split()[-1:] == [noun]
    ]
    return found if len(found) == 1 else []


# Plural nouns for those who speak for a body as a body: "fire officials", "health authorities", "race organisers".
_BODY_VOICES = ("officials", "authorities", "spokespeople", "representatives", "organisers", "organizers")


def bodies_speaking(entries: dict[str, Entry]) -> dict[str, str]:
    """Unnamed "public health officials" or "Fire officials" where the article names one organisation holding
    those words ("Tri-County Public Health District", "the Fire Department"), before or after: that body.
    {unnamed: organisation}."""
    merged: dict[str, str] = {}
    for entry in entries.values():
        words = entry.name.lower().split()
        if not entry.unnamed or len(words) < 2 or words[-1] not in _BODY_VOICES:
            continue
        wanted = words[:-1]
        bodies = [
            e.id
            for e in entries.values()
            if e.type == "Organization" and not e.unnamed and not e.outlet and _holds(e.name.lower().split(), wanted)
        ]
        if len(bodies) == 1:
            merged[entry.id] = bodies[0]
    return merged


def _holds(words: list[str], wanted: list[str]) -> bool:
    return len(words) > len(wanted) and any(
        words[i : i + len(wanted)] == wanted for i in range(len(words) - len(wanted) + 1)
    )


def short_names(entries: dict[str, Entry]) -> dict[str, str]:
    """Organisations named by the last words of another's name, where the tagger cut a name short ("Family Health"
    for "Valley Family Health") or the text shortens it ("Department of Public Health" after "the California
    Department of Public Health"), or by one capitalised word that ends its name or a short name of it, which the
    tagger kept alone or a headline or title uses ("Zoo defends care of elephant" over "Ridgeview Zoo", "Vista's
    chief operating officer" after "Sierra Vista"): that organisation, when the article names only one such.
    {short: full}."""
    bodies = [e for e in entries.values() if e.type == "Organization" and not e.unnamed and not e.outlet]
    merged: dict[str, str] = {}
    for entry in bodies:
        words = entry.name.lower().split()
        if len(words) < 2 and not entry.name[:1].isupper():
            continue
        longer = [
            e
            for e in bodies
            if e is not entry
            and any(len(n.split()) > len(words) and n.lower().split()[-len(words) :] == words for n in _names(e, words))
        ]
        if len(longer) == 1 and longer[0].id not in merged:
            full = longer[0]
            full.mentions = sorted(entry.mentions + full.mentions, key=lambda m: m.start)
            full.aliases |= {entry.name} | entry.aliases
            merged[entry.id] = full.id
    return merged


def _names(entry: Entry, words: list[str]) -> list[str]:
    """The names a one-word fragment may end: the full name and the short ones ("Sierra Vista"); a longer
    fragment ends the full name only."""
    return [entry.name, *entry.aliases] if len(words) == 1 else [entry.name]
