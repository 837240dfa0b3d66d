#!/usr/bin/env python3
"""Validate the development set's gold annotations and write their resolved offsets.

Stdlib only, so it runs anywhere the repository is checked out (CI, a reviewer's laptop, an annotator's
machine with no virtualenv). Gold files name spans by exact text and occurrence, which survives edits an
annotator makes by hand; the resolved files add the code-point offsets a scorer needs.

    python3 devset/check.py            # validate every split, (re)write NAME.gold.resolved.json
    python3 devset/check.py --verify   # validate, and fail if a committed resolved file is stale
    python3 devset/check.py --fill     # also write missing "occurrence" values computed from "anchor"
    python3 devset/check.py --stats    # print per-split counts after validating

Exit status 0 when every file passes; 1 with one line per problem otherwise; 2 on bad usage.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SPLITS = ("tune", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15", "heldout16", "heldout17", "heldout18", "heldout19", "heldout20", "heldout21", "heldout22", "heldout23", "heldout24", "heldout25", "heldout26", "heldout27")

PARTY_TYPES = {"Person", "Organization", "Unknown"}
KINDS = {"claim", "allegation", "denial", "confirmation"}
QUOTES = {"direct", "indirect", "mixed"}
ORIGIN_KINDS = {
    "court filing",
    "statement",
    "interview",
    "press release",
    "letter",
    "report",
    "social media",
    "ruling",
    "testimony",
    "email",
    "message",
}
WHY = {"no-comment", "request", "action", "headline", "reporter", "intention", "no-content", "question"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
PARTY_ID = re.compile(r"^p\d+$")
STATEMENT_ID = re.compile(r"^s\d+$")
OPEN_DOUBLE, CLOSE_DOUBLE = "\u201c", "\u201d"
QUOTE_CHARS = "\"'\u2018\u2019\u201c\u201d"
TRAILING_BAD = (",", ";", ":", " ", "\n")

STATEMENT_KEYS = {
    "id",
    "speaker",
    "on_behalf_of",
    "cue",
    "kind",
    "quote",
    "text",
    "occurrence",
    "anchor",
    "disputes",
    "confirms",
    "continues",
    "origin",
    "disputes_party",
    "confirms_party",
    "reported_by",
    "about",
}
PARTY_KEYS = {"id", "name", "type", "aliases", "role", "affiliation"}


class Problems:
    """Collects problems as 'file: message' lines so one run reports everything wrong, not just the first."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def add(self, where: str, message: str) -> None:
        self.lines.append(f"{where}: {message}")


def occurrences(text: str, needle: str) -> list[int]:
    """Start offsets of every (possibly overlapping) occurrence of needle in text."""
    found, at = [], text.find(needle)
    while at != -1:
        found.append(at)
        at = text.find(needle, at + 1)
    return found


def paragraph_index(text: str) -> list[int]:
    """Paragraph number of each code point (paragraphs are separated by blank lines; the headline is 0)."""
    index, para, i = [], 0, 0
    while i < len(text):
        index.append(para)
        if text.startswith("\n\n", i):
            index.append(para)
            i += 2
            while i < len(text) and text[i] == "\n":
                index.append(para)
                i += 1
            para += 1
            continue
        i += 1
    return index


def double_quoted(text: str) -> list[bool]:
    """Which code points lie inside double quotation marks (curly or straight).

    A quotation that runs over several paragraphs follows the newspaper convention: each paragraph opens a
    quote mark and only the last one closes it, so a paragraph that starts with a quote mark while a quotation
    is open continues it rather than closing it.
    """
    inside, is_open = [False] * len(text), False
    para_start = True
    for i, ch in enumerate(text):
        if ch == "\n":
            para_start = True
            continue
        if ch in (OPEN_DOUBLE, CLOSE_DOUBLE, '"'):
            if para_start and is_open and ch != CLOSE_DOUBLE:
                pass
            elif ch == OPEN_DOUBLE:
                is_open = True
            elif ch == CLOSE_DOUBLE:
                is_open = False
            else:
                is_open = not is_open
            para_start = False
            continue
        para_start = False
        inside[i] = is_open
    return inside


class Article:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.text = path.read_text(encoding="utf-8")
        self.paragraph = paragraph_index(self.text)
        self.quoted = double_quoted(self.text)

    def locate(self, problems: Problems, where: str, item: dict, fill: bool) -> tuple[int, int] | None:
        """Resolve item's text/occurrence (checked against its optional anchor) to (start, end)."""
        needle = item.get("text")
        if not isinstance(needle, str) or not needle:
            problems.add(where, "text must be a non-empty string")
            return None
        hits = occurrences(self.text, needle)
        if not hits:
            problems.add(where, f"text {needle!r} does not occur in the article")
            return None
        from_anchor = None
        anchor = item.get("anchor")
        if anchor is not None:
            anchor_hits = occurrences(self.text, anchor) if isinstance(anchor, str) else []
            if len(anchor_hits) != 1:
                problems.add(where, f"anchor {anchor!r} must occur exactly once (found {len(anchor_hits)})")
                return None
            inner = anchor.find(needle)
            if inner == -1:
                problems.add(where, f"anchor {anchor!r} does not contain text {needle!r}")
                return None
            from_anchor = hits.index(anchor_hits[0] + inner) + 1
        occurrence = item.get("occurrence")
        if occurrence is None and fill and from_anchor is not None:
            occurrence = item["occurrence"] = from_anchor
        if occurrence is None and fill and len(hits) == 1:
            occurrence = item["occurrence"] = 1
        if not isinstance(occurrence, int) or isinstance(occurrence, bool) or occurrence < 1:
            problems.add(where, f"occurrence of {needle!r} must be an integer >= 1 (text occurs {len(hits)} times)")
            return None
        if occurrence > len(hits):
            problems.add(where, f"occurrence {occurrence} of {needle!r} but the text occurs {len(hits)} times")
            return None
        if from_anchor is not None and from_anchor != occurrence:
            problems.add(where, f"occurrence {occurrence} of {needle!r} disagrees with its anchor ({from_anchor})")
            return None
        start = hits[occurrence - 1]
        return start, start + len(needle)


def check_sidecar(problems: Problems, where: str, sidecar: dict, article: Article) -> None:
    for key in ("title", "url", "publisher", "published"):
        if key not in sidecar:
            problems.add(where, f"sidecar lacks {key!r}")
    headline = article.text.split("\n", 1)[0]
    if sidecar.get("title") != headline:
        problems.add(where, f"sidecar title {sidecar.get('title')!r} is not the headline {headline!r}")
    published = sidecar.get("published")
    if published is not None and not (isinstance(published, str) and DATE.match(published)):
        problems.add(where, f"sidecar published {published!r} is not YYYY-MM-DD or null")
    if not article.text.startswith(headline + "\n\n"):
        problems.add(where, "article must be the headline, a blank line, then the body")


def check_parties(problems: Problems, where: str, parties: object, article: Article) -> dict[str, dict]:
    if not isinstance(parties, list):
        problems.add(where, "parties must be a list")
        return {}
    by_id: dict[str, dict] = {}
    names: Counter[str] = Counter()
    for party in parties:
        pid = party.get("id") if isinstance(party, dict) else None
        if not isinstance(pid, str) or not PARTY_ID.match(pid) or pid in by_id:
            problems.add(where, f"party id {pid!r} is missing, malformed (p<n>) or repeated")
            continue
        by_id[pid] = party
        at = f"{where} {pid}"
        for key in set(party) - PARTY_KEYS:
            problems.add(at, f"unknown key {key!r}")
        if not isinstance(party.get("name"), str) or not party["name"]:
            problems.add(at, "name must be a non-empty string")
        if party.get("type") not in PARTY_TYPES:
            problems.add(at, f"type {party.get('type')!r} not in {sorted(PARTY_TYPES)}")
        aliases = party.get("aliases")
        if not isinstance(aliases, list) or not all(isinstance(a, str) and a for a in aliases):
            problems.add(at, "aliases must be a list of non-empty strings")
            aliases = []
        for alias in aliases:
            if alias not in article.text:
                problems.add(at, f"alias {alias!r} does not occur in the article")
            if alias == party.get("name"):
                problems.add(at, f"alias {alias!r} repeats the name")
        names.update({party.get("name"), *aliases})
        role = party.get("role")
        if role is not None and (not isinstance(role, str) or not role):
            problems.add(at, "role must be a non-empty string or null")
    for name, count in names.items():
        if count > 1:
            problems.add(where, f"name or alias {name!r} belongs to more than one party")
    for pid, party in by_id.items():
        affiliation = party.get("affiliation")
        if affiliation is not None and (affiliation not in by_id or affiliation == pid):
            problems.add(f"{where} {pid}", f"affiliation {affiliation!r} is not another party")
    return by_id


def side(parties: dict[str, dict], pid: str | None) -> set[str]:
    """A party with every organisation it belongs to (affiliation chain)."""
    members: set[str] = set()
    while pid is not None and pid in parties and pid not in members:
        members.add(pid)
        pid = parties[pid].get("affiliation")
    return members


def statement_side(parties: dict[str, dict], statement: dict) -> set[str]:
    return side(parties, statement.get("speaker")) | side(parties, statement.get("on_behalf_of"))


def check_statement_shape(problems: Problems, at: str, st: dict, parties: dict[str, dict]) -> None:
    for key in set(st) - STATEMENT_KEYS:
        problems.add(at, f"unknown key {key!r}")
    if st.get("speaker") not in parties:
        problems.add(at, f"speaker {st.get('speaker')!r} is not a party")
    for key in ("on_behalf_of", "disputes_party", "confirms_party", "reported_by", "about"):
        value = st.get(key)
        if value is not None and value not in parties:
            problems.add(at, f"{key} {value!r} is not a party")
    if st.get("on_behalf_of") is not None and st.get("on_behalf_of") == st.get("speaker"):
        problems.add(at, "on_behalf_of repeats the speaker")
    if st.get("kind") not in KINDS:
        problems.add(at, f"kind {st.get('kind')!r} not in {sorted(KINDS)}")
    if st.get("quote") not in QUOTES:
        problems.add(at, f"quote {st.get('quote')!r} not in {sorted(QUOTES)}")
    for key in ("disputes", "confirms"):
        if not isinstance(st.get(key), list):
            problems.add(at, f"{key} must be a list (may be empty)")
            st[key] = []
    if st["disputes"] and st.get("kind") != "denial":
        problems.add(at, "only a denial disputes statements")
    if st["confirms"] and st.get("kind") != "confirmation":
        problems.add(at, "only a confirmation confirms statements")
    if st.get("disputes_party") is not None and st.get("kind") != "denial":
        problems.add(at, "only a denial has disputes_party")
    if st.get("confirms_party") is not None and st.get("kind") != "confirmation":
        problems.add(at, "only a confirmation has confirms_party")
    if st.get("about") is not None and st.get("kind") != "allegation":
        problems.add(at, "only an allegation is about a party")
    cue = st.get("cue")
    if cue is not None and (not isinstance(cue, dict) or set(cue) - {"text", "occurrence", "anchor"}):
        problems.add(at, "cue must be null or {text, occurrence[, anchor]}")
    origin = st.get("origin")
    if origin is not None:
        if not isinstance(origin, dict) or set(origin) - {"kind", "text", "occurrence", "anchor", "made_by"}:
            problems.add(at, "origin must be null or {kind, text, occurrence, made_by[, anchor]}")
        elif origin.get("kind") not in ORIGIN_KINDS:
            problems.add(at, f"origin kind {origin.get('kind')!r} not in {sorted(ORIGIN_KINDS)}")
        elif origin.get("made_by") is not None and origin["made_by"] not in parties:
            problems.add(at, f"origin made_by {origin['made_by']!r} is not a party")


def check_text_form(problems: Problems, at: str, st: dict, span: tuple[int, int], article: Article) -> None:
    """The content is what was said: no surrounding blanks or clause punctuation, quotes where the kind says."""
    text = st["text"]
    start, end = span
    if text != text.strip() or text.endswith(TRAILING_BAD) or text.startswith(QUOTE_CHARS[:1]):
        problems.add(at, f"text {text!r} has surrounding blanks, a leading straight quote or trailing , ; :")
    if text.endswith(".") and not re.search(r"(\b[A-Z]\.|\b(?:Inc|Co|Corp|Ltd|Jr|Sr|St|a\.m|p\.m)\.|\.\.\.)$", text):
        problems.add(at, f"text {text!r} keeps its sentence-final period")
    inside = article.quoted[start:end]
    before = article.text[start - 1] if start else ""
    if st.get("quote") == "direct":
        single = before in "'\u2018"
        if not single and not all(inside[i] or article.text[start + i] in QUOTE_CHARS + "\n" for i in range(len(text))):
            problems.add(at, f"direct text {text!r} is not inside quotation marks")
    elif st.get("quote") == "mixed":
        if not any(inside) or all(inside):
            problems.add(at, f"mixed text {text!r} must hold both quoted and unquoted words")
    elif st.get("quote") == "indirect" and sum(inside) > len(text) // 2:
        problems.add(at, f"indirect text {text!r} is mostly inside quotation marks")


def check_gold(problems: Problems, gold_path: Path, fill: bool) -> dict | None:
    where = f"{gold_path.parent.name}/{gold_path.name}"
    name = gold_path.name.removesuffix(".gold.json")
    txt, sidecar_path = gold_path.with_name(name + ".txt"), gold_path.with_name(name + ".json")
    if not txt.exists() or not sidecar_path.exists():
        problems.add(where, f"needs {txt.name} and {sidecar_path.name} beside it")
        return None
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        sidecar = json.loads(sidecar_path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        problems.add(where, f"not valid UTF-8 JSON: {err}")
        return None
    article = Article(txt)
    if "\r" in article.text:
        problems.add(where, "article has carriage returns; use \\n line ends")
    check_sidecar(problems, where, sidecar, article)
    for key in ("source", "title", "published", "parties", "statements", "not_statements"):
        if key not in gold:
            problems.add(where, f"gold lacks {key!r}")
    if gold.get("source") != txt.name:
        problems.add(where, f"source {gold.get('source')!r} should be {txt.name!r}")
    for key in ("title", "published"):
        if gold.get(key) != sidecar.get(key):
            problems.add(where, f"{key} {gold.get(key)!r} differs from the sidecar's {sidecar.get(key)!r}")
    parties = check_parties(problems, where, gold.get("parties"), article)
    statements = gold.get("statements") if isinstance(gold.get("statements"), list) else []
    by_id: dict[str, dict] = {}
    spans: dict[str, tuple[int, int]] = {}
    for st in statements:
        sid = st.get("id") if isinstance(st, dict) else None
        if not isinstance(sid, str) or not STATEMENT_ID.match(sid) or sid in by_id:
            problems.add(where, f"statement id {sid!r} is missing, malformed (s<n>) or repeated")
            continue
        by_id[sid] = st
        at = f"{where} {sid}"
        check_statement_shape(problems, at, st, parties)
        span = article.locate(problems, at, st, fill)
        if span is None:
            continue
        spans[sid] = span
        st["start"], st["end"] = span
        check_text_form(problems, at, st, span, article)
        for key in ("cue", "origin"):
            part = st.get(key)
            if isinstance(part, dict):
                located = article.locate(problems, f"{at} {key}", part, fill)
                if located:
                    part["start"], part["end"] = located
    seen_spans: dict[tuple[int, int], str] = {}
    for sid, span in spans.items():
        if span in seen_spans:
            problems.add(where, f"{sid} and {seen_spans[span]} annotate the same span")
        seen_spans[span] = sid
    check_links(problems, where, by_id, spans, parties, article)
    check_not_statements(problems, where, gold.get("not_statements"), spans, article, fill)
    return gold


def chain(by_id: dict[str, dict], sid: str) -> list[str]:
    """The statements a quote is made of: sid and everything it continues, back to the first sentence."""
    members = [sid]
    while (prev := by_id[members[-1]].get("continues")) in by_id and prev not in members:
        members.append(prev)
    return members


def check_links(
    problems: Problems,
    where: str,
    by_id: dict[str, dict],
    spans: dict[str, tuple[int, int]],
    parties: dict[str, dict],
    article: Article,
) -> None:
    for sid, st in by_id.items():
        at = f"{where} {sid}"
        own = statement_side(parties, st)
        for target in st.get("disputes", []):
            if target not in by_id or target == sid:
                problems.add(at, f"disputes {target!r}, which is not another statement")
            elif own & statement_side(parties, by_id[target]):
                problems.add(at, f"disputes {target}, a statement of its own side")
            elif st.get("disputes_party") and not side(parties, st["disputes_party"]) & statement_side(
                parties, by_id[target]
            ):
                problems.add(at, f"disputes {target}, which is not a statement of disputes_party")
        for target in st.get("confirms", []):
            if target not in by_id or target == sid:
                problems.add(at, f"confirms {target!r}, which is not another statement")
            elif own & statement_side(parties, by_id[target]):
                problems.add(at, f"confirms {target}, a statement of its own side")
        prev = st.get("continues")
        if prev is not None:
            if prev not in by_id or prev == sid:
                problems.add(at, f"continues {prev!r}, which is not another statement")
            elif by_id[prev].get("speaker") != st.get("speaker"):
                problems.add(at, f"continues {prev}, which has another speaker")
            elif sid in spans and prev in spans and spans[prev][0] >= spans[sid][0]:
                problems.add(at, f"continues {prev}, which does not come before it")
            elif sid in chain(by_id, prev):
                problems.add(at, "continues forms a cycle")
        cue = st.get("cue")
        if isinstance(cue, dict) and "start" in cue and sid in spans:
            paragraphs = {article.paragraph[spans[m][0]] for m in chain(by_id, sid) if m in spans}
            for nxt in by_id.values():
                if nxt.get("continues") == sid and nxt["id"] in spans:
                    paragraphs.add(article.paragraph[spans[nxt["id"]][0]])
            cue_para = article.paragraph[cue["start"]]
            if not any(abs(cue_para - p) <= 1 for p in paragraphs):
                problems.add(at, f"cue {cue['text']!r} (occurrence {cue.get('occurrence')}) is far from the statement")


def check_not_statements(
    problems: Problems, where: str, items: object, spans: dict[str, tuple[int, int]], article: Article, fill: bool
) -> None:
    if not isinstance(items, list):
        problems.add(where, "not_statements must be a list")
        return
    for n, item in enumerate(items, 1):
        at = f"{where} not_statements[{n}]"
        if not isinstance(item, dict) or set(item) - {"text", "occurrence", "anchor", "why"}:
            problems.add(at, "must be {text, occurrence, why[, anchor]}")
            continue
        if item.get("why") not in WHY:
            problems.add(at, f"why {item.get('why')!r} not in {sorted(WHY)}")
        span = article.locate(problems, at, item, fill)
        if span is None:
            continue
        item["start"], item["end"] = span
        for sid, (start, end) in spans.items():
            if start < span[1] and span[0] < end:
                problems.add(at, f"{item['text']!r} overlaps statement {sid}")


def strip_offsets(gold: dict) -> dict:
    """The gold as annotated (offsets are written only to the resolved file)."""
    clean = json.loads(json.dumps(gold))
    for st in clean.get("statements", []):
        for part in (st, st.get("cue"), st.get("origin")):
            if isinstance(part, dict):
                part.pop("start", None)
                part.pop("end", None)
    for item in clean.get("not_statements", []):
        item.pop("start", None)
        item.pop("end", None)
    return clean


def dump(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def gold_files(root: Path) -> list[Path]:
    files = []
    for split in SPLITS:
        folder = root / split
        if not folder.is_dir():
            continue
        for txt in sorted(folder.glob("*.txt")):
            files.append(txt.with_name(txt.stem + ".gold.json"))
    return files


def stats(root: Path, golds: dict[Path, dict]) -> str:
    lines = []
    for split in SPLITS:
        docs = {p: g for p, g in golds.items() if p.parent.name == split}
        if not docs:
            continue
        count: Counter[str] = Counter()
        for path, gold in docs.items():
            words = len(path.with_name(path.name.removesuffix(".gold.json") + ".txt").read_text("utf-8").split())
            count["articles"] += 1
            count["words"] += words
            count["parties"] += len(gold["parties"])
            count["statements"] += len(gold["statements"])
            count["not_statements"] += len(gold["not_statements"])
            count["dispute pairs"] += sum(len(s["disputes"]) for s in gold["statements"])
            count["confirm pairs"] += sum(len(s["confirms"]) for s in gold["statements"])
            for st in gold["statements"]:
                count[st["kind"]] += 1
                count[st["quote"]] += 1
        lines.append(f"{split}: " + ", ".join(f"{k} {v}" for k, v in count.items()))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--root", type=Path, default=HERE, help="folder holding the split folders")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--verify", action="store_true", help="write nothing; fail if a resolved file is stale")
    mode.add_argument("--fill", action="store_true", help="write occurrences computed from anchors into the gold")
    parser.add_argument("--stats", action="store_true", help="print per-split counts")
    args = parser.parse_args(argv)
    problems = Problems()
    files = gold_files(args.root)
    if not files:
        print(f"no articles under {args.root}/{{{','.join(SPLITS)}}}", file=sys.stderr)
        return 1
    golds: dict[Path, dict] = {}
    for path in files:
        if not path.exists():
            problems.add(f"{path.parent.name}/{path.name}", "missing (every article needs gold)")
            continue
        gold = check_gold(problems, path, args.fill)
        if gold is not None:
            golds[path] = gold
    for path, gold in golds.items():
        if args.fill:
            path.write_text(dump(strip_offsets(gold)), encoding="utf-8")
        resolved = path.with_name(path.name.removesuffix(".gold.json") + ".gold.resolved.json")
        if args.verify:
            if not resolved.exists() or resolved.read_text(encoding="utf-8") != dump(gold):
                problems.add(f"{path.parent.name}/{resolved.name}", "stale or missing: run python3 devset/check.py")
        elif not problems.lines:
            resolved.write_text(dump(gold), encoding="utf-8")
    for line in problems.lines:
        print(line, file=sys.stderr)
    if problems.lines:
        print(f"{len(problems.lines)} problem(s) in {len(files)} article(s)", file=sys.stderr)
        return 1
    if args.stats:
        print(stats(args.root, golds))
    print(f"ok: {len(golds)} article(s) pass")
    return 0


if __name__ == "__main__":
    sys.exit(main())
