"""The SPARQL 1.1 Protocol: queries at /sparql, updates at /sparql/update.

Routes only translate HTTP to library calls: request parsing and protocol errors here,
execution and serialization in server.sparql_exec.
"""

from __future__ import annotations

from urllib.parse import parse_qs

import pyoxigraph as ox
from flask import Blueprint, Response, current_app, request
from rdflib.namespace import VOID, Namespace

from kg.store import QuerySyntaxError, StoreError
from server.auth import require_write_token
from server.errors import error_response
from server.limits import Refused, check_remote_access, mark_truncated
from server.negotiation import choose_or_none, from_format_param
from server.response_cache import mark_cacheable
from server.sparql_exec import RDF_FORMATS, RESULTS_FORMATS, QueryJob, QueryTimeout, ServerBusy
from server.sparql_text import add_using, has_keyword

bp = Blueprint("sparql", __name__)

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
FORMATS_NS = Namespace("http://www.w3.org/ns/formats/")

RESULT_OFFERS = (
    "application/sparql-results+json",
    "application/sparql-results+xml",
    "text/csv",
    "text/tab-separated-values",
    "application/json",
    "application/xml",
)
RDF_OFFERS = (
    "text/turtle",
    "application/n-triples",
    "application/ld+json",
    "application/rdf+xml",
    "application/trig",
    "application/n-quads",
)
_SYNONYMS = {"application/json": "application/sparql-results+json", "application/xml": "application/sparql-results+xml"}
FORMAT_ALIASES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "ttl": "text/turtle",
    "turtle": "text/turtle",
    "nt": "application/n-triples",
    "jsonld": "application/ld+json",
    "rdf": "application/rdf+xml",
    "rdfxml": "application/rdf+xml",
    "trig": "application/trig",
    "nq": "application/n-quads",
}
_FORM = "application/x-www-form-urlencoded"
# Functions whose value differs between runs over the same data; SERVICE asks another store.
_VOLATILE = ("RAND", "NOW", "UUID", "STRUUID", "BNODE", "SERVICE")


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


def _negotiated() -> tuple[str | None, str | None]:
    accept = request.headers.get("Accept")
    wanted = from_format_param(request.args.get("format"), FORMAT_ALIASES)
    if request.args.get("format") and wanted is None:
        raise Refused(f"unknown format {request.args.get('format')!r}; use one of {', '.join(sorted(FORMAT_ALIASES))}")
    if wanted:
        return (wanted if wanted in RESULTS_FORMATS else None, wanted if wanted in RDF_FORMATS else None)
    results = choose_or_none(accept, RESULT_OFFERS)
    return _SYNONYMS.get(results, results), choose_or_none(accept, RDF_OFFERS)


def _protocol_error(error: Exception) -> Response:
    if isinstance(error, (QueryTimeout, ServerBusy)):
        response = error_response(503, str(error))
        response.headers["Retry-After"] = "1"
        return response
    if isinstance(error, QuerySyntaxError):
        return error_response(400, f"syntax error: {error}")
    return error_response(400, str(error))


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
        check_remote_access(text, config["service_allowlist"])
        results_format, rdf_format = _negotiated()
        defaults = _params(form, "default-graph-uri")
        named = _params(form, "named-graph-uri")
        job = QueryJob(
            query=text,
            results_format=results_format,
            rdf_format=rdf_format,
            default_graphs=tuple(defaults) if defaults or named else None,
            named_graphs=tuple(named) if named else None,
            max_rows=config["max_rows"],
            base_iri=request.base_url,
        )
        outcome = state().run_query(job)
    except (Refused, QuerySyntaxError, StoreError, QueryTimeout, ServerBusy) as error:
        return _protocol_error(error)
    if outcome.media_type is None:
        offered = RESULT_OFFERS[:4] if outcome.kind != "triples" else RDF_OFFERS
        return error_response(
            406, f"none of the accepted formats fits {outcome.kind} results; offered: {', '.join(offered)}"
        )
    response = Response(outcome.body, content_type=outcome.media_type)
    response.headers["Vary"] = "Accept"
    if outcome.truncated:
        mark_truncated(response, job.max_rows)
    if not has_keyword(text, *_VOLATILE):
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
            if has_keyword(text, "USING", "WITH"):
                raise Refused(
                    "using-graph-uri/using-named-graph-uri cannot be combined with USING or WITH in the update"
                )
            text = add_using(text, using, using_named)
        st = state()
        check_remote_access(text, st.config["service_allowlist"])
        st.update(text, base_iri=request.base_url)
    except (Refused, QuerySyntaxError, StoreError) as error:
        return _protocol_error(error)
    return Response(status=204)


def register_writes(app) -> None:
    """The update route, present only when writing is enabled."""
    app.add_url_rule("/sparql/update", "sparql_update", update, methods=["GET", "POST"])
