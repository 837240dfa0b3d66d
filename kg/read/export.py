"""Flat exports for people who do not speak RDF: a statements CSV and schema.org ClaimReview.

Both read who said what from asserted terms (qg:speaker, qg:onBehalfOf) and what a denial
disputes from the links inference carried to a claim (a careful reader's disputes, never the
denier's own side's), and stream in statement order so a large store exports in bounded memory
per row (disputes and types are gathered first: they are far fewer than statements).
"""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from collections.abc import Iterator

from kg.build.namespace import QG, sparql_prologue
from kg.read.base import KIND_LABELS, QUOTE_LABELS, first_names, party_names, statement_kind
from kg.read.renderers import of_shape

CSV_COLUMNS = (
    "statement",
    "speaker",
    "speaker_iri",
    "on_behalf_of",
    "on_behalf_of_iri",
    "kind",
    "quote",
    "text",
    "date",
    "source",
    "source_iri",
    "disputes",
)
_PROLOGUE = sparql_prologue()
_KIND_TYPES = {**KIND_LABELS, **QUOTE_LABELS}


def _value(row, name):
    term = row[name]
    return "" if term is None else term.value


def _statement_types(store) -> dict[str, set[str]]:
    values = " ".join(f"<{t}>" for t in _KIND_TYPES)
    types: dict[str, set[str]] = defaultdict(set)
    for row in store.query(_PROLOGUE + f"SELECT ?s ?t WHERE {{ VALUES ?t {{ {values} }} ?s a ?t . ?s qg:speaker ?x }}"):
        types[row["s"].value].add(row["t"].value)
    return types


class _Names:
    """Party names for a whole-store export: the names graph read once, others looked up alone.

    Joining ``qg:name`` in the export query would match once per article naming a party.
    """

    def __init__(self, store):
        self.store = store
        self.known = first_names(
            (row["p"].value, row["n"].value)
            for row in store.query(
                f"SELECT ?p ?n WHERE {{ GRAPH <{store.minter.names_graph}> {{ ?p <{QG.name}> ?n }} }}"
            )
        )

    def __call__(self, term) -> str:
        if term is None:
            return ""
        if term.value not in self.known:
            self.known[term.value] = party_names(self.store, [term.value]).get(term.value, "")
        return self.known[term.value]


# What a denial ?d disputes: the reports ?c it answers in its article that inference carried to
# their claim (never its own side's, later statements, a reporter's words).
_ANSWERED = (
    "?d qg:disputesClaim ?claim_ ; qg:basis ?basis_ . ?basis_ qg:answers ?c . ?c qg:ofClaim ?claim_ . "
    "FILTER NOT EXISTS { ?basis_ qg:rejectedBecause ?why_ }"
)


def _disputes(store) -> dict[str, list[str]]:
    disputes: dict[str, list[str]] = defaultdict(list)
    for row in store.query(_PROLOGUE + f"SELECT DISTINCT ?d ?c WHERE {{ {_ANSWERED} }} ORDER BY ?d ?c"):
        disputes[row["d"].value].append(row["c"].value)
    return disputes


def statement_rows(store) -> Iterator[dict[str, str]]:
    """One dict per statement, keyed by CSV_COLUMNS, ordered by date then IRI."""
    types, disputes, name = _statement_types(store), _disputes(store), _Names(store)
    rows = store.query(
        _PROLOGUE
        + """
        SELECT ?s (SAMPLE(?speaker_) AS ?speaker)
               (SAMPLE(?behalf_) AS ?behalf) (SAMPLE(?content_) AS ?content)
               (SAMPLE(?date_) AS ?date) (SAMPLE(?source_) AS ?source) (SAMPLE(?title_) AS ?title) WHERE {
          ?s qg:speaker ?speaker_ .
          OPTIONAL { ?s qg:onBehalfOf ?behalf_ }
          OPTIONAL { ?s qg:content ?content_ }
          OPTIONAL { ?s qg:reportedIn ?source_ OPTIONAL { ?source_ qg:title ?title_ }
                     OPTIONAL { ?source_ qg:published ?published_ } }
          OPTIONAL { ?s qg:statedOn ?stated_ }
          BIND(COALESCE(?stated_, ?published_) AS ?date_) }
        GROUP BY ?s ORDER BY ?date ?s"""
    )
    for row in rows:
        iri = row["s"].value
        kind, quote = statement_kind(types.get(iri, set()))
        yield {
            "statement": iri,
            "speaker": name(row["speaker"]),
            "speaker_iri": _value(row, "speaker"),
            "on_behalf_of": name(row["behalf"]),
            "on_behalf_of_iri": _value(row, "behalf"),
            "kind": kind,
            "quote": quote,
            "text": _value(row, "content"),
            "date": _value(row, "date"),
            "source": _value(row, "title"),
            "source_iri": _value(row, "source"),
            "disputes": " ".join(disputes.get(iri, [])),
        }


def csv_lines(store) -> Iterator[str]:
    """The CSV in chunks of whole records, so a server can stream a large export."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in statement_rows(store):
        writer.writerow(row)
        if buffer.tell() > 65536:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def csv_text(store) -> str:
    return "".join(csv_lines(store))


def _party(iri: str, name: str, person: bool) -> dict:
    return {"@type": "Person" if person else "Organization", "@id": iri, "name": name}


def claimreview(store) -> dict:
    """schema.org ClaimReview JSON-LD: one review per disputed claim, rated "Disputed", citing who disputed it."""
    name = _Names(store)
    rows = store.query(
        _PROLOGUE
        + """
        SELECT ?c ?content ?author ?authorPerson ?date ?source ?title ?url ?origin ?originTitle
               ?d ?dContent ?disputer ?dDate WHERE {
          """
        + _ANSWERED
        + """
          OPTIONAL { ?c qg:content ?content }
          OPTIONAL { ?c qg:speaker ?speaker_ } OPTIONAL { ?c qg:onBehalfOf ?cBehalf_ }
          BIND(COALESCE(?cBehalf_, ?speaker_) AS ?author)
          BIND(EXISTS { ?author a qg:Person } AS ?authorPerson)
          OPTIONAL { ?c qg:reportedIn ?source OPTIONAL { ?source qg:title ?title } OPTIONAL { ?source qg:url ?url }
                     OPTIONAL { ?source qg:published ?published_ } }
          OPTIONAL { ?c qg:statedOn ?stated_ } BIND(COALESCE(?stated_, ?published_) AS ?date)
          OPTIONAL { ?c qg:originallyMadeIn ?origin OPTIONAL { ?origin qg:title ?originTitle } }
          OPTIONAL { ?d qg:content ?dContent }
          OPTIONAL { ?d qg:speaker ?dSpeaker_ } OPTIONAL { ?d qg:onBehalfOf ?dBehalf_ }
          BIND(COALESCE(?dBehalf_, ?dSpeaker_) AS ?disputer)
          OPTIONAL { ?d qg:statedOn ?dStated_ } OPTIONAL { ?d qg:reportedIn/qg:published ?dPublished_ }
          BIND(COALESCE(?dStated_, ?dPublished_) AS ?dDate) }
        ORDER BY ?c ?d"""
    )
    reviews: dict[str, dict] = {}
    for row in rows:
        claim = row["c"].value
        review = reviews.get(claim)
        if review is None:
            item = {"@type": "Claim", "@id": claim, "text": _value(row, "content")}
            if row["author"] is not None:
                item["author"] = _party(row["author"].value, name(row["author"]), _value(row, "authorPerson") == "true")
            if row["date"] is not None:
                item["datePublished"] = row["date"].value
            if row["source"] is not None:
                appearance = {"@type": "CreativeWork", "@id": row["source"].value, "headline": _value(row, "title")}
                if row["url"] is not None:
                    appearance["url"] = row["url"].value
                item["appearance"] = appearance
            if row["origin"] is not None:
                item["firstAppearance"] = {
                    "@type": "CreativeWork",
                    "@id": row["origin"].value,
                    "headline": _value(row, "originTitle"),
                }
            review = reviews[claim] = {
                "@type": "ClaimReview",
                "url": claim,
                "claimReviewed": _value(row, "content"),
                "itemReviewed": item,
                "author": {"@type": "Organization", "name": "quotegraph"},
                "reviewRating": {"@type": "Rating", "alternateName": "Disputed", "ratingExplanation": ""},
                "citation": [],
            }
        dispute = row["d"].value
        if any(c["@id"] == dispute for c in review["citation"]):
            continue
        citation = {"@type": "Quotation", "@id": dispute, "text": _value(row, "dContent")}
        if row["disputer"] is not None:
            citation["spokenByCharacter"] = {"@id": row["disputer"].value, "name": name(row["disputer"])}
        if row["dDate"] is not None:
            citation["dateCreated"] = row["dDate"].value
            review.setdefault("datePublished", row["dDate"].value)
        review["citation"].append(citation)
    for review in reviews.values():
        review["reviewRating"]["ratingExplanation"] = "Disputed by " + "; ".join(
            f"{c.get('spokenByCharacter', {}).get('name') or 'an unnamed party'}: \u201c{c['text']}\u201d"
            for c in review["citation"]
        )
    return {"@context": "https://schema.org", "@graph": list(reviews.values())}


FLAT_FORMATS = tuple(of_shape("flat"))


def flat_export(store, format: str) -> bytes:
    """The bytes of one flat export (``kg export --format csv|claimreview``)."""
    if format == "csv":
        return csv_text(store).encode("utf-8")
    if format == "claimreview":
        return (json.dumps(claimreview(store), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    raise ValueError(f"unknown flat export format {format!r}")
