"""Unnamed groups and bodies known by a description (issue 13, item 5), on sentences written for these tests.

A description names what it is by its head noun: "gallery staff" are staff, not the gallery, so "the gallery"
later is the named gallery; "the union that represents the drivers" is that union, so a later "the union" is it
too. A bare plural ("Drivers said") is the group at large, never a counted few of it ("two drivers, who asked
not to be named"); "the drivers" is the group described last.
"""

from extract_support import run, said, speaker


def test_a_bare_plural_is_the_group_at_large_not_a_counted_few():
    x = run(
        "Depot walkout\n\n"
        "About 80 drivers at a Tollway Freight depot in Ohio walked out on Monday, saying the trucks had no "
        "working heaters.\n\n"
        "Drivers told the Courier that two of them had been treated for frostbite. Two drivers, who asked not to "
        "be named, said a dispatcher had threatened to dock their pay.\n\n"
        "Drivers said they would return to work on Friday."
    )
    group = speaker(x, "the trucks had no working heaters")
    assert speaker(x, "two of them had been treated") == group
    assert speaker(x, "they would return to work") == group
    assert speaker(x, "a dispatcher had threatened") != group


def test_staff_of_a_body_are_not_the_body():
    x = run(
        "Gallery cuts\n\n"
        "The Orchard Street Gallery hired a new director in March. Some gallery staff said the director had cut "
        "their hours without notice.\n\n"
        "The gallery said the cuts were temporary."
    )
    assert speaker(x, "the cuts were temporary") == "Orchard Street Gallery"


def test_a_described_body_is_what_its_head_noun_means_later():
    x = run(
        "Bus strike\n\n"
        "The Metro Transit Authority said on Monday that it had offered a 4% raise. The union that represents "
        "the city's bus drivers said the offer was an insult.\n\n"
        "The authority said talks would resume next week. In a letter to members, the union said the offer "
        "ignored overtime."
    )
    union = speaker(x, "the offer was an insult")
    assert speaker(x, "the offer ignored overtime") == union
    assert speaker(x, "talks would resume") == "Metro Transit Authority" != union


def test_a_plural_role_is_the_body_it_speaks_for_or_a_group():
    x = run(
        "Ferry fight\n\n"
        "Saltmarsh Ferries cancelled its winter timetable on Monday. Saltmarsh's lawyers wrote to the council that "
        "the subsidy had expired.\n\n"
        "Maritime analysts said the route had lost money for a decade. The council's transport chief, Omar Reyes, "
        "called the move reckless. Shipping experts have warned for years, he said, that the boats were too old."
    )
    lawyers = said(x, "the subsidy had expired")  # a client's lawyers are a group speaking on its behalf
    assert x.party(lawyers.speaker).name == "saltmarsh's lawyers"
    assert x.party(lawyers.on_behalf_of or "").name == "Saltmarsh Ferries"
    assert speaker(x, "the route had lost money") == "maritime analysts"
    assert speaker(x, "the boats were too old") == "Omar Reyes"


def test_a_member_and_other_members_speak_as_the_group():
    x = run(
        "Olive prices\n\n"
        "Growers in the Ojai Valley say Sunvale Olive Co. cut what it pays them by a third this spring. Nadia Ferro "
        "grows olives on 12 acres.\n\n"
        "Ferro and other growers said the cuts fell on farms that had joined a pricing group and pressed Sunvale for "
        "higher prices. They say the company is punishing them."
    )
    group = speaker(x, "Sunvale Olive Co. cut what it pays them")
    assert speaker(x, "the cuts fell on farms") == group
    assert speaker(x, "the company is punishing them") == group


def test_a_kind_of_body_is_the_one_the_sentence_before_was_about():
    x = run(
        "Pilot pay\n\nPilots at Tern Airways say they were not paid for overtime.\n\nTern denied the pilots' "
        "accusations and said it would fight them. In a statement, the airline said every pilot had been paid in full."
    )
    assert speaker(x, "every pilot had been paid in full") == "Tern Airways"


def test_an_adverb_after_a_group_is_no_part_of_its_description():
    x = run(
        "Cork pay\n\nThe harvest runs from May to August in the Alentejo. Harvesters here say a day's pay of about "
        "95 euros has not kept pace with rents. Residents nearby said the smell was worse at night."
    )
    assert speaker(x, "has not kept pace with rents") == "harvesters"
    assert speaker(x, "the smell was worse").lower() == "residents"
