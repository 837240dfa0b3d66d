"""Quotations whose speaker is named with no verb of saying, in two more shapes (issue 13 item 1).

A quotation introduced by a colon and signed after a dash ('... pinned to the door: "..." — a Harlow Grain
spokesman, March 2023.') is the signer's, as one opening its sentence is; a quotation standing alone is the
speaker a next sentence names it from ('"..." Those nine words, from a lender spokeswoman, were ...'), not
whoever spoke before it. Sentences written for these tests; both extractors are asked.
"""

from __future__ import annotations

import pytest
from extract_support import MODELS, run, said, speaker


@pytest.mark.parametrize("model", MODELS)
def test_a_quotation_after_a_colon_signed_after_a_dash_is_the_signers(model):
    x = run(
        "Grain broker sued\n\n"
        "A lender sued Harlow Grain on Monday, alleging that the broker missed eleven shipments.\n\n"
        "The broker declined an interview. Its reply came as a printed card pinned to the door: "
        '"We have never missed a shipment in twenty years" — a Harlow Grain spokesman, March 2023.',
        model,
    )
    assert "spokes" in speaker(x, "We have never missed a shipment").lower()
    assert said(x, "in twenty years").quote == "direct"


def test_a_quotation_after_a_colon_with_no_signer_takes_no_dash_phrase():
    """A dash phrase that cannot speak signs nothing: the rules leave the quotation to the other rules."""
    x = run(
        'Mill reopens\n\nThe sign over the gate read: "Open again" — a relief for the valley after four years.',
        "rules",
    )
    assert not any("relief" in x.party(s.speaker).name.lower() for s in x.statements)


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize(("noun", "verb"), [("Those nine words", "were"), ("That line", "was")])
def test_a_lone_quotation_is_the_speaker_the_next_sentence_names_it_from(model, noun, verb):
    x = run(
        "Grain broker sued\n\n"
        "Greta Holm, a grain trader, said the broker had been late every winter.\n\n"
        'The lender filed its suit on Monday. "Nothing we were promised arrived on time." '
        f"{noun}, from a lender spokeswoman on the morning the suit was filed, {verb} its only public comment.",
        model,
    )
    words = said(x, "Nothing we were promised arrived on time")
    name = x.party(words.speaker).name.lower()
    assert "spokes" in name or "lender" in name
    assert "Holm" not in x.party(words.speaker).name


def test_words_from_a_thing_that_cannot_speak_are_not_given_to_it():
    x = run(
        'Harbour\n\n"The tide waits for nobody." Those words, from an old song, hang over the harbour bar.',
        "rules",
    )
    assert not any("song" in x.party(s.speaker).name.lower() for s in x.statements)
