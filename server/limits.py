"""Request limits: body size, result rows and bytes, and what a query may reach outside.

The time and memory limits themselves are enforced by the query workers (server.pool); this
module holds the checks made before a request reaches them, and how a cut result is announced.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from flask import Flask, Response

from kg.errors import KgError
from kg.store.sparql_text import Reading

TRUNCATED_HEADER = "X-Quotegraph-Truncated"
_DEFAULT_PORTS = {"http": 80, "https": 443}


class Refused(KgError):
    """The request asks for something this endpoint does not allow."""


def install(app: Flask, config: dict) -> None:
    """Make Werkzeug refuse bodies and forms over the size limit with 413."""
    app.config["MAX_CONTENT_LENGTH"] = config["max_body"]
    app.config["MAX_FORM_MEMORY_SIZE"] = config["max_body"]


@dataclass(frozen=True)
class Endpoint:
    """An allowlisted endpoint: scheme, host and port exactly, the path as a prefix of whole segments."""

    scheme: str
    host: str
    port: int
    path: str

    @classmethod
    def parse(cls, iri: str) -> Endpoint | None:
        """The parts of an http(s) IRI, None for anything else (other schemes, user info, no host)."""
        try:
            parts = urlsplit(iri)
            port = parts.port
        except ValueError:
            return None
        scheme = parts.scheme.lower()
        if scheme not in _DEFAULT_PORTS or not parts.hostname or parts.username is not None:
            return None
        return cls(scheme, parts.hostname.lower().rstrip("."), port or _DEFAULT_PORTS[scheme], parts.path or "/")

    def allows(self, target: Endpoint) -> bool:
        if (self.scheme, self.host, self.port) != (target.scheme, target.host, target.port):
            return False
        prefix = self.path.rstrip("/")
        return target.path == prefix or target.path.startswith(prefix + "/")


def parse_allowlist(entries) -> tuple[Endpoint, ...]:
    """``--service-allow`` values as endpoints; a value that is not an http(s) IRI is an error."""
    endpoints = []
    for entry in entries:
        endpoint = Endpoint.parse(entry)
        if endpoint is None:
            raise KgError(f"--service-allow {entry!r} is not an http(s) IRI with a host")
        endpoints.append(endpoint)
    return tuple(endpoints)


def check_remote_access(reading: Reading, allowlist: tuple[Endpoint, ...], *, update: bool = False) -> bool:
    """Refuse LOAD over HTTP, and SERVICE unless each target is allowlisted; True if SERVICE is used.

    LOAD makes the server fetch a URL and store what it got: over HTTP that is refused whatever
    the allowlist says (``kg load URL`` on the operator's machine does it instead).
    """
    if reading.loads:
        raise Refused("LOAD is disabled on this endpoint: fetch the data yourself and PUT it to /store")
    for target in reading.services:
        if not allowlist:
            raise Refused("SERVICE is disabled on this endpoint")
        parsed = Endpoint.parse(target) if target else None
        if parsed is None or not any(allowed.allows(parsed) for allowed in allowlist):
            shown = f"<{target}>" if target else "a variable, or an endpoint spelled unusually,"
            raise Refused(
                f"SERVICE to {shown} is not allowed: it is not in the allowlist"
                + ("" if target else " (write SERVICE <http://...> plainly)")
            )
    return bool(reading.services) and not update


def mark_truncated(response: Response, limit: int | str | None) -> None:
    response.headers[TRUNCATED_HEADER] = f"true; limit={limit}"
    response.headers["Access-Control-Expose-Headers"] = TRUNCATED_HEADER
