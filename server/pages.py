"""Entity pages: home, search, every minted IRI dereferenced, and the export downloads.

Routes stay thin: kg.read.views computes what a page shows as a dict, which is rendered as HTML,
returned as its JSON twin (``.json`` or ``?format=json``) or, for an IRI, serialized as RDF.
An IRI's page lives at ``/id/<rest>`` where the IRI is the configured base + rest, so a
deployment whose base is ``https://its.domain/id/`` serves its own IRIs.
"""

from __future__ import annotations

import re
from urllib.parse import quote, urlencode

from flask import Blueprint, Response, current_app, render_template, request

from kg.read import graph_page, search_index, views
from kg.read.renderers import by_media_type, curie
from kg.store import StoreError

from .limits import mark_truncated
from .lru import MISSING, Lru
from .negotiation import NotAcceptable, choose, from_format_param
from .network_svg import layout
from .pool import OutOfMemory, QueryTimeout, ServerBusy, ServerFault

bp = Blueprint("pages", __name__, template_folder="templates", static_folder="static", static_url_path="/pages-static")

RDF_FORMATS = by_media_type("triples")
FORMAT_ALIASES = {r.alias: media for media, r in {**by_media_type("page"), **RDF_FORMATS}.items()}
_PAGE_OFFERS = ("text/html", "application/json")
_IRI_OFFERS = ("text/html", *RDF_FORMATS, "application/json")
_TEMPLATES = {"party": "party.html", "statement": "statement.html", "source": "source.html"}


class BadRequest(Exception):
    """A query parameter the page cannot use."""


@bp.record_once
def _install_cache(setup_state) -> None:
    setup_state.app.extensions["quotegraph_pages"] = Lru(512)


def _state():
    return current_app.extensions["quotegraph"]


def _view(name: str, *args, key: tuple | None = None):
    """A view's data (server.page_jobs), computed in a query worker under the query limits, and
    kept for the current write generation: a heavy page is computed once per write, not per view.
    ``key`` names the value in that cache when the arguments cannot (they are not hashable)."""
    state = _state()
    generation = state.generation
    if generation is None:
        return state.run_view(name, args, client=request.remote_addr or "")
    views_kept = current_app.extensions["quotegraph_pages"]
    kept = (generation, name, *(args if key is None else key))
    value = views_kept.get(kept)
    if value is MISSING:
        value = state.run_view(name, args, client=request.remote_addr or "")
        views_kept.put(kept, value)
    return value


def _store():
    return _state().store


def _base() -> str:
    return _state().store.minter.base


# ----------------------------------------------------------------------------- template helpers


@bp.app_template_filter("href")
def href(iri: str | None) -> str | None:
    """The local page of an IRI under the base, the IRI itself if it is http(s), else no link."""
    if not iri or not isinstance(iri, str):
        return None
    base = _base()
    if iri.startswith(base) and len(iri) > len(base):
        return f"{request.script_root}/id/{quote(iri[len(base) :], safe='/')}"
    if re.match(r"^https?://", iri, re.I):
        return iri
    return None


@bp.app_template_filter("curie")
def short(iri: str) -> str:
    return (curie(iri) if isinstance(iri, str) else None) or iri


def _self_link(**changes) -> str:
    """This page's URL (HTML form) with some query parameters changed; None removes one."""
    args = request.args.to_dict()
    for name, value in changes.items():
        if value is None:
            args.pop(name, None)
        else:
            args[name] = str(value)
    path = request.script_root + (request.path[:-5] if request.path.endswith(".json") else request.path)
    return path + ("?" + urlencode(sorted(args.items())) if args else "")


@bp.app_context_processor
def _helpers():
    return {
        "with_format": lambda fmt: _self_link(format=fmt),
        "page_url": lambda page: _self_link(page=page, format=None),
        "after_url": lambda after: _self_link(after=after, page=None, format=None),
    }


# ----------------------------------------------------------------------------- responses


def _wanted(offers) -> str:
    """The media type asked for: the .json suffix, then ?format=, then the Accept header."""
    if request.path.endswith(".json"):
        return "application/json"
    fmt = request.args.get("format")
    if fmt:
        media = from_format_param(fmt, FORMAT_ALIASES)
        if media is None or media not in offers:
            raise BadRequest(
                f"unknown format {fmt!r}; use one of: " + ", ".join(a for a, m in FORMAT_ALIASES.items() if m in offers)
            )
        return media
    return choose(request.headers.get("Accept"), offers)


def _page_number() -> int:
    raw = request.args.get("page", "1")
    if not re.fullmatch(r"[0-9]{1,9}", raw) or int(raw) < 1:
        raise BadRequest(f"page must be a positive whole number, got {raw!r}")
    return int(raw)


def _after() -> tuple | None:
    """Where a graph's page starts: after the key its link carries (kg.read.graph_page)."""
    raw = request.args.get("after")
    if raw is None:
        return None
    try:
        return graph_page.read_cursor(raw)
    except ValueError as error:
        raise BadRequest(str(error)) from None


def _respond(template: str, data: dict, media: str, *, status: int = 200, **extra: object) -> Response:
    behind = _view("stale") if status < 400 else None
    if media == "application/json":
        body = {**data, "inference_stale": behind} if behind and isinstance(data, dict) else data
        response = Response(current_app.json.dumps(body) + "\n", status=status, mimetype="application/json")
    else:
        response = Response(
            render_template(template, data=data, stale=behind, **extra), status=status, mimetype="text/html"
        )
    response.headers["Vary"] = "Accept"
    return response


def _error(status: int, message: str, media: str = "text/html", hint: str = "") -> Response:
    data = {"error": status, "message": message}
    if hint:
        data["hint"] = hint
    return _respond(
        "error.html", data, "application/json" if media == "application/json" else "text/html", status=status
    )


def _guarded(handler):
    """Turn the ways a page request can fail into a 4xx/503 page in the format asked for."""

    def wrapper(*args, **kwargs):
        media = (
            "application/json"
            if request.path.endswith(".json") or request.args.get("format") == "json"
            else "text/html"
        )
        try:
            return handler(*args, **kwargs)
        except NotAcceptable:
            return Response(
                "406 Not Acceptable: this page is available as HTML, JSON, Turtle, JSON-LD, N-Triples and RDF/XML\n",
                status=406,
                mimetype="text/plain",
            )
        except BadRequest as error:
            return _error(400, str(error), media)
        except views.NotFound as error:
            return _error(
                404, str(error), media, "Search for a name or words from a statement, or load data with `kg load`."
            )
        except StoreError as error:
            return _error(503, f"the store is not answering: {error}", media)
        except (QueryTimeout, ServerBusy, OutOfMemory, ServerFault) as error:
            response = _error(503, f"this page could not be computed: {error}", media)
            response.headers["Retry-After"] = "5"
            return response

    wrapper.__name__ = handler.__name__
    return wrapper


# ----------------------------------------------------------------------------- routes


@bp.route("/")
@bp.route("/index.json", endpoint="home_json")
@_guarded
def home():
    media = _wanted(_PAGE_OFFERS)
    return _respond("home.html", _view("home"), media)


@bp.route("/search")
@bp.route("/search.json", endpoint="search_json")
@_guarded
def search():
    media = _wanted(_PAGE_OFFERS)
    q = request.args.get("q", "")
    if len(q) > 500:
        raise BadRequest("the search is too long (500 characters at most)")
    location = search_index.index_location(_store())
    page = _page_number()
    generation = _state().generation
    result = _view("search", None if location is None else str(location), q, page, views.PER_PAGE, generation)
    return _respond("search.html", result, media)


@bp.route("/id/<path:rest>")
@_guarded
def entity(rest: str):
    media = _wanted(_IRI_OFFERS)
    if request.path.endswith(".json"):
        rest = rest[:-5]
    iri = _base() + rest
    kind = _view("kind", iri)
    if media in RDF_FORMATS:
        limit = _state().config["max_rows"] or None
        body, cut = _view("rdf", iri, media, limit)
        response = Response(body, mimetype=media)
        response.headers["Vary"] = "Accept"
        if cut:
            mark_truncated(response, limit)
        return response
    page = _page_number()
    if kind == "party":
        summary, ordered = _view("party", iri)
        data = dict(summary, **_view("party statements", ordered, page, key=(iri, page)))
    elif kind in ("statement", "source"):
        data = _view(kind, iri)
    else:
        data = dict(_view("resource", iri, _after()), kind=kind)
    return _respond(
        _TEMPLATES.get(kind, "resource.html"),
        data,
        media,
        iri=iri,
        kind=kind,
        rdf_formats=[r.alias for r in RDF_FORMATS.values()],
        network=layout(data["network"], data["name"]) if kind == "party" else None,
    )


@bp.route("/export.csv")
@_guarded
def export_csv():
    text, cut = _view("csv", _state().config["max_bytes"])
    response = Response(text, mimetype="text/csv")
    response.headers["Content-Disposition"] = "attachment; filename=quotegraph-statements.csv"
    if cut:
        mark_truncated(response, f"{_state().config['max_bytes']} bytes")
    return response


@bp.route("/export.claimreview.json")
@_guarded
def export_claimreview():
    response = current_app.json.response(_view("claimreview"))
    response.mimetype = "application/ld+json"
    return response
