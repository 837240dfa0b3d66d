"""``kg reason``: inference over the store."""

from __future__ import annotations

import sys
import time

from kg.cli import add_store_options, store_from_args
from kg.cli.store_commands import compact, on_disk
from kg.infer import stale
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


def run_reason(args) -> int:
    with store_from_args(args) as store:
        reasoner = Reasoner(store, engine=args.engine)
        started = time.monotonic()
        progress = not args.no_progress and sys.stderr.isatty()
        count = reasoner.full(progress=progress) if args.full else reasoner.missing(progress=progress)
        print(f"reasoned {count} graph(s) in {time.monotonic() - started:.1f} s")
        behind = stale.staleness(store)
        if behind:
            print(f"kg reason: warning: {stale.warning(behind)}", file=sys.stderr)
        if args.full and on_disk(store):
            compact(store)
    return 0
