"""An interview's answers to the other side's words put to the speaker (issue 13 item 2).

'Q: The cooperative says the dredging will destroy the oyster beds. Is that right?' then 'Morales: "That is
wrong. ..."': the answer disputes what the question put to it; answers that do not take it up, and answers to
questions that put no one's words, stay claims. Sentences written for these tests; both extractors are asked.
"""

from __future__ import annotations

import pytest
from extract_support import MODELS, disputed, said

from kg.extract import extract
from kg.extract.model import Article, Extraction

INTERVIEW = (
    "Q&A: The port director on the dredging plan\n\n"
    "By Lena Ortiz | Harbor Weekly\n\n"
    "Port director Ana Morales sat down with us on Tuesday. The interview has been edited for length.\n\n"
    "Q: The Bayside Fishermen's Cooperative says the dredging will destroy the oyster beds. Is that right?\n\n"
    'Morales: "That is wrong, and they have seen our surveys. The beds lie two miles from the channel."\n\n'
    "Q: The cooperative also accused the port of skipping the public hearings.\n\n"
    'Morales: "We held three hearings in the spring, all of them open."\n\n'
    "Q: What happens next?\n\n"
    'Morales: "The state has to sign off. We expect that in March."'
)


def run(model: str) -> Extraction:
    return extract(Article("test", INTERVIEW, published="2024-05-14"), model=model)


@pytest.mark.parametrize("model", MODELS)
def test_an_answer_disputes_the_words_its_question_put_to_it(model):
    x = run(model)
    answer = said(x, "That is wrong")
    assert answer.kind == "denial"
    assert disputed(x, "That is wrong") == ["the dredging will destroy the oyster beds"]
    basis = answer.dispute_basis[0]
    assert x.article.text[basis.start : basis.end].startswith("Q: The Bayside Fishermen")


@pytest.mark.parametrize("model", MODELS)
def test_an_answer_sharing_the_charges_words_disputes_it(model):
    x = run(model)
    assert said(x, "We held three hearings").kind == "denial"
    assert disputed(x, "We held three hearings") == ["skipping the public hearings"]


@pytest.mark.parametrize("model", MODELS)
def test_an_answer_to_a_question_that_puts_no_ones_words_is_a_claim(model):
    x = run(model)
    assert said(x, "The state has to sign off").kind == "claim"
    assert said(x, "The state has to sign off").disputes == []
