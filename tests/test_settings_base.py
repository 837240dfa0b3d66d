"""Settings resolve once (flags > environment > defaults), and a custom base reaches every IRI.

The bug this guards: loading under ``https://news.example.org/id/`` put the article graph
under that base but the inferred, names, parties and ontology-closure graphs under
quotegraph.org, and ``kg serve --base`` was ignored by pages and exports.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest

from kg.cli import main
from kg.errors import KgError
from kg.paths import SAMPLES_DIR
from kg.settings import Settings
from kg.store import OxigraphStore
from server import create_app

BASE = "https://news.example.org/id/"
DEFAULT = "https://quotegraph.org/id/"
ARTICLES = SAMPLES_DIR / "articles"


def test_flags_win_over_the_environment_which_wins_over_defaults():
    environ = {"QUOTEGRAPH_BASE": "https://env.example/id", "QUOTEGRAPH_STORE": "/env/store"}
    assert Settings.resolve({}, {}).base == DEFAULT
    assert Settings.resolve({}, environ).base == "https://env.example/id/"
    given = Settings.resolve({"base": BASE, "store": None}, environ)
    assert (given.base, given.store) == (BASE, "/env/store")
    assert given.minter.names_graph.startswith(BASE)


def test_a_base_that_is_not_an_iri_is_refused():
    with pytest.raises(KgError, match="not an absolute IRI"):
        Settings(base="news/id")


def _graphs(store_dir) -> list[str]:
    with OxigraphStore(store_dir) as store:
        return [g for g, _ in store.graphs()]


@pytest.mark.parametrize("how", ["flag", "environment"])
def test_every_graph_of_a_load_is_under_the_base(tmp_path, monkeypatch, capsys, how):
    store = tmp_path / "store"
    flags = ["--base", BASE] if how == "flag" else []
    if how == "environment":
        monkeypatch.setenv("QUOTEGRAPH_BASE", BASE)
    assert main(["load", str(ARTICLES), "--store", str(store), *flags]) == 0
    graphs = _graphs(store)
    kinds = {re.sub(r"/[0-9a-f]{16}$", "", g) for g in graphs}
    # articles, their inferred and status graphs, names, shipped parties, ontology and its closure
    assert {BASE + "graph/article", BASE + "graph/inferred", BASE + "graph/file"} <= kinds
    assert {BASE + "graph/ontology", BASE + "graph/inferred/ontology", BASE + "graph/inferred/names"} <= set(graphs)
    assert [g for g in graphs if not g.startswith(BASE)] == []

    capsys.readouterr()
    assert main(["export", "--store", str(store), *flags]) == 0
    exported = capsys.readouterr().out
    assert BASE in exported and DEFAULT not in exported

    article = next(g for g in graphs if g.startswith(BASE + "graph/article/"))
    assert main(["unload", article, "--store", str(store), *flags]) == 0
    assert [g for g in _graphs(store) if not g.startswith(BASE)] == []


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.links += [value for name, value in attrs if name in ("href", "src") and value]


def test_pages_and_exports_of_a_server_with_a_base(tmp_path):
    app = create_app({"memory": True, "write_token": "t", "base": BASE})
    try:
        client = app.test_client()
        for path in sorted(ARTICLES.glob("*.txt"))[:3]:
            response = client.post(
                "/articles", data=path.read_bytes(), content_type="text/plain", headers={"Authorization": "Bearer t"}
            )
            assert response.status_code == 201, response.get_data(as_text=True)
        assert [g for g, _ in app.extensions["quotegraph"].store.graphs() if not g.startswith(BASE)] == []

        seen, queue = set(), ["/"]
        while queue and len(seen) < 60:
            url = queue.pop(0)
            if url in seen:
                continue
            seen.add(url)
            response = client.get(url)
            assert response.status_code == 200, url
            body = response.get_data(as_text=True)
            assert DEFAULT not in body, f"{url} shows an IRI under the default base"
            if response.mimetype != "text/html":
                continue
            parser = _Links()
            parser.feed(body)
            for link in parser.links:
                parts = urlsplit(link)
                if parts.scheme or parts.netloc:
                    assert not link.startswith(DEFAULT), f"{url} links to {link}"
                elif parts.path.startswith("/id/") and not parts.query:
                    queue.append(parts.path)
        assert any(url.startswith("/id/party/") for url in seen)
        assert any(url.startswith("/id/statement/") for url in seen)
        for url in ("/export.csv", "/export.claimreview.json"):
            response = client.get(url)
            assert response.status_code == 200, url
            assert DEFAULT not in response.get_data(as_text=True)
    finally:
        app.extensions["quotegraph"].close()
