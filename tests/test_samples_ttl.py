"""The hand-written sample (samples/parler-aws.ttl) reads as the extractor reads an article.

It is the first thing `make run` serves and the founding question's first answer, so it must not teach a wrong
reading: an accusation's content ("accused X of ...") is what the party is accused of, with whom in ``qg:about`` ("accused Amazon of
breach of contract" is "breach of contract", about Amazon; issue 13), and every content evidence selects exactly
the content in its article's text.
"""

from __future__ import annotations

from conftest import SAMPLE
from rdflib import Graph, Namespace

QG = Namespace("https://quotegraph.org/ontology#")


def _sample() -> Graph:
    return Graph().parse(SAMPLE, format="turtle")


def test_an_accusation_content_leaves_out_whom_it_accuses():
    g = _sample()
    about = [(s, p) for s, p in g.subject_objects(QG.about) if str(g.value(s, QG.cueLemma)) in ("accuse", "charge")]
    assert about
    for statement, party in about:  # "accused Amazon of ...": whom before "of", what after it
        content = str(g.value(statement, QG.content))
        names = [str(n) for p in (QG.name, QG.alias) for n in g.objects(party, p)]
        assert not any(content.startswith(n) for n in names), (content, names)


def test_each_content_evidence_selects_the_content():
    g = _sample()
    checked = 0
    for statement, content in g.subject_objects(QG.content):
        source = g.value(statement, QG.reportedIn)
        text = str(g.value(source, QG.text))
        for evidence in g.objects(statement, QG.evidence):
            if str(g.value(evidence, QG.evidenceRole)) == "content":
                start, end = int(g.value(evidence, QG.start)), int(g.value(evidence, QG.end))
                assert text[start:end] == str(content)
                checked += 1
    assert checked >= 5
