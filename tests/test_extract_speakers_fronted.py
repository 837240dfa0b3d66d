"""A cue's subject is the party, not a phrase set off before it nor the words after a surname (issue 13, item 5),
on sentences written for these tests in a court report, an inquest report and a fact box: "Outside court, Ms Moyo
told reporters" is Rachel Moyo's (the parse makes "court" a second subject), "Okonkwo on July 16 conceded" is the
Paul Okonkwo named before (the surname parsed as a common noun), and neither a spokeswoman set beside her name nor
workers set before a company's description ("..., the Queens group built around a television chef,") lose their
words to what follows the comma.
"""

import pytest
from extract_support import MODELS, run, said, speaker


@pytest.mark.parametrize("model", MODELS)
def test_a_place_set_off_before_the_subject_is_not_the_speaker(model):
    x = run(
        "Treasurer jailed\n\n"
        "Rachel Moyo, the hospice's chief executive, sat in the public gallery.\n\n"
        "Outside court, Ms Moyo told reporters the hospice was relieved the case was over.",
        model,
    )
    assert speaker(x, "relieved the case was over") == "Rachel Moyo"


@pytest.mark.parametrize("model", MODELS)
def test_an_officer_outside_court_speaks_not_the_court(model):
    x = run(
        "Inquest\n\nCoroner Jane Whitby sat alone.\n\nOutside court, Whitby's officer said the family had been told.",
        model,
    )
    assert "court" not in speaker(x, "the family had been told").lower()


@pytest.mark.parametrize("model", MODELS)
def test_a_surname_parsed_as_a_noun_is_the_person_named_before(model):
    x = run(
        "Flash flood: what we know\n\n"
        "* County Emergency Manager Paul Okonkwo told reporters on July 15 that the county never received a "
        "warning.\n\n"
        "* Okonkwo on July 16 conceded that the alert system had received the warning at 2:53 a.m.",
        model,
    )
    assert speaker(x, "received the warning at 2:53") == "Paul Okonkwo"


@pytest.mark.parametrize("model", MODELS)
def test_a_spokeswoman_beside_her_name_keeps_her_body(model):
    x = run(
        "Lead in school water\n\n"
        "A spokeswoman for the Marlow Valley Water Authority, Karen Liu, denied that the utility had kept "
        "anything from the public.",
        model,
    )
    statement = said(x, "kept anything from the public")
    assert x.party(statement.on_behalf_of).name == "Marlow Valley Water Authority"


@pytest.mark.parametrize("model", MODELS)
def test_workers_before_a_company_set_off_by_commas_are_the_speakers(model):
    x = run(
        "Cooks accuse chef\n\n"
        "Nineteen former kitchen workers at restaurants owned by Verdi Hospitality, the Queens group built around a "
        "television chef, have accused the company of shaving hours off their time cards.",
        model,
    )
    assert "group" not in speaker(x, "shaving hours off their time cards")
