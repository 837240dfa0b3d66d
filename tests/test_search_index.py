"""The SQLite FTS5 side index: ranking, paging, keeping in step with the store, the /search page."""

from __future__ import annotations

import re
import sqlite3

import pytest
from pages_support import ANIMUS, BASE, HOSTILE, STORY, app_with, file_graph
from pages_support import story_store as store  # noqa: F401 - a fixture
from rdflib import Graph, Literal, URIRef

from kg.build.namespace import QG, RDF
from kg.read import search_index
from kg.store import OxigraphStore

AWS = BASE + "party/amazon-web-services"


def load_files(store, *paths) -> None:
    """Graphs written straight to the store, as a SPARQL update or another process would: what the
    index must notice by itself (pages_support.load_files goes through the load path instead)."""
    store.replace_graphs({file_graph(p): Graph().parse(p, format="turtle") for p in paths})


def iris(result):
    return [hit["iri"] for hit in result["hits"]]


def test_exact_alias_ranks_its_party_first(store):
    result = search_index.search(store, "AWS")
    assert iris(result)[0] == AWS
    assert result["hits"][0]["kind"] == "party"
    assert {"text": "AWS", "hit": True} in result["hits"][0]["name"]
    assert ANIMUS in iris(result)


def test_words_match_as_prefixes_and_all_must_match(store):
    assert iris(search_index.search(store, "matz"))[:1] == [BASE + "party/john-matze"]
    both = search_index.search(store, "animus twit")
    assert set(iris(both)) == {ANIMUS, BASE + "statement/f0e1d2c3b4a59687/animus"}
    assert search_index.search(store, "animus zebra")["total"] == 0


def test_a_party_named_in_many_graphs_is_one_hit(store):
    duplicate = Graph()
    duplicate.add((URIRef(AWS), QG.name, Literal("Amazon Web Services")))
    duplicate.add((URIRef(AWS), QG.alias, Literal("AWS")))
    store.replace_graph(BASE + "graph/file/other", duplicate)
    result = search_index.search(store, "AWS", max_age=0)
    assert iris(result).count(AWS) == 1


@pytest.mark.parametrize(
    "query",
    ['"', "AND OR NOT", "a*b^c", "NEAR(a b)", "col:x", "'; DROP TABLE docs; --", "  ", "parler OR zebra", "matz*"],
)
def test_fts_syntax_in_the_query_is_plain_words(store, query):
    """Operators are words like any other: the answer is that of the words alone, and the index survives."""
    result = search_index.search(store, query)
    plain = search_index.search(store, " ".join(re.findall(r"\w+", query)))
    assert result["q"] == query and iris(result) == iris(plain) and result["total"] == plain["total"]
    assert iris(search_index.search(store, "AWS"))[0] == AWS


def test_paging(store):
    first = search_index.search(store, "parler", page=1, per_page=2)
    second = search_index.search(store, "parler", page=2, per_page=2)
    assert first["total"] == second["total"] >= 4 and first["pages"] == -(-first["total"] // 2)
    assert len(first["hits"]) == 2 and not set(iris(first)) & set(iris(second))
    beyond = search_index.search(store, "parler", page=99, per_page=2)
    assert beyond["page"] == beyond["pages"]


def test_index_graphs_and_remove_graphs_keep_it_in_step(store):
    search_index.search(store, "x")
    graph = Graph()
    party = URIRef(BASE + "party/zanzibar-trading")
    graph.add((party, RDF.type, QG.Organization))
    graph.add((party, QG.name, Literal("Zanzibar Trading")))
    store.replace_graph(BASE + "graph/file/zanzibar", graph)
    search_index.index_graphs(store, [BASE + "graph/file/zanzibar"])
    assert iris(search_index.search(store, "zanzibar", max_age=3600)) == [str(party)]
    store.drop_graph(BASE + "graph/file/zanzibar")
    search_index.remove_graphs(store, [BASE + "graph/file/zanzibar"])
    assert search_index.search(store, "zanzibar", max_age=3600)["total"] == 0


def test_sync_catches_writes_made_behind_its_back(store):
    assert search_index.search(store, "evil")["total"] == 0
    load_files(store, HOSTILE)
    assert search_index.search(store, "evil", max_age=3600)["total"] == 0
    assert iris(search_index.search(store, "evil", max_age=0)) == [BASE + "party/evil-corp"]
    store.drop_graph(file_graph(HOSTILE))
    assert search_index.search(store, "evil", max_age=0)["total"] == 0


def test_changed_graph_is_reindexed_by_its_stamp(store):
    index = search_index.open_index(store)
    index.sync(store)
    graph = Graph().parse(STORY)
    graph.remove((URIRef(BASE + "party/twitter"), QG.name, None))
    graph.add((URIRef(BASE + "party/twitter"), QG.name, Literal("Twitter Inc")))
    store.replace_graph(file_graph(STORY), graph)
    assert index.sync(store) == {"indexed": 1, "removed": 0}
    assert iris(index.search("twitter inc")) == [BASE + "party/twitter"]
    same_size = Graph().parse(STORY)
    same_size.remove((URIRef(BASE + "party/twitter"), QG.name, None))
    same_size.add((URIRef(BASE + "party/twitter"), QG.name, Literal("Twittex")))
    same_size.add((URIRef(file_graph(STORY)), QG.contentHash, Literal("a new load")))
    store.replace_graph(file_graph(STORY), same_size)
    assert index.sync(store) == {"indexed": 1, "removed": 0}
    assert iris(index.search("twittex")) == [BASE + "party/twitter"]
    assert index.sync(store) == {"indexed": 0, "removed": 0}


def test_a_write_generation_decides_when_to_sync(store):
    index = search_index.open_index(store)
    index.sync_if_due(store, max_age=3600, generation="g1")
    load_files(store, HOSTILE)
    index.sync_if_due(store, max_age=0, generation="g1")
    assert index.search("evil")["total"] == 0
    index.sync_if_due(store, max_age=3600, generation="g2")
    assert index.search("evil")["total"] == 1


def test_on_disk_index_lives_beside_the_store_and_is_rebuilt_when_missing(tmp_path):
    path = tmp_path / "store"
    store = OxigraphStore(path)
    load_files(store, STORY)
    assert search_index.search(store, "AWS")["total"] > 0
    index_file = path / search_index.INDEX_FILE
    assert index_file.exists()
    with sqlite3.connect(index_file) as db:
        assert db.execute("SELECT COUNT(*) FROM graphs").fetchone()[0] == 1
    search_index.open_index(store).close()
    store.close()
    index_file.unlink()
    reopened = OxigraphStore(path)
    assert iris(search_index.search(reopened, "AWS"))[0] == AWS
    reopened.close()


def test_search_page_and_json_twin():
    with app_with(STORY) as app:
        client = app.test_client()
        response = client.get("/search?q=AWS")
        body = response.get_data(as_text=True)
        assert response.status_code == 200 and "<mark>AWS</mark>" in body
        assert 'href="/id/party/amazon-web-services"' in body
        data = client.get("/search.json?q=AWS").get_json()
        assert data["hits"][0]["iri"] == AWS and data["total"] >= 3
        assert client.get("/search?q=AWS&format=json").get_json() == data
        empty = client.get("/search?q=qqqzzz").get_data(as_text=True)
        assert "Nothing matches" in empty
        assert "Type a party" in client.get("/search").get_data(as_text=True)
