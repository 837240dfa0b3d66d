"""brat standoff reading and writing, on texts written for the tests."""

from pathlib import Path

import pytest

from kg.sources.brat import Attribution, BratError, format_ann, parse_ann, read_corpus, span_text

TEXT = 'The mayor said the bridge would reopen. "It is safe," she added, "and open\nby Friday."'

ANN = (
    "T1\tSource 0 9\tThe mayor\n"
    "T2\tCue 10 14\tsaid\n"
    "T3\tContent 15 38\tthe bridge would reopen\n"
    "T4\tAttribution 10 14\tsaid\n"
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
    "T5\tSource 54 57\tshe\n"
    "T6\tCue 58 63\tadded\n"
    'T7\tContent 40 53;65 86\t"It is safe," "and open\nby Friday."\n'
    "T8\tAttribution 58 63\tadded\n"
    "E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5\n"
)


def test_parse_reads_roles_and_discontinuous_spans():
    first, second = parse_ann(ANN)
    assert first == Attribution(content=((15, 38),), cue=((10, 14),), source=((0, 9),))
    assert second.content == ((40, 53), (65, 86))
    assert span_text(TEXT, second.content) == '"It is safe," "and open\nby Friday."'
    assert span_text(TEXT, second.source) == "she"


def test_span_text_over_a_newline_does_not_break_parsing():
    # line 8 of ANN continues on "by Friday." which must not be read as an annotation
    assert len(parse_ann(ANN)) == 2


def test_no_source_attribution_and_extra_content_role():
    ann = (
        "T1\tCue 10 14\tsaid\nT2\tContent 15 20\tthe b\nT3\tContent 25 30\tould \n"
        "T4\tAttribution-no-source 10 14\tsaid\n"
        "E1\tAttribution-no-source:T4 Cue:T1 Content:T2 Content2:T3\n"
    )
    (only,) = parse_ann(ann)
    assert only.source == ()
    assert only.content == ((15, 20), (25, 30))


def test_event_without_content_is_skipped():
    ann = "T1\tAttribution-no-source 3 8\tmayor\nE1\tAttribution-no-source:T1 \n"
    assert parse_ann(ann) == []


def test_writer_round_trips():
    attributions = parse_ann(ANN)
    written = format_ann(attributions, TEXT)
    assert parse_ann(written) == attributions
    assert "E2\tAttribution:T8 Source:T5 Cue:T6 Content:T7" in written
    assert '\tContent 40 53;65 86\t"It is safe," "and open by Friday."\n' in written
    no_source = [Attribution(content=((15, 38),), cue=((10, 14),))]
    assert "Attribution-no-source" in format_ann(no_source, TEXT)
    assert parse_ann(format_ann(no_source, TEXT)) == no_source


@pytest.mark.parametrize(
    "ann, message",
    [
        ("T1\tSource 5 500\tx\n", "outside the text"),
        ("T1\tSource five 9\tx\n", "malformed annotation line"),
        ("E1\tAttribution:T9 Content:T8\n", "unknown span T8"),
        ("T1\tContent 0 3\tThe\nE1\tContent\n", "malformed event argument"),
    ],
)
def test_bad_annotations_fail_with_the_line(ann, message):
    with pytest.raises(BratError, match=message) as info:
        parse_ann(ann, origin="x.ann", text_length=len(TEXT))
    assert str(info.value).startswith("x.ann:")


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="")


def test_flat_layout_pairs_text_and_annotations(tmp_path):
    _write(tmp_path / "a.txt", TEXT)
    _write(tmp_path / "a.ann", ANN)
    _write(tmp_path / "b.txt", "No annotation for this one.")
    (doc,) = read_corpus(tmp_path)
    assert doc.name == "a" and doc.text == TEXT and len(doc.attributions) == 2


def test_polnear_layout_picks_first_annotator_and_keeps_line_endings(tmp_path):
    text = TEXT.replace("\n", "\r\n")
    _write(tmp_path / "text" / "story_one.txt", text)
    _write(tmp_path / "attributions" / "story_one_zz99.ann", "")
    _write(tmp_path / "attributions" / "story_one_aa11.ann", ANN)
    (doc,) = read_corpus(tmp_path)
    assert doc.ann_path.name == "story_one_aa11.ann"
    assert doc.text == text


def test_corpus_errors(tmp_path):
    with pytest.raises(BratError, match="not a directory"):
        read_corpus(tmp_path / "missing")
    with pytest.raises(BratError, match=r"no \.txt files with \.ann"):
        read_corpus(tmp_path)
    (tmp_path / "a.txt").write_bytes(b"\xff\xfe bad")
    _write(tmp_path / "a.ann", "")
    with pytest.raises(BratError, match="not UTF-8"):
        read_corpus(tmp_path)


def test_polnear_dev_offsets_agree_with_span_text():
    dev = Path(__file__).resolve().parents[2] / "shared" / "polnear" / "dev"
    if not dev.is_dir():
        pytest.skip(f"PolNeAR dev split not present at {dev}")
    documents = read_corpus(dev)
    assert len(documents) == 84
    assert sum(len(d.attributions) for d in documents) > 2000
    assert all(0 <= s < e <= len(d.text) for d in documents for a in d.attributions for s, e in a.content)
