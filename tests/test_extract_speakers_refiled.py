"""A case brought with no document named (issue 13): "Tallis Foods withdrew its lawsuit and refiled in state court"
makes Tallis Foods the issuer of the next "the new complaint", which speaks for it; without that the complaint is a
party of its own, and its charges are nobody's. A document a party acts on under "its" ("dropped its lawsuit") is
that party's, when "its" can mean it: a judge who dismissed "its lawsuit" did not bring it.
Sentences written for this test in court, business and local-government styles."""

import pytest
from extract_support import run, said, speaker


@pytest.mark.parametrize(
    "text, words, issuer",
    [
        (  # court wire, a case refiled with no document named
            "Tallis Foods has withdrawn its federal lawsuit against Marrow Grain and refiled in a state court. "
            "The new complaint, filed on Monday, accuses Marrow Grain of shipping spoiled wheat.",
            "shipping spoiled wheat",
            "Tallis Foods",
        ),
        (  # business desk, a case filed in court with no object
            "Brightline Media filed in federal court on Friday, a week after Corvane Hosting cut its service. "
            "The complaint says Corvane Hosting gave no notice before the cut.",
            "Corvane Hosting gave no notice before the cut",
            "Brightline Media",
        ),
        (  # local government, the case named only under "its"
            "The Elm Ward Residents Association has amended its complaint against the city. "
            "The complaint now says the library closure broke the city charter.",
            "the library closure broke the city charter",
            "Elm Ward Residents Association",
        ),
    ],
)
def test_the_complaint_of_a_party_that_refiled_or_owns_it_is_its_own(text, words, issuer):
    x = run(text)
    assert speaker(x, words) == issuer
    s = said(x, words)
    assert s.origin is not None and s.origin.kind == "court filing"


def test_a_judge_who_dismissed_its_lawsuit_did_not_bring_it():
    x = run(
        "Marrow Grain sued Tallis Foods in March. Judge Karen Holt dismissed its lawsuit on Tuesday. "
        "The complaint had said Tallis Foods owed $2 million."
    )
    assert speaker(x, "Tallis Foods owed $2 million") == "Marrow Grain"
