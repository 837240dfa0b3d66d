"""What a speaker says inside a relative clause (issue 13, item 6): "Twitter, which the complaint says hosted the
same posts, ..." reports "hosted the same posts" about Twitter.

The relative pronoun is the reported clause's subject, so the parse starts the clause before the cue; the
content starts after it, where the speaker's words are. Sentences written for these tests.
"""

import pytest

from tests.extract_support import MODELS, run, said


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize(
    "text, words",
    [
        (
            "Halden Mills, which the lawsuit says dumped dye into the river for a decade, did not respond.",
            "dumped dye into the river for a decade",
        ),
        (
            "The bakery left QuickCart, the delivery app that its owner says was taking a third of every order.",
            "was taking a third of every order",
        ),
        (
            "Ortiz denied that the firm had any part in the audit, which she said was run by outside accountants.",
            "was run by outside accountants",
        ),
    ],
)
def test_a_relative_clause_reports_what_follows_its_cue(text, words, model):
    s = said(run(text, model), words)
    assert s.text == words
