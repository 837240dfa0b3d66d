"""A description set beside a name is that name (issue 13, item 5), on sentences written for these tests:
"A group of neighbours, Harlow Residents for Safe Streets, said" is that group; "One of the librarians, Ines
Caldwell of Ames, said" is Ines Caldwell; "said Nell Ashdown, a Dayton teacher who said she ..." makes the
relative clause's speaker Ashdown, not a party called "dayton teacher who said ..."."""

from extract_support import run, speaker


def test_a_counted_description_beside_a_name_is_the_named_person_without_the_town():
    x = run(
        "Library vote\n\nThe board voted to pull 14 books. One of the librarians, Ines Caldwell of Ames, said the "
        "vote broke state law."
    )
    assert speaker(x, "the vote broke state law") == "Ines Caldwell"


def test_a_relative_clause_on_an_apposition_speaks_for_the_named_person():
    x = run(
        "School closures\n\n"
        'The Dayton school board voted to close three schools. "We were never asked," said Nell Ashdown, a '
        "Dayton teacher who said she learned of the vote from a parent."
    )
    assert speaker(x, "she learned of the vote") == "Nell Ashdown"
    assert not any("teacher" in p.name for p in x.parties)


def test_a_described_body_beside_its_name_is_the_named_body():
    x = run(
        "Road plan\n\nThe council approved the bypass on Monday. A group of neighbours, Harlow Residents for Safe "
        "Streets, said it was considering a lawsuit. A coalition of shop owners, Friends of Market Street, said it "
        "would appeal."
    )
    assert speaker(x, "it was considering a lawsuit") == "Harlow Residents for Safe Streets"
    assert speaker(x, "it would appeal") == "Friends of Market Street"


def test_an_untagged_name_set_beside_a_kind_of_body_is_that_body_by_its_whole_name():
    x = run(
        "Library fight\n\nMAPLETON — The Mapleton school board voted on Monday to pull nine novels from its "
        "libraries. Board president Ana Ruiz said the books broke a new state law.\n\nThe Poets Circle of the "
        "Prairie, a group of about 800 writers, accused the board of censorship. Six of the nine novels are by Black "
        "authors, the group said in a statement."
    )
    assert speaker(x, "censorship") == "Poets Circle of the Prairie"
    assert speaker(x, "Six of the nine novels") == "Poets Circle of the Prairie"  # "the group"


def test_a_participle_describing_a_role_keeps_the_name_set_beside_it():
    x = run(
        "Court\n\nA painter called by Mr Hale, Dora Finch, said that the job could take six weeks in winter. A "
        "photographer hired by the defence, Ruth Abara, confirmed that editing 600 images could take two months."
    )
    assert speaker(x, "the job could take six weeks") == "Dora Finch"
    assert speaker(x, "editing 600 images") == "Ruth Abara"
