"""The learned model's view of a parsed chunk: its tokens, and the features built from spaCy's columns."""

from __future__ import annotations

import pytest

from kg.extract.learned import WEIGHTS, load
from kg.extract.learned.features import ChunkView
from kg.extract.nlp import load_pipeline
from kg.extract.quotes import find_quotes

# Ours, in the styles of a wire story, a court report and a sports page, paragraphs apart.
TEXT = (
    "SEATTLE (Wire) - Harbor Freight Lines denied the charges on Tuesday.\n\n"
    '"There is no merit to these claims," a spokeswoman for the company said.\n\n'
    "The judge, Maria Ortega, told the court the filing came too late. "
    "Coach Dana Reyes said her team would appeal the ban."
)


@pytest.fixture(scope="module")
def view() -> ChunkView:
    doc = load_pipeline()(TEXT)
    return ChunkView(doc, 0, find_quotes(TEXT), load(WEIGHTS / "learned").vocabulary)


def test_the_view_reads_every_token_but_the_spaces_as_spacy_would(view):
    doc = view.doc
    words = [t for t in doc if not t.is_space]
    assert len(view.tokens) == view.size == len(words)
    assert [t.i for t in view.tokens] == [t.i for t in words]
    assert view.tokens[-1].i == words[-1].i and [t.i for t in view.tokens[2:5]] == [t.i for t in words[2:5]]
    assert [view.tokens[n].text for n in view.positions([(0, 7)])] == ["SEATTLE"]
    said = TEXT.index("said")
    assert [view.tokens[n].text for n in view.positions([(said + 1, said + 2)])] == ["said"]


def test_each_token_has_its_own_features_once(view):
    words = [t for t in view.doc if not t.is_space]
    for n, token in enumerate(words):
        own = view.base_features[n]
        word = view.vocabulary.word(token.lemma_.lower(), token.pos_)
        assert own[:4] == ["w=" + word, f"p={token.tag_}", f"d={token.dep_}", f"wp={word}|{token.tag_}"]
        assert own[4:8] == [
            "hw=" + view.columns.word[token.head.i],
            f"hd={token.head.dep_}",
            f"hp={token.head.tag_}",
            f"dh={token.dep_}|{token.head.tag_}",
        ]
        assert ("e=" + token.ent_type_ in own) == bool(token.ent_type_)
        assert ("sent_first" in own) == (n == 0 or words[n - 1].sent.start != token.sent.start)
        assert ("sent_last" in own) == (n + 1 == len(words) or words[n + 1].sent.start != token.sent.start)
        kids = ["k=" + k.dep_ for k in token.children if not k.is_punct]
        assert own[len(own) - len(kids) :] == kids
    quoted = {n for n, t in enumerate(words) if view.quote[n] >= 0}
    assert {words[n].text for n in quoted} >= {"merit", "claims"}
    assert all(("q=in" in view.base_features[n]) == (n in quoted) for n in range(len(words)))


def test_a_cue_word_sees_its_neighbours_within_its_sentence(view):
    words = [t.text for t in view.tokens]
    said = words.index("said")
    features = view.cue_features(said)
    assert features[0] == "bias" and features[1 : 1 + len(view.base_features[said])] == view.base_features[said]
    assert "-1w=" + view.words[said - 1] in features and "1w=" + view.words[said + 1] in features
    assert "-1ww=" + view.words[said - 1] + "|" + view.words[said] in features
    first = words.index("The")  # a sentence's first word: nothing before it in its sentence
    assert {"-2w=<edge>", "-1w=<edge>"} <= set(view.cue_features(first))


def test_role_features_place_each_token_against_the_cue(view):
    words = [t.text for t in view.tokens]
    told = words.index("told")
    lo, hi = view.window((told, told + 1))
    rows = view.role_features((told, told + 1), lo, hi, [(told, told + 1)])
    assert len(rows) == hi - lo
    judge = words.index("judge") - lo
    assert "side=before" in rows[judge] and "side=in" in rows[told - lo] and "side=after" in rows[told - lo + 2]
    assert "dist=0" in rows[told - lo] and "sd=0" in rows[told - lo]
    coach = words.index("Coach") - lo
    assert "sd=1" in rows[coach]
    spokeswoman = words.index("spokeswoman") - lo
    assert "other_para" in rows[spokeswoman] and "other_para" not in rows[judge]
