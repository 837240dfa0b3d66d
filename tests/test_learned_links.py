"""The learned dispute linker (issue 13): what it may link, how it is trained, what it ships.

Leave-one-split-out over the development set's studied splits did not find it clearly better than the
rules' links without losing precision (docs/model-card.md, "Learned dispute linker"), so the shipped
linker keeps the rules' links; the machinery stays, and ``kg train --linker`` re-runs the comparison.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from cli_support import run

from kg.errors import KgError
from kg.extract import extract, extract_many
from kg.extract.model import Article
from kg.extract.pairs import LINKS, read, shipped
from kg.extract.pairs.features import NAMES, PairReader
from kg.extract.sides import Sides
from kg.train.links import TRAINED_ON, Recorder, collect, fit, write

DEVSET = Path(__file__).resolve().parents[1] / "devset"
CARGO = (
    "Cargo dispute\n\n"
    "Harbor Freight sued Coastline Shipping on Monday, alleging that the shipper lost 40 containers of its goods "
    "in a storm.\n\n"
    "Coastline said its crews had worked through the night to secure the ship.\n\n"
    '"These claims are simply untrue," a Coastline spokeswoman said.\n\n'
    "Harbor Freight said on Tuesday that it would hire a new carrier next year.\n"
)


class Eager:
    """The shipped trees with thresholds that link every candidate pair: what the linker may ever draw."""

    def __init__(self) -> None:
        self.linker = replace(shipped(), add=0.0, keep=0.0)
        self.candidates: dict[str, list[str]] = {}

    def link(self, sides: Sides) -> None:
        reader = PairReader(sides)
        self.candidates = {s.id: [t.id for t in reader.candidates(s)] for s in sides.statements}
        self.linker.link(sides)


def _by_text(extraction, words: str):
    return next(s for s in extraction.statements if words in s.text)


def test_a_denial_may_dispute_only_the_other_sides_earlier_statements():
    eager = Eager()
    extraction = next(extract_many([Article("cargo.txt", CARGO)], model="hybrid", links=eager))
    denial = _by_text(extraction, "These claims")
    charge = _by_text(extraction, "lost 40 containers")
    own = _by_text(extraction, "worked through the night")
    later = _by_text(extraction, "hire a new carrier")
    assert denial.kind == "denial"
    assert eager.candidates[denial.id] == [charge.id]  # never its own side's, never what is said after it
    assert denial.disputes == [charge.id]
    assert own.id not in denial.disputes and later.id not in denial.disputes


def test_a_learned_link_keeps_its_basis_and_words():
    """Every link the linker adds says so ("learned") and points at words of the article."""
    text = (
        "Harbor Freight sued Coastline Shipping on Monday, alleging that the shipper lost 40 containers of its goods "
        "in a storm.\n\nA dock workers' union official, Dana Reyes, said the crew had ignored two storm warnings.\n\n"
        "A Coastline spokeswoman rejected that account.\n"
    )
    extraction = next(extract_many([Article("cargo.txt", text)], model="hybrid", links=Eager()))
    answer = _by_text(extraction, "that account")
    lost = _by_text(extraction, "lost 40 containers")
    learned = {b.statement: b for b in answer.dispute_basis if b.rule == "learned"}
    assert answer.kind == "denial" and lost.id in learned, answer
    for basis in learned.values():
        assert text[basis.start : basis.end] == basis.text == "that account"


def test_the_shipped_linker_keeps_the_rules_links():
    """The shipped decision (2026-12-05e, again on ten splits 2026-12-05i): the rules' links stand; the hybrid's
    output is what it was."""
    recorded = Recorder()
    before = next(extract_many([Article("cargo.txt", CARGO)], model="hybrid", links=recorded))
    after = extract(Article("cargo.txt", CARGO))
    assert shipped().add > 1 and shipped().keep <= 0
    assert [(s.disputes, s.dispute_basis) for s in after.statements] == [
        (s.disputes, s.dispute_basis) for s in before.statements
    ]
    assert recorded.seen and recorded.seen[0][1] == {(s.id, t) for s in before.statements for t in s.disputes}


def test_the_exported_trees_read_back_and_score_the_same(tmp_path):
    data = collect(DEVSET, ("tune", "heldout"), limit=2)
    articles = [a for split in data.values() for a in split]
    linker = fit(articles, add=0.4, keep=0.1)
    path = tmp_path / "links.json"
    write(linker, path, {"splits": list(data)})
    again = read(path)
    assert (again.add, again.keep) == (0.4, 0.1)
    rows = [r[2] for a in articles for r in a.rows]
    assert rows and [again.probability(v) for v in rows] == [linker.probability(v) for v in rows]


def test_a_linker_over_other_features_is_refused(tmp_path):
    data = json.loads(LINKS.read_text(encoding="utf-8"))
    data["features"] = list(reversed(NAMES))
    path = tmp_path / "old.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(KgError, match="retrain"):
        read(path)


def test_training_on_a_slice_is_deterministic(capsys, tmp_path):
    outputs = []
    for name in ("a.json", "b.json"):
        code, out, err = run(capsys, "train", "--linker", "--limit", "2", "--out", str(tmp_path / name))
        assert code == 0, err
        assert all(name in out for name in ("rules", "learned", "union", "combined"))
        outputs.append((tmp_path / name).read_bytes())
    assert outputs[0] == outputs[1]
    trained = json.loads(outputs[0])["trained"]
    assert trained["articles"] == 2 * len(TRAINED_ON) and trained["strategy"] in (
        "rules",
        "learned",
        "union",
        "combined",
    )
    assert read(tmp_path / "a.json").trees


def test_training_refuses_a_folder_as_its_output(capsys, tmp_path):
    code, _, err = run(capsys, "train", "--linker", "--out", str(tmp_path))
    assert code != 0 and "folder" in err
