"""Every competency query answers its question exactly on the sample story (after OWL RL closure)."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from rdflib import Graph, Literal, URIRef

from kg.build.iris import Minter
from kg.build.namespace import QG, RDF
from kg.infer.claims import statement_id
from kg.paths import QUERIES_DIR
from kg.store import OxigraphStore

ID = "https://quotegraph.org/id/"
WSJ = f"{ID}source/2885c3cadfb8eb0a"
FOX = f"{ID}source/9b127294678340df"
ANIMUS = f"{ID}statement/2885c3cadfb8eb0a/ad8e418d4075"
CONTRACT = f"{ID}statement/2885c3cadfb8eb0a/116f6b03f133"
TWITTER = f"{ID}statement/2885c3cadfb8eb0a/b0c52d2f3cfd"
DENIAL = f"{ID}statement/2885c3cadfb8eb0a/545b1905a48c"
VIOLENCE = f"{ID}statement/2885c3cadfb8eb0a/8be761f0926c"
NOTICE = f"{ID}statement/9b127294678340df/3395062fa71e"
APPS = f"{ID}statement/9b127294678340df/2075b359a593"
NO_MERIT = "There is no merit to these claims."
WSJ_TITLE = "Parler sues Amazon over the suspension of its web hosting"
FOX_TITLE = "Parler chief says Amazon gave 24 hours' notice"


def rows(store, text: str) -> list[tuple]:
    results = store.query(text)
    names = [v.value for v in results.variables]
    return [tuple(s[n].value if s[n] is not None else None for n in names) for s in results]


def query(name: str) -> str:
    return (QUERIES_DIR / f"{name}.rq").read_text(encoding="utf-8")


def anchored(text: str, iri: str) -> str:
    """The same query about another party, outlet or statement: swap the IRI in its VALUES line."""
    swapped, n = re.subn(r"VALUES (\?\w+) \{ <[^>]+> \}", lambda m: f"VALUES {m.group(1)} {{ <{iri}> }}", text)
    assert n == 1
    return swapped


def test_every_query_file_starts_with_its_question_and_is_path_free():
    files = sorted(QUERIES_DIR.glob("*.rq"))
    assert len(files) >= 6
    for path in files:
        text = path.read_text(encoding="utf-8")
        first = text.splitlines()[0]
        assert first.startswith("# ") and "?" in first, path.name
        body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
        body = re.sub(r"<[^>]*>|\"[^\"]*\"", "<>", body)
        assert not re.search(r"\w:[\w-]+\s*[*+/|]|[/|^]\s*\w*:[\w-]", body), path.name
        assert "UNION" not in body.upper(), path.name


def test_names_are_read_once_from_the_names_graph():
    """Over the union a party's name matches once per graph naming it, multiplying rows before DISTINCT."""
    graph = f"GRAPH <{Minter().names_graph}> {{ "
    for path in sorted(QUERIES_DIR.glob("*.rq")):
        for line in path.read_text(encoding="utf-8").splitlines():
            for match in re.finditer(r"\S+ qg:name ", line):
                assert line[: match.start()].endswith(graph), (path.name, line)


def claim_of(statement: str) -> str:
    """The claim a statement reported nowhere else makes: named by its own digest."""
    return str(Minter().claim(statement_id(URIRef(statement))))


def test_claims_aws_disputed(closed_sample_store):
    stated = ("stated", None)
    expected = [
        (
            ANIMUS,
            "Parler",
            "AWS acted out of political animus",
            DENIAL,
            NO_MERIT,
            "2021-01-12",
            claim_of(ANIMUS),
            *stated,
        ),
        (
            CONTRACT,
            "Parler",
            "breach of contract",
            DENIAL,
            NO_MERIT,
            "2021-01-12",
            claim_of(CONTRACT),
            *stated,
        ),
        (
            TWITTER,
            "Parler",
            "the suspension was meant to favor Twitter",
            DENIAL,
            NO_MERIT,
            "2021-01-12",
            claim_of(TWITTER),
            *stated,
        ),
    ]
    assert rows(closed_sample_store, query("claims-disputed-by-party")) == expected


def test_amazon_is_credited_with_its_subsidiarys_disputes(closed_sample_store):
    text = anchored(query("claims-disputed-by-party"), f"{ID}party/amazon")
    assert [r[0] for r in rows(closed_sample_store, text)] == [ANIMUS, CONTRACT, TWITTER]
    text = anchored(query("claims-disputed-by-party"), f"{ID}party/parler")
    assert rows(closed_sample_store, text) == []


def test_statement_provenance(closed_sample_store):
    expected = [
        (ANIMUS, "Parler", None, "AWS acted out of political animus", WSJ, WSJ_TITLE, "2021-01-11"),
        (CONTRACT, "Parler", None, "breach of contract", WSJ, WSJ_TITLE, "2021-01-11"),
        (TWITTER, "Parler", None, "the suspension was meant to favor Twitter", WSJ, WSJ_TITLE, "2021-01-11"),
        (
            VIOLENCE,
            "AWS spokesperson",
            "Amazon Web Services",
            "Parler hosted content that incited violence and that it would not remove it",
            WSJ,
            WSJ_TITLE,
            "2021-01-12",
        ),
        (DENIAL, "AWS spokesperson", "Amazon Web Services", NO_MERIT, WSJ, WSJ_TITLE, "2021-01-12"),
        (
            NOTICE,
            "John Matze",
            "Parler",
            "Amazon gave the company only 24 hours' notice before pulling its servers",
            FOX,
            FOX_TITLE,
            "2021-01-13",
        ),
        (APPS, "John Matze", "Parler", "Apple and Google had also dropped the app", FOX, FOX_TITLE, "2021-01-13"),
    ]
    text = query("statement-provenance")
    assert rows(closed_sample_store, text) == expected[:1]
    assert [row for expect in expected for row in rows(closed_sample_store, anchored(text, expect[0]))] == expected


def test_disputed_statements_and_by_whom(closed_sample_store):
    by = ("AWS spokesperson", "Amazon Web Services", "2021-01-12")
    assert rows(closed_sample_store, query("disputed-statements")) == [
        (ANIMUS, "AWS acted out of political animus", DENIAL, *by, claim_of(ANIMUS)),
        (CONTRACT, "breach of contract", DENIAL, *by, claim_of(CONTRACT)),
        (TWITTER, "the suspension was meant to favor Twitter", DENIAL, *by, claim_of(TWITTER)),
    ]


def test_party_statements_over_time_include_its_ceo(closed_sample_store):
    assert rows(closed_sample_store, query("party-statements-over-time")) == [
        ("2021-01-11", ANIMUS, "Parler", "AWS acted out of political animus"),
        ("2021-01-11", CONTRACT, "Parler", "breach of contract"),
        ("2021-01-11", TWITTER, "Parler", "the suspension was meant to favor Twitter"),
        (
            "2021-01-13",
            NOTICE,
            "John Matze",
            "Amazon gave the company only 24 hours' notice before pulling its servers",
        ),
        ("2021-01-13", APPS, "John Matze", "Apple and Google had also dropped the app"),
    ]


def test_what_an_outlet_reported(closed_sample_store):
    assert rows(closed_sample_store, query("outlet-reported")) == [
        (WSJ, "2021-01-12", ANIMUS, "Parler", "AWS acted out of political animus"),
        (
            WSJ,
            "2021-01-12",
            VIOLENCE,
            "AWS spokesperson",
            "Parler hosted content that incited violence and that it would not remove it",
        ),
        (WSJ, "2021-01-12", DENIAL, "AWS spokesperson", NO_MERIT),
        (WSJ, "2021-01-12", CONTRACT, "Parler", "breach of contract"),
        (WSJ, "2021-01-12", TWITTER, "Parler", "the suspension was meant to favor Twitter"),
    ]
    text = anchored(query("outlet-reported"), f"{ID}party/fox-news")
    assert [r[2] for r in rows(closed_sample_store, text)] == [NOTICE, APPS]


def test_claims_about_a_party(closed_sample_store):
    assert rows(closed_sample_store, query("claims-about-party")) == [
        (NOTICE, "John Matze", "Amazon gave the company only 24 hours' notice before pulling its servers", FOX),
        (CONTRACT, "Parler", "breach of contract", WSJ),
        (TWITTER, "Parler", "the suspension was meant to favor Twitter", WSJ),
    ]


@pytest.mark.parametrize("name", ["claims-disputed-by-party", "party-statements-over-time", "outlet-reported"])
def test_queries_rely_on_materialised_inference(closed_sample_store, name):
    """Over the asserted graphs alone these questions have no answer: the queries join on inferred terms."""
    asserted = [closed_sample_store.sample_graph_iri, str(Minter().ontology_graph)]
    results = closed_sample_store.query(query(name), default_graphs=asserted)
    assert list(results) == []


DAYS = [date(2021, 1, 1) + timedelta(days=n) for n in range(60)]


@pytest.fixture(scope="module")
def busy_store():
    """One outlet's story a day for sixty days, each a claim and its denial: more than a page of each.

    Written as inference leaves a store (the link to the claim and its basis, the denial typed), without running it.
    """
    mint = Minter()
    outlet, speaker = mint.party("The Wall Street Journal"), mint.party("Speaker")
    facts, names = Graph(), Graph()
    names.add((speaker, QG.name, Literal("Speaker")))
    for n, day in enumerate(DAYS):
        key = f"{n:016x}"
        source, on = mint.source(key), Literal(day)
        facts.add((source, QG.published, on))
        claim, denial = mint.statement(key, 0, 10), mint.statement(key, 20, 30)
        for statement, text in ((claim, f"claim {n:02d}"), (denial, f"denial {n:02d}")):
            for p, o in (
                (QG.speaker, speaker),
                (QG.content, Literal(text)),
                (QG.reportedBy, outlet),
                (QG.reportedIn, source),
                (QG.statedOn, on),
            ):
                facts.add((statement, p, o))
        cluster, basis = mint.claim(statement_id(claim)), mint.basis(denial, claim)
        facts.add((denial, QG.disputes, claim))
        facts.add((denial, RDF.type, QG.Denial))
        facts.add((claim, QG.ofClaim, cluster))
        facts.add((denial, QG.ofClaim, mint.claim(statement_id(denial))))
        facts.add((denial, QG.disputesClaim, cluster))
        facts.add((denial, QG.basis, basis))
        facts.add((basis, QG.answers, claim))
        facts.add((basis, QG.rule, Literal("stated")))
    for n in range(10):  # newer denials naming a party but no stored claim: no dispute to list
        denial = mint.statement(f"{n:016x}", 40, 50)
        for p, o in (
            (RDF.type, QG.Denial),
            (QG.disputesParty, speaker),
            (QG.speaker, speaker),
            (QG.statedOn, Literal(DAYS[-1] + timedelta(days=1 + n))),
        ):
            facts.add((denial, p, o))
    store = OxigraphStore(None)
    store.replace_graphs({"urn:test:facts": facts, str(mint.names_graph): names})
    yield store
    store.close()


def test_disputes_come_newest_first_and_more_when_the_limits_rise(busy_store):
    text = query("disputed-statements")
    first = rows(busy_store, text)
    assert [(r[1], r[5]) for r in first] == [(f"claim {n:02d}", DAYS[n].isoformat()) for n in range(59, 9, -1)]
    everything = rows(busy_store, text.replace("LIMIT 50", "LIMIT 100"))
    assert [r[1] for r in everything] == [f"claim {n:02d}" for n in range(59, -1, -1)]


def test_an_outlet_page_holds_its_newest_reports(busy_store):
    text = query("outlet-reported")
    first = rows(busy_store, text)
    assert [(r[1], r[4]) for r in first] == [
        (DAYS[n].isoformat(), f"{kind} {n:02d}") for n in range(59, 34, -1) for kind in ("claim", "denial")
    ]
    assert len(rows(busy_store, text.replace("LIMIT 50", "LIMIT 500"))) == 2 * len(DAYS)
