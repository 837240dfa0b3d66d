"""Request limits: body size, result rows, time, and what a query may reach outside.

The time limit itself is enforced by the query workers (server.sparql_exec); this module holds
the checks made before a request reaches them, and how a cut result is announced.
"""

from __future__ import annotations

from flask import Flask, Response

from kg.errors import KgError
from server.sparql_text import remote_targets

TRUNCATED_HEADER = "X-Quotegraph-Truncated"


class Refused(KgError):
    """The request asks for something this endpoint does not allow."""


def install(app: Flask, config: dict) -> None:
    """Make Werkzeug refuse bodies and forms over the size limit with 413."""
    app.config["MAX_CONTENT_LENGTH"] = config["max_body"]
    app.config["MAX_FORM_MEMORY_SIZE"] = config["max_body"]


def check_remote_access(text: str, allowlist: tuple[str, ...]) -> None:
    """Refuse SERVICE and LOAD unless each target is under an allowlisted prefix."""
    lowered = text.lower()
    for keyword in ("SERVICE", "LOAD"):
        if keyword.lower() not in lowered:
            continue
        for target in remote_targets(text, keyword):
            if not allowlist:
                raise Refused(f"{keyword} is disabled on this endpoint")
            if target is None or not target.startswith(allowlist):
                shown = f"<{target}>" if target else "a variable or unknown endpoint"
                raise Refused(f"{keyword} to {shown} is not allowed: it is not in the allowlist")


def mark_truncated(response: Response, limit: int) -> None:
    response.headers[TRUNCATED_HEADER] = f"true; limit={limit}"
    response.headers["Access-Control-Expose-Headers"] = TRUNCATED_HEADER
