"""A denial disputes what the other side claimed and it answers; every link says why it was drawn."""

from __future__ import annotations

import pytest
from claims_support import MINTER, Said, article, disputed_by, load, new_store, rows, statement

from kg.build.namespace import QG
from kg.infer.disputes import LATER, NAMED_PARTY, NOT_A_STATEMENT, OWN_SIDE, OWN_WORDS, REPORTER, STATED
from kg.infer.planner import with_inference

ACCUSATION = "AWS breached its contract with Parler by cutting off service"
ANIMUS = "AWS suspended Parler out of political animus against conservatives"
TERMS = "AWS will keep enforcing its terms of service for every customer"
PARENT = "Amazon supports the decision its cloud unit took this weekend"


def aws_denial(sid: str = "d", **kwargs) -> Said:
    return Said(
        sid,
        "AWS spokesperson",
        "There is no merit to these claims",
        QG.Denial,
        on_behalf_of="Amazon Web Services",
        **kwargs,
    )


def basis_of(store, denial, target) -> dict:
    found = rows(
        store,
        f"SELECT ?r ?w ?why WHERE {{ <{denial}> qg:basis ?b . ?b qg:answers <{target}> ; qg:rule ?r "
        f"OPTIONAL {{ ?b qg:trigger ?w }} OPTIONAL {{ ?b qg:rejectedBecause ?why }} }}",
    )
    assert len(found) == 1, found
    rule, trigger, why = next(iter(found))
    return {"rule": rule, "trigger": trigger, "rejected": why}


def test_a_denial_never_disputes_its_own_sides_statements():
    """The AWS spokesperson's denial listed beside AWS's and Amazon's own statements reaches only Parler's."""
    store = new_store()
    said = [
        Said("p", "Parler", ACCUSATION, QG.Allegation),
        Said("a", "AWS spokesperson", TERMS, on_behalf_of="Amazon Web Services"),
        Said("m", "Amazon", PARENT),
        aws_denial(disputes=["p", "a", "m"]),
    ]
    load(store, "own", said)
    d = statement("own", "d")
    assert disputed_by(store, d) == {statement("own", "p")}
    for own in ("a", "m"):
        assert basis_of(store, d, statement("own", own))["rejected"] == OWN_SIDE
    assert basis_of(store, d, statement("own", "p")) == {"rule": STATED, "trigger": None, "rejected": None}
    store.close()


def test_a_denial_naming_its_own_side_draws_nothing():
    store = new_store()
    load(store, "ownparty", [Said("m", "Amazon", PARENT), aws_denial(disputes_party="Amazon")])
    assert disputed_by(store, statement("ownparty", "d")) == set()
    store.close()


def test_a_denial_never_answers_what_was_said_after_it():
    store = new_store()
    said = [
        Said("p", "Parler", ACCUSATION, QG.Allegation, day="2021-01-11"),
        Said("later", "Parler", "Parler asked the court to order AWS to restore its service", day="2021-01-14"),
        aws_denial(disputes=["p", "later"], day="2021-01-12"),
    ]
    load(store, "time", said)
    d = statement("time", "d")
    assert disputed_by(store, d) == {statement("time", "p")}
    assert basis_of(store, d, statement("time", "later"))["rejected"] == LATER
    store.close()


def test_a_reporters_own_words_and_what_is_not_a_statement_are_never_disputed():
    store = new_store()
    said = [
        Said("p", "Parler", ACCUSATION, QG.Allegation),
        Said("r", "Reuters", "Parler went offline on Monday after AWS suspended it"),
        aws_denial(disputes=["p", "r"]),
    ]
    iri_d = statement("words", "d")
    load(store, "words", said)
    assert disputed_by(store, iri_d) == {statement("words", "p")}
    assert basis_of(store, iri_d, statement("words", "r"))["rejected"] == REPORTER
    store.close()
    store = new_store()
    said = [Said("p", "Parler", ACCUSATION, QG.Allegation), aws_denial(disputes=["p"])]
    iri, graph = article("party", said)
    graph.add((iri_d2 := statement("party", "d"), QG.disputes, MINTER.party("Parler")))
    store.replace_graphs(with_inference(store, {iri: graph}))
    assert basis_of(store, iri_d2, MINTER.party("Parler"))["rejected"] == NOT_A_STATEMENT
    assert disputed_by(store, iri_d2) == {statement("party", "p")}
    store.close()


def test_a_denial_naming_a_party_reaches_only_claims_its_article_reports():
    """'AWS denied Parler's accusations' disputes the accusations the article reports, and their other reports only."""
    store = new_store()
    load(
        store,
        "complaint",
        [Said("x", "Parler", ACCUSATION, QG.Allegation), Said("y", "Parler", ANIMUS, QG.Allegation)],
        publisher="Fox News",
    )
    load(store, "bare", [aws_denial(disputes_party="Parler", day="2021-01-13")], day="2021-01-13")
    assert disputed_by(store, statement("bare", "d")) == set(), "the article reports no accusation to answer"
    load(
        store,
        "answer",
        [Said("x", "Parler", ACCUSATION, QG.Allegation), aws_denial(disputes_party="Parler", day="2021-01-13")],
        day="2021-01-13",
    )
    d = statement("answer", "d")
    assert disputed_by(store, d) == {statement("answer", "x"), statement("complaint", "x")}
    assert statement("complaint", "y") not in disputed_by(store, d)
    assert basis_of(store, d, statement("answer", "x")) == {"rule": NAMED_PARTY, "trigger": "Parler", "rejected": None}
    store.close()


def test_a_denial_naming_a_party_never_answers_what_the_article_tells_after_it():
    """Said the same day, the order of the article's words tells what came after: "AWS: there was no deal with
    Twitter" does not answer the new charges the story reports further down."""
    store = new_store()
    said = [
        Said("x", "Parler", ACCUSATION, QG.Allegation, span=(100, 160)),
        aws_denial(disputes_party="Parler", span=(200, 235)),
        Said("y", "Parler", "AWS defamed Parler in the letter it sent to customers", QG.Allegation, span=(900, 955)),
    ]
    load(store, "order", said)
    assert disputed_by(store, statement("order", "d")) == {statement("order", "x")}
    store.close()


def test_a_news_outlet_that_only_reported_the_accusation_is_not_disputed():
    store = new_store()
    said = [
        Said("x", "Parler", ACCUSATION, QG.Allegation),
        Said("r", "Reuters", "Reuters first reported the complaint on Monday evening"),
        aws_denial(disputes_party="Reuters"),
    ]
    load(store, "outlet", said)
    assert disputed_by(store, statement("outlet", "d")) == set()
    store.close()


def test_each_link_keeps_the_rule_and_words_extraction_gave_it():
    store = new_store()
    said = [
        Said("p", "Parler", ACCUSATION, QG.Allegation),
        aws_denial(disputes=["p"], basis={"p": ("anaphora", "these claims")}),
    ]
    load(store, "why", said)
    d = statement("why", "d")
    assert basis_of(store, d, statement("why", "p")) == {
        "rule": "anaphora",
        "trigger": "these claims",
        "rejected": None,
    }
    found = rows(
        store,
        f"SELECT ?c ?t WHERE {{ <{d}> qg:disputesClaim ?c ; qg:basis ?b . ?b qg:answers ?t . ?t qg:ofClaim ?c }}",
    )
    assert {t for _, t in found} == {str(statement("why", "p"))}
    store.close()


def test_a_denial_naming_a_party_does_not_answer_what_the_party_says_of_itself():
    """'AWS called Parler's suit baseless' answers Parler's accusations, not Parler's account of its own conduct."""
    store = new_store()
    said = [
        Said("x", "Parler", ACCUSATION, QG.Allegation),
        Said("own", "Parler", "it had removed the posts AWS flagged and AWS never complained about its pace"),
        Said("plight", "Parler", "Without AWS, Parler is finished as a going concern"),
        aws_denial(disputes_party="Parler"),
    ]
    load(store, "itself", said)
    assert disputed_by(store, statement("itself", "d")) == {statement("itself", "x")}
    store.close()


def test_a_denial_that_names_what_it_answers_is_not_stretched_to_the_partys_other_claims():
    """Extraction found what the denial answers ('these claims'): the party it names says whose they are, no more."""
    store = new_store()
    said = [
        Said("x", "Parler", ACCUSATION, QG.Allegation),
        Said("y", "Parler", ANIMUS, QG.Allegation),
        aws_denial(disputes=["x"], disputes_party="Parler", basis={"x": ("anaphora", "these claims")}),
    ]
    load(store, "named", said)
    assert disputed_by(store, statement("named", "d")) == {statement("named", "x")}
    store.close()


@pytest.mark.parametrize("w3c", [False, True], ids=["compact", "w3c"])
def test_words_the_article_gives_to_the_deniers_side_are_never_disputed_by_it(w3c):
    """One sentence read twice, once as AWS's and once as Parler's: AWS's denial does not dispute its own words.
    The words' offsets are read from either evidence form (graphs written before the compact one hold the W3C form)."""
    store = new_store()
    said = [
        Said("a", "Amazon Web Services", "Parler was unable or unwilling to remove violent posts", span=(100, 160)),
        Said("twice", "Parler", "it was unable or unwilling to remove violent posts", span=(110, 160)),
        Said("x", "Parler", ACCUSATION, QG.Allegation, span=(300, 360)),
        aws_denial(disputes=["twice", "x"], span=(400, 430)),
    ]
    load(store, "twice", said, w3c=w3c)
    d = statement("twice", "d")
    assert disputed_by(store, d) == {statement("twice", "x")}
    assert basis_of(store, d, statement("twice", "twice"))["rejected"] == OWN_WORDS
    store.close()


def test_the_founding_query_shows_only_the_reports_a_denial_answered():
    """A report of the same claim the denial was refused (said after it) is not shown as what it answered."""
    from kg.paths import QUERIES_DIR

    store = new_store()
    said = [
        Said("x", "Parler", ACCUSATION, QG.Allegation, day="2021-01-11"),
        Said("again", "Parler", ACCUSATION, QG.Allegation, day="2021-01-14"),
        aws_denial(disputes=["x", "again"], day="2021-01-12"),
    ]
    load(store, "shown", said)
    d = statement("shown", "d")
    assert basis_of(store, d, statement("shown", "again"))["rejected"] == LATER
    found = list(store.query((QUERIES_DIR / "claims-disputed-by-party.rq").read_text(encoding="utf-8")))
    assert {row["claim"].value for row in found} == {str(statement("shown", "x"))}
    store.close()
