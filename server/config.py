"""Server settings: defaults, then environment variables, then what the caller passes.

Environment variables let ``flask --app server run`` and container deployments configure
the server without code; explicit config (from ``kg serve`` options or tests) wins. What the
server shares with the CLI (store, remote endpoint, base IRI) is resolved by
``kg.settings.Settings``, kept as ``config["settings"]`` and passed down from there.
"""

from __future__ import annotations

import os
from typing import Any

from kg.errors import KgError
from kg.settings import Settings

from .limits import parse_allowlist

DEFAULTS: dict[str, Any] = {
    "store": None,  # on-disk store folder (None: $QUOTEGRAPH_STORE or the default)
    "memory": False,  # a throw-away store, deleted when the server stops
    "endpoint": None,  # remote SPARQL query URL instead of an embedded store
    "update_endpoint": None,
    "auth": None,
    "write_token": None,  # enables /sparql/update, /store writes and /articles
    "query_timeout": 10.0,  # seconds
    "max_rows": 10000,  # rows (or triples) per query result before it is cut (0: no limit)
    "max_bytes": 32 * 1024 * 1024,  # bytes per query result, in the format sent, before it is cut
    "worker_memory": 2 * 1024**3,  # bytes of address space per query worker (0: no limit)
    "client_queries": None,  # queries one client address may run at once (None: query_workers - 1, at least 1; 0: no limit)
    "max_body": 10 * 1024 * 1024,  # bytes per request body
    "fetch_private": False,  # /articles may fetch URLs on loopback, private and link-local addresses
    "service_allowlist": (),  # endpoint IRI prefixes that SERVICE and LOAD may reach
    "base": None,  # base of minted IRIs (None: $QUOTEGRAPH_BASE or the default)
    "query_workers": 2,  # processes that run queries
    "result_cache": 64 * 1024 * 1024,  # bytes of answers kept until the next write (0: off)
}

_ENV = {
    "write_token": "QUOTEGRAPH_WRITE_TOKEN",
    "query_timeout": "QUOTEGRAPH_QUERY_TIMEOUT",
    "max_rows": "QUOTEGRAPH_MAX_ROWS",
    "max_bytes": "QUOTEGRAPH_MAX_BYTES",
    "worker_memory": "QUOTEGRAPH_WORKER_MEMORY",
    "client_queries": "QUOTEGRAPH_CLIENT_QUERIES",
    "max_body": "QUOTEGRAPH_MAX_BODY",
    "service_allowlist": "QUOTEGRAPH_SERVICE_ALLOWLIST",
    "query_workers": "QUOTEGRAPH_QUERY_WORKERS",
    "result_cache": "QUOTEGRAPH_RESULT_CACHE",
    "fetch_private": "QUOTEGRAPH_FETCH_PRIVATE",
}


def _number(name: str, value, kind, minimum):
    try:
        number = kind(value)
    except (TypeError, ValueError):
        raise KgError(f"server setting {name} must be a number, got {value!r}") from None
    if number < minimum:
        raise KgError(f"server setting {name} must be at least {minimum}, got {value!r}")
    return number


def load_config(overrides: dict | None = None) -> dict:
    """The effective settings; raises KgError on an unknown key or a bad value."""
    shared = ("store", "memory", "endpoint", "update_endpoint", "auth", "base")
    config = dict(DEFAULTS)
    for key, var in _ENV.items():
        if os.environ.get(var):
            config[key] = os.environ[var]
    for key, value in (overrides or {}).items():
        if key not in DEFAULTS:
            raise KgError(f"unknown server setting {key!r}")
        config[key] = value
    config["query_timeout"] = _number("query_timeout", config["query_timeout"], float, 0.001)
    config["max_rows"] = _number("max_rows", config["max_rows"], int, 0)
    config["max_bytes"] = _number("max_bytes", config["max_bytes"], int, 1024)
    config["worker_memory"] = _number("worker_memory", config["worker_memory"], int, 0)
    if 0 < config["worker_memory"] < 256 * 1024**2:
        raise KgError("server setting worker_memory must be 0 (no limit) or at least 256 MiB")
    config["max_body"] = _number("max_body", config["max_body"], int, 1)
    config["query_workers"] = _number("query_workers", config["query_workers"], int, 1)
    if config["client_queries"] is None:
        config["client_queries"] = max(config["query_workers"] - 1, 1)
    config["client_queries"] = _number("client_queries", config["client_queries"], int, 0)
    config["result_cache"] = _number("result_cache", config["result_cache"], int, 0)
    allow = config["service_allowlist"]
    if isinstance(allow, str):
        allow = allow.replace(",", " ").split()
    config["service_allowlist"] = parse_allowlist(allow or ())
    config["memory"] = str(config["memory"]).lower() in ("1", "true", "yes")
    config["fetch_private"] = str(config["fetch_private"]).lower() in ("1", "true", "yes")
    settings = Settings.resolve({key: config[key] or None for key in shared})
    config.update({key: getattr(settings, key) for key in shared}, settings=settings)
    config["write_token"] = config["write_token"] or None
    return config
