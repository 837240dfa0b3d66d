"""A content the model found right of its cue stops at the end of the cue's sentence and before a
relative clause set off by a comma (the writer's background, where PolNeAR's annotators and the
rules stop), and nowhere else; no content ends on a mark opening a quotation it holds no word of."""

from __future__ import annotations

import pytest

from kg.extract.learned import WEIGHTS, load
from kg.extract.learned.bounds import bounded
from kg.extract.learned.features import ChunkView
from kg.extract.nlp import load_pipeline
from kg.extract.quotes import find_quotes


def _view(text: str) -> ChunkView:
    return ChunkView(load_pipeline()(text), 0, [], load(WEIGHTS / "learned").vocabulary)


def _words(view: ChunkView, first: int, end: int) -> str:
    s, e = view.span(first, end)
    return view.doc.text[s:e]


def _read(text: str, cue: str, content: str) -> str:
    """The content the model would keep, given the run from ``content`` to the sentence's end."""
    view = _view(text)
    words = [t.text for t in view.tokens]
    at = words.index(cue)
    begin = next(n for n in range(len(words)) if view.span(n, n + 1)[0] == text.index(content))
    return _words(view, *bounded(view, (at, at + 1), (begin, len(words) - 1)))


def test_a_closing_aside_is_cut():
    text = "The mayor praised the new harbour plan, which the council approved in May."
    assert _read(text, "praised", "the new harbour plan") == "the new harbour plan"


def test_a_closing_aside_about_a_person_is_cut():
    text = "Rivera questioned the wisdom of backing Dale Amos, who has never run a city."
    assert _read(text, "questioned", "the wisdom") == "the wisdom of backing Dale Amos"


@pytest.mark.parametrize(
    "text, cue, content",
    [
        ("The mayor praised the plan that the council approved in May.", "praised", "the plan"),
        ('The mayor praised "the plan, which will save the harbour."', "praised", '"the plan'),
        ("The mayor said the plan, which the council approved, would save the harbour.", "said", "the plan"),
    ],
)
def test_other_contents_stay_whole(text, cue, content):
    """A restrictive clause, quoted words and an aside in the middle of what was said are the content."""
    start = text.index(content)
    assert _read(text, cue, content) == text[start : len(text) - 1]


def test_a_content_before_its_cue_stays_whole():
    text = "The plan, which the council approved, will save the harbour, the mayor said."
    view = _view(text)
    words = [t.text for t in view.tokens]
    said = words.index("said")
    run = (0, words.index("harbour") + 1)
    assert bounded(view, (said, said + 1), run) == run


def _run_to_end(text: str, cue: str, content: str) -> str:
    """The content the model would keep, given the run from ``content`` to the text's last word."""
    view = _view(text)
    words = [t.text for t in view.tokens]
    at = words.index(cue)
    begin = next(n for n in range(len(words)) if view.span(n, n + 1)[0] == text.index(content))
    return _words(view, *bounded(view, (at, at + 1), (begin, len(words))))


def test_a_content_stops_at_the_end_of_its_cues_sentence():
    text = "The senator outlined her plan for rural clinics. Nurses in the valley have waited years for one."
    assert _run_to_end(text, "outlined", "her plan").rstrip(".") == "her plan for rural clinics"


def test_a_quotation_runs_over_sentences():
    text = 'The senator promised "clinics in every county. Nurses have waited long enough."'
    assert _run_to_end(text, "promised", '"clinics') == text[text.index('"clinics') :]


def test_a_content_starting_in_the_next_sentence_stays_whole():
    text = "The senator said so. Rural clinics will open in every county by the spring."
    start = text.index("Rural")
    assert _run_to_end(text, "said", "Rural") == text[start:]


def _quoted_view(text: str) -> ChunkView:
    return ChunkView(load_pipeline()(text), 0, find_quotes(text), load(WEIGHTS / "learned").vocabulary)


def test_a_mark_opening_the_next_quotation_is_no_part_of_the_content():
    """Taken in, the opening mark would take the whole next quotation into the content."""
    text = 'Ortiz said the ferry would run all winter. "We have the crews for it," she added.'
    view = _quoted_view(text)
    words = [t.text for t in view.tokens]
    said, opening = words.index("said"), words.index('"')
    kept = bounded(view, (said, said + 1), (said + 1, opening + 1))
    assert _words(view, *kept).rstrip(".") == "the ferry would run all winter"


def test_a_mark_closing_a_quotation_the_content_holds_stays():
    text = 'The senator promised "clinics in every county." Nurses cheered.'
    view = _quoted_view(text)
    words = [t.text for t in view.tokens]
    at = words.index("promised")
    closing = len(words) - 1 - words[::-1].index('"')
    assert _words(view, *bounded(view, (at, at + 1), (at + 1, closing + 1))) == '"clinics in every county."'
