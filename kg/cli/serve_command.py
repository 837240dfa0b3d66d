"""``kg serve``: the SPARQL endpoint, query UI and entity pages on waitress."""

from __future__ import annotations

import argparse
import signal
import sys

from ..errors import KgError
from ..iris import Minter
from ..names import STALE_HINT, is_missing
from . import add_store_options


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "serve", help="serve the SPARQL endpoint, query UI and entity pages",
        description="Serve the store over HTTP: /sparql (SPARQL 1.1 Protocol), /query (editor), "
                    "entity pages, and with a write token /sparql/update, /store and /articles.")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=5000, help="port (default: 5000; 0 picks a free one)")
    parser.add_argument("--threads", type=int, default=8, help="request threads (default: 8)")
    parser.add_argument("--query-workers", type=int, default=None,
                        help="processes that run queries (default: $QUOTEGRAPH_QUERY_WORKERS or 2)")
    parser.add_argument("--write-token", default=None,
                        help="bearer token that enables writing (default: $QUOTEGRAPH_WRITE_TOKEN; "
                             "unset: read-only)")
    parser.add_argument("--query-timeout", type=float, default=None, metavar="SECONDS",
                        help="query time limit (default: $QUOTEGRAPH_QUERY_TIMEOUT or 10)")
    parser.add_argument("--max-rows", type=int, default=None,
                        help="rows per result before it is cut (default: $QUOTEGRAPH_MAX_ROWS or 10000)")
    parser.add_argument("--result-cache", type=int, default=None, metavar="BYTES",
                        help="memory for answers reused until the next write (default: 64 MiB; 0: off)")
    parser.add_argument("--service-allow", action="append", default=None, metavar="IRI_PREFIX",
                        help="let SERVICE and LOAD reach endpoints under this prefix (repeatable)")
    parser.add_argument("--base", default=None, help="base IRI of minted IRIs (default: $QUOTEGRAPH_BASE)")
    add_store_options(parser)
    parser.set_defaults(func=run)


def _settings(args: argparse.Namespace) -> dict:
    given = {
        "store": args.store, "memory": args.memory or None, "endpoint": args.endpoint,
        "update_endpoint": args.update_endpoint, "auth": args.auth,
        "write_token": args.write_token, "query_timeout": args.query_timeout,
        "max_rows": args.max_rows, "service_allowlist": args.service_allow, "base": args.base,
        "query_workers": args.query_workers, "result_cache": args.result_cache,
    }
    return {key: value for key, value in given.items() if value is not None}


def _stop(signum, frame):
    """SIGTERM ends the server like Ctrl-C, so workers and scratch files are cleaned up."""
    raise SystemExit(0)


def run(args: argparse.Namespace) -> int:
    from waitress import create_server

    from server import create_app

    if args.threads < 1:
        raise KgError("--threads must be at least 1")
    app = create_app(_settings(args))
    try:
        server = create_server(app, host=args.host, port=args.port, threads=args.threads,
                               max_request_body_size=app.config["QUOTEGRAPH"]["max_body"] + 1,
                               ident="quotegraph")
    except OSError as error:
        app.extensions["quotegraph"].close()
        raise KgError(f"cannot listen on {args.host}:{args.port}: {error.strerror or error}") from None
    host, port = server.effective_host, server.effective_port
    mode = "read-write" if app.config["QUOTEGRAPH"]["write_token"] else "read-only"
    print(f"quotegraph serving {app.extensions['quotegraph'].store.location} ({mode}) "
          f"on http://{host}:{port}/ (SPARQL at /sparql)", file=sys.stderr, flush=True)
    if is_missing(app.extensions["quotegraph"].store, str(Minter().names_graph)):
        print(f"kg serve: warning: {STALE_HINT}", file=sys.stderr, flush=True)
    signal.signal(signal.SIGTERM, _stop)
    try:
        server.run()
    except (KeyboardInterrupt, SystemExit):
        pass
    finally:
        server.close()
        app.extensions["quotegraph"].close()
    return 0
