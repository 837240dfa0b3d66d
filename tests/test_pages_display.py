"""What pages show as a careful reader expects (issue 16 "Pages", issue 13 item 7): claims once with
their sources and answers, paraphrases as reported speech, speakers and cues marked, nested quotes
visible, no internal slugs, no "unresolved 'she'" party, one search box, a readable network."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from pages_support import ANIMUS, BASE, HOSTILE, NO_MERIT, STORY, app_with, write
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import XSD

import server
from kg.build.iris import Minter
from kg.build.namespace import QG, RDF
from kg.infer.planner import with_inference
from kg.read.source import palette

TEXT = (
    'Mayor Ana Ruiz said the council "will not accept claims that the bridge is unsafe, as the city engineers '
    'told us" on Friday. She added that repairs would start next week. The Riverton Gazette asked the utility '
    "for comment."
)
KEY = "9a9a9a9a9a9a9a9a"
ARTICLE = URIRef(BASE + f"source/{KEY}")
RELEASE = URIRef(BASE + f"source/{KEY}/press-statement-2")
P = {
    name: URIRef(BASE + f"party/{slug}")
    for name, slug in (("ruiz", "ana-ruiz"), ("engineers", "city-engineers"), ("gazette", "the-riverton-gazette"))
}
SHE = URIRef(BASE + f"party/{KEY}/unresolved-she")
S = {name: URIRef(BASE + f"statement/{KEY}/{name}") for name in ("outer", "inner", "repairs")}


def _span(words: str, after: int = 0) -> tuple[int, int]:
    start = TEXT.index(words, after)
    return start, start + len(words)


def nested_article() -> Graph:
    """An article of ours where the engineers' words sit inside the mayor's quote, a speaker is an
    unresolved 'she', and a statement was first made in an untitled press statement."""
    g = Graph()
    g.add((ARTICLE, RDF.type, QG.NewsArticle))
    g.add((ARTICLE, QG.title, Literal("Mayor rejects bridge warnings")))
    g.add((ARTICLE, QG.published, Literal("2024-03-08", datatype=XSD.date)))
    g.add((ARTICLE, QG.publisher, P["gazette"]))
    g.add((ARTICLE, QG.text, Literal(TEXT)))
    g.add((RELEASE, RDF.type, QG.PressStatement))
    for key, name, kind in (
        ("ruiz", "Ana Ruiz", QG.Person),
        ("engineers", "City engineers", QG.Organization),
        ("gazette", "The Riverton Gazette", QG.NewsOutlet),
    ):
        g.add((P[key], RDF.type, kind))
        g.add((P[key], QG.name, Literal(name)))
    g.add((SHE, RDF.type, QG.UnknownParty))
    g.add((SHE, QG.name, Literal("unresolved 'she'")))
    outer = _span('the council "will not accept claims that the bridge is unsafe, as the city engineers told us"')
    inner = _span("the bridge is unsafe")
    repairs = _span("repairs would start next week")
    said = {
        "outer": (P["ruiz"], outer, _span("said"), _span("Mayor Ana Ruiz"), "said", "say", QG.MixedQuote),
        "inner": (P["engineers"], inner, _span("told"), _span("the city engineers"), "told", "tell", QG.IndirectQuote),
        "repairs": (SHE, repairs, _span("added"), _span("She"), "added", "add", QG.IndirectQuote),
    }
    for key, (speaker, content, cue, who, cue_text, lemma, quote) in said.items():
        s = S[key]
        g.add((s, RDF.type, QG.Claim))
        g.add((s, RDF.type, quote))
        g.add((s, QG.speaker, speaker))
        g.add((s, QG.content, Literal(TEXT[slice(*content)])))
        g.add((s, QG.cue, Literal(cue_text)))
        g.add((s, QG.cueLemma, Literal(lemma)))
        g.add((s, QG.reportedIn, ARTICLE))
        for role, (start, end) in (("content", content), ("cue", cue), ("speaker", who)):
            evidence = URIRef(f"{s}-{role}")
            g.add((s, QG.evidence, evidence))
            g.add((evidence, RDF.type, QG.Evidence))
            g.add((evidence, QG.evidenceRole, Literal(role)))
            g.add((evidence, QG.start, Literal(start)))
            g.add((evidence, QG.end, Literal(end)))
    g.add((S["repairs"], QG.originallyMadeIn, RELEASE))
    return g


@pytest.fixture(scope="module")
def client():
    with app_with(STORY, HOSTILE) as app:
        write(app.extensions["quotegraph"].store, BASE + f"graph/article/{KEY}", nested_article())
        yield app.test_client()


def get(client, path: str) -> str:
    response = client.get(path)
    assert response.status_code == 200, response.data[:300]
    return html.unescape(re.sub(r"\s+", " ", response.get_data(as_text=True)))


def section(text: str, heading: str) -> str:
    return text.split(heading, 1)[1].split("<h2", 1)[0]


def words(markup: str) -> str:
    """What a reader sees: the page without its tags, and without the raw triples table."""
    return " ".join(re.sub(r"<[^>]+>", " ", markup.split("<details>", 1)[0]).split())


def test_one_search_box_on_every_page(client):
    for path in ("/", "/search?q=parler", "/id/party/parler", "/query"):
        assert get(client, path).count('role="search"') == 1, path


def test_home_counts_what_it_lists_and_each_party_once(client):
    data = client.get("/index.json").get_json()
    labels = [p["label"] for p in data["most_active"]]
    assert len(labels) == len(set(labels)) == data["counts"]["parties"]
    assert "AWS spokesperson" not in labels and "John Matze" not in labels
    claims = [c["content"] for c in data["most_disputed"]]
    assert len(claims) == len(set(claims)) == data["counts"]["disputed"]
    assert len(data["newest_sources"]) == data["counts"]["articles"]
    text = get(client, "/")
    assert "parties quoted" in text and "articles" in text


def test_what_a_party_disputed_lists_each_claim_once_with_its_sources_and_the_denial(client):
    text = get(client, "/id/party/amazon-web-services")
    disputed = section(text, "What Amazon Web Services disputed</h2>")
    assert disputed.count("AWS acted out of political animus and to favour Twitter") == 1
    assert "Parler sues Amazon over suspension" in disputed and "Parler lawsuit names Twitter" in disputed
    assert "(2021-01-11)" in disputed and "There is no merit to these claims" in disputed
    assert "Parler alleged that AWS acted" in words(disputed) and "“AWS acted" not in disputed
    assert "this claim" not in text


def test_the_reason_for_a_dispute_link_is_shown_when_inference_records_it(client):
    """Extraction's basis for the link (the build step writes it into the article graph) reaches the page."""
    with app_with(STORY) as app:
        store = app.extensions["quotegraph"].store
        [(article,)] = store.query(f"SELECT ?g WHERE {{ GRAPH ?g {{ <{NO_MERIT}> <{QG.content}> ?c }} }}")
        graph, term = store.graph(article.value), lambda name: URIRef(str(QG) + name)
        basis = Minter().basis(URIRef(NO_MERIT), URIRef(ANIMUS))
        graph.add((URIRef(NO_MERIT), term("basis"), basis))
        graph.add((basis, RDF.type, term("DisputeBasis")))
        graph.add((basis, term("answers"), URIRef(ANIMUS)))
        graph.add((basis, term("rule"), Literal("anaphora")))
        graph.add((basis, term("trigger"), Literal("these claims")))
        store.replace_graphs(with_inference(store, {article.value: graph}))
        text = get(app.test_client(), "/id/party/amazon-web-services")
    disputed = section(text, "What Amazon Web Services disputed</h2>")
    assert "why linked: " in disputed and "anaphora (“these claims”)" in disputed


def test_the_dispute_network_is_small_labelled_linked_and_weighted(client):
    text = client.get("/id/party/amazon-web-services").get_data(as_text=True)
    svg = text.split("<svg", 1)[1].split("</svg>", 1)[0]
    height = float(re.search(r'viewBox="0 0 [\d.]+ ([\d.]+)"', "<svg" + svg).group(1))
    assert height < 120, "two parties make one row, not a big empty box"
    assert '<a href="/id/party/parler">' in svg and ">Parler</text>" in svg
    assert re.search(r'<text class="weight"[^>]*>1</text>', svg)
    boxes = [
        tuple(map(float, m))
        for m in re.findall(r'<rect x="([\d.-]+)" y="([\d.-]+)" width="([\d.]+)" height="([\d.]+)"', svg)
    ]
    ends = [tuple(map(float, m)) for m in re.findall(r'x2="([\d.-]+)" y2="([\d.-]+)"', svg)]
    assert boxes and ends
    for x, y in ends:
        assert not any(bx <= x <= bx + w and by <= y <= by + h for bx, by, w, h in boxes), "an arrowhead on a label"


def test_a_paraphrase_is_reported_speech_never_in_quotation_marks(client):
    animus = get(client, "/id/statement/a1b2c3d4e5f60718/animus")
    assert "Parler alleged that AWS acted out of political animus" in words(animus)
    assert "“AWS acted out of political animus" not in animus
    no_merit = get(client, "/id/statement/a1b2c3d4e5f60718/no-merit")
    assert '<blockquote class="words">“There is no merit to these claims”</blockquote>' in no_merit
    party = get(client, "/id/party/parler")
    assert "“AWS acted" not in party and "alleged that" in party


def test_a_statement_page_says_who_reported_it_and_shows_no_internal_slugs(client):
    text = get(client, f"/id/statement/{KEY}/repairs")
    seen = words(text)
    assert "press-statement-2" not in seen and "First made in a press statement" in seen
    assert "Reported by The Riverton Gazette" in seen and 'href="/id/party/the-riverton-gazette"' in text
    assert "unresolved" not in seen and "an unidentified speaker (“she”) added that repairs would start" in seen
    assert "“repairs would start" not in seen


def test_the_passage_starts_and_ends_on_word_boundaries():
    from kg.read.evidence import _around

    text = "Intro words here. " + "x" * 10 + " alpha beta gamma delta said the council, who added more words after it."
    first = text.index("said")
    lo, hi = _around(text, first, first + 4, 12)
    assert text[lo - 1] == " " and text[hi] in " ." and lo > 0


def test_the_source_page_marks_speakers_cues_and_nested_statements_in_distinct_colours(client):
    data = client.get(f"/id/source/{KEY}.json").get_json()
    segments = data["highlighted"]
    cue = next(s for s in segments if s["text"] == "said")
    assert cue["marked"] == ["cue"] and cue["link"] == str(S["outer"])
    speaker = next(s for s in segments if s["text"] == "Mayor Ana Ruiz")
    assert speaker["marked"] == ["speaker"]
    nested = next(s for s in segments if s["text"] == "the bridge is unsafe")
    assert (
        nested["link"] == str(S["inner"]) and nested["outer"] == [cue["colour"]] and nested["colour"] != cue["colour"]
    )
    colours = [p["fill"] for p in data["palette"]]
    assert len(colours) == len(set(colours)) == len(data["speakers"]) == 3
    assert [p["label"] for p in data["parties"] if "unresolved" in p["label"]] == []
    text = get(client, f"/id/source/{KEY}")
    assert "unresolved" not in words(text) and "an unidentified speaker (“she”)" in words(text)
    assert 'class="sp nested' in text and 'class="sp cue' in text and 'class="sp speaker' in text
    # the colours are classes: the Content-Security-Policy allows no inline style
    assert "style=" not in text and "<style" not in text
    assert f'class="sp c{nested["colour"]}"' in text and f'class="sp c{cue["colour"]}"' in text
    css = (Path(server.__file__).parent / "static" / "pages.css").read_text()
    for i, colours in enumerate(palette(32)):
        assert f".c{i} {{ --fill: {colours['fill']}; --ink: {colours['ink']}; }}" in css
    assert "'unsafe-inline'" not in client.get(f"/id/source/{KEY}").headers["Content-Security-Policy"]


def test_query_editor_has_the_site_header_declared_prefixes_and_readable_errors(client):
    text = get(client, "/query")
    assert '<header class="top">' in text and "pages.css" in text
    assert "Prefixes declared for you" in text and '"qg": "https://quotegraph.org/ontology#"' in text
    assert 'download="results.csv"' in text
    bad = client.get(
        "/sparql", query_string={"query": "SELECT ?x WHERE { ?x ?p ?y } LIMT 5"}, headers={"Accept": "text/html"}
    )
    assert bad.status_code == 400 and bad.mimetype == "text/html"
    assert "line 1, column 36: unknown word 'LIMT' (did you mean LIMIT?)" in html.unescape(bad.get_data(as_text=True))
    plain = client.get("/sparql", query_string={"query": "SELECT ?x WHERE { ?x ?p ?y } LIMT 5"})
    assert plain.mimetype == "text/plain" and b"did you mean LIMIT?" in plain.data


def test_a_charge_reads_as_whom_it_accuses_of_what():
    """The sample article loaded as a user loads it: "accused Amazon of breach of contract" shows as
    reported speech with whom it accuses (extraction's `about`, written as qg:about), never as
    "accused: breach of contract"."""
    from kg.load.loader import load_articles
    from kg.paths import SAMPLES_DIR

    with app_with() as app:
        store = app.extensions["quotegraph"].store
        results = load_articles(store, [str(SAMPLES_DIR / "articles" / "parler-aws.txt")], progress=False)
        assert [r.status for r in results] == ["loaded"]
        about = store.query(f"SELECT ?p WHERE {{ ?s <{QG.about}> ?p ; <{QG.cueLemma}> 'accuse' }}")
        assert [row["p"].value for row in about] == [BASE + "party/amazon"]
        seen = words(get(app.test_client(), "/id/party/parler"))
    assert "Parler accused Amazon of breach of contract" in seen
    assert "accused: breach" not in seen
