"""Whose a closing ", saying ..." is when an "after/because/when ..." clause with a subject of its own stands before it
(issue 13, item 5), on sentences written for these tests. The parse hangs the participle on either verb; words that
name one of the two subjects in the third person (by name, or by what the text called it) and not the other are the
other's, whichever verb the parse chose; words that name both or neither stay with the parse's choice."""

import pytest
from extract_support import run, speaker

RETAILER = "Shops shut\n\nHalvorsen Foods, a family retailer in Leeds, has six shops. "
UTILITY = "Mill closed\n\nThe utility, Castle Water, supplies the valley. "
FERRY = "Ferry line halted\n\nKeane Marine, a ferry operator based in Cork, runs three boats a day. "
MILL = "Mill closed\n\nThe Dunmore Paper Mill closed on Monday after Castle Water cut its supply, saying "

CASES = {
    "the main subject called by its kind: the other clause's": (
        RETAILER + "Halvorsen Foods closed on March 2 after Brightline Bank froze its accounts, saying the retailer "
        "had missed four payments.",
        "the retailer had missed four payments",
        "Brightline Bank",
    ),
    "the main subject named: the other clause's": (
        MILL + "Dunmore Paper Mill had not paid for eight months.",
        "had not paid for eight months",
        "Castle Water",
    ),
    "the subordinate subject called by its kind, hung on its verb: the main subject's": (
        UTILITY + "The Dunmore Paper Mill shut its gates on Monday because Castle Water cut its supply, saying the "
        "utility had broken a signed contract.",
        "the utility had broken a signed contract",
        "Dunmore Paper Mill",
    ),
    "the subordinate subject named, hung on the main verb: still the main subject's": (
        MILL + "Castle Water had broken a signed contract.",
        "had broken a signed contract",
        "Dunmore Paper Mill",
    ),
    "the main subject called by its kind, hung on the subordinate verb: still that clause's": (
        FERRY + "Keane Marine halted its sailings on Friday after the Harbour Board revoked its licence, saying the "
        "operator had ignored two safety warnings.",
        "the operator had ignored two safety warnings",
        "Harbour Board",
    ),
    "a subordinate clause before the main one: the main subject's": (
        RETAILER + "After Brightline Bank froze its accounts on March 2, Halvorsen Foods closed its doors, saying the "
        "bank had given no warning.",
        "the bank had given no warning",
        "Halvorsen Foods",
    ),
}


@pytest.mark.parametrize("model", ["rules", "hybrid"])
@pytest.mark.parametrize("case", CASES)
def test_whose_a_participle_after_a_subordinate_clause_is(case, model):
    text, words, sayer = CASES[case]
    assert speaker(run(text, model), words) == sayer
