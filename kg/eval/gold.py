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


def party_map(predicted: list[Party], gold: list[Party]) -> tuple[dict[str, str], dict[str, list[str]]]:
    """Which gold party each predicted party is, by name or alias, by surname, or by role and employer;
    and the predicted parties whose names denote several gold parties (merged).

    "Maria Delgado" and "Delgado" are the same person; an unnamed "AWS spokesperson" is the
    gold "AWS spokesman" when both are a spokesperson of the same organisation.
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
    for party in predicted:
        keys = [k for k in (name_key(n) for n in [party.name, *party.aliases]) if k]
        hits = list(dict.fromkeys(g for k in keys for g in names.get(k, [])))
        if party.type != "Organization":
            people = set().union(*(surnames.get(k.split(" ")[-1], set()) for k in keys))
            if len(people) == 1 and (not hits or (party.type == "Person" and types[hits[0]] != "Person")):
                hits = list(people)
        typed = [g for g in hits if types[g] == party.type] or hits
        if len(hits) > 1:
            merged[party.id] = hits
        if typed:
            found[party.id] = typed[0]
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
    return found, merged
