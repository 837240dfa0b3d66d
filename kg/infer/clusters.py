"""The claims graph: each statement's claim, who disputes or confirms each claim, its status.

One graph (``Minter.claims_graph``) holds, per statement, ``?s qg:ofClaim ?claim``; per
denial or confirmation, ``qg:disputesClaim``/``qg:confirmsClaim`` to the claim of each report
it answers in its own article; per claim, its type and ``qg:status``. A write patches it
(a ``GraphPatch`` in the same atomic update) with what the write changes, so a report
joining a claim that fifty denials dispute writes one ``qg:ofClaim`` triple, and a denial
answering a claim fifty articles report writes one ``qg:disputesClaim`` triple.

A claim is a connected component of the same-claim relation (``kg.infer.claims``), named
by the smallest digest among its reports:
- a new report joins the claims of every stored report it matches; when it bridges two or
  more, they merge, and every claim whose name changes is renamed on its reports and its
  links (a merge costs the size of the claims renamed; it is rare, and bounded by them);
- a report that leaves (unload, or reload with other words) dissolves its claim, whose other
  reports are clustered again from their words and keys (bounded by that claim's size);
- a status is written only when it changes.
The graph is a function of the store's statements alone: load order, unloads and
``kg reason --full`` all give the same triples.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from rdflib import URIRef

from kg.build.iris import Minter
from kg.build.namespace import QG, RDF, sparql_prologue
from kg.infer import claims
from kg.infer.disputes import Link
from kg.infer.lookup import Lookup
from kg.store import GraphPatch, Store
from kg.store.overlay import to_rdflib, values

CLAIM_LINKS = {QG.disputes: QG.disputesClaim, QG.confirms: QG.confirmsClaim}
Report = tuple[frozenset, frozenset]  # (tokens, claim keys)
_PROLOGUE = sparql_prologue()


class ClaimIndex:
    def __init__(self, store: Store, minter: Minter):
        self.store = store
        self.minter = minter
        self.iri = str(minter.claims_graph)

    def claim(self, node) -> URIRef:
        return self.minter.claim(node if isinstance(node, str) else claims.statement_id(node))

    def _select(self, projection: str, where: str, tail: str = "") -> list[dict]:
        """Rows from the stored claims graph (this update's patch is not in it yet)."""
        text = f"SELECT DISTINCT {projection} WHERE {{ GRAPH <{self.iri}> {{ {where} }} }} {tail}"
        solutions = self.store.query(_PROLOGUE + text)
        names = [v.value for v in solutions.variables]
        return [{n: to_rdflib(row[n]) for n in names if row[n] is not None} for row in solutions]

    def _claims_of(self, statements: Iterable) -> dict:
        statements = set(statements)
        if not statements:
            return {}
        rows = self._select("?s ?c", f"{values('s', statements)} ?s <{QG.ofClaim}> ?c")
        return {r["s"]: r["c"] for r in rows}

    def _members(self, clusters: Iterable) -> dict:
        clusters = set(clusters)
        if not clusters:
            return {}
        out: dict = {}
        for r in self._select("?s ?c", f"{values('c', clusters)} ?s <{QG.ofClaim}> ?c"):
            out.setdefault(r["c"], set()).add(r["s"])
        return out

    def _links_of(self, subjects: Iterable) -> set:
        subjects = set(subjects)
        if not subjects:
            return set()
        rows = self._select("?s ?p ?c", f"{values('s', subjects)} ?s ?p ?c {values('p', CLAIM_LINKS.values())}")
        return {(r["s"], r["p"], r["c"]) for r in rows}

    def _linkers(self, clusters: Iterable) -> set:
        clusters = set(clusters)
        if not clusters:
            return set()
        rows = self._select("?s", f"{values('c', clusters)} ?s ?p ?c {values('p', CLAIM_LINKS.values())}")
        return {r["s"] for r in rows}

    def patch(
        self,
        lookup: Lookup,
        leaving: set,
        joining: Mapping[URIRef, Report],
        links: Mapping[URIRef, set[Link]],
        derived: Mapping[str, Mapping[URIRef, tuple[str, frozenset]]] | None = None,
    ) -> GraphPatch | None:
        """The claims graph's patch for one write.

        ``leaving``: statements removed or whose words or keys changed; ``joining``: statements
        added or changed, with (tokens, keys); ``links``: the accepted links of every statement
        in a graph the write re-derives (statements absent from it keep theirs); ``derived``: the
        statements (content, claim keys) of each inferred graph the write derives, which are that
        graph's claim keys (``kg.infer.local``), so they are not read back from it.
        """
        old_claim = self._claims_of(leaving)
        dissolved = set(old_claim.values())
        stay = {s: c for c, members in self._members(dissolved).items() for s in members if s not in leaving}
        reports: dict = dict(joining)
        reports.update(self._reports(lookup, set(stay) - set(joining)))
        shared: dict = {}  # stored statement -> the keys it shares with the joining ones
        wanted = {k for _, keys in joining.values() for k in keys}
        for t, k in lookup.keyed(wanted, known=derived or ()):
            shared.setdefault(t, set()).add(k)
        for found in (derived or {}).values():
            for t, (_, keys) in found.items():
                if t not in reports and keys & wanted:
                    shared.setdefault(t, set()).update(keys & wanted)
        others = set(shared) - set(reports) - leaving
        other_reports = self._reports(lookup, others, shared)
        stored_claim = self._claims_of(others)

        components = claims.Components()
        claims.link_similar(components, reports)
        claimed = [(other, stored_claim[t]) for t, other in other_reports.items() if t in stored_claim]
        holding: dict[str, list[int]] = {}  # key -> positions in ``claimed`` of the reports publishing it
        for n, (other, _) in enumerate(claimed):
            for key in other[1]:
                holding.setdefault(key, []).append(n)
        for s, report in joining.items():
            # Only reports sharing a key can be one claim: those alone are compared, in the same order.
            # Comparing every pair was a third of the claims patch at 900 articles, and grew with the store.
            for n in sorted({n for key in report[1] for n in holding.get(key, ())}):
                other, claim = claimed[n]
                if claims.same_claim(report, other):
                    components.union(s, ("claim", claim))
        new_claim: dict = {}
        renamed: dict = {}
        for group in components.groups():
            intact = {node[1] for node in group if isinstance(node, tuple)}
            ids = {claims.statement_id(s) for s in group if not isinstance(s, tuple)}
            ids |= {str(c).rsplit("/", 1)[-1] for c in intact}
            target = self.claim(min(ids))
            new_claim.update({s: target for s in group if not isinstance(s, tuple)})
            renamed.update({c: target for c in intact if c != target})
        for c, members in self._members(renamed).items():
            new_claim.update({s: renamed[c] for s in members})

        patch = GraphPatch()
        before = {**old_claim, **stay}
        before.update(self._claims_of(set(new_claim) - set(before)))
        for s, c in before.items():
            if new_claim.get(s) != c:
                patch.removed.add((s, QG.ofClaim, c))
        for s, c in new_claim.items():
            if before.get(s) != c:
                patch.add((s, QG.ofClaim, c))

        self._patch_links(patch, lookup, leaving, links, new_claim, dissolved | set(renamed))
        self._patch_status(patch, dissolved | set(renamed) | set(new_claim.values()), new_claim, leaving)
        return patch if len(patch) or len(patch.removed) else None

    def _reports(self, lookup: Lookup, statements: set, keys: dict | None = None) -> dict:
        """(tokens, claim keys) of stored statements; ``keys``, when given, are the only ones that matter
        (those shared with the joining reports: ``same_claim`` looks at no other), so none are read."""
        if not statements:
            return {}
        text = lookup.objects(statements, QG.content)
        if keys is None:
            keys = lookup.objects(statements, QG.claimKey)
        return {
            s: (claims.tokens(str(min(t))), frozenset(str(k) for k in keys.get(s, ())))
            for s, t in text.items()
            if s in statements
        }

    def _patch_links(self, patch: GraphPatch, lookup: Lookup, leaving, links, new_claim, changed_claims) -> None:
        """Each linker's claim links: those of re-derived graphs, and those whose claims changed."""
        wanted = {s: set(found) for s, found in links.items()}
        recompute = self._linkers(changed_claims) - set(wanted)
        wanted.update(self._stored_links(lookup, recompute))
        subjects = set(wanted) | (leaving - set(links))
        targets = {link.target for found in wanted.values() for link in found}
        target_claim = {**self._claims_of(targets - set(new_claim)), **new_claim}
        now = {
            (s, CLAIM_LINKS[link.kind], target_claim[link.target])
            for s, found in wanted.items()
            for link in found
            if link.target in target_claim
        }
        stored = self._links_of(subjects)
        for triple in stored - now:
            patch.removed.add(triple)
        for triple in now - stored:
            patch.add(triple)

    def _stored_links(self, lookup: Lookup, subjects: set) -> dict:
        """Accepted links of statements whose graphs this write does not re-derive, from their basis nodes."""
        if not subjects:
            return {}
        rows = lookup.select(
            "?s ?t ?kind",
            f"{values('s', subjects)} GRAPH ?g {{ ?s <{QG.basis}> ?b . ?b <{QG.answers}> ?t ; a ?kind }} "
            f"{values('kind', [QG.DisputeBasis, QG.ConfirmBasis])} "
            f"FILTER NOT EXISTS {{ GRAPH ?h {{ ?b <{QG.rejectedBecause}> ?why }} }}",
        )
        kinds = {QG.DisputeBasis: QG.disputes, QG.ConfirmBasis: QG.confirms}
        out: dict = {}
        for r in rows:
            out.setdefault(r["s"], set()).add(Link(kinds[r["kind"]], r["s"], r["t"]))
        return out

    def _patch_status(self, patch: GraphPatch, touched: set, new_claim: Mapping, leaving: set) -> None:
        """Type and status of every claim the write touched, written only where they change."""
        touched |= {o for _, _, o in patch} | {o for _, _, o in patch.removed}
        touched = {c for c in touched if str(c).startswith(self.minter.base + "claim/")}
        if not touched:
            return
        live = set(new_claim.values())
        decided = set(new_claim) | leaving
        live |= {c for c, members in self._members(touched - live).items() if members - decided}
        rows = self._select(
            "?c ?p (COUNT(DISTINCT ?s) AS ?n)",
            f"{values('c', touched)} ?s ?p ?c {values('p', CLAIM_LINKS.values())}",
            "GROUP BY ?c ?p",
        )
        counts = {(r["c"], r["p"]): int(r["n"]) for r in rows}
        for _s, p, c in patch.removed:
            if p in CLAIM_LINKS.values():
                counts[(c, p)] = counts.get((c, p), 0) - 1
        for _s, p, c in patch:
            if p in CLAIM_LINKS.values():
                counts[(c, p)] = counts.get((c, p), 0) + 1
        stored = {r["c"]: r["st"] for r in self._select("?c ?st", f"{values('c', touched)} ?c <{QG.status}> ?st")}
        for c in touched:
            now = (
                claims.status(counts.get((c, QG.disputesClaim), 0) > 0, counts.get((c, QG.confirmsClaim), 0) > 0)
                if c in live
                else None
            )
            if stored.get(c) == now:
                continue
            if c in stored:
                patch.removed.add((c, QG.status, stored[c]))
            if now is None:
                patch.removed.add((c, RDF.type, QG.ClaimCluster))
                continue
            patch.add((c, QG.status, now))
            if c not in stored:
                patch.add((c, RDF.type, QG.ClaimCluster))
