"""Links between statements across articles: same-claim links and the disputes they carry.

What one graph's statements link to elsewhere is found by index key (``qg:claimKey``), never
by scanning: MinHash bands find the same claim reported elsewhere, party-and-week buckets
find the claims a denial naming a party answers, and the denials already stored that answer
a new claim.
"""

from __future__ import annotations

from rdflib import Literal

from kg.build.namespace import QG, RDF
from kg.infer import claims
from kg.infer.lookup import Facts, Lookup
from kg.store.overlay import values


def claim_links(lookup: Lookup, statements: dict, keys: set[str], facts: Facts) -> tuple[set, set, set]:
    """Same-claim links and disputes-party links this graph causes, and the context used.

    ``statements`` maps each of the graph's statements to its text and credited parties;
    ``keys`` are the claim keys they publish. Returns (links, context, keys to publish).
    """
    own = {s: (claims.tokens(text), parties) for s, (text, parties) in statements.items()}
    others: dict = {}
    if keys:
        candidates = {t for t, _ in lookup.keyed(keys)} - set(statements)
        others = _statement_info(lookup, candidates)
    links = set()
    for s, t in claims.same_claim_links(own, others):
        links.add((s, QG.sameClaimAs, t))
    party_links, party_keys = _party_disputes(lookup, facts, statements)
    links |= party_links
    linked = {t for s, p, t in links if t not in statements}
    for predicate in (QG.disputes, QG.confirms):
        linked |= {o for _, o in facts.pairs(predicate) if o not in statements}
    context = _cluster_context(lookup, linked)
    return links, context, party_keys


def _statement_info(lookup: Lookup, statements: set) -> dict:
    if not statements:
        return {}
    text = lookup.objects(statements, QG.content)
    parties = lookup.objects(statements, QG.creditedTo)
    return {t: (claims.tokens(str(min(x))), frozenset(parties.get(t, ()))) for t, x in text.items()}


def _party_disputes(lookup: Lookup, facts: Facts, statements: dict) -> tuple[set, set]:
    """Denials naming a party dispute its claims about the denier from the days before.

    "AWS denied Parler's accusations" reaches Parler's claims that are about AWS (or
    reported in a source mentioning it) made in the ``claims.WINDOW_DAYS`` before the
    denial, in this graph or any other. Both sides publish party-and-week keys so each
    finds the other by index whichever loads first. Returns (links, keys to publish).
    Store lookups are batched over the whole graph: a load pays for each round trip.
    """
    links, keys = set(), set()
    for t in statements:
        if facts.has(t, RDF.type, QG.Denial):
            continue
        for on in facts.objects(t, QG.statedOn):
            for party in facts.objects(t, QG.creditedTo):
                keys.add((t, claims.party_key("claim", party, on)))
    wanted: dict = {}
    for predicate, link in ((QG.disputesParty, QG.disputes), (QG.confirmsParty, QG.confirms)):
        for d in statements:
            said = facts.objects(d, QG.statedOn)
            for party in facts.objects(d, predicate):
                keys |= {(d, claims.party_key("denial", party, on)) for on in said}
                local = {
                    t
                    for t in statements
                    if t != d and facts.has(t, QG.creditedTo, party) and not facts.has(t, RDF.type, QG.Denial)
                }
                links |= {
                    (d, link, t)
                    for t in local
                    if all(_not_after(on, said) for on in facts.objects(t, QG.statedOn) or {None})
                }
                for k in {k for on in said for k in claims.window_keys("claim", party, on, back=True)}:
                    wanted.setdefault(k, set()).add((d, link))
    found = {(t, k) for t, k in lookup.keyed(wanted) if t not in statements}
    dates = lookup.objects({t for t, _ in found}, QG.statedOn)
    recent = {
        (t, d, link)
        for t, k in found
        for d, link in wanted[k]
        if any(claims.within_window(day, facts.objects(d, QG.statedOn)) for day in dates.get(t, ()))
    }
    subjects = _claim_subjects(lookup, {t for t, _, _ in recent})
    links |= {(d, link, t) for t, d, link in recent if subjects.get(t, set()) & facts.objects(d, QG.creditedTo)}
    links |= _earlier_denials(lookup, facts, statements)
    return links, {(s, QG.claimKey, Literal(k)) for s, k in keys}


def _claim_subjects(lookup: Lookup, found: set) -> dict:
    """Per stored claim, the parties it is about or its source mentions."""
    if not found:
        return {}
    subjects = lookup.objects(found, QG.about)
    sources = lookup.objects(found, QG.reportedIn)
    mentioned = lookup.objects(set().union(*sources.values()) if sources else set(), QG.mentions)
    for t, reported in sources.items():
        for source in reported:
            subjects.setdefault(t, set()).update(mentioned.get(source, ()))
    return subjects


def _earlier_denials(lookup: Lookup, facts: Facts, statements: dict) -> set:
    """The rule from the claim's side: denials already stored that name this graph's claimants."""
    wanted: dict = {}
    for t in statements:
        if facts.has(t, RDF.type, QG.Denial):
            continue
        subjects = facts.objects(t, QG.about)
        for source in facts.objects(t, QG.reportedIn):
            subjects |= facts.objects(source, QG.mentions)
        if not subjects:
            continue
        for party in facts.objects(t, QG.creditedTo):
            for day in facts.objects(t, QG.statedOn):
                for k in claims.window_keys("denial", party, day, back=False):
                    wanted.setdefault(k, set()).add((t, party, frozenset(subjects)))
    found = {(d, k) for d, k in lookup.keyed(wanted) if d not in statements}
    denials = {d for d, _ in found}
    if not denials:
        return set()
    credited = lookup.objects(denials, QG.creditedTo)
    dates = lookup.objects(denials, QG.statedOn)
    named = {
        link: lookup.objects(denials, predicate)
        for predicate, link in ((QG.disputesParty, QG.disputes), (QG.confirmsParty, QG.confirms))
    }
    out = set()
    for d, k in found:
        for t, party, subjects in wanted[k]:
            if not credited.get(d, set()) & subjects or not any(
                claims.within_window(day, dates.get(d, set())) for day in facts.objects(t, QG.statedOn)
            ):
                continue
            out |= {(d, link, t) for link, by in named.items() if party in by.get(d, ())}
    return out


def _cluster_context(lookup: Lookup, linked: set) -> set:
    """Reports of the same claims, and who already disputes or confirms them."""
    if not linked:
        return set()
    rows = lookup.select("?t ?x", f"{values('t', linked)} GRAPH ?g {{ ?t <{QG.sameClaimAs}> ?x }}")
    context = {(r["t"], QG.sameClaimAs, r["x"]) for r in rows}
    members = linked | {x for _, _, x in context}
    for predicate in (QG.disputes, QG.confirms):
        for t, found in lookup.subjects(members, predicate).items():
            context |= {(d, predicate, t) for d in found}
    return context


def _not_after(claimed, denied: set) -> bool:
    """A denial cannot answer a claim made after it (unknown dates do not exclude)."""
    if claimed is None or not denied:
        return True
    try:
        return claimed.toPython() <= min(d.toPython() for d in denied)
    except TypeError:
        return True
