"""Who sued, when a headline's second clause says so (issue 13, items 2 and 4), on headlines and stories written for
these tests in several outlets' styles: "Crumbworks drops appeal, sues Harlow Mills", where the parse reads the
company sued as the one suing, makes the first clause's subject the plaintiff, so the complaint the story then
quotes speaks for it, not for the company it accuses (whose own answer would then have "disputed" its own side).
"""

import pytest
from extract_support import MODELS, run, speaker

CASES = [
    (  # wire copy with a dateline
        "Crumbworks drops appeal, sues Harlow Mills over tainted flour\n\n"
        "CHICAGO (Reuters) - Bakery chain Crumbworks has dropped its appeal of a health-code fine and filed a new "
        "case in Cook County.\n\n"
        "The new complaint, filed Monday, accuses Harlow Mills of shipping flour it knew was contaminated.",
        "shipping flour",
        "Crumbworks",
    ),
    (  # local news
        "Harbour Ferries cancels island route, sues Port of Kilrush over berth fees\n\n"
        "The last ferry to Scattery Island sailed on Sunday.\n\n"
        "The suit, filed Thursday in the Circuit Court, says the port authority doubled the fees without notice.",
        "the port authority doubled the fees",
        "Harbour Ferries",
    ),
    (  # business daily
        "Tallyfin ends talks, sues Orbis Card Network over fees\n\n"
        "Payments startup Tallyfin has broken off months of talks with its card network.\n\n"
        "The complaint, filed in federal court in Delaware, accuses Orbis of raising fees only for smaller rivals.",
        "raising fees only for smaller rivals",
        "Tallyfin",
    ),
]


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("text, words, plaintiff", CASES)
def test_a_headlines_second_clause_sues_for_its_first_clauses_subject(model, text, words, plaintiff):
    assert speaker(run(text, model), words).lower() == plaintiff.lower()
