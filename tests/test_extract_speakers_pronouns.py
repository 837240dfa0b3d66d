"""What a "she" or "he" means, on sentences written for these tests (issue 13, item 5): a possessive in a
person's own clause tells their gender ("Ray Beemer ... would receive $14,000 for each turbine on his land"),
so a later "she" is not him; a possessive inside a clause about someone else tells nothing of the subject.
"""

from extract_support import run, speaker


def test_a_possessive_in_a_persons_own_clause_tells_their_gender():
    x = run(
        "Wind farm\n\n"
        "Judy Kessel can count the survey stakes from her porch. Ray Beemer, who farms 2,300 acres east of town, "
        "would receive about $14,000 a year for each of the four turbines planned on his land.\n\n"
        "Kessel plans to be at the meeting. So does Beemer.\n\n"
        '"We will sit on different sides of the room," she said.'
    )
    assert speaker(x, "different sides of the room") == "Judy Kessel"


def test_a_possessive_about_someone_else_tells_nothing_of_the_subject():
    x = run(
        "Contract talks\n\n"
        "The agent for striker Tomas Ruiz, Maria Delgado, accused the club of backing out of a deal.\n\n"
        "Delgado also accused the club of trying to lower his value before the talks.\n\n"
        'Delgado said she would ask the players association to step in. "If they want a fight, we will have one," '
        "she said."
    )
    assert speaker(x, "If they want a fight") == "Maria Delgado"
