"""A party renamed by a later article: the party map changes, no other article's inferred graph does."""

from __future__ import annotations

from claims_support import MINTER, Said, derived_size, load, new_store, party, rows, statement

from kg.load.loader import unload_graphs
from kg.read.base import credited

SHORT, FULL = "XYZ", "Xavier Young Zeta"


def said_by(name: str) -> list[Said]:
    return [Said("s", name, f"{name} will appeal the ruling in federal court next week")]


def rename_after(articles: int) -> tuple:
    """``articles`` articles quoting the short form, then one quoting the full name: (store, its writes)."""
    store = new_store()
    for n in range(articles):
        load(store, f"short{n}", said_by(SHORT))
    return store, load(store, "full", said_by(FULL))


def party_map(store) -> set:
    return rows(store, f"SELECT ?a ?b WHERE {{ GRAPH <{MINTER.party_map_graph}> {{ ?a owl:sameAs ?b }} }}")


def test_a_later_full_name_renames_the_party_in_the_map_only():
    store, writes = rename_after(20)
    own = {str(MINTER.article_graph("full")), str(MINTER.inferred_graph(MINTER.article_graph("full")))}
    shared = {
        str(g)
        for g in (
            MINTER.names_graph,
            MINTER.keys_graph,
            MINTER.party_facts_graph,
            MINTER.claims_graph,
            MINTER.party_map_graph,
        )
    }
    assert set(writes) <= own | shared, "no other article is re-derived"
    assert party_map(store) == {(str(party(SHORT)), str(party(FULL)))}
    patch = writes[str(MINTER.party_map_graph)]
    assert len(patch) == 1 and not patch.removed
    full = derived_size(writes, str(MINTER.article_graph("full")))
    assert full == derived_size(rename_after(1)[1], str(MINTER.article_graph("full")))
    found = {s for (s,) in rows(store, f"SELECT ?s WHERE {{ {credited('?s', f'<{party(FULL)}>')} }}")}
    assert found == {str(statement(f"short{n}", "s")) for n in range(20)} | {str(statement("full", "s"))}
    store.close()


def test_unloading_the_renaming_article_takes_its_map_entries_back():
    store, _ = rename_after(3)
    store.replace_graphs(unload_graphs(store, str(MINTER.article_graph("full"))))
    assert party_map(store) == set()
    store.close()


def test_the_keys_graph_holds_each_match_key_once_however_many_articles_publish_it():
    store, _ = rename_after(5)
    keys = f"GRAPH <{MINTER.keys_graph}> {{ <{party(SHORT)}> qg:matchKey ?k }}"
    published = f"GRAPH ?g {{ <{party(SHORT)}> qg:matchKey ?k }} FILTER(?g != <{MINTER.keys_graph}>)"
    assert rows(store, f"SELECT ?k WHERE {{ {keys} }}") == rows(store, f"SELECT DISTINCT ?k WHERE {{ {published} }}")
    assert rows(store, f"SELECT (COUNT(*) AS ?n) WHERE {{ {published} }}") == {("5",)}
    store.close()
