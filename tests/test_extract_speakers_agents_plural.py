"""A party's lawyers as a sentence's subject are the "they" of the words after it: "In court papers filed the next
day, Crumbworks's lawyers were more expansive. The case, they wrote, ..." is the lawyers' account, written for their
client, not the company's own (issue 13, speakers; sentences written for these tests in two outlets' styles)."""

import pytest
from extract_support import MODELS, behalf, run, speaker

CASES = [
    (  # business daily
        "Harlow Mills sued Crumbworks on Monday, saying the bakery chain had stopped paying for flour.\n\n"
        "In court papers filed the next day, Crumbworks's lawyers were more expansive. The case, they wrote, "
        '"has nothing to do with price" and everything to do with late deliveries.',
        "has nothing to do with price",
        "Crumbworks",
    ),
    (  # legal trade press
        "Tallyfin's suit against Orbis Card Network is moving quickly.\n\n"
        "Orbis's attorneys went further on Friday. Every delay, they wrote, came from Tallyfin's own fraud flags.",
        "came from Tallyfin's own fraud flags",
        "Orbis Card Network",
    ),
]


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("text, words, client", CASES)
def test_they_after_a_partys_lawyers_are_the_lawyers(model, text, words, client):
    x = run(text, model)
    assert speaker(x, words).lower().endswith(("lawyers", "attorneys"))
    assert behalf(x, words) in (client, client.split()[0])
