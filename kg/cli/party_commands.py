"""``kg parties``: the user's edits to party identity, checked before they are made, and undoable.

The edits themselves are ``kg.infer.party_edits.PartyEditor``'s (one atomic rewrite of the
parties graph plus re-derivation). What this module adds is what a person at a terminal
needs around them: a name must belong to a known party (a typo is not a new party), ``--dry-run``
shows the triples and graphs an edit would change, and every edit is logged beside the store
with the parties graph as it was, so ``kg parties undo`` can put it back.
"""

from __future__ import annotations

import argparse
import json
import time
from datetime import UTC, datetime
from pathlib import Path

from kg.cli import add_store_options, store_from_args, store_path
from kg.errors import KgError

LOG_FILE = "party-edits.jsonl"


def register(commands) -> None:
    parties = commands.add_parser(
        "parties",
        description="List or edit party identity. PARTY is a party IRI or a name (or alias) of a party in the "
        "store; a name no party has is refused unless --create is given. Edits are kept in the store's "
        "parties graph, every loaded graph naming the parties is re-derived, and each edit is logged so "
        "`kg parties undo` can revert it.",
    )
    actions = parties.add_subparsers(dest="action", metavar="ACTION", required=True)
    merge = actions.add_parser("merge", help="KEEP and OTHER are one party; KEEP's IRI stays canonical")
    merge.add_argument("keep", metavar="KEEP")
    merge.add_argument("other", metavar="OTHER")
    alias = actions.add_parser("alias", help="NAME is another name of PARTY")
    alias.add_argument("party", metavar="PARTY")
    alias.add_argument("name", metavar="NAME")
    part_of = actions.add_parser("part-of", help="CHILD is part of the organisation PARENT")
    part_of.add_argument("child", metavar="CHILD")
    part_of.add_argument("parent", metavar="PARENT")
    load = actions.add_parser("load", help="add the parties in a Turtle file (terms as in ontology/parties.ttl)")
    load.add_argument("file", metavar="FILE.ttl")
    actions.add_parser("list", help="list curated parties with aliases, parents and merges")
    actions.add_parser("log", help="list the edits made, newest last")
    actions.add_parser("undo", help="revert the last edit (the parties graph goes back to what it was)")
    for name in ("merge", "alias", "part-of", "load"):
        actions.choices[name].add_argument(
            "--dry-run", action="store_true", help="show what would change; change nothing"
        )
    for name in ("merge", "alias", "part-of"):
        actions.choices[name].add_argument(
            "--create", action="store_true", help="a name no party has yet makes a new party instead of an error"
        )
    for action in actions.choices.values():
        add_store_options(action)
    parties.set_defaults(func=run_parties)


def _editor_class():
    """PartyEditor, with its write held back when only the change is wanted (--dry-run)."""
    from kg.infer.party_edits import PartyEditor

    class Editor(PartyEditor):
        dry_run = False
        planned: tuple | None = None

        def _write(self, graph, parties) -> None:
            self.planned = (graph, parties)
            if not self.dry_run:
                super()._write(graph, parties)

        def restore(self, graph, parties) -> None:
            super()._write(graph, parties)

    return Editor


def known_names(store) -> dict[str, set[str]]:
    """Every party name and alias in the store (lower case) and the parties bearing it."""
    from kg.build.prefixes import PREFIXES

    rows = store.query("SELECT DISTINCT ?p ?n WHERE { { ?p qg:name ?n } UNION { ?p qg:alias ?n } }", prefixes=PREFIXES)
    found: dict[str, set[str]] = {}
    for row in rows:
        found.setdefault(" ".join(row["n"].value.split()).lower(), set()).add(row["p"].value)
    return found


def resolve(store, editor, ref: str, *, create: bool, names: dict[str, set[str]]) -> str:
    """The party ``ref`` means, as the editor takes it (an IRI, or a name it mints the same IRI from)."""
    import difflib

    if ref.startswith(("http://", "https://", "urn:")):
        return ref
    name = " ".join(ref.split())
    bearing = names.get(name.lower(), set())
    minted = str(editor.minter.party(name))
    if minted in bearing or (create and not bearing):
        return name
    if len(bearing) == 1:
        return next(iter(bearing))
    if bearing:
        raise KgError(f"{len(bearing)} parties are called {name!r}: give one by IRI ({', '.join(sorted(bearing))})")
    close = difflib.get_close_matches(name.lower(), list(names), n=3, cutoff=0.6)
    hint = f" (did you mean {', '.join(repr(c) for c in close)}?)" if close else ""
    raise KgError(f"no party is called {name!r}{hint}; add --create to make it a new party")


def _triples_text(graph) -> list[str]:
    return sorted(f"{s.n3()} {p.n3()} {o.n3()} ." for s, p, o in graph)


def _log_path(args) -> Path | None:
    path = store_path(args)
    return path / LOG_FILE if path is not None else None


def _read_log(path: Path | None) -> list[dict]:
    if path is None or not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _edit(args, editor) -> str:
    if args.action == "merge":
        editor.merge(args.keep, args.other)
        return f"merged {args.other!r} into {args.keep!r}"
    if args.action == "alias":
        editor.alias(args.party, args.name)
        return f"{args.name!r} is now an alias of {args.party!r}"
    if args.action == "part-of":
        editor.part_of(args.child, args.parent)
        return f"{args.child!r} is now part of {args.parent!r}"
    added = editor.load(args.file)
    return f"added {added} triple(s) to the parties graph from {args.file}"


def run_parties(args: argparse.Namespace) -> int:
    log = _log_path(args)
    if args.action == "log":
        for entry in _read_log(log):
            print(f"{entry['at']}  {entry['said']}  ({entry['added']} added, {entry['removed']} removed)")
        return 0
    with store_from_args(args) as store:
        editor = _editor_class()(store)
        if args.action == "list":
            _list(editor)
            return 0
        if args.action == "undo":
            return _undo(editor, log)
        names = known_names(store)
        for field in ("keep", "other", "party", "child", "parent"):
            if getattr(args, field, None) is not None:
                setattr(args, field, resolve(store, editor, getattr(args, field), create=args.create, names=names))
        before = editor.current()
        editor.dry_run = args.dry_run
        said = _edit(args, editor)
        if editor.planned is None:
            print("nothing to change")
            return 0
        after, parties = editor.planned
        added, removed = _triples_text(after - before), _triples_text(before - after)
        if args.dry_run:
            refresh = editor._graphs_naming(parties)
            print(f"would change the parties graph {editor.iri}: {said}")
            for line in added:
                print(f"  + {line}")
            for line in removed:
                print(f"  - {line}")
            print(f"and re-derive {len(refresh)} loaded graph(s) naming these parties; nothing was written")
            return 0
        if log is not None:
            entry = {
                "at": datetime.now(UTC).replace(microsecond=0).isoformat(),
                "said": said,
                "added": len(added),
                "removed": len(removed),
                "before": before.serialize(format="nt"),
            }
            with log.open("a", encoding="utf-8") as handle:
                handle.write(json.dumps(entry) + "\n")
        print(f"{said}; parties graph updated: {editor.iri}" + ("" if log else " (a remote store keeps no edit log)"))
    return 0


def _undo(editor, log: Path | None) -> int:
    from rdflib import Graph, URIRef

    entries = _read_log(log)
    if log is None or not entries:
        raise KgError("no party edit to undo" + ("" if log else ": a remote store keeps no edit log"))
    last = entries[-1]
    before, now = Graph().parse(data=last["before"], format="nt"), editor.current()
    started = time.monotonic()
    touched = {t for triple in (before ^ now) for t in triple if isinstance(t, URIRef)}
    editor.restore(before, touched)
    log.write_text("".join(json.dumps(e) + "\n" for e in entries[:-1]), encoding="utf-8")
    print(f"undid: {last['said']} ({time.monotonic() - started:.1f} s); parties graph restored: {editor.iri}")
    return 0


def _list(editor) -> None:
    for entry in editor.listing():
        extras = []
        if entry["aliases"]:
            extras.append("aliases: " + ", ".join(entry["aliases"]))
        if entry["part_of"]:
            extras.append("part of: " + ", ".join(entry["part_of"]))
        if entry["merged_into"]:
            extras.append("merged into: " + ", ".join(entry["merged_into"]))
        print("\t".join([entry["iri"], entry["name"], "; ".join(extras)]).rstrip())
