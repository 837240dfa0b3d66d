"""Footnote numbers after a full stop, as book excerpts and reference entries print them ("... by Friday.[3]"), on
sentences written for these tests. Read as one word with the sentence's last ("Friday.[3"), the marker ran two
sentences into one, and the second sentence's words became what the first one's speaker said.
"""

import pytest
from extract_support import MODELS, run, said

from kg.extract.nlp import load_pipeline


def test_a_footnote_number_ends_the_sentence_it_follows():
    text = "She insisted that Kestrel had paid every invoice on time.[7] Harbourline disputed that account."
    doc = load_pipeline()(text)
    assert [t.text for t in doc[9:14]] == ["time", ".", "[", "7", "]"]
    assert [s.text for s in doc.sents] == [
        "She insisted that Kestrel had paid every invoice on time.[7]",
        "Harbourline disputed that account.",
    ]


def test_brackets_inside_a_sentence_are_left_alone():
    words = [t.text for t in load_pipeline()("The list [a] was short. The note [4] said so.")]
    assert words[:4] == ["The", "list", "[", "a"] and "4" in words and "." in words


@pytest.mark.parametrize("model", MODELS)
def test_the_next_sentence_is_no_part_of_a_footnoted_claim(model):
    x = run(
        "Dana Ruiz, then Kestrel Freight's chief executive, spent the week on radio. She insisted that Kestrel had "
        "paid every invoice from the port on time.[7] Harbourline disputed that account. Its lawyers told the "
        "court that three invoices had gone unpaid for months.[8]",
        model,
    )
    claim = said(x, "paid every invoice")
    assert "Harbourline" not in claim.text
    assert not [s for s in x.statements if "Harbourline disputed" in s.text]
