"""The SPARQL 1.1 Protocol: queries at /sparql, updates at /sparql/update.

Routes only translate HTTP to library calls: request parsing and protocol errors here,
execution and serialization in server.sparql_exec.
"""

from __future__ import annotations

from urllib.parse import parse_qs

import pyoxigraph as ox
from flask import Blueprint, Response, current_app, request
from rdflib.namespace import VOID, Namespace

from kg.infer import stale
from kg.read.renderers import format_names, synonyms
from kg.store import QuerySyntaxError, StoreError
from kg.store.sparql_text import add_using, read

from .auth import has_write_token, require_write_token
from .errors import error_response
from .limits import Refused, check_remote_access, mark_truncated
from .negotiation import choose_or_none
from .pool import OutOfMemory, QueryTimeout, ServerBusy, ServerFault, TooComplex
from .response_cache import mark_cacheable
from .sparql_exec import RDF_FORMATS, RESULTS_FORMATS, QueryJob

bp = Blueprint("sparql", __name__)

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
FORMATS_NS = Namespace("http://www.w3.org/ns/formats/")

_SYNONYMS = synonyms("solutions")
RESULT_OFFERS = (*RESULTS_FORMATS, *_SYNONYMS)
RDF_OFFERS = tuple(RDF_FORMATS)
_RESULT_NAMES, _RDF_NAMES = format_names("solutions"), format_names("triples") | format_names("quads")
# Short names for the format= parameter of links, and those real clients send in format=, output= or
# results= (SPARQLWrapper adds all three; Fuseki and Virtuoso read them too): (for SELECT/ASK, for
# CONSTRUCT/DESCRIBE); None: that kind of result has no such format (406). An unknown name is
# ignored and Accept decides.
FORMAT_ALIASES: dict[str, tuple[str | None, str | None]] = {
    name: (_RESULT_NAMES.get(name), _RDF_NAMES.get(name)) for name in _RESULT_NAMES | _RDF_NAMES
}
_FORM = "application/x-www-form-urlencoded"


def state():
    return current_app.extensions["quotegraph"]


def _charset_ok() -> bool:
    charset = request.mimetype_params.get("charset")
    return charset is None or charset.lower().replace("_", "-") in ("utf-8", "utf8")


def _body_text() -> str:
    """The request body as UTF-8 text; anything else is the client's error."""
    if not _charset_ok():
        raise Refused("request bodies must be UTF-8")
    try:
        return request.get_data(cache=True).decode("utf-8")
    except UnicodeDecodeError:
        raise Refused("request body is not valid UTF-8") from None


def _form() -> dict[str, list[str]]:
    return parse_qs(_body_text(), keep_blank_values=True)


def _params(form: dict[str, list[str]], name: str) -> list[str]:
    return request.args.getlist(name) + form.get(name, [])


def _one(values: list[str], name: str) -> str:
    if len(values) != 1:
        raise Refused(f"exactly one {name!r} parameter is required, got {len(values)}")
    return values[0]


def _format_param(form: dict[str, list[str]]) -> tuple[str | None, str | None] | None:
    """What ``format=``, ``output=`` or ``results=`` asks for, as (results, rdf) media types; None: nothing known."""
    for name in ("format", "output", "results"):
        for value in _params(form, name):
            key = value.strip().lower()
            if key in FORMAT_ALIASES:
                return FORMAT_ALIASES[key]
            media = key.split(";")[0].strip()
            media = _SYNONYMS.get(media, media)
            if media in RESULTS_FORMATS or media in RDF_FORMATS:
                return (media if media in RESULTS_FORMATS else None, media if media in RDF_FORMATS else None)
    return None


def _negotiated(form: dict[str, list[str]]) -> tuple[str | None, str | None]:
    """The result format for each kind of query: a format parameter first, then Accept."""
    asked = _format_param(form)
    if asked is not None:
        return asked
    accept = request.headers.get("Accept")
    chosen = choose_or_none(accept, RESULT_OFFERS)
    return (_SYNONYMS.get(chosen, chosen) if chosen else None), choose_or_none(accept, RDF_OFFERS)


# What a query or an update may fail with that the protocol answers (see _protocol_error), never a 500.
PROTOCOL_ERRORS = (
    Refused,
    QuerySyntaxError,
    StoreError,
    QueryTimeout,
    ServerBusy,
    OutOfMemory,
    ServerFault,
    TooComplex,
)


def _protocol_error(error: Exception) -> Response:
    """The client's mistakes are 4xx; the server's limits and faults are 503 (never 400)."""
    if isinstance(error, (QueryTimeout, ServerBusy, OutOfMemory, ServerFault)):
        response = error_response(503, str(error))
        response.headers["Retry-After"] = "1" if isinstance(error, ServerBusy) else "5"
        return response
    if isinstance(error, QuerySyntaxError):
        return error_response(400, f"syntax error: {error}")
    if isinstance(error, (Refused, TooComplex)):
        return error_response(400, str(error))
    return error_response(400, f"the query cannot be answered: {error}")


def client_address() -> str:
    """Who is asking, for the fair share of query workers."""
    return request.remote_addr or ""


@bp.route("/sparql", methods=["GET", "POST"])
def query():
    try:
        if request.method == "GET":
            if request.args.getlist("update"):
                raise Refused("updates are not accepted here: POST them to /sparql/update")
            texts = request.args.getlist("query")
            if not texts:
                return service_description()
            form = {}
        elif request.mimetype == _FORM:
            form = _form()
            if form.get("update"):
                raise Refused("updates are not accepted here: POST them to /sparql/update")
            texts = request.args.getlist("query") + form.get("query", [])
        elif request.mimetype == "application/sparql-query":
            form, texts = {}, [_body_text()]
        elif request.mimetype == "application/sparql-update":
            raise Refused("updates are not accepted here: POST them to /sparql/update")
        else:
            return error_response(
                415, "POST a query as application/sparql-query or as an application/x-www-form-urlencoded 'query' field"
            )
        text = _one(texts, "query")
        config = state().config
        reading = read(text, request.base_url)
        remote = check_remote_access(reading, config["service_allowlist"])
        results_format, rdf_format = _negotiated(form)
        defaults = _params(form, "default-graph-uri")
        named = _params(form, "named-graph-uri")
        names_dataset = bool(defaults or named)
        job = QueryJob(
            query=text,
            results_format=results_format,
            rdf_format=rdf_format,
            default_graphs=tuple(defaults) if names_dataset else None,
            named_graphs=tuple(named) if names_dataset else None,
            max_rows=None if not config["max_rows"] or has_write_token() else config["max_rows"],
            max_bytes=config["max_bytes"],
            base_iri=request.base_url,
            union_default=not reading.names_dataset,
        )
        outcome = state().run_query(job, client=client_address(), remote=remote)
    except PROTOCOL_ERRORS as error:
        return _protocol_error(error)
    if outcome.media_type is None:
        offered = RESULT_OFFERS[:4] if outcome.kind != "triples" else RDF_OFFERS
        return error_response(
            406, f"none of the accepted formats fits {outcome.kind} results; offered: {', '.join(offered)}"
        )
    response = Response(outcome.body, content_type=outcome.media_type)
    response.headers["Vary"] = "Accept"
    if outcome.truncated:
        mark_truncated(response, job.max_rows if outcome.truncated == "rows" else f"{job.max_bytes} bytes")
    if not reading.volatile:
        mark_cacheable(request.environ)
    return response


def service_description() -> Response:
    """The SPARQL Service Description of this endpoint, with VoID triple counts."""
    fmt_type = choose_or_none(request.headers.get("Accept"), RDF_OFFERS)
    if fmt_type is None:
        return error_response(406, f"the service description is offered as {', '.join(RDF_OFFERS)}")
    st = state()
    service = ox.NamedNode(request.base_url)
    dataset = ox.BlankNode()
    default_graph = ox.BlankNode()

    def node(term):
        return ox.NamedNode(str(term))

    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    triples = [
        ox.Triple(service, rdf_type, node(SD.Service)),
        ox.Triple(service, node(SD.endpoint), service),
        ox.Triple(service, node(SD.supportedLanguage), node(SD.SPARQL11Query)),
        ox.Triple(service, node(SD.feature), node(SD.UnionDefaultGraph)),
        ox.Triple(service, node(SD.feature), node(SD.BasicFederatedQuery)),
        ox.Triple(service, node(SD.defaultDataset), dataset),
        ox.Triple(dataset, rdf_type, node(SD.Dataset)),
        ox.Triple(dataset, node(SD.defaultGraph), default_graph),
    ]
    if st.config["write_token"]:
        triples.append(ox.Triple(service, node(SD.supportedLanguage), node(SD.SPARQL11Update)))
    for name in (
        "SPARQL_Results_JSON",
        "SPARQL_Results_XML",
        "SPARQL_Results_CSV",
        "SPARQL_Results_TSV",
        "Turtle",
        "N-Triples",
        "JSON-LD",
        "RDF_XML",
        "TriG",
    ):
        triples.append(ox.Triple(service, node(SD.resultFormat), node(FORMATS_NS[name])))
    total = 0
    for iri, count in st.graph_counts():
        total += count
        entry, graph = ox.BlankNode(), ox.BlankNode()
        triples += [
            ox.Triple(dataset, node(SD.namedGraph), entry),
            ox.Triple(entry, node(SD.name), ox.NamedNode(iri)),
            ox.Triple(entry, node(SD.graph), graph),
            ox.Triple(
                graph,
                node(VOID.triples),
                ox.Literal(str(count), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")),
            ),
        ]
    triples.append(
        ox.Triple(
            default_graph,
            node(VOID.triples),
            ox.Literal(str(total), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")),
        )
    )
    fmt = RDF_FORMATS[fmt_type]
    body = (
        ox.serialize(triples, format=fmt)
        if not fmt.supports_datasets
        else ox.serialize((ox.Quad(t.subject, t.predicate, t.object) for t in triples), format=fmt)
    )
    response = Response(body, content_type=fmt.media_type)
    response.headers["Vary"] = "Accept"
    return response


@require_write_token
def update():
    """SPARQL 1.1 Update by form or direct POST (registered only with a write token)."""
    try:
        if request.method != "POST":
            return error_response(405, "send updates with POST")
        if request.mimetype == _FORM:
            form = _form()
            if form.get("query"):
                raise Refused("queries go to /sparql, not /sparql/update")
            text = _one(form.get("update", []), "update")
        elif request.mimetype == "application/sparql-update":
            form, text = {}, _body_text()
        else:
            return error_response(
                415,
                "POST an update as application/sparql-update or as an application/x-www-form-urlencoded 'update' field",
            )
        using = _params(form, "using-graph-uri")
        using_named = _params(form, "using-named-graph-uri")
        if using or using_named:
            if read(text).using_or_with:
                raise Refused(
                    "using-graph-uri/using-named-graph-uri cannot be combined with USING or WITH in the update"
                )
            text = add_using(text, using, using_named)
        st = state()
        check_remote_access(read(text, request.base_url), st.config["service_allowlist"], update=True)
        with stale.bypassing(
            st.store, lambda marked: st.update(marked, check=False), "a SPARQL Update at /sparql/update"
        ):
            st.update(text, base_iri=request.base_url, client=client_address())
    except PROTOCOL_ERRORS as error:
        return _protocol_error(error)
    return Response(status=204)


def register_writes(app) -> None:
    """The update route, present only when writing is enabled."""
    app.add_url_rule("/sparql/update", "sparql_update", update, methods=["GET", "POST"])
