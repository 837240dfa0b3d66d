"""The quotegraph web server: SPARQL endpoint, query UI and entity pages.

``create_app`` is the Flask application factory (``flask --app server run`` finds it);
``kg serve`` runs the same app on granian (see kg.cli.serve_command).
"""

from __future__ import annotations

import atexit
import importlib
import logging

from flask import Flask, request
from werkzeug.exceptions import HTTPException

from . import limits
from .config import load_config
from .errors import error_response, http_error, secure
from .state import ServerState

# Modules that each expose a Flask Blueprint named ``bp``, registered in this order.
BLUEPRINTS = ("sparql", "query_ui", "pages")

# Modules with ``register_writes(app)``, called only when a write token is configured.
WRITE_ROUTES = ("sparql", "graph_store", "ingest")

_log = logging.getLogger(__name__)


def create_app(config: dict | None = None) -> Flask:
    """A configured app; its store and query workers are in ``app.extensions["quotegraph"]``.

    Call ``app.extensions["quotegraph"].close()`` to stop the workers and release the store
    early; otherwise that happens when the process exits.
    """
    settings = load_config(config)
    app = Flask(__name__)
    app.config["QUOTEGRAPH"] = settings
    state = ServerState(settings)
    app.extensions["quotegraph"] = state
    atexit.register(state.close)
    limits.install(app, settings)
    for name in BLUEPRINTS:
        app.register_blueprint(importlib.import_module(f".{name}", __name__).bp)
    if settings["write_token"]:
        for name in WRITE_ROUTES:
            importlib.import_module(f".{name}", __name__).register_writes(app)
    app.register_error_handler(HTTPException, http_error)
    app.register_error_handler(Exception, _unexpected)
    app.after_request(_cors)
    app.after_request(secure)
    if state.cache is not None:
        app.wsgi_app = state.cache.middleware(app.wsgi_app)  # type: ignore[method-assign]
    return app


def _unexpected(error: Exception):
    _log.exception("unexpected error answering %s %s", request.method, request.path)
    return error_response(500, f"internal error: {type(error).__name__}")


def _cors(response):
    """Anyone may read from a browser; writes stay same-origin (no CORS, no credentials)."""
    if request.method in ("GET", "HEAD", "OPTIONS") or request.path == "/sparql":
        response.headers["Access-Control-Allow-Origin"] = "*"
        if request.method == "OPTIONS":
            response.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
            response.headers["Access-Control-Allow-Headers"] = "Accept, Content-Type"
            response.headers["Access-Control-Max-Age"] = "86400"
    return response
