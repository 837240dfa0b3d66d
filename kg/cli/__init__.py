"""The ``kg`` command.

Each area of the tool registers its own subcommands from a module beside this one; only the
module of the command being run is imported (``COMMANDS`` names it), so ``kg --version`` or
``kg query`` never pay for the NLP stack that ``kg extract`` needs.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from pathlib import Path

from kg import __version__
from kg.errors import KgError
from kg.settings import DEFAULT_BASE, DEFAULT_STORE_DIR, Settings

COMMANDS: dict[str, tuple[str, str]] = {
    "init": ("store_commands", "create the store and load the ontology (idempotent)"),
    "load": ("store_commands", "load RDF files and articles, each into its own named graph"),
    "graphs": ("store_commands", "list named graphs: what each holds, its kind, triples and when it was loaded"),
    "unload": ("store_commands", "remove a loaded graph (and what was inferred from it)"),
    "query": ("query_commands", "run a SPARQL query over all graphs"),
    "update": ("query_commands", "run a SPARQL update on the store"),
    "export": ("query_commands", "write named graphs as a quad format, or statements flat"),
    "optimize": ("store_commands", "compact the embedded store's files (faster queries after many loads)"),
    "extract": ("extract_commands", "show the statements found in articles, without storing them"),
    "eval": ("eval_command", "score extraction against gold: brat attributions or the development set"),
    "train": ("train_command", "train the learned attribution model on brat-annotated articles (PolNeAR)"),
    "reason": ("reason_commands", "derive inferred triples, party identity, claim clusters and claim status"),
    "parties": ("party_commands", "list or edit party identity: merges, aliases, organisation hierarchy"),
    "serve": ("serve_command", "serve the SPARQL endpoint, query UI and entity pages"),
}
SERVING_FILE = "serving.json"
"""Written into an on-disk store's folder while ``kg serve`` holds it: where to reach it instead."""
# kg.extract.learned.MODES, named here so that building the parser does not import spaCy.
EXTRACTION_MODELS = ("rules", "learned", "hybrid")


def add_store_options(parser: argparse.ArgumentParser) -> None:
    """Options every command that touches the store understands (``main`` reads them into ``Settings``)."""
    group = parser.add_argument_group("store")
    group.add_argument(
        "--store",
        metavar="PATH",
        default=None,
        help=f"on-disk store folder (default: $QUOTEGRAPH_STORE or {DEFAULT_STORE_DIR!r})",
    )
    group.add_argument("--memory", action="store_true", default=None, help="use a throw-away in-memory store")
    group.add_argument("--endpoint", metavar="URL", help="remote SPARQL 1.1 query URL (default: $QUOTEGRAPH_ENDPOINT)")
    group.add_argument(
        "--update-endpoint",
        metavar="URL",
        help="remote SPARQL 1.1 update URL (default: $QUOTEGRAPH_UPDATE_ENDPOINT, else the query URL)",
    )
    group.add_argument(
        "--auth",
        metavar="USER:PASSWORD|TOKEN",
        help="credentials for the remote endpoint, basic auth or a bearer token (default: $QUOTEGRAPH_ENDPOINT_AUTH)",
    )
    group.add_argument(
        "--base",
        metavar="IRI",
        help=f"base of every minted IRI, graph names included (default: $QUOTEGRAPH_BASE or {DEFAULT_BASE})",
    )


def add_model_options(parser: argparse.ArgumentParser) -> None:
    """--model and --weights, for every command that extracts."""
    parser.add_argument(
        "--model",
        choices=EXTRACTION_MODELS,
        default=None,
        help="who finds attributions: the hand-written rules, the learned model, or both combined "
        "(default: the best on PolNeAR dev, see the README)",
    )
    parser.add_argument(
        "--weights", metavar="DIR", default=None, help="a model folder made by `kg train` (default: the shipped model)"
    )


def model_options(args: argparse.Namespace) -> dict:
    """The keyword arguments of ``kg.extract.extract_many`` that --model and --weights give."""
    options: dict = {}
    if args.model:
        options["model"] = args.model
    if args.weights:
        options["weights"] = Path(args.weights)
    return options


def positive_int(value: str) -> int:
    """argparse type for counts such as --jobs, where 0 would mean nothing runs."""
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def store_path(args: argparse.Namespace) -> Path | None:
    """The on-disk store folder the settings name, None for a memory or remote store."""
    settings = args.settings
    if settings.memory or settings.endpoint:
        return None
    return Path(settings.store)


def serving(path: Path) -> dict | None:
    """What ``kg serve`` left in the store folder while it holds the store, if that server still runs."""
    import json

    try:
        found = json.loads((path / SERVING_FILE).read_text(encoding="utf-8"))
        os.kill(int(found["pid"]), 0)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return found


def store_from_args(args: argparse.Namespace, *, read_only: bool = False):
    """The store the arguments name. A store held by a running ``kg serve`` is read through its
    endpoint (``read_only`` commands) or refused with what to do instead (writes)."""
    from kg.store import StoreError

    try:
        return args.settings.open_store()
    except StoreError:
        path = store_path(args)
        server = serving(path) if path else None
        if server is None:
            raise
    url = server["url"].rstrip("/")
    if read_only:
        from kg.store.remote import RemoteStore

        print(
            f"note: {path} is held by `kg serve` (pid {server['pid']}); reading it through {url}/sparql",
            file=sys.stderr,
        )
        store = RemoteStore(url + "/sparql")
        store.base = args.settings.base
        return store
    raise KgError(
        f"store {path} is held by `kg serve` (pid {server['pid']}, {url}): stop the server to write to it, "
        f"or send the write to the server: --endpoint {url}/sparql --update-endpoint {url}/sparql/update "
        "--auth TOKEN (the server must run with --write-token TOKEN)"
    )


class _Only:
    """The subparsers action as a command module sees it: its other commands are built but not added."""

    def __init__(self, commands, chosen: str):
        self.commands, self.chosen = commands, chosen

    def add_parser(self, name: str, **kwargs) -> argparse.ArgumentParser:
        if name != self.chosen:
            return argparse.ArgumentParser(prog=name, add_help=False)
        kwargs.setdefault("help", COMMANDS[name][1])
        kwargs.setdefault("description", kwargs["help"][:1].upper() + kwargs["help"][1:] + ".")
        return self.commands.add_parser(name, **kwargs)


def _command_in(argv: list[str]) -> str | None:
    return next((word for word in argv if not word.startswith("-")), None)


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The parser, with the full options of the command ``argv`` runs and one line for each other."""
    parser = argparse.ArgumentParser(
        prog="kg", description="quotegraph: who said what in the news, as a knowledge graph."
    )
    parser.add_argument("--version", action="version", version=f"quotegraph {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    chosen = _command_in(sys.argv[1:] if argv is None else argv)
    for name, (module, help_text) in COMMANDS.items():
        if name == chosen:
            importlib.import_module(f"{__name__}.{module}").register(_Only(commands, name))
        else:
            commands.add_parser(name, help=help_text)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    try:
        args.settings = Settings.resolve(vars(args))
        return args.func(args) or 0
    except KgError as error:
        print(f"kg {args.command}: error: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print(f"kg {args.command}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
