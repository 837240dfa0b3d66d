"""A remote SPARQL 1.1 endpoint behind the same Store API as embedded Oxigraph.

Plain HTTP per the SPARQL 1.1 Protocol: queries and updates are POSTed as forms, results
come back as SPARQL JSON (SELECT/ASK) or N-Triples (CONSTRUCT/DESCRIBE) and are parsed
with pyoxigraph, so callers get the very types the embedded store returns.

Default graph: quotegraph keeps everything in named graphs and expects the default graph
to be their union. Oxigraph's server does that when the request carries the
``union-default-graph`` parameter, which is sent by default. Other stores decide it in
their own configuration (Fuseki: ``tdb2:unionDefaultGraph true``; GraphDB's default graph
already includes the named graphs); for them set ``QUOTEGRAPH_UNION_PARAM`` to an empty
string (``Settings.union_param``, passed here as ``union_param=""``) if they reject unknown
parameters.
"""

from __future__ import annotations

import pyoxigraph as ox
import requests

from kg.store.base import QuerySyntaxError, Store, StoreError
from kg.store.sparql_text import read
from kg.store.syntax import explain

RESULTS_JSON = "application/sparql-results+json"
N_TRIPLES = "application/n-triples"
ACCEPT = f"{RESULTS_JSON}, {N_TRIPLES};q=0.9"
TRUNCATED_HEADER = "X-Quotegraph-Truncated"
"""Set by ``kg serve`` when it cut a result at its row limit."""


class _BearerAuth(requests.auth.AuthBase):
    def __init__(self, token: str):
        self.token = token

    def __call__(self, request):
        request.headers["Authorization"] = f"Bearer {self.token}"
        return request


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def _message(response: requests.Response) -> str:
    """The error message of an answer: the ``message`` of a JSON error body, else its first line."""
    try:
        found = response.json()
    except ValueError:
        return _first_line(response.text)
    return str(found.get("message", "")) if isinstance(found, dict) else _first_line(response.text)


def _explained(message: str, form: list[tuple[str, str]], skip_lines: int) -> str:
    """An engine's parser error in words, located in the text as the user wrote it (after the
    ``skip_lines`` of declared prefixes ``Store.with_prologue`` put in front)."""
    sent = next((value for name, value in form if name in ("query", "update")), "")
    if "error at " in message:
        return explain(message.removeprefix("syntax error: "), sent, skip_lines)
    return message


class RemoteStore(Store):
    """A SPARQL 1.1 query endpoint, plus an update endpoint (default: the query URL)."""

    def __init__(
        self,
        query_url: str,
        update_url: str | None = None,
        *,
        auth: tuple[str, str] | str | None = None,
        union_param: str = "union-default-graph",
        timeout: float = 300.0,
    ):
        self.query_url = query_url
        self.update_url = update_url or query_url
        self.location = query_url
        self.union_param = union_param or None
        self.timeout = timeout
        self.truncated: str | None = None
        self._session = requests.Session()
        if isinstance(auth, tuple):
            self._session.auth = requests.auth.HTTPBasicAuth(*auth)
        elif auth:
            self._session.auth = _BearerAuth(auth)

    def _post(
        self, url: str, form: list[tuple[str, str]], accept: str | None, skip_lines: int = 0
    ) -> requests.Response:
        headers = {"Accept": accept} if accept else {}
        try:
            response = self._session.post(url, data=form, headers=headers, timeout=(10, self.timeout))
        except requests.Timeout:
            raise StoreError(f"SPARQL endpoint {url} did not answer in time") from None
        except requests.RequestException as error:
            reason = type(error).__name__
            if isinstance(error, requests.ConnectionError):
                reason = "connection refused or host unreachable"
            raise StoreError(f"cannot reach SPARQL endpoint {url}: {reason}") from None
        if response.status_code in (401, 403):
            raise StoreError(f"SPARQL endpoint {url} refused the request (HTTP {response.status_code}): check --auth")
        if response.status_code == 400:
            raise QuerySyntaxError(
                _explained(_message(response), form, skip_lines)
                or f"SPARQL endpoint {url} rejected the request (HTTP 400)"
            )
        if response.status_code >= 300:
            detail = _first_line(response.text)[:200]
            raise StoreError(
                f"SPARQL endpoint {url} failed (HTTP {response.status_code})" + (f": {detail}" if detail else "")
            )
        return response

    def query(self, sparql, *, default_graphs=None, named_graphs=None, union_default=True, prefixes=None):
        form = [("query", self.with_prologue(sparql, prefixes))]
        if default_graphs is not None:
            form += [("default-graph-uri", str(g)) for g in default_graphs]
        elif union_default and self.union_param and not read(sparql).names_dataset:
            form.append((self.union_param, ""))
        form += [("named-graph-uri", str(g)) for g in named_graphs or ()]
        response = self._post(self.query_url, form, ACCEPT, int(bool(prefixes)))
        self.truncated = response.headers.get(TRUNCATED_HEADER)
        media_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
        try:
            if media_type == RESULTS_JSON:
                return ox.parse_query_results(response.content, ox.QueryResultsFormat.JSON)
            rdf_format = ox.RdfFormat.from_media_type(media_type)
            if rdf_format is None:
                raise StoreError(
                    f"SPARQL endpoint {self.query_url} answered with unsupported "
                    f"content type {media_type or '(none)'!r}"
                )
            return _as_query_triples(ox.parse(response.content, rdf_format))
        except SyntaxError as error:
            raise StoreError(
                f"SPARQL endpoint {self.query_url} sent unreadable results: {_first_line(str(error))}"
            ) from None

    def _update(self, sparql: str, *, base_iri=None, prefixes=None) -> None:
        text = self.with_prologue(sparql, prefixes, base_iri)
        self._post(self.update_url, [("update", text)], None, int(text != sparql))

    def close(self) -> None:
        self._session.close()


def _as_query_triples(quads) -> ox.QueryTriples:
    """Triples as a ``QueryTriples``, the type embedded CONSTRUCT queries return."""
    scratch = ox.Store()
    scratch.extend(ox.Quad(q.subject, q.predicate, q.object) for q in quads)
    triples = scratch.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
    assert isinstance(triples, ox.QueryTriples)
    return triples
