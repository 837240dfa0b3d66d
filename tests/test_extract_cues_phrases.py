"""Whose words follow a reporting phrase or a parse gone astray (issue 13, goal 1): "In the union's telling, ...",
"In the club's account, ..." give the account of their possessor, as "In her view" does; "went on to say" reports
what follows it; a bare "rejected that," answers what was said before; and a speaker the parse hung on an opening
participle clause ("Opening the appeal ..., counsel ..., Ciara Lynch SC, said") or took for a modifier of the verb
("Ruru disputed ...") still speaks. Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from extract_support import MODELS, run, speaker

PHRASES = [
    *(
        (
            "Depot closure\n\n"
            f"The union sued the rail operator on Monday. In the union's {noun}, the depot closure was a way to break "
            "the strike.",
            "the depot closure was a way to break the strike",
            "union",
        )
        for noun in ("telling", "account", "version")
    ),
    (
        "Ferry pay\n\nThe operator went on to say crews had turned down a fair offer.",
        "crews had turned down",
        "operator",
    ),
    (  # a pointer the denial answers with, before a comma and what the denier said
        "Cocoa row\n\n"
        "The trader said it had delivered the beans in March. Mr Boateng rejected that, saying the letter of credit "
        "had been opened on Feb. 20.",
        "that",
        "Boateng",
    ),
    (  # a subject the parse hung on a participle clause opening the sentence
        "Quarry case\n\n"
        "Opening the appeal on Monday, counsel for the tenants, Ciara Lynch SC, said the landlord had recorded no "
        "repairs since May of last year.",
        "the landlord had recorded no repairs",
        "Ciara Lynch SC",
    ),
    (  # a subject the parse took for a modifier of its verb
        "Kidney unit\n\n"
        "Aroha Ruru, who runs the patients' group, said families were told late.\n\n"
        "The hospital said patients were told on Sept. 15.\n\n"
        "Ruru disputed that account. The first patient, she said, had been told in August.",
        "that account",
        "Aroha Ruru",
    ),
]


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize(("text", "words", "who"), PHRASES)
def test_the_phrase_gives_whose_words_follow(text, words, who, model):
    assert speaker(run(text, model), words) == who


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("noun", ["position", "account"])
def test_a_possessed_saying_noun_equated_with_a_that_clause_gives_its_owners_words(model, noun):
    x = run(
        "Grain broker sued\n\n"
        "A lender sued Harlow Grain on Monday over eleven late shipments. "
        f"The broker's {noun}, set out in a letter on Friday, is that the contracts allowed delays of a month.",
        model,
    )
    assert "broker" in speaker(x, "the contracts allowed delays of a month").lower()


def test_the_writers_own_view_is_nobodys_reported_statement():
    x = run(
        "Corrections\n\nMy own view is that the contract story deserved a higher place on the page.",
        "rules",
    )
    assert not any("higher place" in s.text for s in x.statements)


def test_a_verb_of_agreeing_left_with_a_bare_to_has_no_content():
    x = run(
        "Hosting row\n\nCorvane sued its host on Monday. Corvane had simply broken rules it had agreed to.",
        "rules",
    )
    assert not any(s.text == "to" for s in x.statements)
