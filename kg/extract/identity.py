"""Which party of the article a name or description is, read off the shape of the names the article holds: the
one body named with a common noun last ("the symphony"), the one person given a role ("his lawyer"), the unit of
an organisation, the company a family's surname opens.

Pure functions over the party table's entries (kg/extract/parties.py); the table votes on what they find.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.lexicon import NAME_PARTICLES

if TYPE_CHECKING:
    from kg.extract.naming import Entry

# Roles that say who started a company, not who runs it now: "Nadia Kessler, its founder," may be suing it.
FOUNDERS = frozenset(("founder", "co-founder", "cofounder"))
# Roles held for a client, who may be a person ("Mr. Wren's lawyer") and who issues what they file.
AGENTS = frozenset(("lawyer", "attorney", "barrister", "solicitor", "counsel", "agent"))


def client(entry: Entry) -> str | None:
    """The client unnamed agents act for ("Parler's lawyers"), who issued the filing they made; else None."""
    return entry.affiliation if entry.unnamed and entry.role in AGENTS else None


def headed(entries: dict[str, Entry], noun: str) -> str | None:
    """The one party the article names whose name ends in this common noun: "the symphony" is the Harbor City
    Symphony, whatever the tagger typed it (but never a person given a role or an honorific); None when none or
    several are."""
    found = [
        e.id
        for e in entries.values()
        if not e.unnamed
        and not e.outlet
        and " " in e.name
        and e.name.split()[-1].lower() == noun
        and not (e.type == "Person" and (e.role or e.titled))
    ]
    if not found and noun.endswith("er") and len(noun) > 4:  # "the roaster": Tidewater Roasting Co.
        trade = noun[:-2] + "ing"
        found = [e.id for e in entries.values() if e.type == "Organization" and trade in e.name.lower().split()]
    return found[0] if len(found) == 1 else None


def holder(entries: dict[str, Entry], role: str, affiliation: str | None) -> str | None:
    """The one named person the article gave this role at this organisation ("Mr. Wren's lawyer, Ingrid
    Solvang"), whom a later "his lawyer" means; None when none or several."""
    found = [
        e.id
        for e in entries.values()
        if e.type == "Person" and not e.unnamed and e.role == role and e.affiliation == affiliation
    ]
    return found[0] if len(found) == 1 else None


def family_businesses(entries: dict[str, Entry], entry: Entry) -> list[str]:
    """Names that open with a person's surname are companies named after the family, whatever the tagger said:
    "Wren Outdoor" beside "Daniel Wren", "Halvorsen Boatworks" beside "Signe Halvorsen". The companies this
    newly named ``entry`` shows to be such (itself, or others named before it); never a name with an honorific."""
    words = entry.name.split()
    if len(words) < 2:
        return []
    found = []
    for other in entries.values():
        named = other.name.split()
        if other is entry or len(named) < 2 or other.outlet or other.unnamed:
            continue
        if entry.type == "Person" and named[0] == words[-1] and not other.titled:
            found.append(other.id)
        elif other.type == "Person" and words[0] == named[-1] and not entry.titled:
            found.append(entry.id)
    return found


def bare(name: str) -> str:
    """A web company's bare name ("Amazon" of "Amazon.com"): what its units' names open with and what a headline
    calls it."""
    return name.removesuffix(".com")


def unit_of(entries: dict[str, Entry], parent: str) -> str | None:
    """The one organisation in the article that is part of ``parent``: affiliated to it, or named
    after it ("Amazon Web Services" of "Amazon", or of "Amazon.com"); ``parent`` itself when it is such a part."""
    name = bare(entries[parent].name)
    units = [
        e.id
        for e in entries.values()
        if e.id != parent and e.type == "Organization" and (e.affiliation == parent or e.name.startswith(name + " "))
    ]
    if not units and any(name.startswith(e.name + " ") for e in entries.values() if e.type == "Organization"):
        return parent  # "the company" was taken for the unit itself ("Amazon Capital Services")
    return units[0] if len(units) == 1 else None


def given(entries: dict[str, Entry], name: str) -> str | None:
    """The one person the article names in full whose first name this is: "Noor reads the line" after "Host Noor
    Haddad" (shows, features and obituaries call people by first name); None when none or several are."""
    found = [
        e.id
        for e in entries.values()
        if e.type == "Person" and not e.unnamed and len(e.name.split()) >= 2 and e.name.split()[0] == name
    ]
    return found[0] if len(found) == 1 else None


def web_units(entries: dict[str, Entry]) -> dict[str, str]:
    """Organisations named after a web company the article names with its ".com" ("Amazon Web Services" beside
    "Amazon.com"): its units, on its side whatever each says. {unit: parent}."""
    found = {}
    for parent in entries.values():
        base = bare(parent.name)
        if parent.type != "Organization" or base == parent.name:
            continue
        for unit in entries.values():
            if unit.type == "Organization" and not unit.affiliation and unit.name.startswith(base + " "):
                found[unit.id] = parent.id
    return found


def web_names(entries: dict[str, Entry]) -> dict[str, str]:
    """A company named both bare and with its ".com" ("Amazon" in the headline, "Amazon.com Inc" in the lede): one
    party, the ".com" name the fuller. {bare: full}."""
    full = {bare(e.name): e for e in entries.values() if e.type == "Organization" and bare(e.name) != e.name}
    merged = {}
    for entry in entries.values():
        other = full.get(entry.name)
        if other is not None and other is not entry and entry.type != "Person" and not entry.unnamed:
            other.mentions = sorted(entry.mentions + other.mentions, key=lambda m: m.start)
            other.aliases |= {entry.name} | entry.aliases
            merged[entry.id] = other.id
    return merged


def post(role: str | None) -> str | None:
    """A role without the body it is held in: "chief of the county's largest fire district" is a chief."""
    return role.split(" of ")[0] if role else role


# Roles one organisation has one holder of, however written: "the Parler CEO" is its chief executive, named or not.
_ONE_HOLDER = {
    "ceo": "ceo",
    "chief executive": "ceo",
    "chief executive officer": "ceo",
    "president": "president",
    "chairman": "chairman",
    "chair": "chairman",
    "founder": "founder",
    "head": "ceo",  # "The head of Parler says"
    "chief": "ceo",  # "Parler's chief executive, John Matze," then "The social network's chief said"
    "coach": "coach",  # "The head coach of Tideway Rowing Club", then "Tideway's head coach, Martin Oduya"
    "head coach": "coach",
    "owner": "owner",
    "mayor": "mayor",
    "governor": "governor",
}


def role_holders(entries: dict[str, Entry]) -> dict[str, str]:
    """Unnamed holders of a one-holder role ("Parler CEO", "the airline's chief executive") that the article
    names, before or after: the one named person with that role at that organisation; for a holder of a body the
    text only describes ("The head of New Mexico's largest electric utility"), the one named holder of that role
    in the article, whose organisation the description then is. {unnamed: named}."""
    named: dict[tuple[str, str], list[Entry]] = {}
    anywhere: dict[str, list[Entry]] = {}
    for entry in entries.values():
        role = _ONE_HOLDER.get(post(entry.role) or "")
        if role and entry.affiliation and entry.type == "Person" and not entry.unnamed:
            named.setdefault((role, entry.affiliation), []).append(entry)
            anywhere.setdefault(role, []).append(entry)
    merged: dict[str, str] = {}
    unnamed: dict[tuple[str, str], Entry] = {}
    for entry in entries.values():
        role = _ONE_HOLDER.get(post(entry.role) or "")
        if not role or not entry.unnamed:
            continue
        body = entries.get(entry.affiliation or "")
        described = body is None or (body.type != "Person" and (body.unnamed or _descriptive(body.name)))
        holders = named.get((role, entry.affiliation or ""), []) or (anywhere.get(role, []) if described else [])
        if len(holders) == 1:
            holders[0].mentions = sorted(entry.mentions + holders[0].mentions, key=lambda m: m.start)
            merged[entry.id] = holders[0].id
            if body is not None and described and holders[0].affiliation not in (None, body.id):
                merged.setdefault(body.id, holders[0].affiliation or "")
        elif not holders and entry.affiliation:
            first = unnamed.setdefault((role, entry.affiliation), entry)  # "Parler's chief executive", then "the
            if first is not entry:  # social network's chief": one person, whom the text may name after either
                first.mentions = sorted(entry.mentions + first.mentions, key=lambda m: m.start)
                merged[entry.id] = first.id
    return merged


def _descriptive(name: str) -> bool:
    """Whether a body's name is a description, not a proper name: "New Mexico largest electric utility"."""
    return any(w.islower() and w not in NAME_PARTICLES for w in name.split())
