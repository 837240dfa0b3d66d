"""The development set's gold: articles annotated in the JSON contract's own shape.

A split folder (``devset/tune``) holds ``NAME.txt`` (+ ``NAME.json`` sidecar) beside
``NAME.gold.resolved.json``: parties and statements as ``kg extract --format json`` prints
them, with code-point offsets, plus ``not_statements``, phrases that must not become
statements. ``devset/check.py`` writes the resolved files from the hand-written ones.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import KgError
from kg.extract.model import Party

GOLD_SUFFIX = ".gold.resolved.json"
# The development set's studied splits (devset/README.md): what learned parts may be trained on.
STUDIED_SPLITS = ("tune", "heldout", *(f"heldout{n}" for n in range(2, 27)))


@dataclass
class GoldStatement:
    id: str
    speaker: str
    start: int
    end: int
    kind: str
    quote: str
    on_behalf_of: str | None = None
    disputes: list[str] = field(default_factory=list)
    continues: str | None = None


@dataclass
class GoldArticle:
    name: str
    text_path: Path
    parties: list[Party]
    statements: list[GoldStatement]
    not_statements: list[tuple[int, int, str]]


def _statement(raw: dict, where: str) -> GoldStatement:
    try:
        return GoldStatement(
            id=raw["id"],
            speaker=raw["speaker"],
            start=int(raw["start"]),
            end=int(raw["end"]),
            kind=raw.get("kind", "claim"),
            quote=raw.get("quote", "indirect"),
            on_behalf_of=raw.get("on_behalf_of"),
            disputes=list(raw.get("disputes") or []),
            continues=raw.get("continues"),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise KgError(f"{where}: a statement lacks id, speaker or resolved offsets ({error})") from None


def _party(raw: dict, where: str) -> Party:
    try:
        return Party(
            raw["id"],
            raw["name"],
            raw.get("type", "Unknown"),
            list(raw.get("aliases") or []),
            raw.get("role"),
            raw.get("affiliation"),
        )
    except (KeyError, TypeError) as error:
        raise KgError(f"{where}: a party lacks id or name ({error})") from None


def read_article(gold_path: Path) -> GoldArticle:
    name = gold_path.name[: -len(GOLD_SUFFIX)]
    text_path = gold_path.with_name(name + ".txt")
    if not text_path.is_file():
        raise KgError(f"{gold_path}: no article {text_path.name} beside it")
    try:
        data = json.loads(gold_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise KgError(f"{gold_path}: not readable JSON ({error})") from None
    if not isinstance(data, dict) or not isinstance(data.get("statements"), list):
        raise KgError(f"{gold_path}: not a gold file (no statements list)")
    not_statements = []
    for item in data.get("not_statements") or []:
        if "start" not in item or "end" not in item:
            raise KgError(f"{gold_path}: a not_statement lacks resolved offsets (run devset/check.py)")
        not_statements.append((int(item["start"]), int(item["end"]), str(item.get("why", ""))))
    return GoldArticle(
        name,
        text_path,
        [_party(p, str(gold_path)) for p in data.get("parties") or []],
        [_statement(s, str(gold_path)) for s in data["statements"]],
        not_statements,
    )


def read_split(directory: str | Path, limit: int | None = None) -> list[GoldArticle]:
    """Every gold article in a folder, by name; a folder with none is an error."""
    folder = Path(directory)
    if not folder.is_dir():
        raise KgError(f"{folder}: not a folder")
    paths = sorted(folder.glob("*" + GOLD_SUFFIX))
    if not paths:
        raise KgError(f"{folder}: no *{GOLD_SUFFIX} files (gold for the development set)")
    return [read_article(p) for p in paths[:limit]]


_SUFFIX = re.compile(r",?\s+(?:inc|corp|co|ltd|llc|plc|corporation|company)\.?$")
_LEADING = re.compile(r"^(?:the|a|an|mr|mrs|ms|dr)\.?\s+")
_SPOKES = re.compile(r"^spokes(?:man|woman|person)$|^representative$|^spokes(?:men|women|people)$")


def name_key(name: str) -> str:
    """A name as identity compares it: case, articles, titles, possessives and Inc. dropped."""
    key = " ".join(name.lower().replace("’", "'").split()).strip(" .,;:'\"“”")
    key = re.sub(r"'s?$", "", key)
    key = _LEADING.sub("", key)
    key = _SUFFIX.sub("", key).removesuffix(".com")
    return key.strip(" .,")


def role_key(role: str | None) -> str:
    words = (role or "").lower().split()
    return "spokesperson" if words and _SPOKES.match(words[-1]) else " ".join(words)


_FUNCTION_WORDS = frozenset(
    re.findall(
        r"\w+",
        "a an the of who whom whose which that in at on for from with to by as and or not we they it its their his "
        "her our is are was were be been has have had said says some many most several other others",
    )
)
_NUMBERS = frozenset(re.findall(r"\w+", "one two three four five six seven eight nine ten eleven twelve dozen twenty"))


def _words(name: str) -> list[tuple[str, bool]]:
    """A description's content words, singular and lower case, each with whether the name writes it in lower case;
    a spokesman, spokeswoman or spokesperson is one word, as ``role_key`` has it."""
    words = []
    for word in re.findall(r"[^\W_]+(?:['’][^\W_]+)*", name):
        key = re.sub(r"['’]s?$", "", word.lower().replace("’", "'"))
        key = (
            key[:-3] + "y" if key.endswith("ies") else key[:-1] if key.endswith("s") and not key.endswith("ss") else key
        )
        key = "spokesperson" if _SPOKES.match(key) else key  # "navy spokesperson" is the gold "navy spokesman"
        if key and key not in _FUNCTION_WORDS:
            words.append((key, word[:1].islower()))
    return words


def _unnamed(party: Party) -> bool:
    """A predicted party the extractor knows only by a description ("two workers", "Gale consultant")."""
    return party.name[:1].islower() or bool(party.role and party.name.lower().endswith(party.role.lower()))


def _described(gold: list[Party]) -> list[tuple[str, list[tuple[str, bool]]]]:
    """The gold parties an annotator named by a description ("four runners who sued StrideLoop")."""
    return [(p.id, _words(p.name)) for p in gold if p.name[:1].islower() or p.type == "Unknown"]


def _same_description(party: Party, described: list[tuple[str, list[tuple[str, bool]]]]) -> str | None:
    """The one described gold party a predicted description denotes: the two share a common noun of the gold
    description ("runners", "growers": not only a number or a proper name; for a role such as "Gale consultant",
    the role), and no other gold description shares as many words. An annotator's description is a paraphrase
    ("four runners who sued StrideLoop" for "Four runners who used the fitness app StrideLoop"), never a string
    the article holds, so names alone cannot decide."""
    mine = {w for w, _ in _words(party.name)}
    heads = {w for w, _ in _words(party.role)[-1:]} if party.role else mine
    ranked = []
    for gid, words in described:
        common = [w for w, lower in words if w in mine & heads and lower and w not in _NUMBERS]
        if common:
            ranked.append((len({w for w, _ in words} & mine), gid))
    ranked.sort(reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0][0] == ranked[1][0]):
        return None
    return ranked[0][1]


def party_map(predicted: list[Party], gold: list[Party]) -> tuple[dict[str, str], dict[str, list[str]]]:
    """Which gold party each predicted party is, by name or alias, by surname, by description, or by role and
    employer; and the predicted parties whose names denote several gold parties (merged).

    "Maria Delgado" and "Delgado" are the same person; an unnamed "AWS spokesperson" is the
    gold "AWS spokesman" when both are a spokesperson of the same organisation; "growers" is
    the gold "Alexander Valley growers" when no other gold description is about growers.
    """
    types = {party.id: party.type for party in gold}
    names: dict[str, list[str]] = {}
    surnames: dict[str, set[str]] = {}
    for party in gold:
        for alias in [party.name, *party.aliases]:
            names.setdefault(name_key(alias), []).append(party.id)
            if party.type == "Person":
                surnames.setdefault(name_key(alias).split(" ")[-1], set()).add(party.id)
    found: dict[str, str] = {}
    merged: dict[str, list[str]] = {}
    by_surname: set[str] = set()
    for party in predicted:
        keys = [k for k in (name_key(n) for n in [party.name, *party.aliases]) if k]
        hits = list(dict.fromkeys(g for k in keys for g in names.get(k, [])))
        if party.type != "Organization":
            people = set().union(*(surnames.get(k.split(" ")[-1], set()) for k in keys))
            if len(people) == 1 and (not hits or (party.type == "Person" and types[hits[0]] != "Person")):
                hits = list(people)
                by_surname.add(party.id)
        typed = [g for g in hits if types[g] == party.type] or hits
        if len(hits) > 1:
            merged[party.id] = hits
        if typed:
            found[party.id] = typed[0]
    employers = {party.id: party.affiliation for party in gold}
    # "Corran spokesperson" shares a last word, not an employer, with "Brightwater spokesperson".
    for party in predicted:
        employer = found.get(party.affiliation or "")
        if party.id in by_surname and employer is not None and employers[found[party.id]] not in (None, employer):
            del found[party.id]
    for party in predicted:
        if party.id in found or not party.role:
            continue
        employer = found.get(party.affiliation or "")
        same = [
            g.id
            for g in gold
            if role_key(g.role) == role_key(party.role) and employer is not None and g.affiliation == employer
        ]
        if len(same) == 1:
            found[party.id] = same[0]
    described = _described(gold)
    for party in predicted:
        if party.id not in found and _unnamed(party):
            hit = _same_description(party, described)
            if hit is not None:
                found[party.id] = hit
    return found, merged
