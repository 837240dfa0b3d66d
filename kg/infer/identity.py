"""Which party IRIs name the same party, and which of them is canonical.

Articles mint a party IRI from the name they use (``party/aws``,
``party/amazon-web-services``), so one party arrives under several IRIs. Each party publishes
*match keys* (its normalised names, the acronym of a multi-word organisation name, a
person's surname) into its graph's inferred graph, where an index lookup finds it from
any later article; each party also *probes* a slightly wider set of keys (an all-caps
token probes acronyms, a bare surname probes surnames). Two multi-word names never match
through a shared acronym: only the short form does.

The canonical IRI of a group is chosen by rank, never by load order: a party curated in
the parties graphs (shipped ``ontology/parties.ttl`` or the user's edits) beats one that
is not, a party the user merged away loses, then the longest name wins. Aliases are linked
to their canonical IRI with ``owl:sameAs`` and every triple about them is copied onto it,
so queries on the canonical IRI see everything.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from rdflib import Graph, Literal, URIRef

from kg.build.namespace import OWL, QG, RDF

_SKIP_IN_ACRONYM = {"the", "of", "and", "for", "a", "an", "&", "de", "la", "le"}
_ORG_SUFFIXES = {"inc", "corp", "co", "ltd", "llc", "plc", "corporation", "company"}
PERSON, ORGANIZATION, UNKNOWN = "Person", "Organization", "Unknown"
_TYPE_OF_CLASS = {
    QG.Person: PERSON,
    QG.Organization: ORGANIZATION,
    QG.NewsOutlet: ORGANIZATION,
    QG.UnknownParty: UNKNOWN,
}


def normalise(name: str) -> str:
    """Case, accents, punctuation, a leading 'the' and company suffixes do not tell parties apart."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    text = re.sub(r"['\u2019]s\b", "", text)
    words = re.findall(r"[a-z0-9&]+", text)
    if words and words[0] == "the" and len(words) > 1:
        words = words[1:]
    while len(words) > 1 and words[-1] in _ORG_SUFFIXES:
        words = words[:-1]
    return " ".join(words)


def _acronym(name: str) -> str | None:
    words = [w for w in normalise(name).split() if w not in _SKIP_IN_ACRONYM]
    return "".join(w[0] for w in words) if len(words) >= 2 else None


def _is_short_form(name: str) -> bool:
    token = name.strip().replace(".", "")
    return token.isalpha() and token.isupper() and 2 <= len(token) <= 6


@dataclass
class PartyInfo:
    iri: URIRef
    names: set[str] = field(default_factory=set)
    aliases: set[str] = field(default_factory=set)
    kind: str = UNKNOWN
    curated: bool = False
    merged_away: bool = False

    @property
    def name(self) -> str:
        return max(self.names, key=lambda n: (len(n.split()), len(n), n)) if self.names else ""

    def published_keys(self) -> set[str]:
        keys = set()
        for name in self.names | self.aliases:
            norm = normalise(name)
            if not norm:
                continue
            keys.add("n:" + norm)
            if self.kind != PERSON:
                acronym = _acronym(name)
                if acronym:
                    keys.add("a:" + acronym)
            if self.kind == PERSON and len(norm.split()) >= 2:
                keys.add("s:" + norm.split()[-1])
        return keys

    def probe_keys(self) -> set[str]:
        keys = {k for k in self.published_keys() if k.startswith("n:")}
        for name in self.names | self.aliases:
            norm = normalise(name)
            if not norm:
                continue
            if self.kind != PERSON and _is_short_form(name):
                keys.add("a:" + norm)
            if self.kind != PERSON:
                acronym = _acronym(name)
                if acronym:
                    keys.add("n:" + acronym)
            if self.kind != ORGANIZATION and len(norm.split()) == 1:
                keys.add("s:" + norm)
            if self.kind == PERSON and len(norm.split()) >= 2:
                keys.add("n:" + norm.split()[-1])
        return keys

    def rank(self) -> tuple:
        """Smaller is more canonical."""
        name = self.name
        return (self.merged_away, not self.curated, -len(name.split()), -len(name), str(self.iri))


def compatible(a: PartyInfo, b: PartyInfo) -> bool:
    return UNKNOWN in (a.kind, b.kind) or a.kind == b.kind


def parties_in(graph: Graph) -> dict[URIRef, PartyInfo]:
    """The named parties a graph asserts, with what it says about them."""
    found: dict[URIRef, PartyInfo] = {}
    for cls, kind in _TYPE_OF_CLASS.items():
        for party in graph.subjects(RDF.type, cls):
            if isinstance(party, URIRef):
                info = found.setdefault(party, PartyInfo(party))
                if info.kind == UNKNOWN:
                    info.kind = kind
    for party, name in graph.subject_objects(QG.name):
        if isinstance(party, URIRef):
            found.setdefault(party, PartyInfo(party)).names.add(str(name))
    for party, alias in graph.subject_objects(QG.alias):
        if party in found:
            found[party].aliases.add(str(alias))
    return {iri: info for iri, info in found.items() if info.names}


def key_triples(parties: dict[URIRef, PartyInfo]) -> set:
    return {(info.iri, QG.matchKey, Literal(key)) for info in parties.values() for key in info.published_keys()}


def group_canonical(infos: list[PartyInfo]) -> PartyInfo:
    return min(infos, key=PartyInfo.rank)


def resolve(
    own: dict[URIRef, PartyInfo],
    candidates: dict[URIRef, PartyInfo],
    matches: dict[URIRef, set[URIRef]],
    partners: dict[URIRef, set[URIRef]],
) -> dict[URIRef, URIRef]:
    """Canonical IRI for each of ``own``'s parties that is not its own canonical.

    ``matches`` maps an own party to the candidates found under its probe keys,
    ``partners`` a party to those it is already ``owl:sameAs``. A bare surname only
    resolves when exactly one person carries it.
    """
    everyone = {**candidates, **own}
    result = {}
    for iri, info in own.items():
        found = {c for c in matches.get(iri, ()) if c in everyone and compatible(info, everyone[c])}
        surname_only = info.kind != ORGANIZATION and len(normalise(info.name).split()) == 1
        if surname_only:
            people = {c for c in found if everyone[c].kind == PERSON and len(normalise(everyone[c].name).split()) > 1}
            groups = {
                group_canonical([everyone[p] for p in {c} | partners.get(c, set()) if p in everyone]).iri
                for c in people
            }
            if len(groups) > 1:
                found -= people
        group = {iri} | found
        for member in list(group):
            group |= partners.get(member, set())
        best = group_canonical([everyone[m] for m in group if m in everyone])
        if best.iri != iri:
            result[iri] = best.iri
    return result


def same_as_triples(mapping: dict[URIRef, URIRef]) -> set:
    return {
        (a, OWL.sameAs, b) for alias, canonical in mapping.items() for a, b in ((alias, canonical), (canonical, alias))
    }


def canonical_copies(triples, mapping: dict[URIRef, URIRef]) -> set:
    """Every triple mentioning an alias, restated with the canonical IRI."""
    out = set()
    if not mapping:
        return out
    for s, p, o in triples:
        cs, co = mapping.get(s, s), mapping.get(o, o)
        if (cs is not s or co is not o) and p != OWL.sameAs:
            out.add((cs, p, co))
    return out
