"""The /query page: editor assets served locally, competency questions as examples."""

from __future__ import annotations

import re

import pytest

from kg.paths import QUERIES_DIR
from server import create_app


@pytest.fixture(scope="module")
def client():
    app = create_app({"memory": True, "base": "https://news.example/id/"})
    yield app.test_client()
    app.extensions["quotegraph"].close()


def test_page_lists_every_competency_question(client):
    r = client.get("/query")
    assert r.status_code == 200 and r.mimetype == "text/html"
    html = r.data.decode()
    files = sorted(QUERIES_DIR.glob("*.rq"))
    assert files, "no competency queries installed"
    for path in files:
        title = path.read_text().splitlines()[0].lstrip("#").strip()
        assert title.replace("'", "&#39;") in html or title in html
    assert html.count("data-example=") == len(files)
    assert '"https://news.example/id/"' in html
    assert '"qg": "https://quotegraph.org/ontology#"' in html and "Prefixes declared for you" in html


def test_editor_assets_are_vendored_with_licence(client):
    html = client.get("/query").data.decode()
    assets = re.findall(r'(?:src|href)="(/static/query/[^"]+)"', html)
    assert len(assets) == 5  # CodeMirror's four files and the page's own script (no inline script: CSP)
    for asset in assets:
        r = client.get(asset)
        assert r.status_code == 200 and len(r.data) > 1000
    licence = client.get("/static/query/codemirror/LICENSE")
    assert licence.status_code == 200
    assert b"MIT" in licence.data or b"Permission is hereby granted" in licence.data
    assert not re.search(r'(?:src|href)="https?://', html), "the editor must work offline"


def test_downloads_are_links_the_endpoint_answers_with_the_format_asked(client):
    html = client.get("/query").data.decode()
    for fmt in ("json", "csv", "tsv"):
        assert f'id="dl-{fmt}" href="#" download="results.{fmt}"' in html
    r = client.get("/sparql", query_string={"query": "SELECT (1 AS ?x) {}", "format": "csv"})
    assert r.data == b"x\r\n1\r\n"
    r = client.get("/sparql", query_string={"query": "SELECT (1 AS ?x) {}", "format": "tsv"})
    assert r.data.splitlines() == [b"?x", b"1"]
