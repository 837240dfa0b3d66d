"""A load's writer remembers what it read of party facts and keys between batches, and forgets what it writes."""

from __future__ import annotations

from claims_support import MINTER, Said, article, new_store, party, rows

from kg.build.namespace import QG, RDF
from kg.infer.planner import reasoner_for

SHORT, FULL = "QRV", "Quentin Rowe Ventures"


def said_by(name: str) -> list[Said]:
    return [Said("s", name, f"{name} expects the merger to close before the winter holidays")]


def story(remember: bool, spy: list | None = None):
    """Four writes, one batch each: the short form, the full name, the short form typed a person as well
    (it then merges with no one), the full name again. Returns the party map."""
    store = new_store()
    reasoner = reasoner_for(store)
    steps = [("a", SHORT, ()), ("b", FULL, ()), ("c", SHORT, ((party(SHORT), RDF.type, QG.Person),)), ("d", FULL, ())]

    query, watching = store.query, []

    def watched(text, *args, **kwargs):
        if watching and spy is not None:
            spy.append(text)
        return query(text, *args, **kwargs)

    store.query = watched

    def run() -> None:
        for name, who, extra in steps:
            iri, graph = article(name, said_by(who))
            for triple in extra:
                graph.add(triple)
            watching[:] = [True] if name == "d" else []
            store.replace_graphs(reasoner.plan({iri: graph}))

    if remember:
        with reasoner.remembering():
            run()
    else:
        run()
    store.query = query
    found = rows(store, f"SELECT ?a ?b WHERE {{ GRAPH <{MINTER.party_map_graph}> {{ ?a owl:sameAs ?b }} }}")
    store.close()
    return found


def test_remembered_reads_give_the_party_map_that_fresh_reads_give():
    assert story(remember=True) == story(remember=False)


def test_only_what_changed_since_an_earlier_batch_is_read_again():
    seen: list[str] = []
    story(remember=True, spy=seen)
    # Identity's reads (the write's own patches of these graphs read them too, bound by what it writes).
    facts = [q for q in seen if str(MINTER.party_facts_graph) in q and q.startswith("SELECT ?s ?p ?o")]
    assert not [q for q in facts if f"<{party('Reuters')}>" in q], "the publisher's facts have not changed since a"
    assert [q for q in facts if f"<{party(SHORT)}>" in q], "the short form's facts changed in c"
    keys = [q for q in seen if str(MINTER.keys_graph) in q and q.startswith("SELECT DISTINCT ?p ?k")]
    assert not [q for q in keys if '"n:reuters"' in q], "nor has who holds the publisher's key"
