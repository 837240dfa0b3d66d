"""`kg eval`: the table, JSON, -v listing and --save, with extraction replaced by known answers."""

from __future__ import annotations

import json

import pytest

import kg.extract
from kg.cli import main
from kg.extract.model import Cue, Extraction, Span, Statement
from kg.paths import SAMPLES_DIR
from kg.sources.brat import parse_ann

TEXT = 'Ruiz said the bridge would reopen. "It is safe," Lee added. Mo said nothing new.\n'
GOLD = (
    "T1\tSource 0 4\tRuiz\nT2\tCue 5 9\tsaid\nT3\tContent 10 33\tthe bridge would reopen\n"
    "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n"
    'T4\tSource 49 52\tLee\nT5\tCue 53 58\tadded\nT6\tContent 35 48\t"It is safe,"\n'
    "E2\tAttribution:T5 Source:T4 Cue:T5 Content:T6\n"
)


def fake_extract_many(articles, n_process=1, **_):
    """Finds Ruiz's statement exactly, Lee's not at all, and a false one from Mo."""
    for article in articles:

        def statement(id, words, speaker, cue, article=article):
            start = article.text.index(words)
            cue_at = article.text.index(cue, start - 10 if start >= 10 else 0)
            who = article.text.index(speaker)
            return Statement(
                id=id,
                speaker="p1",
                kind="claim",
                text=words,
                start=start,
                end=start + len(words),
                direct=False,
                speaker_mention=Span(speaker, who, who + len(speaker)),
                cue=Cue(cue, cue_at, cue_at + len(cue)),
            )

        yield Extraction(
            article,
            statements=[
                statement("s1", "the bridge would reopen", "Ruiz", "said"),
                statement("s2", "nothing new", "Mo", "said"),
            ],
        )


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    (tmp_path / "story.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "story.ann").write_text(GOLD, encoding="utf-8")
    monkeypatch.setattr(kg.extract, "extract_many", fake_extract_many)
    return tmp_path


def test_json_scores(corpus, capsys):
    assert main(["eval", "--brat", str(corpus), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["documents"] == 1
    assert report["extractor_version"] == kg.extract.EXTRACTOR_VERSION
    triple = report["scores"]["lenient"]["triple"]
    assert (triple["tp"], triple["predicted"], triple["gold"]) == (1, 2, 2)
    assert (triple["precision"], triple["recall"], triple["f1"]) == (0.5, 0.5, 0.5)
    assert report["scores"]["exact"]["cue"]["tp"] == 1


@pytest.mark.parametrize("model", ["rules", "hybrid"])
def test_json_scores_name_the_version_of_the_model_asked_for(corpus, capsys, model):
    """A report of `--model rules` stamped with the default's version would credit the wrong extractor."""
    assert main(["eval", "--brat", str(corpus), "--json", "--model", model]) == 0
    assert json.loads(capsys.readouterr().out)["extractor_version"] == kg.extract.extractor_version(model)
    assert kg.extract.extractor_version("rules") != kg.extract.extractor_version("hybrid")


def test_table_and_verbose_listing(corpus, capsys):
    assert main(["eval", "--brat", str(corpus), "-v"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "story:"
    assert out[1] == "  miss   @35 source='Lee' cue='added' content='\"It is safe,\"'"
    assert out[2] == "  false  @68 source='Mo' cue='said' content='nothing new'"
    assert out[-5].startswith("source") and out[-2].startswith("triple")
    assert out[-2].split()[1:] == ["0.500", "0.500", "0.500", "0.500", "0.500", "0.500"]
    assert out[-1].startswith("1 documents, 2 gold and 2 predicted attributions")


def test_save_writes_predictions_as_brat(corpus, tmp_path, capsys):
    out = tmp_path / "predicted"
    assert main(["eval", "--brat", str(corpus), "--save", str(out)]) == 0
    predicted = parse_ann((out / "story.ann").read_text(encoding="utf-8"))
    assert [a.content for a in predicted] == [((10, 33),), ((68, 79),)]


def test_bad_corpus(tmp_path, capsys):
    assert main(["eval", "--brat", str(tmp_path / "nope")]) == 1
    assert capsys.readouterr().err == f"kg eval: error: {tmp_path / 'nope'}: not a directory\n"


def test_samples_are_a_valid_brat_corpus(capsys):
    """The shipped samples score end to end with the real extractor (numbers are H2's business)."""
    assert main(["eval", "--brat", str(SAMPLES_DIR / "articles"), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["documents"] == 6
    assert report["scores"]["lenient"]["triple"]["gold"] == 37


def test_verbose_json_details(corpus, capsys):
    assert main(["eval", "--brat", str(corpus), "--json", "-v"]) == 0
    [detail] = json.loads(capsys.readouterr().out)["details"]
    assert detail["name"] == "story"
    assert detail["misses"] == [
        {
            "source": {"spans": [[49, 52]], "text": "Lee"},
            "cue": {"spans": [[53, 58]], "text": "added"},
            "content": {"spans": [[35, 48]], "text": '"It is safe,"'},
        }
    ]
    assert [d["content"]["text"] for d in detail["false_alarms"]] == ["nothing new"]


def test_polnear_layout_end_to_end(capsys):
    from pathlib import Path

    from kg.sources.brat import read_corpus

    dev = Path(__file__).resolve().parents[2] / "shared" / "polnear" / "dev"
    if not dev.is_dir():
        pytest.skip(f"PolNeAR dev split not present at {dev}")
    assert main(["eval", "--brat", str(dev), "--limit", "2", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    gold = sum(len(d.attributions) for d in read_corpus(dev, limit=2))
    assert report["documents"] == 2
    assert report["scores"]["lenient"]["triple"]["gold"] == gold > 0


def test_lost_extractions_are_an_error_not_a_better_score(corpus, monkeypatch, capsys):
    monkeypatch.setattr(kg.extract, "extract_many", lambda articles, n_process=1, **_: iter(()))
    assert main(["eval", "--brat", str(corpus)]) == 1
    assert capsys.readouterr().err == "kg eval: error: extraction returned 0 results for 1 documents\n"


def test_sidecar_metadata_reaches_the_extractor(corpus, monkeypatch, capsys):
    (corpus / "story.json").write_text('{"title": "Bridge", "published": "2024-03-01"}', encoding="utf-8")
    seen = []

    def recording(articles, n_process=1, **_):
        articles = list(articles)
        seen.extend((a.title, a.published) for a in articles)
        return fake_extract_many(articles)

    monkeypatch.setattr(kg.extract, "extract_many", recording)
    assert main(["eval", "--brat", str(corpus), "--json"]) == 0
    assert seen == [("Bridge", "2024-03-01")]
