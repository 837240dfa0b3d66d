"""A reply put to its speaker answers what was put, not everything the party named in the question said (issue 13,
dispute links), on sentences written for these tests in several styles. "Asked whether Whitfield had been warned,
Brandt said ..." names Whitfield in the question only: the reply answers the charge the question is about, never
her other charges or what she said of herself. A denying cue ("denied Whitfield's accusations") still answers all
her accusations.
"""

import pytest
from extract_support import MODELS, disputed, run

REPLIES = [
    (  # a court story
        "Coach sues club\n\nFormer coach Dana Whitfield says the Harbor City Gulls fired her to avoid paying a "
        "$200,000 bonus. She said the club had also cut her staff's travel budget in March. Whitfield said she had "
        "never missed a training session in four years.\n\nAsked whether Whitfield had been warned before she was "
        "fired, Gulls general manager Tom Brandt said the club had sent her two written warnings in January.",
        "two written warnings",
        ["travel budget", "never missed a training session"],
    ),
    (  # a wire story
        "PORTLAND, Maine (AP) — The Downeast Fishermen's Alliance said Casco Seafoods had paid its crews late all "
        "summer. The alliance said its members had lost about $1.2 million.\n\nAsked whether the Downeast "
        "Fishermen's Alliance had been warned about the delays, Casco Seafoods spokeswoman Lena Ward said the "
        "company had emailed every crew captain in June.",
        "emailed every crew captain",
        ["lost about $1.2 million"],
    ),
    (  # a social-media feud
        "Sourdough feud\n\nFood blogger Priya Nand wrote on Instagram that Crumb & Co. had copied her sourdough "
        "recipe. Nand also wrote that the bakery's owner had blocked her on every platform.\n\nAsked on Wednesday "
        "whether the bakery had used Nand's recipe, Crumb & Co. owner Theo Marsh said its sourdough recipe dated "
        "to 2015.",
        "dated to 2015",
        ["blocked her"],
    ),
]


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("text, reply, unrelated", REPLIES)
def test_a_reply_answers_what_was_put_not_all_the_named_party_said(model, text, reply, unrelated):
    answered = disputed(run(text, model), reply)
    assert not [t for t in answered for u in unrelated if u in t], answered


@pytest.mark.parametrize("model", MODELS)
def test_a_denying_cue_that_names_the_accuser_still_answers_all_her_accusations(model):
    x = run(
        "Coach sues club\n\nFormer coach Dana Whitfield says the Harbor City Gulls fired her to avoid paying a "
        "$200,000 bonus. She also accused the club of cutting her staff's travel budget to push her out.\n\n"
        "The Gulls denied Whitfield's accusations on Tuesday.",
        model,
    )
    answered = disputed(x, "Whitfield's accusations")
    assert any("bonus" in t for t in answered) and any("travel budget" in t for t in answered), answered
