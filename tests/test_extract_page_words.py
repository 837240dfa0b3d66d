"""Words of the page that are no one's statement, and one verb of opinion that is (issue 13, items 1 and 3).

A section head written as "Harbour Freight: a slow year, and a strike" is the writer's signpost, not Harbour
Freight speaking; a reviewed book's quoted title with its colon is a title. "Whether the mayor says anything new"
asks what may be said; "Just don't close them" asks for something. "She thinks the bridge will open late" reports
her view as "she believes" does. Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from extract_support import MODELS, apart, claims, run, said


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize(
    ("text", "page_words", "said"),
    [
        (  # section heads
            "Results week: what to watch\n\nHarbour Freight reports on Monday and Talbot Brewing on Tuesday.\n\n"
            "Harbour Freight: a slow year, and a strike\n\n"
            "The dock workers' union said the strike would last another week.\n\n"
            "Talbot Brewing: hops are dear again\n\n"
            "Talbot Brewing said in March that hop prices had risen by a third.",
            ("a slow year", "hops are dear"),
            "the strike would last another week",
        ),
        (  # a reviewed book's quoted title
            "Books: a season in the kitchens\n\n"
            '"The Long Table: Cooks, Owners and the Year the Kitchens Closed," by Dana Whitlow. Marlow Books, 288 '
            "pages, $27.\n\nReviewed by Sam Okafor\n\n"
            "Whitlow said in an interview that every owner she met had cut staff.",
            ("Cooks, Owners", "288 pages"),
            "every owner she met had cut staff",
        ),
    ],
)
def test_a_label_with_a_colon_in_the_page_is_no_speaker(text, page_words, said, model):
    found = claims(text, model)
    assert not any(w in c for w in page_words for c in found), found
    assert any(said in c for c in found), found


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize(
    ("text", "asked", "why"),
    [
        (  # a cue under "whether" is asked about, not said
            "What we will be asking\n\nWhether the mayor says anything new about the budget at the meeting. The "
            "mayor's office said on Friday that the budget was balanced.",
            "anything new about the budget",
            "question",
        ),
        (  # a negative imperative asks for something
            'Courts row\n\nGreta Holm, 68, said the club had nowhere else to play. "We have played here for ten '
            'years," she said. "Just don\'t close the courts."',
            "Just don't close the courts.",
            "request",
        ),
    ],
)
def test_words_that_ask_are_no_claim(text, asked, why, model):
    found = claims(text, model)
    assert not any(asked.rstrip(".") in c for c in found), found
    assert apart(text, model)[asked] == why


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("Port engineer Marta Lindqvist thinks the new bridge will open a year late.", "the new bridge"),
        ("The union's treasurer, Abel Moss, thought the strike fund would last until June.", "the strike fund"),
    ],
)
def test_think_reports_a_view_as_believe_does(sentence, content, model):
    statement = said(run("Bridge delay\n\n" + sentence, model), content)
    assert statement.kind == "claim"
    assert statement.text.startswith(content)


@pytest.mark.parametrize("model", MODELS)
def test_a_view_inside_its_own_speakers_words_is_one_statement(model):
    text = (
        "Lunch rule\n\n"
        "Trustee Omar Lindgren said he backed limits in lessons but thought a full ban went too far. "
        "Lindgren said he believed parents would object."
    )
    found = claims(text, model)
    assert not any(c.startswith("a full ban") for c in found), found
    assert not any(c.startswith("parents would object") for c in found), found
    assert any("thought a full ban went too far" in c for c in found), found


@pytest.mark.parametrize("model", MODELS)
def test_no_one_in_particular_who_thinks_is_no_speaker(model):
    text = "Cloud basics\n\nSend this guide to a cousin who still thinks the cloud is a place in the sky."
    assert not any("a place in the sky" in c for c in claims(text, model))


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Ferry refit\n\nThe ferry operator has dropped its appeal against the port authority and filed a new "
            "claim in the county court, court records showed on Thursday.",
            "dropped its appeal",
        ),
        (
            'Lift fault\n\n"I have been stuck on the ninth floor for a week," Ines Varga said. The video shows the '
            "lift door hanging off one hinge.",
            "the lift door hanging",
        ),
    ],
)
def test_records_and_footage_that_show_are_no_speakers(text, words, model):
    assert not any(words in c for c in claims(text, model))


@pytest.mark.parametrize("model", MODELS)
def test_an_aside_telling_someone_is_read_as_an_aside(model):
    text = (
        "Lease terms\n\n"
        "Ines Varga has let flats in the town for twenty years. Every lease she has signed, she tells the paper, "
        "lets the landlord end it at a month's notice."
    )
    statement = said(run(text, model), "lets the landlord end it")
    assert statement.text.startswith("Every lease she has signed")
    setting = "Rents\n\nTo sort out the leases, Ines Varga spoke with Abel Moss, who teaches property law in Leeds."
    assert not any("teaches property law" in s.text for s in run(setting, model).statements)


@pytest.mark.parametrize("model", MODELS)
def test_remind_reports_a_clause(model):
    text = (
        "Bridge works\n\n"
        "The Harbour Times reminds readers that the old bridge closes on Monday. The photo reminded her of her "
        "father."
    )
    x = run(text, model)
    assert said(x, "the old bridge closes on Monday").kind == "claim"
    assert not any("her father" in s.text for s in x.statements)
