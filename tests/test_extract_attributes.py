"""The attribute ruler's patterns matched by lookup (kg.extract.attributes) find what spaCy's Matcher finds."""

from __future__ import annotations

import pytest
import spacy

from kg.extract.attributes import ATTRIBUTE_RULES, AttributeRules
from kg.extract.nlp import MODEL, PARAGRAPH_BREAKS, load_pipeline

# Every kind of pattern the sm ruler has: by tag, by word and tag, by label, two-token ones
# ("gon na", "let 's", "y' all", "ai n't"), a regular expression, spaces and line breaks.
TEXT = (
    "The council said it was gon na vote, but the mayor isn't sure. Let's see, y'all.\n\n"
    "There are   two bids; she ain't convinced that I will sign it. Nothin' changed,\n"
    "said Ada Brandt, who gets paid and got thanked. Do you have it? We do. Whether it helps is unclear."
)


def test_the_shipped_pipeline_matches_by_lookup() -> None:
    nlp = load_pipeline()
    assert ATTRIBUTE_RULES in nlp.pipe_names
    assert "attribute_ruler" in nlp.disabled
    rules = nlp.get_pipe(ATTRIBUTE_RULES)
    assert isinstance(rules, AttributeRules) and rules.readable


def test_same_matches_as_the_matcher() -> None:
    nlp = load_pipeline()
    rules = nlp.get_pipe(ATTRIBUTE_RULES)
    assert isinstance(rules, AttributeRules)
    with nlp.select_pipes(enable=["tok2vec", "tagger", PARAGRAPH_BREAKS, "parser"]):
        doc = nlp(TEXT)
    found = rules.match(doc)
    assert found == rules.ruler.match(doc)
    assert {end - start for _, _, start, end in found} == {1, 2}


def test_same_annotations_as_spacys_own_ruler() -> None:
    stock = spacy.load(MODEL)
    stock.add_pipe(PARAGRAPH_BREAKS, before="parser")

    def read(doc: spacy.tokens.Doc) -> list[tuple[str, ...]]:
        return [(t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_, t.ent_type_) for t in doc]

    assert read(load_pipeline()(TEXT)) == read(stock(TEXT))


def test_a_pattern_it_cannot_read_leaves_spacys_ruler_in_charge() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"ORTH": "Ada"}]], {"POS": "PROPN"})
    rules = AttributeRules(ruler)
    assert not rules.readable
    assert rules(nlp.make_doc("Ada said"))[0].pos_ == "PROPN"


def test_each_match_sets_the_token_the_ruler_would() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "ada"}, {"LOWER": "brandt"}]], {"TAG": "NNP"}, index=-1)  # counted from the end
    ruler.add([[{"LOWER": "said"}]], {"TAG": "VBD", "LEMMA": "say"})
    ruler.add([[{"LOWER": "said"}]], {"TAG": "VBN"})  # a later match overrides an earlier one
    rules = AttributeRules(ruler)
    assert rules.readable
    doc = rules(nlp.make_doc("Ada Brandt said"))
    assert [(t.tag_, t.lemma_) for t in doc] == [("", ""), ("NNP", ""), ("VBN", "say")]
    ruler.add([[{"LOWER": "ada"}]], {"TAG": "NNP"}, index=1)  # past its match: spaCy's own error
    with pytest.raises(ValueError):
        AttributeRules(ruler)(nlp.make_doc("Ada said"))
