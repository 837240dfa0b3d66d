"""A hyphenated name called again with a title or alone is the same party (issue 13, the wrong speaker), on
sentences written for these tests in court, sport, business and local-news styles: the tagger splits the hyphen
off, and a name rebuilt from its words without it ("Osei Mensah") was a second, different party."""

from extract_support import run, speaker


def test_a_titled_hyphenated_surname_in_court_copy_is_the_person_named_before():
    x = run(
        "Libel trial opens\n\nLONDON (Reuters) - A newspaper editor told the High Court on Monday that a story about "
        "a swimming charity was accurate.\n\nRebecca Osei-Mensah, the editor of the Daily Courant, said the figures "
        'had been checked twice. "This was a story the public had every right to read," Ms Osei-Mensah said.'
    )
    assert speaker(x, "This was a story the public") == "Rebecca Osei-Mensah"
    assert not any(p.name == "Osei Mensah" for p in x.parties)


def test_a_hyphenated_surname_in_match_copy_is_the_player_named_before():
    x = run(
        "Derby\n\nHarbour Town beat Kestrel 2-1 on Saturday. Full-back Tomas Reyes-Ortiz said the referee got it "
        'right. "It was a penalty," Reyes-Ortiz said.'
    )
    assert speaker(x, "It was a penalty") == "Tomas Reyes-Ortiz"
    assert [p.name for p in x.parties if "Ortiz" in p.name] == ["Tomas Reyes-Ortiz"]


def test_a_hyphenated_newspaper_name_the_tagger_missed_keeps_its_hyphen():
    x = run(
        "Transfer talk\n\nKestrel City have opened talks with Harbourside Athletic over a winger, the Northern "
        "Echo-Post reported on Tuesday. Kestrel's director met the player's agents on Monday, the Echo-Post said."
    )
    assert "Northern Echo-Post" in [p.name for p in x.parties]
    assert "Northern Echo Post" not in [p.name for p in x.parties]
