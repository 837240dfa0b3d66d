"""Token protection for everything that writes.

Write routes exist only when a token is configured, so a server started without one is
read-only by construction rather than by a check that could be forgotten on a new route.
The token is accepted as ``Authorization: Bearer <token>`` or as the password of HTTP Basic
auth (any user name), which is what clients such as rdflib's SPARQLUpdateStore send. Both are
compared as UTF-8 bytes in constant time.
"""

from __future__ import annotations

import base64
import binascii
import functools
import hmac

from flask import current_app, request

from .errors import error_response


def _given_token() -> bytes | None:
    """The token the request carries (as UTF-8 bytes), None when it carries none."""
    header = request.headers.get("Authorization", "")
    # Werkzeug hands header values over as Latin-1 decoded text; the bytes are what was sent.
    raw = header.encode("latin-1", "replace")
    scheme, _, value = raw.partition(b" ")
    value = value.strip()
    if not value:
        return None
    if scheme.lower() == b"bearer":
        return value
    if scheme.lower() == b"basic":
        try:
            decoded = base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError):
            return None
        _user, sep, password = decoded.partition(b":")
        return password if sep and password else None
    return None


def _matches(given: bytes) -> bool:
    expected = current_app.config["QUOTEGRAPH"]["write_token"]
    return bool(expected) and hmac.compare_digest(given, expected.encode("utf-8"))


def has_write_token() -> bool:
    """Whether this request carries the write token (it then may lift read limits)."""
    given = _given_token()
    return given is not None and _matches(given)


def require_write_token(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        given = _given_token()
        if given is None:
            response = error_response(401, "this endpoint needs the write token: Authorization: Bearer <token>")
            response.headers["WWW-Authenticate"] = 'Bearer realm="quotegraph", Basic realm="quotegraph"'
            return response
        if not _matches(given):
            response = error_response(403, "the token is not valid for writing")
            response.headers["WWW-Authenticate"] = 'Bearer realm="quotegraph", error="invalid_token"'
            return response
        return view(*args, **kwargs)

    return wrapper
