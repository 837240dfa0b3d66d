"""POST /articles: extract an article sent over HTTP and load it as ``kg load`` would.

Only an http(s) URL is fetched (never a path: that would publish the server's files), and only
from public addresses unless the operator allows private ones (``--fetch-private``): the fetch
checks every address it connects to, redirects included. A text or HTML body becomes an
Article whose identity is its content hash (there is no file or URL to name it), so
posting the same text twice is recognised as unchanged, like reloading a file.
"""

from __future__ import annotations

from flask import Response, json, request

from kg.build.iris import digest
from kg.build.namespace import QG
from kg.errors import KgError
from kg.extract.model import Article
from kg.load.loader import Loader
from kg.sources.content import decode_text, html_article
from kg.sources.documents import is_url
from kg.sources.fetch import FetchPolicy
from kg.store import quote

from .auth import require_write_token
from .errors import error_response
from .sparql import state

_FIELDS = ("title", "published", "url", "publisher")


def _article_from_request() -> tuple[Article | None, str | None]:
    """(article, None) for a posted text, or (None, url) for a page to fetch."""
    body = request.get_data(cache=True)
    if request.mimetype == "application/json":
        try:
            data = json.loads(body)
        except RecursionError:
            raise KgError("the JSON body is nested too deeply") from None
        except ValueError as error:
            raise KgError(f"the JSON body does not parse: {error}") from None
        if not isinstance(data, dict) or not (isinstance(data.get("url"), str) or isinstance(data.get("text"), str)):
            raise KgError('send {"url": "https://..."} or {"text": "...", "title": "..."}')
        if data.get("text") is None:
            url = data["url"].strip()
            if not is_url(url):
                raise KgError(f"url must be an http:// or https:// URL, got {url[:200]!r}")
            return None, url
        if not isinstance(data["text"], str):
            raise KgError("text must be a string")
        meta = {k: str(data[k]) for k in _FIELDS if isinstance(data.get(k), (str, int))}
        return _article(data["text"], meta), None
    origin = "posted article"
    text = decode_text(body, origin, request.mimetype_params.get("charset"))
    if request.mimetype in ("text/html", "application/xhtml+xml"):
        text, meta = html_article(text, origin, request.args.get("url"))
    elif request.mimetype == "text/plain":
        meta = {}
    else:
        raise KgError("send the article as text/plain, text/html or application/json")
    meta.update({k: request.args[k] for k in _FIELDS if request.args.get(k)})
    return _article(text, meta), None


def _article(text: str, meta: dict) -> Article:
    if not text.strip():
        raise KgError("the article has no text")
    return Article(source=f"posted:{digest(text)}", text=text, **meta)


def _statements(store, graph: str) -> list[str]:
    rows = store.query(
        f"SELECT DISTINCT ?s WHERE {{ GRAPH {quote.iri(graph)} {{ ?s {quote.iri(QG.content)} ?c }} }} ORDER BY ?s"
    )
    return [row["s"].value for row in rows]


@require_write_token
def post_article():
    st = state()
    try:
        article, url = _article_from_request()
    except KgError as error:
        return error_response(400, str(error))
    try:
        with st.write_lock:
            loader = Loader(st.store)
            if url is not None:
                fetch = FetchPolicy(private=st.config["fetch_private"])
                [result] = loader.load_articles([url], progress=False, fetch=fetch)
            else:
                assert article is not None
                result = loader.load_article(article)
    except KgError as error:
        return error_response(422, str(error))
    if result.status == "failed":
        return error_response(422, result.message)
    body = {
        "source": result.source,
        "status": result.status,
        "graph": result.graph,
        "triples": result.triples,
        "statements": _statements(st.store, result.graph) if result.graph else [],
    }
    return Response(
        json.dumps(body) + "\n", status=201 if result.status == "loaded" else 200, mimetype="application/json"
    )


def register_writes(app) -> None:
    app.add_url_rule("/articles", "post_article", post_article, methods=["POST"])
