"""A claim set against what the other side has just said ("countered", "insisted", "pushed back") is a denial.

The words need no "denied": the cue or its framing counters, and the statement said just before is another
side's. Which statements it answers is decided as for any denial (``kg.extract.disputes``).
"""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.extract.model import Article, Extraction

CHARGE = "The Lakeside Tenants Union said the Corvane housing trust had stopped all repairs in March. "


def run(text: str) -> Extraction:
    return extract(Article("test", text, published="2021-01-12"))


def said(x: Extraction, words: str):
    [s] = [s for s in x.statements if words in s.text]
    return s


@pytest.mark.parametrize(
    "answer",
    [
        "The trust countered that every repair request had been answered within a week.",
        "The trust insisted that every repair request had been answered within a week.",
        "The trust maintained in a letter that every repair request had been answered within a week.",
        "The trust pushed back, saying every repair request had been answered within a week.",
        '"Every repair request was answered within a week," the trust insisted.',
    ],
)
def test_a_counter_to_the_other_side_is_a_denial_of_it(answer):
    x = run(CHARGE + answer)
    charge, denial = said(x, "stopped all repairs"), said(x, "answered within a week")
    assert denial.kind == "denial"
    assert denial.disputes == [charge.id]


@pytest.mark.parametrize(
    "text",
    [
        # its own side spoke last: nothing of the other side's to counter
        "The trust said repairs resumed in May. The trust insisted that every repair request had been answered.",
        # a plan answers nothing
        CHARGE + "The trust maintained that it will inspect every unit next month.",
        # a plain "said" is no counter by itself, nor one whose speaker "maintains" the buildings
        CHARGE + "The trust said every tenant had received a letter in April.",
        CHARGE + "The firm that maintains the buildings, Orbis, said in a statement that it had fixed every boiler.",
    ],
)
def test_no_counter_without_the_other_side_or_with_a_plan(text):
    x = run(text)
    assert all(s.kind != "denial" for s in x.statements), [(s.text, s.kind) for s in x.statements]
