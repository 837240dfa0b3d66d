"""What a side says after its denial carries the denial on, unless it says what will happen.

"Amazon denied the accusation. The company said the court would not order it to host violent posts": a
prediction or plan answers nothing the other side said (over the eight studied splits, the negated plans
that carried a denial on were gold claims 2 times in 2, a court's "would not order" among them).
"""

from __future__ import annotations

from kg.extract import extract
from kg.extract.model import Article

CHARGE = "Parler accused Amazon of breaking its contract. Amazon denied the accusation. "


def kinds(text: str) -> dict[str, str]:
    x = extract(Article("test", CHARGE + text, published="2021-01-12"))
    return {s.text: s.kind for s in x.statements}


def test_a_plan_after_a_denial_carries_nothing_on():
    found = kinds("The company said the court would not order it to host violent posts.")
    assert found["the court would not order it to host violent posts"] == "claim"


def test_an_account_after_a_denial_carries_it_on():
    found = kinds("The company said the court had not ordered it to host violent posts.")
    assert found["the court had not ordered it to host violent posts"] == "denial"
