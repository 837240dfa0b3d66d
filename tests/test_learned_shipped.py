"""The shipped model on sentences we wrote: what it finds, and that statements stay whole.

Every extractor output must keep the JSON contract (``text == article[start:end]``, a
speaker party for every statement); the learned model adds a ``confidence``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg.extract import extract
from kg.extract.learned import WEIGHTS, load
from kg.extract.model import Article, Extraction

KG = Path(sys.executable).with_name("kg")

STORY = (
    "The mayor said that the bridge would reopen in May.\n\n"
    '"We will appeal this ruling," a company spokeswoman said on Tuesday.\n\n'
    "According to federal prosecutors, the company hid its losses from investors.\n\n"
    "Senator Lena Ortiz believes the tax cut will hurt rural schools.\n\n"
    "The bridge reopened in May after two years of repairs."
)


def _statement(extraction: Extraction, words: str):
    text = extraction.article.text
    at = text.index(words)
    found = [s for s in extraction.statements if s.start <= at < s.end]
    assert found, f"no statement covers {words!r}: {[s.text for s in extraction.statements]}"
    return found[0]


@pytest.fixture(scope="module", params=["learned", "hybrid"])
def extraction(request) -> Extraction:
    return extract(Article("story.txt", STORY), model=request.param)


def test_the_shipped_model_loads_offline():
    tagger = load(WEIGHTS / "learned")
    assert not tagger.stacked
    for mode in ("learned", "hybrid"):
        assert tagger.meta["dev"][mode]["lenient"]["triple"]["f1"] > 0.55


def test_a_reported_clause(extraction):
    said = _statement(extraction, "the bridge would reopen")
    assert said.cue.text == "said" and said.speaker_mention.text == "The mayor"
    assert said.quote == "indirect" and "reopen in May" in said.text
    assert extraction.party(said.speaker).name.lower() == "mayor"


def test_a_quotation_closed_by_its_cue(extraction):
    quoted = _statement(extraction, "We will appeal")
    assert quoted.text == "We will appeal this ruling" and quoted.quote == "direct"
    assert quoted.speaker_mention.text == "a company spokeswoman" and quoted.cue.text == "said"


def test_a_source_phrase(extraction):
    reported = _statement(extraction, "the company hid")
    assert reported.cue.text == "According to" and reported.text == "the company hid its losses from investors"
    assert reported.speaker_mention.text == "federal prosecutors"


def test_a_belief_is_an_attribution_as_polnear_marks_it(extraction):
    belief = _statement(extraction, "the tax cut will hurt")
    assert belief.cue.lemma == "believe"
    assert extraction.party(belief.speaker).name == "Lena Ortiz"


def test_a_plain_event_is_no_statement(extraction):
    at = STORY.index("The bridge reopened")
    assert not [s for s in extraction.statements if s.start <= at < s.end]


NO_CLAIMS = (
    "The health district announced its findings on Tuesday.\n\n"
    "Mayor Ana Ruiz plans to file an appeal next week.\n\n"
    "It was reported that the plant would close in June."
)


@pytest.mark.parametrize("mode", ["learned", "hybrid"])
def test_what_the_model_finds_that_is_no_claim_is_a_not_statement(mode):
    """PolNeAR marks "announced its findings" and "plans to file" as attributions; they claim
    nothing, so they are kept apart (and brat scoring still counts them)."""
    extraction = extract(Article("no-claims.txt", NO_CLAIMS), model=mode)
    others = {n.text: n.why for n in extraction.not_statements}
    assert others.get("its findings") == "no-content"
    assert others.get("to file an appeal next week") == "intention"
    claimed = " ".join(s.text for s in extraction.statements)
    assert "its findings" not in claimed and "file an appeal" not in claimed


def test_the_hybrid_adds_no_statement_without_a_source():
    """The model alone reads "It was reported that ..." with no source; the hybrid, which adds
    only what has a source, leaves it out (as the rules do)."""
    unsourced = "that the plant would close in June"
    alone = extract(Article("no-claims.txt", NO_CLAIMS), model="learned")
    assert [s for s in alone.statements if unsourced in s.text and s.speaker_mention is None]
    hybrid = extract(Article("no-claims.txt", NO_CLAIMS), model="hybrid")
    assert not [s for s in hybrid.statements if "plant would close" in s.text]


def test_statements_keep_the_contract(extraction):
    parties = {p.id for p in extraction.parties}
    for s in extraction.statements:
        assert STORY[s.start : s.end] == s.text
        assert s.speaker in parties
        if s.confidence is not None:
            assert 0 < s.confidence <= 1


def test_kg_extract_model_option(tmp_path):
    article = tmp_path / "story.txt"
    article.write_text(STORY, encoding="utf-8")
    for mode in ("rules", "learned"):
        done = subprocess.run(
            [str(KG), "extract", str(article), "--format", "json", "--model", mode],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        statements = json.loads(done.stdout)["statements"]
        confidences = {s["confidence"] is None for s in statements}
        assert confidences == ({True} if mode == "rules" else {False})
    bad = subprocess.run([str(KG), "extract", str(article), "--model", "neural"], capture_output=True, text=True)
    assert bad.returncode == 2 and "invalid choice" in bad.stderr
    missing = subprocess.run(
        [str(KG), "extract", str(article), "--model", "learned", "--weights", str(tmp_path / "none")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert missing.returncode != 0 and "not a quotegraph model" in missing.stderr
    assert "Traceback" not in missing.stderr


AGREED = (
    "With about 900 ballots left to count, the challenger led by 41 votes, according to the county's tally.\n\n"
    "The company's lawyers said in a court filing that the supplier broke its contract in March.\n\n"
    "The campaign said a courier had delivered a sealed bag of ballots a day late, and that the office "
    "had refused to count them.\n\n"
    "But the county clerk, Rosa Patel, denied that the office had refused to count them."
)


@pytest.fixture(scope="module")
def agreed() -> dict[str, Extraction]:
    return {mode: extract(Article("agreed.txt", AGREED), model=mode) for mode in ("rules", "hybrid")}


def test_the_hybrid_takes_the_models_boundaries_where_both_agree(agreed):
    """Rules and model agree on these attributions but not on their edges; PolNeAR's are the
    model's ("With about ..." is no part of what the tally says, "said in a court filing" is
    the cue), so the hybrid keeps the rules' reading with the model's spans and confidence."""
    rules, hybrid = (_statement(agreed[m], "the challenger led") for m in ("rules", "hybrid"))
    assert rules.text.startswith("With about") and rules.confidence is None
    assert hybrid.text == "about 900 ballots left to count, the challenger led by 41 votes"
    assert hybrid.confidence is not None and hybrid.speaker == rules.speaker and hybrid.kind == rules.kind
    filing = _statement(agreed["hybrid"], "the supplier broke")
    assert filing.cue.text == "said in a court filing" and filing.speaker_mention.text == "The company's lawyers"


def test_an_attribution_reported_inside_another_does_not_displace_it(agreed):
    """In "said ... that the office had refused to count them" the model reads "had refused" as a
    cue of its own; the campaign's statement and the clerk's denial of it both stay."""
    for mode in ("rules", "hybrid"):
        campaign = _statement(agreed[mode], "a courier had delivered")
        assert campaign.speaker_mention.text == "The campaign" and "refused to count them" in campaign.text
        at = AGREED.index("denied that") + len("denied ")
        denial = next(s for s in agreed[mode].statements if s.start <= at < s.end)
        assert denial.kind == "denial" and denial.speaker_mention.text == "the county clerk"


@pytest.mark.parametrize("mode", ["learned", "hybrid"])
def test_a_partly_quoted_content_keeps_its_closing_mark(mode):
    """The model ends this content before the full stop and the mark after it; a content that
    takes in a quotation runs to its end, as the rules read it."""
    text = (
        "Panel maker answers short seller\n\nArdent Solar denied the report on Monday.\n\n"
        'Its chief executive, Mara Lind, said the board would "consider all options."\n\n'
        'Lind said the company would "fight this in every court."'
    )
    board = _statement(extract(Article("board.txt", text), model=mode), "the board would")
    assert board.text == 'the board would "consider all options."' and board.quote == "mixed"
