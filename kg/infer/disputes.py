"""Which statements a denial or confirmation answers in its own article, and why.

A careful reader draws a dispute link only to what the *other side* claimed: never to the
denier's own statements or its side's (the parties credited with it, the organisations its
speaker speaks for, and everything above them in the hierarchy), nor to words the article
also gives to the denier's side (an extractor reading one sentence twice), never to a
statement made after the denial, never to a reporter's own words (a statement whose speaker
is the outlet that reports it), never to what is not a statement. Links come from extraction
(``qg:disputes``, with the rule and the words that triggered it as a ``qg:basis``) or from
the one rule inference adds: a denial naming a party (``qg:disputesParty``: "AWS denied
Parler's accusations") and linking to nothing in particular answers that party's claims
*about the denier's side* in its own article, never what the party says of itself ("it had
removed the posts"). It reaches other articles only through the claims those reports belong
to (``kg.infer.clusters``), never by party and date alone: the article's reading must
support every link.

Every link gets a basis node; one inference does not carry to the claim is kept with
``qg:rejectedBecause``, so a page can show it and a bad rule can be found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rdflib import Literal, URIRef

from kg.build.iris import Minter
from kg.build.namespace import OA, QG, RDF
from kg.infer.lookup import Facts

STATED, NAMED_PARTY = "stated", "named party"
OWN_SIDE, LATER, REPORTER, NOT_A_STATEMENT = "own side", "later", "reporter's own words", "not a statement"
OWN_WORDS = "own side's words"
_SELF = {"it", "its", "we", "our", "they", "their", "i", "my", "he", "his", "she", "her"}
_LEAD = re.compile(r"^\W*(?:that\s+)?(?:(?:without|with|after|before|for|in|on|by|despite|under)\b[^,]{0,60},\s*)?")
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

    def __init__(self, facts: Facts, asserted: set, statements: set, minter: Minter, curated_names: dict):
        self.facts = facts
        self.curated_names = curated_names
        self.asserted = asserted
        self.statements = statements
        self.minter = minter
        self.outlets = {o for s in statements for o in facts.objects(s, QG.reportedBy)}
        self.names: dict = {}
        name = QG.name
        for s, p, o in asserted:
            if p == name:
                self.names.setdefault(s, set()).add(str(o))
        self.known: dict = {}
        self.spans = {s: span for s in statements if (span := _content_span(facts, s)) is not None}

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
        if self._words_of_side(target, self.side(source)):
            return OWN_WORDS
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
            reasons = {pair: self.rejection(*pair) for pair in stated}
            answered = {s for (s, _), reason in reasons.items() if reason is None}
            drawn = {(s, t): p for s, t, p in self._named_party(party_predicate, answered)}
            drawn |= stated
            for (source, target), party in drawn.items():
                basis = self.minter.basis(source, target)
                reason = reasons[(source, target)] if (source, target) in reasons else self.rejection(source, target)
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

    def _words_of_side(self, target, side: set) -> bool:
        """Whether most of ``target``'s words are also given, in this article, to a statement of ``side``."""
        span = self.spans.get(target)
        if span is None or not side:
            return False
        for other, (start, end) in self.spans.items():
            if other == target or not self.side(other) & side:
                continue
            if min(span[1], end) - max(span[0], start) >= (span[1] - span[0]) / 2:
                return True
        return False

    def _names_of(self, parties: set) -> set[str]:
        """Every name and alias the article and the curated parties give the parties (the article may use another)."""
        for party in parties - set(self.known):
            self.known[party] = self.names.get(party, set()) | self.curated_names.get(party, set())
        return {n.lower() for p in parties for n in self.known.get(p, ())}

    def _named_party(self, predicate, answered: set):
        """A denial naming a party answers that party's claims about the denier's side in this article.

        Only for a denial whose words link to nothing in particular (none in ``answered``): when
        extraction found what it answers, the party it names says whose those words are, not that
        it answers all of theirs. A claim whose subject is its own claimant ("it had removed the
        posts", "Without AWS, Parler is finished") is the claimant speaking of itself: it may name
        the denier, but a denial of the claimant's accusations does not answer it.
        """
        facts = self.facts
        for source, party in facts.pairs(predicate):
            if source not in self.statements or source in answered or party in self.outlets:
                continue
            side = self.side(source)
            if party in side:
                continue
            for target in self.statements:
                if (
                    facts.has(target, QG.creditedTo, party)
                    and facts.has(target, RDF.type, QG.Claim)
                    and self._is_about(target, side)
                    and not self._speaks_of_itself(target)
                    and not self._told_after(target, source)
                ):
                    yield source, target, party

    def _told_after(self, target, source) -> bool:
        """Whether the article tells ``target`` after ``source``: a denial answers what it follows, not the
        charges the story goes on to report ("AWS: there was no agreement with Twitter." then, paragraphs
        later, "it now accuses Amazon of defamation")."""
        spans = self.spans.get(target), self.spans.get(source)
        return spans[0] is not None and spans[1] is not None and spans[0][0] > spans[1][1]

    def _speaks_of_itself(self, statement) -> bool:
        """Whether a statement's words open, past a leading 'that' or phrase, on a pronoun or a name of its own side."""
        words = min((str(c) for c in self.facts.objects(statement, QG.content)), default="").lower()
        rest = _LEAD.sub("", words, count=1)
        first = re.match(r"[a-z]+", rest)
        if first and first.group() in _SELF:
            return True
        return any(rest.startswith(name) for name in self._names_of(self.side(statement)) if name)

    def _is_about(self, statement, parties: set) -> bool:
        """Whether a statement is about one of ``parties``: ``qg:about``, or a name of theirs in its words."""
        if self.facts.objects(statement, QG.about) & parties:
            return True
        words = " ".join(str(c) for c in self.facts.objects(statement, QG.content)).lower()
        return any(re.search(rf"\b{re.escape(name)}\b", words) for name in self._names_of(parties) if name)

    def _name(self, party) -> str:
        return min(self.names.get(party) or {str(n) for n in self.facts.objects(party, QG.name)} or {""})


def _content_span(facts: Facts, statement) -> tuple[int, int] | None:
    """Where a statement's words sit in its article (its content evidence's offsets), if recorded:
    on the evidence itself (``qg:start``/``qg:end``), or in a W3C position selector (older graphs)."""
    for evidence in facts.objects(statement, QG.evidence):
        if not any(str(role) == "content" for role in facts.objects(evidence, QG.evidenceRole)):
            continue
        located = [(evidence, QG.start, QG.end)]
        for target in facts.objects(evidence, OA.hasTarget):
            located += [(selector, OA.start, OA.end) for selector in facts.objects(target, OA.hasSelector)]
        for node, first, last in located:
            start, end = facts.objects(node, first), facts.objects(node, last)
            if start and end:
                return int(min(start).toPython()), int(max(end).toPython())
    return None


def _not_after(claimed: set, denied: set) -> bool:
    """A denial cannot answer a claim made after it (unknown dates do not exclude)."""
    if not claimed or not denied:
        return True
    try:
        return min(c.toPython() for c in claimed) <= max(d.toPython() for d in denied)
    except TypeError:
        return True
