"""Analysts at a named firm, in the plural, write its house view (issue 13): "Analysts at Kestrel Brothers wrote in a
note to clients" is Kestrel Brothers' note, as "Fire officials said" is the fire service; one analyst named at a
firm is still a person of her own. Sentences written for this test in markets and business styles."""

import pytest
from extract_support import run, speaker


@pytest.mark.parametrize(
    "text, words, firm",
    [
        (
            "Analysts at Kestrel Brothers wrote in a note to clients that the merger would cut costs by a tenth.",
            "the merger would cut costs by a tenth",
            "Kestrel Brothers",
        ),
        (
            "Shares in Dunmore Foods fell 6%. Analysts at Harrow & Vance said the profit warning was the third in a year.",
            "the profit warning was the third in a year",
            "Harrow & Vance",
        ),
    ],
)
def test_analysts_at_a_firm_speak_as_the_firm(text, words, firm):
    assert speaker(run(text), words) == firm


def test_one_named_analyst_at_a_firm_is_herself():
    x = run("Priya Nandakumar, an analyst at Kestrel Brothers, said the merger would cut costs by a tenth.")
    assert speaker(x, "the merger would cut costs by a tenth") == "Priya Nandakumar"
