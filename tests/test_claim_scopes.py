"""Claim keys are scoped by a party's ``n:`` keys alone, and that joins exactly the reports every key joined."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st
from rdflib import URIRef

from kg.infer import claims
from kg.infer.party_match import CONFLICT, ORGANIZATION, PERSON, UNKNOWN, PartyInfo

KINDS = (PERSON, ORGANIZATION, UNKNOWN, CONFLICT)
# Names as news writes them: full names, bare surnames, acronyms, short forms, 'the', suffixes, initials.
NAMES = (
    "John Matze",
    "Matze",
    "Mr. Matze",
    "Amazon Web Services",
    "AWS",
    "Amazon",
    "Amazon.com, Inc.",
    "The Wall Street Journal",
    "WSJ",
    "Wall Street Journal",
    "Parler",
    "Parler LLC",
    "U.S. Department of Justice",
    "DOJ",
    "Justice",
    "Jeff Bezos",
    "Bezos",
    "J. Bezos",
    "Web Services",
    "Matze Web Services",
)


def every_key(info: PartyInfo) -> set[str]:
    """What claim keys were scoped by before: every key the party publishes or probes."""
    return info.published_keys() | info.probe_keys()


def party(names, kind: str, n: int = 0) -> PartyInfo:
    return PartyInfo(URIRef(f"https://quotegraph.org/id/party/p{n}"), set(names), set(), kind)


parties = st.builds(
    party, st.sets(st.sampled_from(NAMES), min_size=1, max_size=3), st.sampled_from(KINDS), st.integers(0, 3)
)


@given(parties)
def test_every_key_comes_with_the_n_key_of_its_string(info: PartyInfo) -> None:
    keys = every_key(info)
    assert {"n:" + k.split(":", 1)[1] for k in keys} <= keys
    assert info.scope_keys() == {k for k in keys if k.startswith("n:")}


@given(parties, parties)
def test_two_parties_share_a_scope_key_exactly_when_they_share_any_key(a: PartyInfo, b: PartyInfo) -> None:
    assert bool(a.scope_keys() & b.scope_keys()) == bool(every_key(a) & every_key(b))


def test_same_claim_answers_as_with_every_key_for_every_pair_of_names_and_kinds() -> None:
    words = claims.tokens("the complaint alleged that aws acted out of political animus toward parler")
    close = claims.tokens("the complaint alleged aws acted out of political animus toward parler")
    infos = [party({name}, kind) for name in NAMES for kind in KINDS]
    reports = {
        (scope, text, n): (text, frozenset(k for key in keys(info) for k in claims.claim_keys(text, f"key:{key}")))
        for scope, keys in (("every", every_key), ("n", PartyInfo.scope_keys))
        for text in (words, close)
        for n, info in enumerate(infos)
    }
    for a, b in itertools.product(range(len(infos)), repeat=2):
        assert claims.same_claim(reports["n", words, a], reports["n", close, b]) == claims.same_claim(
            reports["every", words, a], reports["every", close, b]
        ), (infos[a], infos[b])


def test_a_person_s_full_name_scopes_by_the_name_and_the_surname_only() -> None:
    matze = party({"John Matze"}, PERSON)
    assert every_key(matze) == {"n:john matze", "n:matze", "s:matze"}
    assert matze.scope_keys() == {"n:john matze", "n:matze"}
    text = "there is no merit to these claims at all"
    assert len(claims.statement_keys(text, {f"key:{k}" for k in matze.scope_keys()})) == 2 * 8
