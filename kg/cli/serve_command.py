"""``kg serve``: the SPARQL endpoint, query UI and entity pages on granian.

Granian parses HTTP in Rust and runs the app's ASGI front (server.asgi) in one worker
process; Flask runs in that front's threads. On this project's benches it answers a cached
query two to three times as fast as waitress did (pure Python), which is what lets cheap
queries outrun rdflib-endpoint tenfold.
"""

from __future__ import annotations

import argparse
import ctypes
import json
import multiprocessing.util
import os
import signal
import socket
import sys
import threading
import time
from pathlib import Path

from kg.cli import SERVING_FILE, add_store_options, store_path
from kg.errors import KgError

_PR_SET_PDEATHSIG = 1


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "serve",
        help="serve the SPARQL endpoint, query UI and entity pages",
        description="Serve the store over HTTP: /sparql (SPARQL 1.1 Protocol), /query (editor), "
        "entity pages, and with a write token /sparql/update, /store and /articles.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=5000, help="port (default: 5000; 0 picks a free one)")
    parser.add_argument("--threads", type=int, default=8, help="request threads (default: 8)")
    parser.add_argument(
        "--query-workers",
        type=int,
        default=None,
        help="processes that run queries (default: $QUOTEGRAPH_QUERY_WORKERS or 2)",
    )
    parser.add_argument(
        "--write-token",
        default=None,
        help="bearer token that enables writing (default: $QUOTEGRAPH_WRITE_TOKEN; unset: read-only)",
    )
    parser.add_argument(
        "--query-timeout",
        type=float,
        default=None,
        metavar="SECONDS",
        help="query time limit (default: $QUOTEGRAPH_QUERY_TIMEOUT or 10)",
    )
    parser.add_argument(
        "--max-rows",
        type=int,
        default=None,
        help="rows per result before it is cut; 0: no limit (default: $QUOTEGRAPH_MAX_ROWS or 10000; "
        "a request with the write token is not cut)",
    )
    parser.add_argument(
        "--max-bytes",
        type=int,
        default=None,
        metavar="BYTES",
        help="bytes per result before it is cut (default: $QUOTEGRAPH_MAX_BYTES or 32 MiB)",
    )
    parser.add_argument(
        "--worker-memory",
        type=int,
        default=None,
        metavar="BYTES",
        help="address space per query worker; a query past it gets 503 (default: 2 GiB; 0: no limit)",
    )
    parser.add_argument(
        "--client-queries",
        type=int,
        default=None,
        metavar="N",
        help="long queries one client address may run at once (default: query workers - 1; 0: no limit)",
    )
    parser.add_argument(
        "--result-cache",
        type=int,
        default=None,
        metavar="BYTES",
        help="memory for answers reused until the next write (default: 64 MiB; 0: off)",
    )
    parser.add_argument(
        "--service-allow",
        action="append",
        default=None,
        metavar="IRI",
        help="let SERVICE reach endpoints under this http(s) IRI: same scheme, host and port, "
        "path under its path (repeatable)",
    )
    parser.add_argument(
        "--fetch-private",
        action="store_true",
        default=None,
        help="let POST /articles fetch URLs on loopback, private and link-local addresses (default: public only)",
    )
    add_store_options(parser)
    parser.set_defaults(func=run)


def _settings(args: argparse.Namespace) -> dict:
    given = {
        "store": args.store,
        "memory": args.memory or None,
        "endpoint": args.endpoint,
        "update_endpoint": args.update_endpoint,
        "auth": args.auth,
        "write_token": args.write_token,
        "query_timeout": args.query_timeout,
        "max_rows": args.max_rows,
        "max_bytes": args.max_bytes,
        "worker_memory": args.worker_memory,
        "client_queries": args.client_queries,
        "service_allowlist": args.service_allow,
        "fetch_private": args.fetch_private,
        "base": args.base,
        "query_workers": args.query_workers,
        "result_cache": args.result_cache,
    }
    return {key: value for key, value in given.items() if value is not None}


def _claim_port(host: str, port: int) -> int:
    """The port to serve on (a free one for 0), or a clear error when it is taken."""
    try:
        with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind((host, port))
            return probe.getsockname()[1]
    except OSError as error:
        raise KgError(f"cannot listen on {host}:{port}: {error.strerror or error}") from None


def _address(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def _worker_app(target: str):
    """Build the app (its ASGI front) inside granian's worker process, which then owns the store.

    The store and its query workers must belong to the process that answers requests, and
    granian starts that process itself; so the settings travel as the target string and the
    app is made here. The worker ends through multiprocessing, which skips atexit, hence
    the finalizer that stops query workers and deletes scratch stores.
    """
    from kg.infer.names import STALE_HINT, is_missing
    from kg.paths import server_module

    create_app = server_module().create_app
    AsgiFront = server_module("asgi").AsgiFront

    spec = json.loads(target)
    _detach_from_terminal(spec["parent"])
    try:
        app = create_app(spec["settings"])
    except KgError as error:
        print(f"kg serve: error: {error}", file=sys.stderr, flush=True)
        raise SystemExit(2) from None
    state = app.extensions["quotegraph"]
    multiprocessing.util.Finalize(state, state.close, exitpriority=10)
    mode = "read-write" if app.config["QUOTEGRAPH"]["write_token"] else "read-only"
    url = f"http://{_address(spec['host'], spec['port'])}/"
    lines = [f"quotegraph serving {state.store.location} ({mode}) on {url} (SPARQL at /sparql)"]
    if is_missing(state.store, str(state.store.minter.names_graph)):
        lines.append(f"kg serve: warning: {STALE_HINT}")
    threading.Thread(target=_announce, args=(spec["host"], spec["port"], lines), daemon=True).start()
    front = AsgiFront(app, spec["threads"])
    multiprocessing.util.Finalize(front, front.close, exitpriority=20)
    return front


def _detach_from_terminal(parent: int) -> None:
    """Leave Ctrl-C to the main process, and die with it.

    A terminal's Ctrl-C signals the whole process group; granian's worker, signalled both by
    the terminal and by its main process stopping it, sometimes never finished shutting down.
    In its own group it is stopped once, by its main process; the parent-death signal stops
    it should the main process be killed outright.
    """
    os.setpgid(0, 0)
    if sys.platform == "linux":
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
        if os.getppid() != parent:
            os.kill(os.getpid(), signal.SIGTERM)


def _announce(host: str, port: int, lines: list[str]) -> None:
    """Print the start-up lines once the port accepts connections, so that a script that
    waits for them (the tests do) never connects before granian listens."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            socket.create_connection((host, port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.02)
    print("\n".join(lines), file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> int:
    from granian.constants import Interfaces
    from granian.server import Server

    from kg.paths import server_module

    load_config = server_module("config").load_config

    if args.threads < 1:
        raise KgError("--threads must be at least 1")
    settings = _settings(args)
    load_config(settings)
    port = _claim_port(args.host, args.port)
    marker = _announce_in_store(args, port)
    target = json.dumps(
        {"settings": settings, "host": args.host, "port": port, "parent": os.getpid(), "threads": args.threads}
    )
    server = Server(
        target,
        address=args.host,
        port=port,
        interface=Interfaces.ASGINL,
        workers=1,
        log_enabled=False,
        workers_kill_timeout=30,
    )
    try:
        server.serve(target_loader=_worker_app)
    except RuntimeError as error:
        raise KgError(f"cannot serve on {_address(args.host, port)}: {str(error).splitlines()[0]}") from None
    finally:
        if marker is not None:
            marker.unlink(missing_ok=True)
    return 0


def _announce_in_store(args: argparse.Namespace, port: int) -> Path | None:
    """Leave where the server answers in the store folder it holds, so `kg query` on that store
    reads through the server and writes say what to do instead of failing on the lock."""
    path = store_path(args)
    if path is None:
        return None
    host = {"0.0.0.0": "127.0.0.1", "::": "::1", "": "127.0.0.1"}.get(args.host, args.host)
    marker = path / SERVING_FILE
    try:
        path.mkdir(parents=True, exist_ok=True)
        marker.write_text(json.dumps({"pid": os.getpid(), "url": f"http://{_address(host, port)}/"}), encoding="utf-8")
    except OSError:
        return None
    return marker
