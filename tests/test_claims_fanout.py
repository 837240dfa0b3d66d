"""What one article writes is bounded by the article, not by how popular the claims it touches are."""

from __future__ import annotations

import itertools

from claims_support import MINTER, Said, derived_size, disputed_by, load, new_store, rows, statement
from rdflib import URIRef

from kg.build.namespace import QG
from kg.infer import claims
from kg.load.loader import unload_graphs

ANIMUS = "AWS suspended Parler out of political animus against conservatives"
ANIMUS_AGAIN = "AWS suspended Parler out of political animus against its conservative users"
SUDDEN = "AWS suspended Parler without warning over political animus"
FAVOUR = "AWS suspended Parler without warning to help Twitter"
BRIDGE = "AWS suspended Parler without warning over political animus to help"


def report(n: int, content: str = ANIMUS) -> list[Said]:
    return [Said("p", "Parler", content, QG.Allegation, day="2021-01-11")]


def denial_of(target: str = "p") -> Said:
    return Said(
        "d",
        "AWS spokesperson",
        "There is no merit to these claims",
        QG.Denial,
        on_behalf_of="Amazon Web Services",
        disputes=[target],
    )


def article_names(count: int, prefix: str) -> list[str]:
    """Article keys whose report's digest is not the smallest, so no new report renames the claim."""
    return [f"{prefix}{n}" for n in range(count)]


def unrenamed(name: str, existing: list[str]) -> str:
    """An article key whose report would not name the claim (its digest is not the smallest)."""
    floor = min(claims.statement_id(statement(e, "p")) for e in existing)
    return next(f"{name}{n}" for n in itertools.count() if claims.statement_id(statement(f"{name}{n}", "p")) > floor)


def denial_after_reports(reports: int) -> tuple[dict, set, int]:
    """Load a claim reported ``reports`` times, then one article denying it: (claims patch, reached, derived)."""
    store = new_store()
    names = article_names(reports, "report")
    for name in names:
        load(store, name, report(0))
    key = unrenamed("denial", names)
    writes = load(store, key, [*report(0), denial_of()])
    reached = disputed_by(store, statement(key, "d"))
    assert rows(store, "SELECT (COUNT(*) AS ?n) WHERE { ?d qg:disputesClaim ?c }") == {("1",)}
    store.close()
    return writes[str(MINTER.claims_graph)], reached, derived_size(writes, str(MINTER.article_graph(key)))


def test_one_denial_of_a_claim_reported_in_many_articles_writes_o1():
    """A denial answering a claim fifty outlets carry writes what it writes against one: one link."""
    patch, reached, derived = denial_after_reports(50)
    assert len(reached) == 51
    assert len(patch) + len(patch.removed) <= 8, sorted(patch)
    assert derived == denial_after_reports(1)[2]


def report_after_denials(denials: int) -> tuple[dict, str, int]:
    """A claim disputed in ``denials`` articles, then one more report of it: (claims patch, status, derived)."""
    store = new_store()
    names = article_names(denials, "disputed")
    for name in names:
        load(store, name, [*report(0), denial_of()])
    key = unrenamed("late", names)
    writes = load(store, key, report(0, ANIMUS_AGAIN))
    patch = writes[str(MINTER.claims_graph)]
    assert set(patch) == {(statement(key, "p"), QG.ofClaim, URIRef(next(iter(claims_of(store, names[0])))))}
    found = status(store, key)
    store.close()
    return patch, found, derived_size(writes, str(MINTER.article_graph(key)))


def test_one_report_joining_a_claim_disputed_by_many_denials_writes_o1():
    patch, found, derived = report_after_denials(50)
    assert not patch.removed, "the claim was already disputed: no status changes"
    assert found == "Disputed"
    assert derived == report_after_denials(1)[2]


def claims_of(store, name: str) -> set:
    return {c for (c,) in rows(store, f"SELECT ?c WHERE {{ <{statement(name, 'p')}> qg:ofClaim ?c }}")}


def status(store, name: str) -> str:
    [(value,)] = rows(store, f"SELECT ?st WHERE {{ <{statement(name, 'p')}> qg:ofClaim ?c . ?c qg:status ?st }}")
    return value.rsplit("#", 1)[-1]


def claims_graph(store) -> set:
    return rows(store, f"SELECT ?s ?p ?o WHERE {{ GRAPH <{MINTER.claims_graph}> {{ ?s ?p ?o }} }}")


def quads(store) -> set:
    return rows(store, "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }")


def test_a_report_bridging_two_claims_merges_them_and_unloading_it_splits_them_again():
    store = new_store()
    assert not claims.similar(claims.tokens(SUDDEN), claims.tokens(FAVOUR))
    load(store, "a", report(0, SUDDEN))
    load(store, "b", [*report(0, FAVOUR), denial_of()])
    assert claims_of(store, "a") != claims_of(store, "b")
    assert status(store, "a") == "Unchallenged"
    before = quads(store)
    load(store, "c", report(0, BRIDGE))
    assert claims_of(store, "a") == claims_of(store, "b") == claims_of(store, "c")
    assert status(store, "a") == "Disputed", "the denial of one report reaches the merged claim"
    assert rows(store, "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a qg:ClaimCluster }") == {("2",)}, (
        "the claim, the denial"
    )
    store.replace_graphs(unload_graphs(store, str(MINTER.article_graph("c"))))
    assert quads(store) == before
    store.close()


def test_claims_do_not_depend_on_load_order():
    loads = {
        "a": report(0, SUDDEN),
        "b": [*report(0, FAVOUR), denial_of()],
        "c": report(0, BRIDGE),
        "d": report(0, ANIMUS_AGAIN),
    }
    answers = set()
    for order in itertools.permutations(loads):
        store = new_store()
        for name in order:
            load(store, name, loads[name])
        answers.add(frozenset(claims_graph(store)))
        store.close()
    assert len(answers) == 1


def test_unloading_the_denial_restores_the_claims_status():
    store = new_store()
    for name in ("r1", "r2"):
        load(store, name, report(0))
    before = quads(store)
    load(store, "den", [*report(0), denial_of()])
    assert status(store, "r1") == "Disputed"
    store.replace_graphs(unload_graphs(store, str(MINTER.article_graph("den"))))
    assert status(store, "r1") == "Unchallenged"
    assert quads(store) == before
    store.close()
