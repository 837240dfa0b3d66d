"""A body owned by a place in its name keeps the place (issue 13, item 5), on sentences written for these tests:
"Roads New Zealand's Otago Southland district" is all one name, the words the parse hangs apart included, and so is
"Quezon City's Office of the Building Official" when the tagger finds the city and the office apart; a
description of a union's member with an apostrophe ("A steward for the porters' union, Paris Holt,") is still the
person named beside it."""

from extract_support import run, speaker


def test_a_place_owned_body_keeps_every_word_of_its_name_and_the_owner():
    x = run(
        "Road closures\n\nIn a statement on Friday, Roads New Zealand's Otago Southland district said three "
        "bridges had been closed for repairs. The district said the pass would reopen in May."
    )
    district = next(p for p in x.parties if "district" in p.name)
    assert "Otago Southland" in district.name
    assert "Roads New Zealand's Otago Southland district" in district.aliases
    assert speaker(x, "three bridges had been closed for repairs") == district.name
    assert speaker(x, "the pass would reopen in May") == district.name


def test_a_tagged_body_owned_by_a_tagged_place_is_also_named_with_the_place():
    x = run(
        "Tower lifts\n\nQuezon City's Office of the Building Official said it had ordered the lifts shut after an "
        "inspection."
    )
    office = next(p for p in x.parties if "Office" in p.name)
    assert "Quezon City's Office of the Building Official" in [office.name, *office.aliases]


def test_a_role_of_a_plural_possessive_body_is_still_the_name_beside_it():
    x = run(
        "Ward staffing\n\nA steward for the porters' union, Paris Holt, said staff had warned managers in July that "
        "the ward was short."
    )
    assert speaker(x, "staff had warned managers") == "Paris Holt"
