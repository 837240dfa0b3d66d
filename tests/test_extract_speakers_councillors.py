"""Elected members named by their office's title (issue 13, item 5), on sentences written for these tests: "Cllr
Pryce" is the "Cllr Owain Pryce" named before, as "Ms Pryce" would be; and a councillor "who represents Aberteifi
South" speaks for herself, not for her ward as a lawyer speaks for a client."""

from extract_support import behalf, run, speaker


def test_a_councillor_by_title_and_surname_is_the_one_named_before():
    x = run(
        'Burial fees rise\n\nThe council approved a rise in burial fees. "Families cannot shop around," Cllr Owain '
        "Pryce told the meeting.\n\nCllr Pryce said he would bring a motion to the next full council."
    )
    assert speaker(x, "he would bring a motion") == "Owain Pryce"
    assert not any(p.name == "Cllr Pryce" for p in x.parties)


def test_a_councillor_who_represents_a_ward_speaks_for_no_client():
    x = run(
        'Burial fees rise\n\nThe council approved a rise in burial fees. "Families cannot shop around," Cllr Owain '
        "Pryce, who represents Aberteifi South, told the meeting."
    )
    assert speaker(x, "Families cannot shop around") == "Owain Pryce"
    assert behalf(x, "Families cannot shop around") is None
