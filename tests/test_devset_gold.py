"""The development set's gold annotations stay valid and their committed offsets stay current.

devset/check.py is stdlib-only and is run here as a user would run it, so a broken gold file (a text that is not in
its article, a dispute that points at the speaker's own side, a stale resolved file) fails CI with the checker's
own message.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

DEVSET = Path(__file__).resolve().parent.parent / "devset"
CHECK = DEVSET / "check.py"


def run_check(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(CHECK), *args], capture_output=True, text=True, timeout=120)


def test_every_gold_file_is_valid_and_resolved_files_are_current():
    result = run_check("--verify", "--stats")
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("split", "minimum"),
    [
        ("tune", 14),
        ("heldout", 8),
        ("heldout2", 12),
        ("heldout3", 12),
        ("heldout4", 12),
        ("heldout5", 12),
        ("heldout6", 12),
        ("heldout7", 12),
        ("heldout8", 12),
        ("heldout9", 12),
        ("heldout10", 12),
        ("heldout11", 12),
        ("heldout12", 12),
        ("heldout13", 12),
        ("heldout14", 12),
        ("heldout15", 12),
        ("heldout16", 12),
        ("heldout17", 12),
        ("heldout18", 12),
        ("heldout19", 12),
        ("heldout20", 12),
        ("heldout21", 12),
        ("heldout22", 12),
        ("heldout23", 12),
        ("heldout24", 12),
        ("heldout25", 12),
        ("heldout26", 12),
        ("heldout27", 12),
    ],
)
def test_each_split_has_its_articles_with_gold(split, minimum):
    texts = sorted((DEVSET / split).glob("*.txt"))
    assert len(texts) >= minimum
    for text in texts:
        stem = text.with_suffix("")
        for suffix in (".json", ".gold.json", ".gold.resolved.json"):
            assert stem.with_name(stem.name + suffix).exists(), f"{text.name} lacks {suffix}"


def test_resolved_offsets_point_at_the_annotated_words():
    for resolved in sorted(DEVSET.glob("*/*.gold.resolved.json")):
        gold = json.loads(resolved.read_text(encoding="utf-8"))
        article = resolved.with_name(gold["source"]).read_text(encoding="utf-8")
        for st in gold["statements"]:
            for span in (st, st["cue"], st["origin"]):
                if span is not None:
                    assert article[span["start"] : span["end"]] == span["text"], (resolved.name, st["id"])


def copy_article(tmp_path: Path, name: str = "parler-wire") -> tuple[Path, dict]:
    (tmp_path / "tune").mkdir()
    for path in (DEVSET / "tune").glob(f"{name}.*"):
        shutil.copy(path, tmp_path / "tune" / path.name)
    gold_path = tmp_path / "tune" / f"{name}.gold.json"
    return gold_path, json.loads(gold_path.read_text(encoding="utf-8"))


def test_checker_reports_each_broken_annotation(tmp_path):
    gold_path, gold = copy_article(tmp_path)
    by_id = {st["id"]: st for st in gold["statements"]}
    by_id["s1"]["text"] = "words nobody wrote"
    by_id["s6"]["disputes"].append("s7")  # the AWS spokesman disputing his own side
    by_id["s5"]["continues"] = "s9"  # a continuation of another speaker's quote
    gold["parties"][1]["aliases"].append("AWS")  # one name, two parties
    gold_path.write_text(json.dumps(gold), encoding="utf-8")
    result = run_check("--root", str(tmp_path))
    assert result.returncode == 1
    assert "does not occur in the article" in result.stderr
    assert "disputes s7, a statement of its own side" in result.stderr
    assert "continues s9, which has another speaker" in result.stderr
    assert "'AWS' belongs to more than one party" in result.stderr


def test_checker_refuses_a_stale_resolved_file(tmp_path):
    gold_path, gold = copy_article(tmp_path)
    gold["statements"][3]["kind"] = "allegation"
    gold_path.write_text(json.dumps(gold), encoding="utf-8")
    result = run_check("--root", str(tmp_path), "--verify")
    assert result.returncode == 1
    assert "stale or missing" in result.stderr
    assert run_check("--root", str(tmp_path)).returncode == 0
    assert run_check("--root", str(tmp_path), "--verify").returncode == 0
