"""What a cue reports when the parser hangs its "that" clause on something else (issue 13, item 6): on the name of
whom it was told to ("telling Channel 4 News that the firm had ..."), or on the document it was said in, as a
clause describing it ("saying in an email that the manager had left"). The clause is what was said, never the
writer's sentence the cue hangs on. Sentences written for these tests; the second is given its misreading by hand,
so the test does not hang on what a parser version makes of some sentence.
"""

from __future__ import annotations

import pytest
import spacy
from extract_support import MODELS, claims
from spacy.tokens import Doc

from kg.extract.content import content


@pytest.mark.parametrize("model", MODELS)
def test_a_that_clause_hung_on_the_name_told_is_what_was_told(model):
    found = claims(
        'Councillor Ruth Adeyemi went further, telling Channel 4 News that Dunmore Waste had "hidden behind the '
        'farmers" for years.',
        model,
    )
    assert any(c.startswith("that Dunmore Waste had") for c in found), found
    assert not any("went further" in c for c in found), found


def test_a_that_clause_read_as_describing_the_document_is_what_was_said():
    words = ["He", "pushed", "back", ",", "saying", "in", "an", "email", "that", "the", "manager", "had", "left", "."]
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        heads=[1, 1, 1, 1, 1, 4, 7, 5, 12, 10, 12, 12, 7, 1],
        deps=["nsubj", "ROOT", "advmod", "punct", "advcl", "prep", "det", "pobj", "mark", "det", "nsubj", "aux", "acl"]
        + ["punct"],
        tags=["PRP", "VBD", "RB", ",", "VBG", "IN", "DT", "NN", "IN", "DT", "NN", "VBD", "VBN", "."],
        lemmas=["he", "push", "back", ",", "say", "in", "an", "email", "that", "the", "manager", "have", "leave", "."],
    )
    span, _ = content(0, doc[4], doc[:])
    assert span is not None and doc.text[span[0] : span[1]] == "that the manager had left"
