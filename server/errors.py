"""Error responses: one clear message, in the format the client asked for.

A SPARQL client that asked for JSON results gets a JSON error it can parse, a browser (which
prefers HTML) a small page, and anything else (curl) plain text. Every HTTP error the app raises goes through here, so
no malformed request ends as an HTML stack trace or a 500.
"""

from __future__ import annotations

from flask import Response, json, request
from markupsafe import escape
from werkzeug.exceptions import HTTPException

from .negotiation import choose_or_none

_JSON_TYPES = ("application/json", "application/sparql-results+json", "application/ld+json")


def _wanted() -> str | None:
    try:
        accept = request.headers.get("Accept")
    except RuntimeError:
        return None
    return choose_or_none(accept, ("text/plain", *_JSON_TYPES, "text/html"))


def wants_json() -> bool:
    return _wanted() in _JSON_TYPES


# Sent with every response: no inline or foreign script (so markup that slips into a page cannot run),
# no inline style either (speakers' colours are classes in pages.css), no MIME sniffing, and no
# framing by other sites.
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
}


def secure(response: Response) -> Response:
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    return response


def error_response(status: int, message: str) -> Response:
    message = " ".join(str(message).split()) or "error"
    wanted = _wanted()
    if wanted in _JSON_TYPES:
        body = json.dumps({"error": status, "message": message})
        return Response(body + "\n", status=status, mimetype="application/json")
    if wanted == "text/html":
        return Response(_PAGE.format(status=status, message=escape(message)), status=status, mimetype="text/html")
    return Response(message + "\n", status=status, mimetype="text/plain")


_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{status} · quotegraph</title><link rel="stylesheet" href="/pages-static/pages.css"></head>
<body><header class="top"><a class="brand" href="/">quotegraph</a><nav><a href="/query">SPARQL query</a></nav></header>
<main><h1>{status}</h1><p class="error-message">{message}</p>
<p><a href="/query">Write the query in the editor</a>, which checks it as you go.</p></main></body></html>
"""


def http_error(error: HTTPException) -> Response:
    response = error_response(error.code or 500, error.description or error.name)
    for name, value in error.get_headers():
        if name in ("Allow", "WWW-Authenticate"):
            response.headers[name] = value
    return response
