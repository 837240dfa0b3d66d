"""The pipeline's lemmatizer looks words up in sets (kg.extract.nlp) and sets the lemmas spaCy's own sets."""

from __future__ import annotations

import spacy
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

from kg.extract.nlp import MODEL, PARAGRAPH_BREAKS, load_pipeline

# Base forms, inflections the word lists decide ("councils", "prepared", "voted"), exceptions
# ("went", "better", "mice"), proper nouns, contractions the attribute rules lemmatize, numbers.
TEXT = (
    "The mayors went to the councils and said they were better prepared than the mice. Ada Brandt's aides "
    "denied it; she isn't sure they'd have voted.\n\nThe mayor goes to the council and says it is best "
    "prepared, 12 of 40 bids, and the brightest of the candidates sued."
)


def read(doc: Doc) -> list[tuple[str, str, str]]:
    return [(t.text, t.pos_, t.lemma_) for t in doc]


def test_the_word_lists_are_sets() -> None:
    lemmatizer = load_pipeline().get_pipe("lemmatizer")
    assert isinstance(lemmatizer, Lemmatizer)
    index = lemmatizer.lookups.get_table("lemma_index")
    assert len(index) and all(isinstance(words, frozenset) and words for words in index.values())


def test_same_lemmas_as_spacys_own_lemmatizer() -> None:
    stock = spacy.load(MODEL)
    stock.add_pipe(PARAGRAPH_BREAKS, before="parser")
    found = read(load_pipeline()(TEXT))
    assert found == read(stock(TEXT))
    assert {"go", "well", "mouse", "council", "prepare", "vote", "bright", "sue"} <= {lemma for _, _, lemma in found}
