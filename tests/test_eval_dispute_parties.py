"""Who disputed whom: the party-level dispute pairs `kg eval --gold` scores beside the statement pairs."""

from __future__ import annotations

import json

import pytest

from kg.cli import main
from kg.eval.devset import score_article
from kg.eval.gold import GoldArticle, GoldStatement
from kg.extract.model import Article, Extraction, Party, Statement

TEXT = (
    "The Lakeside Tenants Union said the Corvane housing trust raised rents to pay for a new tower. "
    "The union said repairs had stopped in March. "
    "A spokesman for the trust, Ivo Brandt, denied the accusations. "
    "The trust said every repair request had been answered. "
    "City auditor Nadia Pell said the trust's books were in order."
)


def at(words: str) -> tuple[int, int]:
    start = TEXT.index(words)
    return start, start + len(words)


GOLD_PARTIES = [
    Party("g1", "Lakeside Tenants Union", "Organization", ["union"]),
    Party("g2", "Corvane housing trust", "Organization", ["trust"]),
    Party("g3", "Ivo Brandt", "Person", ["Brandt"], "spokesman", "g2"),
    Party("g4", "Nadia Pell", "Person", ["Pell"], "auditor"),
]


def gold_statement(id: str, words: str, speaker: str, kind: str, disputes=(), behalf=None) -> GoldStatement:
    start, end = at(words)
    return GoldStatement(id, speaker, start, end, kind, "indirect", behalf, list(disputes))


GOLD = GoldArticle(
    "lakeside",
    None,  # type: ignore[arg-type]  # scoring reads no file
    GOLD_PARTIES,
    [
        gold_statement("s1", "the Corvane housing trust raised rents to pay for a new tower", "g1", "allegation"),
        gold_statement("s2", "repairs had stopped in March", "g1", "claim"),
        gold_statement("s3", "the accusations", "g3", "denial", ["s1", "s2"], behalf="g2"),
        gold_statement("s4", "every repair request had been answered", "g2", "denial", ["s2"]),
        gold_statement("s5", "the trust's books were in order", "g4", "claim"),
    ],
    [],
)


def predicted(statements: list[Statement], parties: list[Party]) -> Extraction:
    return Extraction(Article("lakeside.txt", TEXT), parties, statements)


def statement(id: str, words: str, speaker: str, kind: str, disputes=(), behalf=None) -> Statement:
    start, end = at(words)
    return Statement(id, speaker, kind, words, start, end, False, on_behalf_of=behalf, disputes=list(disputes))


PARTIES = [
    Party("p1", "Lakeside Tenants Union", "Organization"),
    Party("p2", "Corvane housing trust", "Organization"),
    Party("p3", "Brandt", "Person", role="spokesman", affiliation="p2"),
    Party("p4", "Nadia Pell", "Person"),
]
CLAIMS = [
    statement("s1", "the Corvane housing trust raised rents to pay for a new tower", "p1", "allegation"),
    statement("s2", "repairs had stopped in March", "p1", "claim"),
]


def test_the_right_parties_count_even_from_the_wrong_statement():
    """The spokesman's denial linked to the union's claim only, the trust's to the union's allegation: two
    statement pairs of four gold are missed or wrong, yet the trust disputed the union, the one party pair."""
    x = predicted(
        [
            *CLAIMS,
            statement("s3", "the accusations", "p3", "denial", ["s2"], behalf="p2"),
            statement("s4", "every repair request had been answered", "p2", "denial", ["s1"]),
        ],
        PARTIES,
    )
    score = score_article(GOLD, x)
    assert (score.disputes.true_positives, score.disputes.predicted, score.disputes.gold) == (1, 2, 3)
    d = score.dispute_parties
    assert (d.true_positives, d.predicted, d.gold) == (1, 1, 1)
    assert score.details["missed_party_pairs"] == [] and score.details["false_party_pairs"] == []


def test_a_party_disputing_its_own_side_or_a_bystander_is_wrong():
    x = predicted(
        [
            *CLAIMS,
            statement("s3", "the accusations", "p3", "denial", ["s1"], behalf="p2"),
            statement("s4", "every repair request had been answered", "p2", "denial", ["s3"]),
            statement("s5", "the trust's books were in order", "p4", "denial", ["s1"]),
        ],
        PARTIES,
    )
    score = score_article(GOLD, x)
    d = score.dispute_parties
    assert (d.true_positives, d.predicted, d.gold) == (1, 3, 1)
    assert d.precision == pytest.approx(1 / 3) and d.recall == 1.0
    assert score.details["false_party_pairs"] == [
        "Corvane housing trust -> Corvane housing trust",
        "Nadia Pell -> Lakeside Tenants Union",
    ]


def test_a_party_split_over_two_predicted_ids_counts_once():
    """ "the trust" read as a second party beside "Corvane housing trust": both are the gold trust."""
    parties = [*PARTIES, Party("p5", "trust", "Organization")]
    x = predicted(
        [
            *CLAIMS,
            statement("s3", "the accusations", "p3", "denial", ["s1", "s2"], behalf="p2"),
            statement("s4", "every repair request had been answered", "p5", "denial", ["s2"]),
        ],
        parties,
    )
    score = score_article(GOLD, x)
    assert (score.disputes.true_positives, score.disputes.predicted) == (3, 3)
    d = score.dispute_parties
    assert (d.true_positives, d.predicted, d.gold) == (1, 1, 1)


def test_a_party_that_is_no_gold_party_never_counts():
    """An extractor-made "landlords" party answering the union is a pair of no gold party, not the trust's."""
    parties = [*PARTIES, Party("p6", "landlords", "Organization")]
    x = predicted([*CLAIMS, statement("s4", "every repair request had been answered", "p6", "denial", ["s2"])], parties)
    score = score_article(GOLD, x)
    d = score.dispute_parties
    assert (d.true_positives, d.predicted, d.gold) == (0, 1, 1)
    assert score.details["false_party_pairs"] == ["landlords -> Lakeside Tenants Union"]
    assert score.details["missed_party_pairs"] == ["Corvane housing trust -> Lakeside Tenants Union"]


def test_summed_over_articles_and_printed(tmp_path, capsys):
    """Pairs are sets per article and sums over articles: the same pair in two articles counts twice."""
    x = predicted([*CLAIMS, statement("s3", "the accusations", "p3", "denial", ["s1"], behalf="p2")], PARTIES)
    folder = tmp_path / "split"
    folder.mkdir()
    raw = {
        "parties": [
            {"id": p.id, "name": p.name, "type": p.type, "aliases": p.aliases, "role": p.role,
             "affiliation": p.affiliation}
            for p in GOLD_PARTIES
        ],
        "statements": [
            {"id": s.id, "speaker": s.speaker, "kind": s.kind, "start": s.start, "end": s.end,
             "on_behalf_of": s.on_behalf_of, "disputes": s.disputes}
            for s in GOLD.statements
        ],
    }  # fmt: skip
    saved = tmp_path / "predicted.jsonl"
    lines = []
    for name in ("one", "two"):
        (folder / f"{name}.txt").write_text(TEXT, encoding="utf-8")
        (folder / f"{name}.gold.resolved.json").write_text(json.dumps(raw), encoding="utf-8")
        x.article = Article(f"{name}.txt", TEXT)
        lines.append(json.dumps(x.to_json()))
    saved.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["eval", "--gold", str(folder), "--predicted", str(saved), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["overall"]["dispute_parties"] | {"precision": 0, "recall": 0, "f1": 0} == {
        "tp": 2, "predicted": 2, "gold": 2, "precision": 0, "recall": 0, "f1": 0,
    }  # fmt: skip
    assert report["articles"]["one"]["dispute_parties"]["tp"] == 1
    assert main(["eval", "--gold", str(folder), "--predicted", str(saved)]) == 0
    assert "who disputed whom (party pairs): P 1.000 R 1.000 F1 1.000 (2 gold pairs)" in capsys.readouterr().out
