"""Elected members named by their office's title (issue 13, item 5), on sentences written for these tests: "Cllr
Pryce" (or the Australian "Cr Tully") is the councillor named in full before, as "Ms Pryce" would be; and a
councillor "who represents Aberteifi South" speaks for herself, not for her ward as a lawyer speaks for a client.
Honorifics say which of two people of one surname is meant: "Priya and Tomas Lindqvist" are Priya Lindqvist and Tomas
Lindqvist, "Mrs Lindqvist" the one not known a "he"."""

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


def test_a_given_name_joined_to_a_full_name_shares_its_surname_and_the_honorifics_tell_them_apart():
    x = run(
        "Couple sue photographer\n\nPriya and Tomas Lindqvist are suing Owen Hale, who trades as Hale Studio, for the "
        "return of their fee.\n\nGiving evidence, Mrs Lindqvist said she had sent Mr Hale eleven emails. Mr Lindqvist "
        "said the photographer had posted their pictures online."
    )
    assert speaker(x, "she had sent Mr Hale eleven emails") == "Priya Lindqvist"
    assert speaker(x, "the photographer had posted their pictures online") == "Tomas Lindqvist"


def test_an_australian_councillor_by_title_and_surname_is_the_one_named_before():
    x = run(
        "Townhouses approved\n\nCouncillor Mark Tully said the plan was too dense for the street.\n\n\"I'll read the "
        'traffic report before I vote," Cr Tully said.'
    )
    assert speaker(x, "I'll read the traffic report before I vote") == "Mark Tully"
