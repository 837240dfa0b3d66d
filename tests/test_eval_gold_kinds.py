"""`kg eval --gold DIR --gold-kinds`: the choice of dispute targets scored apart from the recognition of answers."""

from __future__ import annotations

import json

import pytest

from kg.cli import main
from kg.errors import KgError
from kg.eval.oracle import Kept
from kg.extract.sides import Sides

# A counter-account the extractor reads as a claim: with the gold kinds it is a denial, and the linking rules
# must pick the union's allegation it contradicts, not the union's other claim (another matter) nor the
# auditor's later words.
TEXT = (
    "The Lakeside Tenants Union said the Corvane housing trust raised rents to pay for a new tower. "
    "The union said repairs had stopped in March.\n\n"
    "The trust said the new tower was paid for by a bond issue approved in 2022. "
    "City auditor Nadia Pell said the trust's books were in order.\n"
)
ALLEGATION = "the Corvane housing trust raised rents to pay for a new tower"
REPAIRS = "repairs had stopped in March"
COUNTER = "the new tower was paid for by a bond issue approved in 2022"
BOOKS = "the trust's books were in order"


def gold_file() -> dict:
    def statement(id, words, speaker, kind, disputes=()):
        start = TEXT.index(words)
        return {"id": id, "speaker": speaker, "kind": kind, "quote": "indirect", "text": words, "start": start,
                "end": start + len(words), "disputes": list(disputes)}  # fmt: skip

    return {
        "source": "tower.txt",
        "parties": [
            {"id": "g1", "name": "Lakeside Tenants Union", "type": "Organization", "aliases": ["union"]},
            {"id": "g2", "name": "Corvane housing trust", "type": "Organization", "aliases": ["trust"]},
            {"id": "g3", "name": "Nadia Pell", "type": "Person", "aliases": ["Pell"], "role": "auditor"},
        ],
        "statements": [
            statement("s1", ALLEGATION, "g1", "allegation"),
            statement("s2", REPAIRS, "g1", "claim"),
            statement("s3", COUNTER, "g2", "denial", ["s1"]),
            statement("s4", BOOKS, "g3", "claim"),
        ],
        "not_statements": [],
    }


@pytest.fixture
def split(tmp_path_factory):
    """A one-article split: the text beside its gold."""
    folder = tmp_path_factory.mktemp("tower")
    for name, content in (("tower.txt", TEXT), ("tower.gold.resolved.json", json.dumps(gold_file()))):
        (folder / name).write_text(content, encoding="utf-8")
    return folder


def test_gold_kinds_score_the_targets_alone(split, capsys):
    assert main(["eval", "--gold", str(split), "--model", "rules", "--json"]) == 0
    plain = json.loads(capsys.readouterr().out)
    assert plain["gold_kinds"] is False
    assert plain["overall"]["dispute_linking"]["gold"] == 1
    assert plain["overall"]["dispute_linking"]["tp"] == 0  # the counter-account is read as a claim

    assert main(["eval", "--gold", str(split), "--model", "rules", "--json", "--gold-kinds", "-v"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["gold_kinds"] is True
    overall = report["overall"]
    assert overall["kind_accuracy"]["accuracy"] == 1.0
    assert {k: overall["dispute_linking"][k] for k in ("tp", "predicted", "gold")} == {
        "tp": 1,
        "predicted": 1,
        "gold": 1,
    }
    assert overall["dispute_parties"]["f1"] == 1.0
    details = report["articles"]["tower"]["details"]
    assert details["false_pairs"] == [] and details["missed_pairs"] == []


def test_gold_kinds_table(split, capsys):
    assert main(["eval", "--gold", str(split), "--model", "rules", "--gold-kinds"]) == 0
    out = capsys.readouterr().out
    assert "dispute linking where both ends were found: P 1.000 R 1.000 F1 1.000 (1 gold pairs)" in out
    assert "of which both ends' voices were read right: P 1.000 R 1.000 F1 1.000 (1 gold pairs)" in out


def test_gold_kinds_need_an_extraction_against_gold(split, tmp_path, capsys):
    saved = tmp_path / "predicted.jsonl"
    saved.write_text("", encoding="utf-8")
    assert main(["eval", "--gold", str(split), "--predicted", str(saved), "--gold-kinds"]) == 1
    assert "--gold-kinds goes with --gold" in capsys.readouterr().err
    assert main(["eval", "--brat", str(split), "--gold-kinds"]) == 1
    assert "--gold-kinds goes with --gold" in capsys.readouterr().err


def test_kept_needs_the_linking_rules_state():
    with pytest.raises(KgError, match="linking rules' state"):
        Kept(None).link(Sides([], [], "", []))
