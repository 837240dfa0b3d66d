"""The ``kg`` command.

Each area of the tool registers its own subcommands from a module beside this one, so the
parser is assembled here but the commands live next to what they drive.
"""

from __future__ import annotations

import argparse
import os
import sys

from kg import __version__
from kg.errors import KgError
from kg.store import default_store_path, open_store

_COMMAND_MODULES = ("store_commands", "extract_commands", "eval_command", "reason_commands", "serve_command")


def add_store_options(parser: argparse.ArgumentParser) -> None:
    """Options every command that touches the store understands."""
    group = parser.add_argument_group("store")
    group.add_argument(
        "--store",
        metavar="PATH",
        default=None,
        help=f"on-disk store folder (default: $QUOTEGRAPH_STORE or {default_store_path()!r})",
    )
    group.add_argument("--memory", action="store_true", help="use a throw-away in-memory store")
    group.add_argument(
        "--endpoint",
        metavar="URL",
        default=os.environ.get("QUOTEGRAPH_ENDPOINT"),
        help="remote SPARQL 1.1 query URL (default: $QUOTEGRAPH_ENDPOINT)",
    )
    group.add_argument(
        "--update-endpoint",
        metavar="URL",
        default=os.environ.get("QUOTEGRAPH_UPDATE_ENDPOINT"),
        help="remote SPARQL 1.1 update URL (default: the query URL)",
    )
    group.add_argument(
        "--auth",
        metavar="USER:PASSWORD|TOKEN",
        default=os.environ.get("QUOTEGRAPH_ENDPOINT_AUTH"),
        help="credentials for the remote endpoint (basic auth, or a bearer token)",
    )


def positive_int(value: str) -> int:
    """argparse type for counts such as --jobs, where 0 would mean nothing runs."""
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def store_from_args(args: argparse.Namespace, *, read_only: bool = False):
    auth = args.auth
    if auth and ":" in auth:
        auth = tuple(auth.split(":", 1))
    return open_store(
        args.store,
        memory=args.memory,
        read_only=read_only,
        query_url=args.endpoint,
        update_url=args.update_endpoint,
        auth=auth,
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kg", description="quotegraph: who said what in the news, as a knowledge graph."
    )
    parser.add_argument("--version", action="version", version=f"quotegraph {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in _COMMAND_MODULES:
        try:
            module = __import__(f"{__name__}.{name}", fromlist=["register"])
        except ModuleNotFoundError as error:
            if error.name == f"{__name__}.{name}":
                continue
            raise
        module.register(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args) or 0
    except KgError as error:
        print(f"kg {args.command}: error: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print(f"kg {args.command}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
