"""Bearer-token protection for everything that writes.

Write routes exist only when a token is configured, so a server started without one is
read-only by construction rather than by a check that could be forgotten on a new route.
"""

from __future__ import annotations

import functools
import hmac

from flask import current_app, request

from server.errors import error_response


def require_write_token(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        expected = current_app.config["QUOTEGRAPH"]["write_token"]
        header = request.headers.get("Authorization", "")
        scheme, _, given = header.partition(" ")
        if scheme.lower() != "bearer" or not given.strip():
            response = error_response(401, "this endpoint needs an Authorization: Bearer token")
            response.headers["WWW-Authenticate"] = 'Bearer realm="quotegraph"'
            return response
        if not hmac.compare_digest(given.strip().encode("utf-8"), expected.encode("utf-8")):
            response = error_response(403, "the bearer token is not valid for writing")
            response.headers["WWW-Authenticate"] = 'Bearer realm="quotegraph", error="invalid_token"'
            return response
        return view(*args, **kwargs)

    return wrapper
