"""Which statements a denial or confirmation answers in its own article, and why.

A careful reader draws a dispute link only to what the *other side* claimed: never to the
denier's own statements or its side's (the parties credited with it, the organisations its
speaker speaks for, and everything above them in the hierarchy), never to a statement made
after the denial, never to a reporter's own words (a statement whose speaker is the outlet
that reports it), never to what is not a statement. Links come from extraction
(``qg:disputes``, with the rule and the words that triggered it as a ``qg:basis``) or from
the one rule inference adds: a denial naming a party (``qg:disputesParty``: "AWS denied
Parler's accusations") answers that party's claims *in its own article*. It reaches other
articles only through the claims those reports belong to (``kg.infer.clusters``), never by
party and date alone: the article's reading must support every link.

Every link gets a basis node; one inference does not carry to the claim is kept with
``qg:rejectedBecause``, so a page can show it and a bad rule can be found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rdflib import Literal, URIRef

from kg.build.iris import Minter
from kg.build.namespace import QG, RDF
from kg.infer.lookup import Facts, Lookup

STATED, NAMED_PARTY = "stated", "named party"
OWN_SIDE, LATER, REPORTER, NOT_A_STATEMENT = "own side", "later", "reporter's own words", "not a statement"
_KINDS = {QG.disputes: (QG.disputesParty, QG.DisputeBasis), QG.confirms: (QG.confirmsParty, QG.ConfirmBasis)}
_NOT_STATEMENTS = (QG.Party, QG.Source, QG.Evidence, QG.Affiliation, QG.LinkBasis, QG.ClaimCluster)


@dataclass(frozen=True)
class Link:
    """``source`` disputes (``kind`` = qg:disputes) or confirms ``target``, a report in its article."""

    kind: URIRef
    source: URIRef
    target: URIRef


class LocalLinks:
    """The links of one graph's statements, over the graph's closure (``facts``)."""

    def __init__(self, facts: Facts, asserted: set, statements: set, minter: Minter, lookup: Lookup):
        self.facts = facts
        self.asserted = asserted
        self.statements = statements
        self.minter = minter
        self.lookup = lookup
        self.outlets = {o for s in statements for o in facts.objects(s, QG.reportedBy)}
        self.names: dict = {}
        for s, p, o in asserted:
            if p == QG.name:
                self.names.setdefault(s, set()).add(str(o))
        self.known: dict = {}

    def side(self, statement) -> set:
        """The parties a statement speaks for: those credited with it, and whom its speaker speaks for, upwards."""
        facts = self.facts
        parties = set(facts.objects(statement, QG.creditedTo))
        for speaker in facts.objects(statement, QG.speaker):
            for organization in facts.objects(speaker, QG.speaksFor):
                parties |= {organization} | facts.objects(organization, QG.subOrganizationOf)
        return parties

    def rejection(self, source, target) -> str | None:
        """Why a careful reader would not draw this link, or None."""
        facts = self.facts
        if target not in self.statements and any(facts.has(target, RDF.type, c) for c in _NOT_STATEMENTS):
            return NOT_A_STATEMENT
        if target == source or self.side(source) & self.side(target):
            return OWN_SIDE
        if facts.objects(target, QG.speaker) & facts.objects(target, QG.reportedBy):
            return REPORTER
        if not _not_after(facts.objects(target, QG.statedOn), facts.objects(source, QG.statedOn)):
            return LATER
        return None

    def derive(self) -> tuple[set, set[Link]]:
        """(derived triples, accepted links): named-party links, basis nodes, rejections."""
        triples: set = set()
        accepted: set[Link] = set()
        for kind, (party_predicate, basis_class) in _KINDS.items():
            stated = {(s, t): None for s, t in self.facts.pairs(kind) if (s, kind, t) in self.asserted}
            drawn = {(s, t): p for s, t, p in self._named_party(party_predicate)}
            drawn |= stated
            for (source, target), party in drawn.items():
                basis = self.minter.basis(source, target)
                reason = self.rejection(source, target)
                if party is not None and reason is not None:
                    continue  # the rule only draws what a reader would
                if (source, QG.basis, basis) not in self.asserted:
                    rule, trigger = (STATED, None) if party is None else (NAMED_PARTY, self._name(party))
                    triples |= {
                        (source, QG.basis, basis),
                        (basis, RDF.type, basis_class),
                        (basis, QG.answers, target),
                        (basis, QG.rule, Literal(rule)),
                    }
                    if trigger:
                        triples.add((basis, QG.trigger, Literal(trigger)))
                if party is not None:
                    triples.add((source, kind, target))
                if reason is None:
                    accepted.add(Link(kind, source, target))
                else:
                    triples.add((basis, QG.rejectedBecause, Literal(reason)))
        return triples, accepted

    def _names_of(self, parties: set) -> set[str]:
        """Every name and alias the store knows the parties by (the article may use another)."""
        missing = parties - set(self.known)
        if missing:
            for predicate in (QG.name, QG.alias):
                for party, found in self.lookup.objects(missing, predicate).items():
                    self.known.setdefault(party, set()).update(str(n) for n in found)
            for party in missing:
                self.known.setdefault(party, set()).update(self.names.get(party, ()))
        return {n.lower() for p in parties for n in self.known.get(p, ())}

    def _named_party(self, predicate):
        """A denial naming a party answers that party's statements in this article, other than its denials.

        Only for a denial whose words link to nothing in particular: when extraction found what it
        answers, the party it names says whose those words are, not that it answers all of theirs.
        """
        facts = self.facts
        for source, party in facts.pairs(predicate):
            if source not in self.statements or party in self.outlets or party in self.side(source):
                continue
            side = self.side(source)
            for target in self.statements:
                if (
                    facts.has(target, QG.creditedTo, party)
                    and facts.has(target, RDF.type, QG.Claim)
                    and self._is_about(target, side)
                ):
                    yield source, target, party

    def _is_about(self, statement, parties: set) -> bool:
        """Whether a statement is about one of ``parties``: ``qg:about``, or a name of theirs in its words."""
        if self.facts.objects(statement, QG.about) & parties:
            return True
        words = " ".join(str(c) for c in self.facts.objects(statement, QG.content)).lower()
        return any(re.search(rf"\b{re.escape(name)}\b", words) for name in self._names_of(parties) if name)

    def _name(self, party) -> str:
        return min(self.names.get(party) or {str(n) for n in self.facts.objects(party, QG.name)} or {""})


def _not_after(claimed: set, denied: set) -> bool:
    """A denial cannot answer a claim made after it (unknown dates do not exclude)."""
    if not claimed or not denied:
        return True
    try:
        return min(c.toPython() for c in claimed) <= max(d.toPython() for d in denied)
    except TypeError:
        return True
