"""`kg eval --gold`: scoring against the development set's JSON-contract gold, on a story written here."""

from __future__ import annotations

import json

import pytest

import kg.extract
from kg.cli import main
from kg.eval.devset import score_article, spans_match
from kg.eval.gold import party_map, read_split
from kg.extract.model import Article, Extraction, Party, Statement

TEXT = (
    "Harbor board sued over ferry fares\n\n"
    "The Bay Riders Alliance said the harbor board raised fares to pay for its new offices. "
    "A spokeswoman for the board, Lena Ortiz, denied the claim. "
    "Ortiz said fares had not changed since 2019. "
    "The alliance asked the court to freeze the fares. "
    "The mayor's office declined to comment.\n"
)


def at(words: str) -> tuple[int, int]:
    start = TEXT.index(words)
    return start, start + len(words)


GOLD_PARTIES = [
    {"id": "p1", "name": "Bay Riders Alliance", "type": "Organization", "aliases": ["alliance"]},
    {"id": "p2", "name": "harbor board", "type": "Organization", "aliases": ["board"]},
    {
        "id": "p3",
        "name": "Lena Ortiz",
        "type": "Person",
        "aliases": ["Ortiz"],
        "role": "spokesperson",
        "affiliation": "p2",
    },
]
CLAIM = "the harbor board raised fares to pay for its new offices"
DENIAL = "the claim"
LATER = "fares had not changed since 2019"


def gold_file() -> dict:
    def statement(id, words, speaker, kind, disputes=()):
        start, end = at(words)
        return {"id": id, "speaker": speaker, "kind": kind, "quote": "indirect", "text": words, "start": start,
                "end": end, "disputes": list(disputes)}  # fmt: skip

    request = "asked the court to freeze the fares"
    no_comment = "declined to comment"
    return {
        "source": "ferry.txt",
        "parties": GOLD_PARTIES,
        "statements": [
            statement("s1", CLAIM, "p1", "allegation"),
            statement("s2", DENIAL, "p3", "denial", ["s1"]),
            statement("s3", LATER, "p3", "claim"),
        ],
        "not_statements": [
            {"text": request, "why": "request", "start": at(request)[0], "end": at(request)[1]},
            {"text": no_comment, "why": "no-comment", "start": at(no_comment)[0], "end": at(no_comment)[1]},
        ],
    }


def predicted() -> Extraction:
    """Right claim; the denial with a wrong speaker and one right, one wrong link; a request as a claim."""
    parties = [
        Party("p1", "Bay Riders Alliance", "Organization", ["alliance"]),
        Party("p2", "harbor board", "Organization"),
        Party("p3", "Ortiz", "Person", role="spokesperson", affiliation="p2"),
        Party("p4", "board spokesperson", "Person", role="spokesperson", affiliation="p2"),
    ]

    def statement(id, span, speaker, kind, disputes=()):
        return Statement(id, speaker, kind, TEXT[span[0] : span[1]], span[0], span[1], False, disputes=list(disputes))

    claim = at(CLAIM)
    return Extraction(
        Article("ferry.txt", TEXT),
        parties,
        [
            statement("s1", (claim[0] - 5, claim[1]), "p1", "allegation"),  # "said the ...": still the claim
            statement("s2", at("denied the claim"), "p4", "denial", ["s1", "s3"]),
            statement("s3", at(LATER), "p3", "claim"),
            statement("s4", at("the court to freeze the fares"), "p1", "claim"),
        ],
    )


def test_spans_match_on_half_the_shorter_span():
    assert spans_match((0, 10), (5, 30))
    assert not spans_match((0, 10), (6, 30))
    assert not spans_match((0, 10), (10, 20))


def test_party_identity_by_surname_role_and_name():
    gold = [Party(**p) for p in GOLD_PARTIES]
    parties, merged = party_map(predicted().parties, gold)
    assert parties == {"p1": "p1", "p2": "p2", "p3": "p3", "p4": "p3"}
    assert merged == {}
    both = Party("p9", "Ortiz", "Unknown", ["alliance"])
    assert party_map([both], gold)[1] == {"p9": ["p3", "p1"]}


def test_score_article_counts_each_measure(split):
    article = read_split(split)[0]
    score = score_article(article, predicted())
    assert (score.statements.true_positives, score.statements.predicted, score.statements.gold) == (3, 4, 3)
    # Lena Ortiz is both "Ortiz" and the unnamed spokesperson of the board: split, but both right.
    assert (score.speaker.right, score.speaker.total) == (3, 3)
    assert score.end_to_end.f1 == pytest.approx(2 * 0.75 * 1.0 / 1.75)
    assert (score.disputes.true_positives, score.disputes.predicted, score.disputes.gold) == (1, 2, 1)
    assert score.not_statements == {"request": 1}
    assert score.parties.split == 1
    assert score.details["false_pairs"] == ["s2 'denied the claim' -> s3 'fares had not changed since 2019'"]
    assert score.details["missed"] == []


def test_linking_counts_only_pairs_whose_ends_were_both_found(split):
    """A gold pair whose disputed statement was never extracted is lost upstream, not by linking."""
    article = read_split(split)[0]
    extraction = predicted()
    extraction.statements = [s for s in extraction.statements if s.id != "s1"]
    score = score_article(article, extraction)
    assert (score.disputes.true_positives, score.disputes.gold) == (0, 1)
    assert (score.linking.true_positives, score.linking.predicted, score.linking.gold) == (0, 1, 0)
    full = score_article(article, predicted())
    assert (full.linking.true_positives, full.linking.predicted, full.linking.gold) == (1, 2, 1)


def test_voiced_linking_counts_pairs_whose_ends_have_their_gold_voice(split):
    """Where a statement's voice is wrong no side model can choose its targets right: those pairs are left out."""
    article = read_split(split)[0]
    full = score_article(article, predicted())
    assert (full.voiced.true_positives, full.voiced.predicted, full.voiced.gold) == (1, 2, 1)
    extraction = predicted()
    extraction.statements[0].speaker = "p2"  # the alliance's claim read as the board's
    score = score_article(article, extraction)
    assert (score.linking.true_positives, score.linking.predicted, score.linking.gold) == (1, 2, 1)
    assert (score.voiced.true_positives, score.voiced.predicted, score.voiced.gold) == (0, 1, 0)
    assert score.to_json()["dispute_linking_voiced"]["predicted"] == 1


@pytest.fixture
def split(tmp_path):
    folder = tmp_path / "split"
    folder.mkdir()
    (folder / "ferry.txt").write_text(TEXT, encoding="utf-8")
    (folder / "ferry.gold.resolved.json").write_text(json.dumps(gold_file()), encoding="utf-8")
    return folder


def test_cli_scores_a_split_as_json(split, monkeypatch, capsys):
    folder = split
    monkeypatch.setattr(kg.extract, "extract_many", lambda articles, **_: iter([predicted()] * len(list(articles))))
    assert main(["eval", "--gold", str(folder), "--json", "-v"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["overall"]["statements"]["f1"] == pytest.approx(2 * 0.75 / 1.75, abs=1e-4)
    assert report["overall"]["dispute_pairs"]["precision"] == 0.5
    assert report["articles"]["ferry"]["details"]["not_statements"][0]["why"] == "request"


def test_cli_table_and_saved_predictions(split, tmp_path, capsys):
    folder = split
    saved = tmp_path / "predicted.jsonl"
    saved.write_text(json.dumps(predicted().to_json()) + "\n", encoding="utf-8")
    assert main(["eval", "--gold", str(folder), "--predicted", str(saved), "-v"]) == 0
    out = capsys.readouterr().out
    assert "ferry" in out and "overall" in out
    assert "pair false s2 'denied the claim' -> s3" in out


def test_cli_refuses_bad_input(split, tmp_path, capsys):
    folder = split
    assert main(["eval", "--gold", str(tmp_path)]) == 1
    assert "no *.gold.resolved.json files" in capsys.readouterr().err
    assert main(["eval", "--brat", str(folder), "--predicted", "x.jsonl"]) == 1
    assert "--predicted goes with --gold" in capsys.readouterr().err
    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    assert main(["eval", "--gold", str(folder), "--predicted", str(empty)]) == 1
    assert "no extraction of ferry.txt" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["eval", "--gold", str(folder), "--brat", str(folder)])
