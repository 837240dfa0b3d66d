"""POST /articles: an article sent over HTTP is extracted, loaded and queryable at once."""

from __future__ import annotations

import http.server
import threading
from urllib.parse import quote

import pytest

from server import create_app

AUTH = {"Authorization": "Bearer art"}
STORY = (
    "Parler sued Amazon in federal court in Seattle on Monday after Amazon Web Services suspended "
    "its hosting. The complaint said that AWS had acted out of political animus. "
    "John Matze, Parler's chief executive, told Fox News that the company had been given only "
    "24 hours' notice."
)
HTML = (
    f"<html><head><title>Parler sues Amazon</title></head><body><article><h1>Parler sues Amazon</h1>"
    f"<p>{STORY}</p><p>{STORY}</p></article></body></html>"
)


@pytest.fixture(scope="module")
def app():
    # The page fetched below is served on 127.0.0.1, which a server fetches from only when allowed.
    app = create_app({"memory": True, "write_token": "art", "fetch_private": True})
    yield app
    app.extensions["quotegraph"].close()


@pytest.fixture
def client(app):
    return app.test_client()


def _statement_count(client, graph: str) -> int:
    q = f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s <https://quotegraph.org/ontology#content> ?c }} }}"
    r = client.get("/sparql", query_string={"query": q, "format": "csv"})
    return int(r.data.splitlines()[1])


def test_json_text_is_loaded_and_reposting_is_unchanged(client):
    r = client.post("/articles", json={"text": STORY, "title": "Parler sues Amazon"}, headers=AUTH)
    assert r.status_code == 201, r.data
    body = r.get_json()
    assert body["status"] == "loaded" and body["graph"].startswith("https://quotegraph.org/id/graph/")
    assert body["statements"] and all(s.startswith("https://quotegraph.org/id/statement/") for s in body["statements"])
    assert _statement_count(client, body["graph"]) == len(body["statements"])
    again = client.post("/articles", json={"text": STORY, "title": "Parler sues Amazon"}, headers=AUTH)
    assert again.status_code == 200 and again.get_json()["status"] == "unchanged"
    assert again.get_json()["graph"] == body["graph"]


def test_plain_text_and_html_bodies(client):
    r = client.post(
        "/articles?title=Plain",
        data=STORY + " Apple and Google pulled the app.",
        content_type="text/plain",
        headers=AUTH,
    )
    assert r.status_code == 201, r.data
    r = client.post("/articles", data=HTML, content_type="text/html", headers=AUTH)
    assert r.status_code == 201, r.data
    assert r.get_json()["statements"]


@pytest.mark.parametrize(
    "kwargs,needle",
    [
        ({"data": "{not json", "content_type": "application/json"}, b"does not parse"),
        ({"json": {"title": "no text"}}, b'send {"url"'),
        ({"json": {"text": "   "}}, b"no text"),
        ({"data": b"\x00\x01\x02binary", "content_type": "application/octet-stream"}, b""),
        ({"data": "", "content_type": "text/plain"}, b"empty"),
    ],
)
def test_bad_bodies_are_400(client, kwargs, needle):
    r = client.post("/articles", headers=AUTH, **kwargs)
    assert r.status_code == 400 and needle in r.data


def test_needs_the_token(client):
    assert client.post("/articles", json={"text": STORY}).status_code == 401


def test_url_is_fetched_and_unreachable_url_fails_cleanly(client, tmp_path):
    page = tmp_path / "story.html"
    page.write_text(HTML, encoding="utf-8")

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=str(tmp_path), **kwargs)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/story.html"
        r = client.post("/articles", json={"url": url}, headers=AUTH)
        assert r.status_code == 201, r.data
        assert r.get_json()["source"] == url
        missing = client.post("/articles", json={"url": url.replace("story", "missing")}, headers=AUTH)
        assert missing.status_code == 422 and b"404" in missing.data
    finally:
        server.shutdown()
        server.server_close()
    ask = f"ASK {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(CONTAINS(STR(?g), {quote('graph')!r})) }}"
    assert client.get("/sparql", query_string={"query": ask.replace("'", '"')}).get_json()["boolean"]


DENIAL_STORY = (
    "In a complaint filed Monday, Parler alleged that AWS acted out of political animus and to favour "
    'Twitter. An AWS spokesperson said there was "no merit to these claims." The spokesperson said '
    "Parler had hosted content that incited violence and that it would not remove it."
)


@pytest.mark.parametrize("party", ["amazon-web-services", "amazon"])
def test_posted_denial_answers_which_claims_the_party_disputed(client, party):
    """The founding question, end to end over HTTP: post an article, then ask the competency query."""
    from kg.paths import QUERIES_DIR

    r = client.post("/articles", json={"text": DENIAL_STORY, "title": "AWS denies"}, headers=AUTH)
    assert r.status_code in (200, 201), r.data
    query = (QUERIES_DIR / "claims-disputed-by-party.rq").read_text()
    query = query.replace("party/amazon-web-services>", f"party/{party}>")
    rows = client.get(
        "/sparql", query_string={"query": query}, headers={"Accept": "application/sparql-results+json"}
    ).get_json()
    found = {(b["claimantName"]["value"], b["claimContent"]["value"]) for b in rows["results"]["bindings"]}
    assert ("Parler", "that AWS acted out of political animus and to favour Twitter") in found
