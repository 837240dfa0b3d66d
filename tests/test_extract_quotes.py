"""Quotation finding on raw text: every mark style, apostrophes, continuation, recovery."""

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.chunks import chunk_spans, paragraph_spans
from kg.extract.quotes import find_quotes


def quoted(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(text)]


def test_every_double_mark_style():
    for opening, closing in ("“”", "„“", "«»", "‹›", "「」", '""', "‟”"):
        text = f"She said {opening}the plan is sound{closing} and left."
        assert quoted(text) == ["the plan is sound"], (opening, closing)


def test_single_marks_are_quotes_only_at_word_boundaries():
    text = "Parler's CEO said ‘we were blindsided’ and 'we did nothing wrong' in the '90s, didn't he?"
    assert quoted(text) == ["we were blindsided", "we did nothing wrong"]


def test_apostrophes_alone_are_not_quotes():
    assert quoted("It's the companies' view that Parler's app won't return.") == []


def test_trailing_comma_inside_the_marks_is_not_content():
    assert quoted('"We will fight this," he said.') == ["We will fight this"]


def test_doubled_apostrophes_are_one_mark():
    assert quoted("Not paying taxes ''makes me smart,'' he said.") == ["makes me smart"]


def test_quote_continues_into_next_paragraph_that_opens_with_a_mark():
    text = '"First part of the speech.\n\n"Second part," she said.\n\nAfter.'
    [q] = find_quotes(text)
    assert text[q.start : q.end] == 'First part of the speech.\n\n"Second part'
    assert q.closed


def test_unclosed_quote_ends_with_its_paragraph():
    text = '"This never closes\n\nA new paragraph with "a real quote" here.'
    assert quoted(text) == ["This never closes", "a real quote"]


def test_unclosed_quote_stops_before_a_swallowed_attribution():
    text = "“The lineup is worth every cent, Solberg said on Friday."
    assert quoted(text) == ["The lineup is worth every cent"]


def test_nested_single_quotes_stay_inside_the_double_quote():
    assert quoted("He said “they called it ‘a total sham’ yesterday” today.") == [
        "they called it ‘a total sham’ yesterday"
    ]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab ,.'’‘\"“”„«»‹›「」\n")), max_size=80))
def test_quotes_lie_inside_the_text_for_any_input(text):
    previous_end = -1
    for q in find_quotes(text):
        assert 0 <= q.outer_start <= q.start < q.end <= q.outer_end <= len(text)
        assert q.outer_start >= previous_end
        previous_end = q.outer_end


def test_paragraphs_and_chunks_cover_the_text_in_order():
    text = "one\n\n  \n\ntwo two\n\n" + "x " * 5000 + "\n\nlast."
    paragraphs = paragraph_spans(text)
    assert [text[s:e].strip() for s, e in paragraphs][0:2] == ["one", "two two"]
    chunks = chunk_spans(text, 1000)
    assert all(e - s <= 1000 for s, e in chunks)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(chunks))
    assert "".join(text[s:e] for s, e in chunks).replace("\n", "").replace(" ", "") == text.replace("\n", "").replace(
        " ", ""
    )
