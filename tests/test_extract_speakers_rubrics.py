"""A section label opening a line ("Background:", "Update, May 4:") is no party and no speaker."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.extract.model import Article
from kg.extract.rubrics import unlabelled

_CASES = {
    "label made the subject": (
        "Background: The company's finance director, Lionel Okafor, told reporters the rise was needed to pay for "
        "new boats.",
        "Background",
        "Lionel Okafor",
    ),
    "label takes the pronoun": (
        "Background: a planning judge in Leeds, Miriam Achebe, refused the objectors' bid last year. In her ruling "
        "she said the objectors had offered no evidence.",
        "Background",
        "Miriam Achebe",
    ),
    "dated update made the subject": (
        "Update, May 4: High Court Judge Harriet Vance today rejected the residents' appeal, finding that they had "
        "shown no harm.",
        "Update",
        "Harriet Vance",
    ),
}


@pytest.mark.parametrize("paragraph, label, speaker", _CASES.values(), ids=_CASES.keys())
def test_rubric_is_no_party(paragraph: str, label: str, speaker: str) -> None:
    text = f"Valley plans go to appeal\n\nResidents of Millbrook said the plans would ruin the valley.\n\n{paragraph}\n"
    result = extract(Article(source="test", text=text), model="rules")
    names = {p.id: p.name for p in result.parties}
    assert label not in names.values()
    assert names[result.statements[-1].speaker] == speaker


def test_blanking_keeps_offsets_and_leaves_sentences_alone() -> None:
    text = "2/ 9:05 a.m. Background for late readers: the vote failed.\nThe background: noise.\nUPDATE, June 2: done."
    blank = unlabelled(text)
    assert len(blank) == len(text)
    assert "Background" not in blank and "UPDATE" not in blank
    assert blank.startswith("2/ 9:05 a.m. ") and "the vote failed." in blank
    assert "The background: noise." in blank


@pytest.mark.parametrize("rubric", ["COUNCIL WEEK AHEAD", "Planning Background"])
def test_headline_rubric_speaks_no_words(rubric: str) -> None:
    text = f"{rubric}: Bridge vote due; ferry fares set\n\nThe Rivergate bridge vote is due on Tuesday, the council said.\n"
    result = extract(Article(source="test", text=text), model="rules")
    assert [s.text for s in result.statements if "ferry fares" in s.text] == []
