"""A reported clause stops before the writer's closing aside (issue 13, item 6), also where the aside holds a plural
possessive: the apostrophe of "the residents' lawyers" or "60 days' notice" is no quotation mark, so it does not
make the aside the speaker's quoted words. Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from extract_support import MODELS, run

ASIDES = [
    (
        "Park sale\n\nThe mayor said the council had sold the riverside park, which the residents' lawyers valued at "
        "$4 million.",
        "the council had sold the riverside park",
    ),
    (
        "Pool\n\nThe trust said the council had closed the pool in March, which the swimmers' club had opposed for "
        "years.",
        "the council had closed the pool in March",
    ),
]


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize(("text", "content"), ASIDES)
def test_a_closing_aside_with_a_possessive_is_the_writers(text, content, model):
    assert [s.text for s in run(text, model).statements] == [content]
