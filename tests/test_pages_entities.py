"""Entity pages over Flask's test client: every page, its JSON twin, RDF by content negotiation."""

from __future__ import annotations

import html
import re

import pyoxigraph as ox
import pytest
from pages_support import (
    ANIMUS,
    BASE,
    HOSTILE,
    NO_MERIT,
    OTHER_SOURCE,
    SOURCE,
    STORY,
    app_with,
    file_graph,
    load_files,
    story_store,  # noqa: F401  (a fixture)
    write,
)
from rdflib import BNode, Graph, Literal, URIRef

from kg.build.iris import Minter
from kg.build.namespace import QG, RDF

AWS = BASE + "party/amazon-web-services"
CONTRACT = BASE + "statement/a1b2c3d4e5f60718/contract"
NOTICE = BASE + "statement/a1b2c3d4e5f60718/notice"
OTHER_ANIMUS = BASE + "statement/f0e1d2c3b4a59687/animus"
AMAZON = BASE + "party/amazon"
PARLER = BASE + "party/parler"


@pytest.fixture(scope="module")
def client():
    with app_with(STORY, HOSTILE) as app:
        yield app.test_client()


def page(client, path: str, **kwargs) -> str:
    response = client.get(path, **kwargs)
    assert response.status_code == 200, response.data[:300]
    assert response.mimetype == "text/html"
    return html.unescape(re.sub(r"\s+", " ", response.get_data(as_text=True)))


def twin(client, path: str) -> dict:
    response = client.get(path)
    assert response.status_code == 200, response.data[:300]
    assert response.mimetype == "application/json"
    return response.get_json()


def test_home_shows_counts_disputed_claims_active_parties_and_sources(client):
    text = page(client, "/")
    assert "Most disputed claims" in text and "AWS acted out of political animus and to favour Twitter" in text
    assert 'href="/query"' in text and 'href="/export.csv"' in text and 'href="/export.claimreview.json"' in text
    data = twin(client, "/index.json")
    # The denial answers Parler's claims about AWS; Matze's notice is not about AWS, so not disputed.
    assert data["counts"] == {"statements": 7, "parties": 3, "articles": 3, "disputed": 2}
    assert {c["iri"] for c in data["most_disputed"]} == {ANIMUS, CONTRACT}
    assert [p["label"] for p in data["most_active"]][:2] == ["Parler", "Amazon Web Services"]
    assert len(data["most_active"]) == data["counts"]["parties"]
    assert data["most_active"][0] == {"iri": PARLER, "label": "Parler", "statements": 4}
    assert [s["label"] for s in data["newest_sources"]][1:] == [
        "Parler lawsuit names Twitter",
        "Parler sues Amazon over suspension",
    ]
    assert twin(client, "/?format=json") == data


def test_a_write_shows_on_the_next_view():
    with app_with(STORY) as app:
        client = app.test_client()
        assert twin(client, "/index.json")["counts"]["statements"] == 6
        assert client.get("/id/party/evil-corp").status_code == 404
        load_files(app.extensions["quotegraph"].store, HOSTILE)
        assert twin(client, "/index.json")["counts"]["statements"] == 7
        assert client.get("/id/party/evil-corp").status_code == 200


def test_empty_store_home_says_what_to_do():
    with app_with() as app:
        text = page(app.test_client(), "/")
    assert "The store is empty" in text and "kg load" in text


def test_party_page_has_hierarchy_roles_statements_disputes_sources_and_network(client):
    text = page(client, "/id/party/amazon-web-services")
    assert "Amazon Web Services" in text and "AWS" in text
    assert "Part of" in text and 'href="/id/party/amazon"' in text
    assert "spokesperson" in text and "There is no merit to these claims" in text
    assert "<svg" in text and "Parler" in text
    data = twin(client, "/id/party/amazon-web-services.json")
    assert data["aliases"] == ["AWS"] and data["type"] == "Organization"
    assert data["part_of"] == [{"iri": AMAZON, "label": "Amazon"}]
    assert {s["iri"] for s in data["statements"]} == {NO_MERIT, BASE + "statement/a1b2c3d4e5f60718/violence"}
    assert {(d["other"]["iri"], d["party"]["iri"]) for d in data["disputed"]} == {
        (ANIMUS, PARLER),
        (OTHER_ANIMUS, PARLER),
        (CONTRACT, PARLER),
    }
    [animus] = [c for c in data["disputed_claims"] if c["claim"] == ANIMUS]
    assert [r["source"]["iri"] for r in animus["reports"]] == [SOURCE, OTHER_SOURCE]
    assert [a["iri"] for a in animus["answers"]] == [NO_MERIT] and animus["lead"] == "alleged that"
    assert len(data["disputed_claims"]) == 2
    assert data["disputed_parties"][0]["iri"] == PARLER
    assert data["network"]["edges"] == [{"party": PARLER, "direction": "out", "count": 1}]
    assert twin(client, "/id/party/amazon-web-services?format=json") == data


def test_parent_organisation_is_credited_with_its_subsidiarys_denial(client):
    data = twin(client, "/id/party/amazon.json")
    assert data["has_parts"] == [{"iri": AWS, "label": "Amazon Web Services"}]
    assert NO_MERIT in {s["iri"] for s in data["statements"]}
    assert ANIMUS in {d["other"]["iri"] for d in data["disputed"]}


def test_party_page_shows_who_disputed_its_claims(client):
    data = twin(client, "/id/party/parler.json")
    assert {(d["statement"], d["party"]["iri"]) for d in data["disputed_by_others"]} == {
        (ANIMUS, AWS),
        (OTHER_ANIMUS, AWS),
        (CONTRACT, AWS),
    }
    assert [(c["claim"], len(c["reports"])) for c in data["claims_disputed"]] == [
        (ANIMUS, 2),
        (CONTRACT, 1),
    ]
    assert data["members"] == [{"iri": BASE + "party/john-matze", "label": "John Matze", "role": "chief executive"}]
    assert {s["iri"] for s in data["sources"]} >= {SOURCE, OTHER_SOURCE}
    assert data["network"]["edges"] == [{"party": AWS, "direction": "in", "count": 1}]


def test_person_page_shows_role(client):
    data = twin(client, "/id/party/john-matze.json")
    assert data["roles"] == [
        {
            "organization": {"iri": PARLER, "label": "Parler"},
            "role": "chief executive",
            "start": "2018-08-01",
            "end": None,
        }
    ]
    assert data["aliases"] == ["Matze"]
    assert "chief executive of" in page(client, "/id/party/john-matze")


def test_statement_page_shows_words_speaker_passage_disputes_and_triples(client):
    text = page(client, "/id/statement/a1b2c3d4e5f60718/animus")
    assert "AWS acted out of political animus and to favour Twitter" in text
    assert '<mark class="cue">alleged</mark>' in text
    assert '<mark class="content">AWS acted out of political animus and to favour Twitter</mark>' in text
    assert "court filing" in text and "disputed" in text
    assert "“AWS acted out of political animus" not in text and "alleged that" in text
    data = twin(client, "/id/statement/a1b2c3d4e5f60718/animus.json")
    assert data["kind"] == "allegation" and data["quote"] == "indirect" and data["cue"] == "alleged"
    assert data["speaker"] == {"iri": PARLER, "label": "Parler"} and data["date"] == "2021-01-11"
    assert data["status"] == "disputed"
    assert [s["iri"] for s in data["disputed_by"]] == [NO_MERIT]
    assert [s["source"]["iri"] for s in data["same_claim"]] == [OTHER_SOURCE]
    assert any(t["predicate"] == str(QG.content) for t in data["triples"])


def test_denial_page_lists_what_it_disputes(client):
    data = twin(client, "/id/statement/a1b2c3d4e5f60718/no-merit.json")
    assert data["kind"] == "denial" and data["quote"] == "direct"
    assert data["on_behalf_of"] == {"iri": AWS, "label": "Amazon Web Services"}
    assert {s["iri"] for s in data["disputes"]} >= {ANIMUS, CONTRACT}
    assert data["disputes_party"] == [{"iri": PARLER, "label": "Parler"}]
    assert data["status"] == "unchallenged"


def test_source_page_highlights_every_statement_by_speaker(client):
    text = page(client, "/id/source/a1b2c3d4e5f60718")
    assert "The Wall Street Journal" in text and "2021-01-12" in text
    data = twin(client, "/id/source/a1b2c3d4e5f60718.json")
    marked = [(seg["text"], seg["colour"]) for seg in data["highlighted"] if seg["statements"]]
    assert ("There is no merit to these claims", 1) in marked
    assert ("AWS acted out of political animus and to favour Twitter", 0) in marked
    assert "".join(seg["text"] for seg in data["highlighted"]) == data["text"]
    assert [s["label"] for s in data["speakers"]] == ["Parler", "Amazon Web Services"]
    assert len(data["statements"]) == 5 and data["statements"][0]["iri"] == ANIMUS
    court = twin(client, "/id/source/c0c0c0c0c0c0c0c0.json")
    assert court["type"] == "Court filing" and {s["iri"] for s in court["originally_made_here"]} >= {ANIMUS}
    assert "text is not stored" in page(client, "/id/source/c0c0c0c0c0c0c0c0")


def test_other_minted_iris_dereference(client):
    evidence = twin(client, "/id/evidence/a1b2c3d4e5f60718/animus-cue.json")
    assert any(t["object"] == "alleged" for t in evidence["triples"])
    graph_iri = file_graph(STORY)
    rest = graph_iri[len(BASE) :]
    data = twin(client, f"/id/{rest}.json")
    assert data["graph"]["pagination"]["total"] == len(Graph().parse(STORY)) + 5  # the load's provenance
    assert "Triples in this graph" in page(client, f"/id/{rest}")
    assert twin(client, "/id/affiliation/matze-ceo.json")["kind"] == "affiliation"


@pytest.mark.parametrize(
    "accept,fmt,media,rdf_format",
    [
        ("text/turtle", "ttl", "text/turtle", ox.RdfFormat.TURTLE),
        ("application/ld+json", "jsonld", "application/ld+json", ox.RdfFormat.JSON_LD),
        ("application/n-triples", "nt", "application/n-triples", ox.RdfFormat.N_TRIPLES),
        ("application/rdf+xml", "rdf", "application/rdf+xml", ox.RdfFormat.RDF_XML),
    ],
)
def test_rdf_by_accept_header_and_format_link(
    client,
    accept,
    fmt,
    media,
    rdf_format,
):
    for response in (
        client.get("/id/statement/a1b2c3d4e5f60718/animus", headers={"Accept": accept}),
        client.get(f"/id/statement/a1b2c3d4e5f60718/animus?format={fmt}"),
    ):
        assert response.status_code == 200 and response.mimetype == media
        triples = {quad.triple for quad in ox.parse(response.data, format=rdf_format)}
        subject = ox.NamedNode(ANIMUS)
        assert (
            ox.Triple(
                subject,
                ox.NamedNode(str(QG.content)),
                ox.Literal("AWS acted out of political animus and to favour Twitter"),
            )
            in triples
        )
        assert ox.Triple(subject, ox.NamedNode(str(QG.speaker)), ox.NamedNode(PARLER)) in triples
    assert f'?format={fmt}"' in page(client, "/id/statement/a1b2c3d4e5f60718/animus")


def test_accept_with_q_values_and_browsers_get_html(client):
    browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    assert client.get("/id/party/parler", headers={"Accept": browser}).mimetype == "text/html"
    preferred = client.get("/id/party/parler", headers={"Accept": "text/html;q=0.5, text/turtle"})
    assert preferred.mimetype == "text/turtle"
    assert client.get("/id/party/parler").headers["Vary"] == "Accept"


def test_rdf_of_an_entity_includes_its_blank_nodes(client):
    response = client.get("/id/evidence/a1b2c3d4e5f60718/animus-cue?format=nt")
    graph = Graph().parse(data=response.get_data(as_text=True), format="nt")
    starts = list(graph.objects(None, URIRef("http://www.w3.org/ns/oa#start")))
    assert starts and int(starts[0]) > 0


def test_unknown_iri_is_404_with_a_hint_in_html_and_json(client):
    response = client.get("/id/party/nobody-at-all")
    assert response.status_code == 404 and response.mimetype == "text/html"
    assert "Search for a name" in response.get_data(as_text=True)
    response = client.get("/id/party/nobody-at-all.json")
    assert response.status_code == 404 and response.get_json()["error"] == 404


@pytest.mark.parametrize(
    "path,status",
    [
        ("/id/party/parler?format=bogus", 400),
        ("/id/party/parler?page=0", 400),
        ("/id/party/parler?page=two", 400),
        ("/id/party/parler?page=%C2%B2", 400),
        ("/id/party/parler?page=99999999999999999999", 400),
        ("/search?q=" + "x" * 600, 400),
        ("/id/party/a%3Eb%22%7B", 404),
        ("/id/party/%20space", 404),
    ],
)
def test_bad_requests_get_a_clear_4xx(client, path, status):
    response = client.get(path)
    assert response.status_code == status
    assert "Traceback" not in response.get_data(as_text=True)


def test_nothing_acceptable_is_406(client):
    response = client.get("/id/party/parler", headers={"Accept": "image/png"})
    assert response.status_code == 406


def test_hostile_strings_are_escaped_in_html(client):
    for path in (
        "/id/statement/e0e0e0e0e0e0e0e0/hostile",
        "/id/source/e0e0e0e0e0e0e0e0",
        "/id/party/evil-corp",
        "/",
        "/search?q=evil",
    ):
        body = client.get(path).get_data(as_text=True)
        assert "<script>window" not in body and "<img src=x" not in body
        assert 'onmouseover="window' not in body
        assert 'href="javascript:' not in body.lower()
    body = client.get("/id/source/e0e0e0e0e0e0e0e0").get_data(as_text=True)
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;Hostile headline" in body


def test_party_statements_paginate():
    from rdflib.namespace import XSD

    graph = Graph()
    speaker = URIRef(BASE + "party/busy-party")
    graph.add((speaker, RDF.type, QG.Organization))
    graph.add((speaker, QG.name, Literal("Busy Party")))
    for n in range(45):
        s = URIRef(BASE + f"statement/busy/{n:03d}")
        graph.add((s, RDF.type, QG.Claim))
        graph.add((s, QG.speaker, speaker))
        graph.add((s, QG.content, Literal(f"statement number {n}")))
        graph.add((s, QG.statedOn, Literal(f"2021-03-{1 + n % 28:02d}", datatype=XSD.date)))
    with app_with() as app:
        write(app.extensions["quotegraph"].store, str(Minter().file_graph("busy")), graph)
        client = app.test_client()
        pages = [twin(client, f"/id/party/busy-party.json?page={n}") for n in (1, 2, 3)]
        assert [p["pagination"]["pages"] for p in pages] == [3, 3, 3]
        seen = [s["iri"] for p in pages for s in p["statements"]]
        assert len(seen) == len(set(seen)) == 45
        assert [len(p["statements"]) for p in pages] == [20, 20, 5]
        dates = [s["date"] for p in pages for s in p["statements"]]
        assert dates == sorted(dates)
        text = page(client, "/id/party/busy-party?page=2")
        assert "page 2 of 3" in text and 'rel="next"' in text and 'rel="prev"' in text


def test_configured_base_maps_request_paths_to_its_iris():
    base = "https://news.example.org/id/"
    graph = Graph()
    party = URIRef(base + "party/acme")
    graph.add((party, RDF.type, QG.Organization))
    graph.add((party, QG.name, Literal("Acme")))
    with app_with(base=base) as app:
        write(app.extensions["quotegraph"].store, base + "graph/file/acme", graph)
        client = app.test_client()
        assert twin(client, "/id/party/acme.json")["iri"] == base + "party/acme"
        # the shipped parties are minted under the deployment's base too, so Parler is there
        assert twin(client, "/id/party/parler.json")["iri"] == base + "party/parler"
        assert client.get("/id/party/nobody-of-that-name").status_code == 404


def test_every_entity_of_the_sample_story_renders_with_its_twin():
    from kg.paths import SAMPLES_DIR

    sample = SAMPLES_DIR / "parler-aws.ttl"
    if not sample.exists():
        pytest.skip(f"{sample} is missing")
    subjects = {str(s) for s in Graph().parse(sample).subjects() if str(s).startswith(BASE)}
    assert len(subjects) > 20
    with app_with(sample) as app:
        client = app.test_client()
        for iri in sorted(subjects):
            rest = iri[len(BASE) :]
            assert client.get(f"/id/{rest}").status_code == 200, iri
            assert client.get(f"/id/{rest}.json").get_json()["iri"] == iri
        amazon = twin(client, "/id/party/amazon.json")
        denials = {s["iri"] for s in amazon["statements"] if s["kind"] == "denial"}
        assert denials and {d["statement"] for d in amazon["disputed"]} <= denials


def test_long_dispute_lists_are_cut_and_say_so():
    graph = Graph()
    accuser, denier = URIRef(BASE + "party/accuser"), URIRef(BASE + "party/denier")
    for party, name in ((accuser, "Accuser"), (denier, "Denier")):
        graph.add((party, RDF.type, QG.Organization))
        graph.add((party, QG.name, Literal(name)))
    for n in range(205):
        claim, denial = URIRef(BASE + f"statement/many/c{n:03d}"), URIRef(BASE + f"statement/many/d{n:03d}")
        graph.add((claim, QG.speaker, accuser))
        graph.add((claim, QG.content, Literal(f"claim {n}")))
        graph.add((denial, QG.speaker, denier))
        graph.add((denial, QG.content, Literal(f"denial {n}")))
        graph.add((denial, QG.disputes, claim))
    with app_with() as app:
        write(app.extensions["quotegraph"].store, str(Minter().file_graph("many")), graph)
        client = app.test_client()
        data = twin(client, "/id/party/accuser.json")
        assert len(data["disputed_by_others"]) == 200 and data["more"]["disputed_by_others"]
        assert data["more"]["disputed"] is False and data["pagination"]["total"] == 205
        assert "Only the first 200 links of each are shown" in page(client, "/id/party/accuser")
        assert data["network"]["edges"] == [{"party": str(denier), "direction": "in", "count": 205}]


def busy_disputes() -> tuple[Graph, list[tuple[str, str, str]]]:
    """A party (Target) whose denials make 368 (denial, claim) pairs, returned as (party, claim, denial)
    as the page lists them, and whose claims 4 denials of others dispute; one claim is made on behalf
    of both Alpha and Beta, one party has no name, and Target disputes one of its own claims."""
    graph, pairs = Graph(), []
    parties = {key: URIRef(BASE + f"party/{key}") for key in ("target", "alpha", "beta", "zeta", "unnamed", "spox")}
    for key, party in parties.items():
        graph.add((party, RDF.type, QG.Organization))
        if key != "unnamed":
            graph.add((party, QG.name, Literal(key.capitalize())))

    def said(key: str, *parties_of: str) -> URIRef:
        statement = URIRef(BASE + f"statement/busy/{key}")
        graph.add((statement, QG.content, Literal(f"words of {key}")))
        graph.add((statement, QG.speaker, parties["spox" if len(parties_of) > 1 else parties_of[0]]))
        for party in parties_of if len(parties_of) > 1 else ():
            graph.add((statement, QG.onBehalfOf, parties[party]))
        return statement

    def disputes(denial: URIRef, claim: URIRef, party: str) -> None:
        graph.add((denial, QG.disputes, claim))
        pairs.append((party, str(claim), str(denial)))

    def own(n: int) -> URIRef:
        return said(f"d{n:03d}", "target")

    for n in range(150):
        claim = said(f"b{n:03d}", "beta")
        disputes(own(n % 30), claim, "beta")
        disputes(own((n + 7) % 30), claim, "beta")
    for n in range(60):
        disputes(own(n % 5), said(f"a{n:03d}", "alpha"), "alpha")
    disputes(own(99), said("both", "alpha", "beta"), "alpha")
    for n in range(5):
        disputes(own(0), said(f"u{n}", "unnamed"), "unnamed")
    disputes(own(1), said("t-self", "target"), "target")
    for n in range(3):
        for k in range(2):
            graph.add((said(f"z{n}", "zeta"), QG.disputes, said(f"t{k}", "target")))
    graph.add((said("a-denial", "alpha"), QG.disputes, said("t0", "target")))
    return graph, pairs


def test_a_busy_partys_disputes_are_cut_in_name_order_and_counted_whole():
    """The first 200 pairs by the other side's party name (unnamed last), then statement IRIs; the
    network counts every pair, a statement made for two parties going to the first by name."""
    graph, pairs = busy_disputes()
    names = {"alpha": "Alpha", "beta": "Beta", "target": "Target", "unnamed": "~"}
    with app_with() as app:
        write(app.extensions["quotegraph"].store, str(Minter().file_graph("busy")), graph)
        client = app.test_client()
        data = twin(client, "/id/party/target.json")
        shown = [(d["party"]["iri"], d["other"]["iri"], d["statement"]) for d in data["disputed"]]
        expected = sorted(pairs, key=lambda p: (names[p[0]], p[1], p[2]))[:200]
        assert shown == [(BASE + f"party/{party}", other, mine) for party, other, mine in expected]
        assert data["disputed"][0]["other"]["content"] == "words of a000"
        assert data["disputed"][0]["party"]["label"] == "Alpha"
        assert data["more"] == {
            "disputed": True,
            "disputed_by_others": False,
            "confirmed_by_others": False,
            "sources": False,
        }
        assert len(data["disputed_by_others"]) == 7, "its own denial of t-self is no dispute (own side)"
        assert data["network"]["edges"] == [
            {"party": BASE + "party/alpha", "direction": "in", "count": 1},
            {"party": BASE + "party/alpha", "direction": "out", "count": 6},
            {"party": BASE + "party/beta", "direction": "out", "count": 30},
            {"party": BASE + "party/unnamed", "direction": "out", "count": 1},
            {"party": BASE + "party/zeta", "direction": "in", "count": 3},
        ]
        assert [n["label"] for n in data["network"]["nodes"]] == ["Alpha", "Beta", "Zeta", "unnamed"]
        assert "Only the first 200 links are shown" in page(client, "/id/party/target")


def test_an_iris_triples_come_in_subject_predicate_object_graph_order():
    """As ORDER BY ?s ?p ?o ?g orders them (numbers by value, IRIs before literals), blank nodes
    included, cut after ordering."""
    from kg.read.base import select
    from kg.read.resource import describe_rows
    from kg.store import OxigraphStore

    plain, with_blank = URIRef(BASE + "statement/order/plain"), URIRef(BASE + "statement/order/blank")
    graphs = {}
    for g in range(3):
        graph = Graph()
        for value in (Literal(10), Literal(2), Literal("b"), Literal("a"), URIRef(BASE + f"party/p{g}")):
            graph.add((plain, QG.claimKey, value))
        graph.add((plain, QG.content, Literal(f"words {2 - g}")))
        graph.add((with_blank, QG.evidence, BNode()))
        graphs[str(Minter().article_graph(f"order{g}"))] = graph
    store = OxigraphStore(None)
    try:
        store.replace_graphs(graphs)
        for iri in (str(plain), str(with_blank)):
            ordered = select(
                store,
                f"""SELECT DISTINCT ?s ?p ?o ?g WHERE {{
                {{ GRAPH ?g {{ <{iri}> ?p ?o }} BIND(<{iri}> AS ?s) }}
                UNION {{ GRAPH ?g {{ <{iri}> ?p1 ?s . FILTER(isBlank(?s)) ?s ?p ?o }} }} }} ORDER BY ?s ?p ?o ?g""",
            )
            expected = [(r["s"], r["p"], r["o"], r["g"]) for r in ordered]
            for limit in (500, 4):
                rows = describe_rows(store, iri, limit=limit)
                assert [(r["subject"], r["predicate"], r["object"], r["graph"]) for r in rows] == expected[:limit]
        objects = [r["object"] for r in describe_rows(store, str(plain))]
        assert objects[:3] == [BASE + f"party/p{g}" for g in range(3)] and objects.index("2") < objects.index("10")
    finally:
        store.close()


def test_no_path_query_or_header_gets_a_500(client):
    from urllib.parse import quote

    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    @settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(
        rest=st.text(min_size=1, max_size=40),
        q=st.text(max_size=40),
        page=st.text(max_size=6),
        fmt=st.sampled_from(["", "json", "ttl", "html", "xml", "jsonld", "nt", "rdf"]),
        accept=st.sampled_from(["", "*/*", "text/html", "text/turtle;q=0.1, application/json", "bogus", "a/b;q=x"]),
    )
    def check(rest, q, page, fmt, accept):
        query = f"?q={quote(q)}&page={quote(page)}&format={fmt}"
        for path in (f"/id/{quote(rest)}{query}", f"/id/party/{quote(rest)}.json", f"/search{query}", f"/{query}"):
            response = client.get(path, headers={"Accept": accept} if accept else {})
            assert response.status_code < 500, (path, response.status_code, response.data[:200])

    check()


class Recording:
    """A store whose SELECT answers are kept (text and row count) to check what the views asked."""

    def __init__(self, store):
        self.store, self.answers = store, []
        self.minter = store.minter

    def query(self, sparql, **kwargs):
        result = self.store.query(sparql, **kwargs)
        if not isinstance(result, ox.QuerySolutions):
            return result
        rows = list(result)
        self.answers.append((sparql, len(rows)))
        return Solutions(result.variables, rows)


class Solutions(list):
    def __init__(self, variables, rows):
        super().__init__(rows)
        self.variables = variables


COPIES = 120


def every_view(store) -> dict:
    from kg.read import views

    return {
        "home": views.home(store),
        "aws": views.party(store, AWS),
        "parler": views.party(store, PARLER),
        "animus": views.statement(store, ANIMUS),
        "no merit": views.statement(store, NO_MERIT),
        "source": views.source(store, SOURCE),
        "kind": views.resource_kind(store, AWS),
    }


def repeated_names() -> dict[str, Graph]:
    """Article graphs that each name and type AWS and Parler again, as every real article mentioning them does."""
    graphs = {}
    for n in range(COPIES):
        graph = Graph()
        for party, name in ((AWS, "Amazon Web Services"), (PARLER, "Parler")):
            graph.add((URIRef(party), RDF.type, QG.Organization))
            graph.add((URIRef(party), QG.name, Literal(name)))
        graphs[str(Minter().article_graph(f"copy{n}"))] = graph
    return graphs


def test_a_party_named_in_many_graphs_is_read_once_from_the_names_graph(story_store):
    """Names come from the names graph, joined to nothing elsewhere (counting the named parties
    scans their names, no more), and no answer grows with the graphs repeating a name: the union
    default graph yields a triple once per graph holding it."""
    from kg.infer.names import rebuild

    expected = every_view(story_store)
    story_store.replace_graphs(repeated_names())
    rebuild(story_store, str(Minter().names_graph))
    recording = Recording(story_store)
    assert every_view(recording) == expected
    names = re.escape(f"GRAPH <{Minter().names_graph}>") + r" \{[^{}]*\}"
    alone = r"WHERE \{ \?\w+ qg:name \?\w+ \}"
    for sparql, rows in recording.answers:
        outside = re.sub(alone, "", re.sub(names, "", sparql))
        assert "qg:name" not in outside and str(QG.name) not in outside, sparql
        assert rows < COPIES, (rows, sparql)


def test_pages_are_the_same_whether_or_not_the_names_graph_holds_a_name(story_store):
    """A store never reasoned has no names graph, and one written by a SPARQL update lacks some names."""
    from kg.infer.names import rebuild

    names = str(Minter().names_graph)
    without = every_view(story_store)
    rebuild(story_store, names)
    assert story_store.query(f"ASK {{ GRAPH <{names}> {{ <{PARLER}> ?p ?o }} }}")
    assert every_view(story_store) == without
    story_store.update(f"DELETE WHERE {{ GRAPH <{names}> {{ <{PARLER}> ?p ?o }} }}")
    assert every_view(story_store) == without
