"""Near-identical words from the same party are one claim; status follows disputes and confirmations."""

from __future__ import annotations

from rdflib import Namespace

from kg.build.namespace import QG, XSD
from kg.infer.claims import (
    Components,
    claim_keys,
    jaccard,
    key_triples,
    link_similar,
    same_claim,
    similar,
    statement_keys,
    status,
    tokens,
)

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
    keys = key_triples({X.a: statement_keys(ANIMUS, {PARLER, AWS}), X.b: statement_keys("too short", {PARLER})})
    assert {t.object.value for t in keys} == claim_keys(tokens(ANIMUS), PARLER) | claim_keys(tokens(ANIMUS), AWS)
    assert {t.subject.value for t in keys} == {str(X.a)} and {t.predicate.value for t in keys} == {str(QG.claimKey)}
    assert all(t.object.datatype.value == str(XSD.string) for t in keys), "plain literals, as the store holds them"


def test_claim_keys_fit_inside_a_quad():
    """Oxigraph stores a string of up to 15 bytes in the quad itself: keys that fit cost no string-table entry,
    and they are a quarter of a load's quads. Each band still has its own key, for each party."""
    words = tokens("The governor said the new budget would cut taxes for every family in the state")
    keys = claim_keys(words, PARLER) | claim_keys(words, AWS)
    assert len(keys) == 16
    assert all(len(k.encode("utf-8")) <= 15 for k in keys)


def report(text, *parties):
    return tokens(text), statement_keys(text, parties)


def test_the_same_words_from_another_party_are_another_claim():
    assert same_claim(report(ANIMUS, PARLER), report(ANIMUS_AGAIN, PARLER))
    assert not same_claim(report(ANIMUS, PARLER), report(ANIMUS_AGAIN, AWS))
    assert not same_claim(report(ANIMUS, PARLER), report(OTHER, PARLER))


def test_claims_are_the_connected_reports_whatever_the_order():
    """A chain of near-identical reports is one claim even where its ends are not similar."""
    chain = [
        "AWS suspended Parler without warning over political animus",
        "AWS suspended Parler without warning over political animus to help",
        "AWS suspended Parler without warning to help",
    ]
    assert not similar(tokens(chain[0]), tokens(chain[2]))
    reports = {X[f"r{n}"]: report(text, PARLER) for n, text in enumerate(chain)}
    reports[X.other] = report(OTHER, PARLER)
    for order in (list(reports), list(reversed(reports))):
        components = Components()
        link_similar(components, {s: reports[s] for s in order})
        assert sorted(sorted(map(str, g)) for g in components.groups()) == [
            [str(X.other)],
            sorted(str(X[f"r{n}"]) for n in range(3)),
        ]


def test_status_prefers_disputed_over_confirmed():
    assert status(True, True) == QG.Disputed
    assert status(False, True) == QG.Confirmed
    assert status(False, False) == QG.Unchallenged
