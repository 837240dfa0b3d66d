"""Where the rules stop a content short and the model's content holds all of theirs and runs on, the
hybrid takes the model's (issue 14: PolNeAR's contents run on; dev lenient triple F1 0.669 -> 0.672,
exact 0.441 -> 0.447), unless the further words are another attribution's, report something of their
own, quote, cross a paragraph or say where or when it was said."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.extract.learned import WEIGHTS, Combiner, load
from kg.extract.learned.features import ChunkView
from kg.extract.learned.tagger import Predicted
from kg.extract.model import Article
from kg.extract.nlp import load_pipeline
from kg.extract.reading import Found


@pytest.mark.parametrize(
    "text, content",
    [
        (
            "The county executive promised to reopen every library in the county and in some cases extend "
            "their hours without new fees.",
            "to reopen every library in the county and in some cases extend their hours without new fees",
        ),
        (
            "The harbor master promised to dredge the north channel and in some cases widen it before the "
            "autumn storms.",
            "to dredge the north channel and in some cases widen it before the autumn storms",
        ),
    ],
)
def test_a_content_the_rules_cut_short_runs_on(text, content):
    found = extract(Article("pledge.txt", "Pledges\n\n" + text + "\n"), model="hybrid")
    assert [s.text for s in found.statements] == [content]


def _runs_on(text: str, cue: str, theirs: str, ours: str, others: tuple[str, ...] = ()) -> bool:
    """The hybrid's judgement on a model content ``ours`` where the rules read ``theirs`` for ``cue``
    (and ``others`` for other cues)."""
    tagger = load(WEIGHTS / "learned")
    view = ChunkView(load_pipeline()(text), 0, [], tagger.vocabulary)

    def tokens(words: str) -> tuple[int, int]:
        start = text.index(words)
        inside = [n for n, t in enumerate(view.tokens) if start <= t.idx < start + len(words)]
        return inside[0], inside[-1] + 1

    def found(words: str) -> Found:
        start = text.index(words)
        return Found("p1", start, start + len(words))

    rules = [found(theirs), *(found(o) for o in others)]
    predicted = Predicted(tokens(cue), (0, 2), (tokens(ours),), 0.9)
    held = set(range(rules[0].start, rules[0].end))
    return Combiner(tagger, "hybrid")._runs_on(view, predicted, held, rules[:1], rules)


PLEDGE = "Ms. Ortiz promised to repair every bridge in the county and in some cases replace them"


@pytest.mark.parametrize(
    "tail, runs_on",
    [
        (".", True),
        (", which her rivals say is impossible.", False),  # a cue verb: an attribution of its own
        (' "outright" by 2030.', False),  # a quotation: the rules attach it
        (".\n\nThe county has 212 bridges.", False),  # a paragraph break
    ],
)
def test_what_the_further_words_may_hold(tail, runs_on):
    text = PLEDGE + tail
    theirs = "to repair every bridge in the county"
    ours = text[text.index(theirs) : len(text.rstrip("."))]
    assert _runs_on(text, "promised", theirs, ours) is runs_on


def test_the_further_words_never_take_another_attribution():
    text = "Ms. Ortiz promised to repair every bridge and in some cases replace them by 2030."
    theirs, other = "to repair every bridge", "replace them by 2030"
    ours = "to repair every bridge and in some cases replace them by 2030"
    assert _runs_on(text, "promised", theirs, ours)
    assert not _runs_on(text, "promised", theirs, ours, others=(other,))


def test_where_it_was_said_is_no_part_of_what_was_said():
    text = "The mayor called the transit levy a burden on working families during a radio interview on Tuesday."
    theirs = "the transit levy a burden on working families"
    assert _runs_on(text, "called", "the transit levy", theirs)
    assert not _runs_on(text, "called", theirs, theirs + " during a radio interview on Tuesday")
