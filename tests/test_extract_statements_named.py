"""A cue whose object only names a thing says nothing of it (issue 13, item 3): "Union leaders opposed the
plan" tells no claim a denial could answer, and "the plan" is no statement. Nor does praise, a welcome or a
defence that names only what it judges ("welcomed the ruling", "has defended his bowler's run-out": the
development set's annotators never read one as a statement, and list "welcomed the decision" as no content), a
thing named with a clause describing it ("has opposed every stadium subsidy that came before it"), or what a
speaker only referred to or spoke about. What is described is an account, and stays ("described months of
warnings").

What is said of a thing is a statement ("called the plan reckless", "described the decision as a disgrace"),
and so is what an answer or an accusation names ("denied the allegations", "accused the mill of negligence").
Sentences written for these tests, in several outlets' styles.
"""

import pytest

from tests.extract_support import MODELS, run


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize(
    "sentence, words",
    [
        ("Union leaders opposed the plan at a rally on Friday.", "the plan"),
        ("The mayor mentioned the audit during the meeting.", "the audit"),
        ("The agency's spokeswoman cited privacy rules.", "privacy rules"),
        ("The county proposed the cap in March.", "the cap"),
        ("Councilwoman Ada Brandt praised the new budget.", "the new budget"),
        ("The Riverside Tenants' Union welcomed the ruling on Tuesday.", "the ruling"),
        (
            "Port Lincoln coach Gus Tanner has defended his bowler's run-out of opener Kiri Waaka.",
            "his bowler's run-out",
        ),
        ("Senator Mara Quist referred to the 2019 audit of the fund.", "the 2019 audit"),
        (
            "The Taxpayers League, which has opposed every stadium subsidy in the city since the 1990s, will hold a "
            "rally on Friday.",
            "every stadium subsidy",
        ),
    ],
)
def test_an_object_that_only_names_a_thing_is_no_claim(sentence, words, model):
    x = run(sentence, model)
    assert not any(words in s.text for s in x.statements), [s.text for s in x.statements]
    assert any(n.text.startswith(words) and n.why == "no-content" for n in x.not_statements), x.not_statements


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize(
    "sentence, words",
    [
        ("The mill's owner denied the allegations.", "the allegations"),
        ("The inspectors accused the mill of negligence.", "negligence"),
        ("Critics called the plan reckless.", "the plan reckless"),
        ("Rovers' manager, Ian Pike, described the penalty decision as a disgrace.", "a disgrace"),
        ("The council welcomed the ruling, saying it would speed up repairs to the flats.", "speed up repairs"),
        ("The mayor mentioned that the audit had found no fraud.", "the audit had found no fraud"),
        ("The ferry union called the operator's new rota a pay cut by stealth.", "a pay cut by stealth"),
        ("Councillor Ines Roth called the council's decision politically motivated.", "politically motivated"),
        ('The operator called that "a misreading of the contract" on Monday.', "a misreading of the contract"),
        ("It is a defence the prosecutors called a fairy tale.", "a fairy tale"),
    ],
)
def test_what_is_said_of_a_thing_stays_a_statement(sentence, words, model):
    x = run(sentence, model)
    assert any(words in s.text for s in x.statements), [s.text for s in x.statements]


# A call that phones or summons (the object called, as it is kept apart).
PHONED = {
    "A neighbour who called 911 told the Herald that the fire spread within minutes.": "911",
    "The landlord called the police after the tenants changed the locks.": "the police",
    "The chairman called an emergency meeting for Thursday night.": "an emergency meeting",
    "Residents called the water board every morning for a week, the petition says.": "the water board",
}


@pytest.mark.parametrize("model", MODELS)
def test_a_call_that_phones_or_summons_is_a_deed_and_says_nothing(model):
    for sentence, words in PHONED.items():
        x = run(sentence, model)
        said = [s.text for s in x.statements if s.text.startswith(words)]
        kept = {n.why for n in x.not_statements if n.text.startswith(words)}
        assert (said, kept) == ([], {"action"}), sentence
