"""`kg extract`: JSON Lines, Turtle and text output, per-input errors, worker processes."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from rdflib import Graph

import kg.extract
from kg.build.iris import Minter
from kg.build.namespace import PROV, QG, RDF
from kg.build.triples import extraction_to_graph
from kg.cli import main
from kg.cli.extract_commands import summary
from kg.extract import extract
from kg.extract.model import Article, Cue, Extraction, Party, Span, Statement
from kg.load.articles import article_key
from kg.paths import SAMPLES_DIR
from kg.sources.documents import read_document

ARTICLES = SAMPLES_DIR / "articles"
FILES = sorted(ARTICLES.glob("*.txt"))
KG = Path(sys.executable).parent / "kg"


def test_json_lines_in_input_order(capsys):
    chosen = [str(FILES[2]), str(FILES[0])]
    assert main(["extract", *chosen, "--format", "json"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line) for line in lines] == [extract(read_document(p)).to_json() for p in chosen]


def test_turtle_is_what_load_would_store(capsys):
    assert main(["extract", str(FILES[0]), "--format", "turtle"]) == 0
    out = capsys.readouterr().out
    article = read_document(str(FILES[0]))
    key = article_key(article)
    assert out.startswith(f"# graph <{Minter().article_graph(key)}> from {article.source}\n")
    printed = Graph().parse(data=out, format="turtle")
    built = extraction_to_graph(extract(article), Minter(), key=key)
    assert set(printed.triples((None, PROV.generatedAtTime, None))) != set()
    assert {t for t in printed if t[1] != PROV.generatedAtTime} == {t for t in built if t[1] != PROV.generatedAtTime}
    assert set(printed.subjects(QG.speaker, None))


def test_turtle_is_stamped_with_the_extractor_that_made_it(capsys):
    """`--model rules` under the hybrid default must not credit the hybrid: a store compares the stamp."""
    assert main(["extract", str(FILES[0]), "--format", "turtle", "--model", "rules"]) == 0
    printed = Graph().parse(data=capsys.readouterr().out, format="turtle")
    assert {str(v) for v in printed.objects(None, QG.extractorVersion)} == {kg.extract.extractor_version("rules")}


def test_errors_are_reported_per_input_and_the_rest_printed(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    binary = tmp_path / "data.txt"
    binary.write_bytes(b"\x00\x01\x02" * 50)
    code = main(["extract", str(empty), str(FILES[1]), str(binary), "--format", "json"])
    captured = capsys.readouterr()
    assert code == 1
    assert captured.err.splitlines()[:2] == [
        f"kg extract: error: {empty}: empty input",
        f"kg extract: error: {binary}: binary file (contains NUL bytes), not text",
    ]
    assert re.fullmatch(
        r"extracted \d+ statement\(s\) from 1 article\(s\), 2 failed in \d+\.\d s", captured.err.splitlines()[2]
    )
    assert [json.loads(line)["source"] for line in captured.out.splitlines()] == [str(FILES[1].resolve())]


def test_text_summary():
    text = 'AWS denied it. "No merit," a spokesperson said.'
    parties = [
        Party("p1", "Amazon Web Services", "Organization", aliases=["AWS"]),
        Party("p2", "AWS spokesperson", "Person", role="spokesperson", affiliation="p1"),
        Party("p3", "Parler", "Organization"),
    ]
    statements = [
        Statement("s1", "p3", "allegation", "AWS acted", 0, 9, direct=False),
        Statement(
            "s2",
            "p2",
            "denial",
            "No merit",
            16,
            24,
            direct=True,
            quote="direct",
            on_behalf_of="p1",
            cue=Cue("said", 42, 46, lemma="say"),
            speaker_mention=Span("a spokesperson", 27, 41),
            date="2021-01-11",
            disputes=["s1"],
            disputes_party="p3",
        ),
    ]
    article = Article(source="/x/a.txt", text=text, title="Denied", published="2021-01-12", publisher="Gazette")
    assert summary(Extraction(article, parties, statements)).splitlines() == [
        "== Denied (Gazette, 2021-01-12)",
        "   /x/a.txt",
        "  p1 Amazon Web Services [Organization] aka AWS",
        "  p2 AWS spokesperson [Person, spokesperson of Amazon Web Services]",
        "  p3 Parler [Organization]",
        "  s1 Parler: AWS acted [allegation, indirect]",
        "  s2 AWS spokesperson: \"No merit\" [denial, direct] for Amazon Web Services cue 'said' on 2021-01-11",
        "      disputes Parler's account: s1 (AWS acted)",
    ]
    assert summary(Extraction(Article(source="/x/b.txt", text="Nothing."))).splitlines() == [
        "== /x/b.txt",
        "  (no statements found)",
    ]


def test_worker_processes_and_bad_options():
    one = subprocess.run(
        [str(KG), "extract", str(ARTICLES), "--format", "json"], capture_output=True, text=True, timeout=300
    )
    two = subprocess.run(
        [str(KG), "extract", str(ARTICLES), "--format", "json", "--jobs", "2"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert one.returncode == two.returncode == 0, two.stderr
    assert one.stdout == two.stdout and len(one.stdout.splitlines()) == len(FILES)
    bad = subprocess.run([str(KG), "extract", str(FILES[0]), "--jobs", "0"], capture_output=True, text=True)
    assert bad.returncode == 2 and "must be at least 1" in bad.stderr


def test_turtle_of_several_articles_is_one_document(capsys):
    assert main(["extract", str(FILES[0]), str(FILES[1]), "--format", "turtle"]) == 0
    printed = Graph().parse(data=capsys.readouterr().out, format="turtle")
    assert len(set(printed.subjects(RDF.type, QG.ArticleGraph))) == 2


def test_lost_extractions_are_reported(monkeypatch, capsys):
    import kg.extract

    monkeypatch.setattr(kg.extract, "extract_many", lambda articles, n_process=1, **_: iter(list(articles)[:0]))
    assert main(["extract", str(FILES[0]), "--format", "json"]) == 1
    assert capsys.readouterr().err == "kg extract: error: extraction returned 0 results for 1 articles\n"
