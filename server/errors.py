"""Error responses: one clear message, in the format the client asked for.

A SPARQL client that asked for JSON results gets a JSON error it can parse; anything else
(curl, a browser) gets plain text. Every HTTP error the app raises goes through here, so
no malformed request ends as an HTML stack trace or a 500.
"""

from __future__ import annotations

from flask import Response, json, request
from werkzeug.exceptions import HTTPException

from server.negotiation import choose_or_none

_JSON_TYPES = ("application/json", "application/sparql-results+json", "application/ld+json")


def wants_json() -> bool:
    try:
        accept = request.headers.get("Accept")
    except RuntimeError:
        return False
    return choose_or_none(accept, ("text/plain",) + _JSON_TYPES) in _JSON_TYPES


def error_response(status: int, message: str) -> Response:
    message = " ".join(str(message).split()) or "error"
    if wants_json():
        body = json.dumps({"error": status, "message": message})
        return Response(body + "\n", status=status, mimetype="application/json")
    return Response(message + "\n", status=status, mimetype="text/plain")


def http_error(error: HTTPException) -> Response:
    response = error_response(error.code or 500, error.description or error.name)
    for name, value in error.get_headers():
        if name in ("Allow", "WWW-Authenticate"):
            response.headers[name] = value
    return response
