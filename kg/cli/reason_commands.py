"""``kg reason`` and ``kg parties``: inference over the store and the user's party edits."""

from __future__ import annotations

import sys
import time

from kg.cli import add_store_options, store_from_args
from kg.cli.store_commands import compact, on_disk
from kg.infer.party_edits import PartyEditor
from kg.infer.planner import ENGINES, Reasoner


def register(commands) -> None:
    reason = commands.add_parser(
        "reason",
        help="derive inferred triples, party identity, claim clusters and claim status",
        description="Loads already infer what they add. Without --full, reason only the loaded graphs "
        "that have no inferred graph yet; with --full, drop every derived graph and "
        "recompute all of them (after an ontology or parties-file change), then "
        "compact the embedded store, as `kg optimize` does.",
    )
    reason.add_argument("--full", action="store_true", help="recompute every derived graph")
    reason.add_argument(
        "--engine",
        choices=ENGINES,
        default="fast",
        help="fast: rules compiled from the ontology (default); owlrl: the owlrl "
        "reasoner per graph (slow, for checking)",
    )
    reason.add_argument("--no-progress", action="store_true", help="no progress bar")
    add_store_options(reason)
    reason.set_defaults(func=run_reason)

    parties = commands.add_parser(
        "parties",
        help="list or edit party identity: merges, aliases, organisation hierarchy",
        description="PARTY is a party IRI or a name. Edits are kept in the store's parties graph "
        "and every loaded graph naming the parties is re-derived.",
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
    for action in actions.choices.values():
        add_store_options(action)
    parties.set_defaults(func=run_parties)


def run_reason(args) -> int:
    with store_from_args(args) as store:
        reasoner = Reasoner(store, engine=args.engine)
        started = time.monotonic()
        progress = not args.no_progress and sys.stderr.isatty()
        count = reasoner.full(progress=progress) if args.full else reasoner.missing(progress=progress)
        print(f"reasoned {count} graph(s) in {time.monotonic() - started:.1f} s")
        if args.full and on_disk(store):
            compact(store)
    return 0


def run_parties(args) -> int:
    with store_from_args(args) as store:
        editor = PartyEditor(store)
        if args.action == "list":
            for entry in editor.listing():
                extras = []
                if entry["aliases"]:
                    extras.append("aliases: " + ", ".join(entry["aliases"]))
                if entry["part_of"]:
                    extras.append("part of: " + ", ".join(entry["part_of"]))
                if entry["merged_into"]:
                    extras.append("merged into: " + ", ".join(entry["merged_into"]))
                print("\t".join([entry["iri"], entry["name"], "; ".join(extras)]).rstrip())
            return 0
        if args.action == "merge":
            editor.merge(args.keep, args.other)
        elif args.action == "alias":
            editor.alias(args.party, args.name)
        elif args.action == "part-of":
            editor.part_of(args.child, args.parent)
        else:
            added = editor.load(args.file)
            print(f"added {added} triple(s) to the parties graph")
        print(f"parties graph updated: {editor.iri}")
    return 0
