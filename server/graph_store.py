"""SPARQL 1.1 Graph Store HTTP Protocol at /store (registered only with a write token).

Indirect identification: ``/store?default`` or ``/store?graph=IRI``. Direct
identification: any URL below ``/store/`` names the graph whose IRI is that URL. Every
write is one SPARQL update, so a graph is replaced or merged whole or not at all. A named
graph of quotegraph data (it uses the ontology's terms) is written as ``kg load`` writes a
file's graph (``kg.load.loader``): validated, with what it lets us infer, and deleted with
what was inferred from it. Other graphs, the default graph and the derived graphs themselves are
written as they are, and a write that adds or takes away quotegraph data there flags inference stale.
"""

from __future__ import annotations

import uuid

import pyoxigraph as ox
from flask import Response, request

from kg.errors import KgError
from kg.infer import stale
from kg.load.loader import Loader, is_quotegraph_data
from kg.store import quote, terms
from kg.store.formats import RdfSyntaxError, parse_quads

from .auth import require_write_token
from .errors import error_response
from .negotiation import choose_or_none
from .pool import ServerFault
from .sparql import RDF_OFFERS, state
from .sparql_exec import RDF_FORMATS

_METHODS = ["GET", "HEAD", "PUT", "POST", "DELETE"]


class _BadRequest(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


def _target(rest: str | None) -> str | None:
    """The graph IRI the request names, None for the default graph."""
    has_default = "default" in request.args
    graph = request.args.getlist("graph")
    if rest is not None:
        if has_default or graph:
            raise _BadRequest(400, "a graph URL under /store/ takes no ?graph or ?default")
        return request.base_url
    if has_default and graph:
        raise _BadRequest(400, "give either ?default or ?graph=IRI, not both")
    if len(graph) > 1:
        raise _BadRequest(400, "give one ?graph=IRI")
    if has_default:
        return None
    if not graph:
        raise _BadRequest(400, "name a graph with ?graph=IRI or ?default")
    try:
        ox.NamedNode(graph[0])
    except ValueError as error:
        raise _BadRequest(400, f"graph is not an absolute IRI: {error}") from None
    return graph[0]


def _exists(iri: str | None) -> bool:
    return iri is None or state().store.contains_graph(iri)


def _parse_one(data: bytes, media_type: str, base: str) -> list:
    """The triples of one body; a body that is not whole, well-formed RDF of its type is refused."""
    fmt = ox.RdfFormat.from_media_type(media_type or "")
    if fmt is None:
        raise _BadRequest(415, f"unsupported RDF media type {media_type!r}; send one of {', '.join(RDF_OFFERS)}")
    try:
        return [q.triple for q in parse_quads(data, fmt, source=f"the {fmt.name} body", base_iri=base)]
    except RdfSyntaxError as error:
        raise _BadRequest(400, f"cannot parse {error}") from None


def _body_triples(base: str) -> list:
    if request.mimetype == "multipart/form-data":
        if not request.mimetype_params.get("boundary"):
            raise _BadRequest(400, "a multipart/form-data body needs a boundary parameter")
        parts = list(request.files.values())
        if not parts:
            raise _BadRequest(400, "the multipart body has no file parts with RDF in them")
        triples = []
        for part in parts:
            triples += _parse_one(part.read(), part.mimetype, base)
        return triples
    return _parse_one(request.get_data(), request.mimetype, base)


def _write(iri: str | None, triples: list, replace: bool) -> None:
    st = state()
    if iri is not None and not replace:
        triples = [*st.store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", default_graphs=[iri]), *triples]
    if iri is not None and not st.store.minter.is_derived(iri) and (is_quotegraph_data(triples) or _inferred_from(iri)):
        with st.write_lock:
            Loader(st.store).write({iri: terms.graph(triples)})
        return
    data = (ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b"").decode("utf-8")
    if iri is None:
        parts = ["DROP SILENT DEFAULT"] if replace else []
        parts.append(f"INSERT DATA {{ {data} }}")
    else:
        graph = quote.iri(iri)
        parts = [
            f"DROP SILENT GRAPH {graph}",
            f"CREATE SILENT GRAPH {graph}",
            f"INSERT DATA {{ GRAPH {graph} {{ {data} }} }}",
        ]
    # The default graph, a derived graph and a graph nothing was inferred from are no loaded graphs: inference
    # cannot follow a write of quotegraph data there, nor the loss of what such a graph held.
    _raw(
        " ;\n".join(parts),
        is_quotegraph_data(triples) or (replace and stale.graph_holds_quotegraph_data(st.store, iri)),
    )


def _delete(iri: str | None) -> None:
    if iri is not None and _inferred_from(iri):
        with state().write_lock:
            Loader(state().store).write({iri: None})
    else:
        held = stale.graph_holds_quotegraph_data(state().store, iri)
        _raw("CLEAR DEFAULT" if iri is None else f"DROP GRAPH {quote.iri(iri)}", held)


def _raw(update: str, bypasses_inference: bool) -> None:
    """Run a write as it is; one that adds or takes away quotegraph data flags inference stale."""
    st = state()
    if not bypasses_inference:
        st.update(update, check=False)
        return
    with stale.bypassing(st.store, lambda marked: st.update(marked, check=False), "a Graph Store write to /store"):
        st.update(update, check=False)


def _inferred_from(iri: str) -> bool:
    """Whether inference derived graphs from this one (which must then go or change with it)."""
    store = state().store
    return store.contains_graph(str(store.minter.inferred_graph(iri)))


def _read(iri: str | None) -> Response:
    fmt_type = choose_or_none(request.headers.get("Accept"), RDF_OFFERS)
    if fmt_type is None:
        return error_response(406, f"graphs are offered as {', '.join(RDF_OFFERS)}")
    fmt = RDF_FORMATS[fmt_type]
    triples = state().store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", default_graphs=[iri])
    if fmt.supports_datasets:
        body = ox.serialize((ox.Quad(t.subject, t.predicate, t.object) for t in triples), format=fmt) or b""
    else:
        body = ox.serialize(triples, format=fmt) or b""
    response = Response(b"" if request.method == "HEAD" else body, content_type=fmt.media_type)
    if request.method == "HEAD":
        response.headers["Content-Length"] = str(len(body))
    response.headers["Vary"] = "Accept"
    return response


@require_write_token
def graph_store(rest: str | None = None):
    try:
        if request.method == "POST" and rest is None and not request.args:
            created = f"{request.url_root}store/{uuid.uuid4().hex}"
            _write(created, _body_triples(created), replace=False)
            response = Response(status=201)
            response.headers["Location"] = created
            return response
        iri = _target(rest)
        existed = _exists(iri)
        if request.method in ("GET", "HEAD"):
            return _read(iri) if existed else error_response(404, f"no graph <{iri}>")
        if request.method == "DELETE":
            if not existed:
                return error_response(404, f"no graph <{iri}>")
            _delete(iri)
            return Response(status=204)
        triples = _body_triples(iri or request.base_url)
        _write(iri, triples, replace=request.method == "PUT")
        return Response(status=204 if existed else 201)
    except _BadRequest as error:
        return error_response(error.status, str(error))
    except KgError as error:  # a syntax or store error, or data that breaks the shapes
        return error_response(400, str(error))
    except ServerFault as error:
        return error_response(503, str(error))


def register_writes(app) -> None:
    app.add_url_rule("/store", "graph_store", graph_store, methods=_METHODS)
    app.add_url_rule("/store/<path:rest>", "graph_store_direct", graph_store, methods=_METHODS)
