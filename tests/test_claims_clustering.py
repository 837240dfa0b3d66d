"""Near-identical words from the same party are one claim; status follows disputes and confirmations."""

from __future__ import annotations

from rdflib import Literal, Namespace

from kg.build.namespace import QG
from kg.infer.claims import claim_keys, jaccard, key_triples, same_claim_links, similar, spread, status, tokens

X = Namespace("https://quotegraph.org/id/statement/")
PARLER, AWS = (
    Namespace("https://quotegraph.org/id/party/")["parler"],
    Namespace("https://quotegraph.org/id/party/")["aws"],
)

ANIMUS = "AWS's decision to suspend Parler was motivated by political animus"
ANIMUS_AGAIN = "AWS\u2019s decision to suspend Parler's account was motivated by political animus"
OTHER = "Amazon breached its contract with Parler by cutting off service"


def test_tokens_fold_case_and_curly_apostrophes():
    assert tokens("AWS\u2019s Decision") == tokens("aws's decision") == {"aws's", "decision"}


def test_jaccard_and_threshold():
    assert jaccard(tokens(ANIMUS), tokens(ANIMUS_AGAIN)) == 9 / 12
    assert similar(tokens(ANIMUS), tokens(ANIMUS_AGAIN))
    assert not similar(tokens(ANIMUS), tokens(OTHER))
    assert not similar(tokens("no comment"), tokens("no comment")), "two words are too few to call a claim"


def test_near_identical_texts_share_a_minhash_band_and_unrelated_ones_do_not():
    assert claim_keys(tokens(ANIMUS), PARLER) & claim_keys(tokens(ANIMUS_AGAIN), PARLER)
    assert not claim_keys(tokens(ANIMUS), PARLER) & claim_keys(tokens(OTHER), PARLER)
    assert claim_keys(tokens(ANIMUS), PARLER) == claim_keys(tokens(ANIMUS.upper()), PARLER), "deterministic, case-blind"
    assert len(claim_keys(tokens(ANIMUS), PARLER)) == 8
    assert claim_keys(tokens("too short"), PARLER) == set()


def test_claim_keys_are_scoped_by_party():
    """Another party's near-identical words are never a candidate, so lookups stay small."""
    assert not claim_keys(tokens(ANIMUS), PARLER) & claim_keys(tokens(ANIMUS), AWS)
    keys = key_triples({X.a: (ANIMUS, frozenset({PARLER, AWS})), X.b: ("too short", frozenset({PARLER}))})
    assert {o for _, _, o in keys} == {
        Literal(k) for k in claim_keys(tokens(ANIMUS), PARLER) | claim_keys(tokens(ANIMUS), AWS)
    }
    assert {s for s, _, _ in keys} == {X.a}


def test_the_same_words_from_another_party_are_another_claim():
    own = {X.a: (tokens(ANIMUS), frozenset({PARLER}))}
    assert same_claim_links(own, {X.b: (tokens(ANIMUS_AGAIN), frozenset({PARLER}))}) == {(X.a, X.b)}
    assert same_claim_links(own, {X.b: (tokens(ANIMUS_AGAIN), frozenset({AWS}))}) == set()
    assert same_claim_links(own, {X.b: (tokens(OTHER), frozenset({PARLER}))}) == set()


def test_disputing_one_report_disputes_every_report_of_the_claim():
    triples = {
        (X.d, QG.disputes, X.a),
        (X.a, QG.sameClaimAs, X.b),
        (X.a, QG.sameClaimAs, X.c),
        (X.f, QG.confirms, X.b),
        (X.b, QG.sameClaimAs, X.a),
    }
    assert spread(triples) == {(X.d, QG.disputes, X.b), (X.d, QG.disputes, X.c), (X.f, QG.confirms, X.a)}


def test_status_prefers_disputed_over_confirmed():
    assert status(True, True) == QG.Disputed
    assert status(False, True) == QG.Confirmed
    assert status(False, False) == QG.Unchallenged
