"""A general answer ("There is no merit to these claims") answers whoever charged its side, not only the side that
accused it last (issue 13, dispute links): a claim of another speaker that leads with the answerer ("Halden Rail
skipped two brake checks", told by the drivers' lawyers after a councillor's accusation) is a charge it answers,
as the charges read as allegations are; never what that speaker says of anyone else. So is a claim naming as the
doer the organisation the answerer is named after ("By doing so, the union argues, Corvo also broke the tender
rules", answered by Corvo Cloud), but not one about its words ("Corvo's figures were invented": a rebuttal).

Over the 25 studied splits (hybrid, statement links, 2026-12-07g) the first gained 3 right dispute pairs and 1 wrong
and the founding question two right rows in heldout24; the second 3 right and 1 wrong, and a right founding row in
each of heldout7, heldout15 and heldout22.
"""

from links_support import linked

from kg.extract.model import Party

RAIL = (
    "Rail row\n\n"
    "A councillor accused Halden Rail of cutting maintenance to save money. The drivers' lawyers wrote that Halden "
    "Rail skipped two brake checks in March. They added that the timetable was popular with commuters.\n\n"
    "A Halden Rail spokeswoman said: There is no merit to these claims."
)
TENDER = (
    "Tender row\n\n"
    "The dockers' union accused Corvo Cloud of rigging the port tender. By doing so, the union argues, Corvo also "
    "broke the tender rules. Corvo's figures were invented, the union said.\n\n"
    "A Corvo Cloud spokesman said: There is no merit to these claims."
)


def test_a_general_answer_answers_every_side_that_charged_it():
    parties = [
        Party("c", "Ines Varga", "Person", role="councillor"),
        Party("d", "drivers", "Unknown"),
        Party("l", "drivers' lawyers", "Unknown", role="lawyer", affiliation="d"),
        Party("h", "Halden Rail", "Organization"),
        Party("s", "Halden Rail spokeswoman", "Person", role="spokeswoman", affiliation="h"),
    ]
    said = [
        ("s1", "c", "allegation", "Halden Rail of cutting maintenance to save money", None),
        ("s2", "l", "claim", "Halden Rail skipped two brake checks in March", None),
        ("s3", "l", "claim", "the timetable was popular with commuters", None),
        ("s4", "s", "denial", "There is no merit to these claims.", None),
    ]
    assert linked(RAIL, parties, said, ("A councillor", "The drivers'", "They added", "A Halden")) == ["s1", "s2"]


def test_a_general_answer_answers_what_its_parent_was_said_to_have_done_not_said():
    parties = [
        Party("u", "dockers' union", "Organization"),
        Party("c", "Corvo", "Organization"),
        Party("k", "Corvo Cloud", "Organization"),
        Party("s", "Corvo Cloud spokesman", "Person", role="spokesman", affiliation="k"),
    ]
    said = [
        ("s1", "u", "allegation", "Corvo Cloud of rigging the port tender", None),
        ("s2", "u", "claim", "By doing so, the union argues, Corvo also broke the tender rules", None),
        ("s3", "u", "claim", "Corvo's figures were invented", None),
        ("s4", "s", "denial", "There is no merit to these claims.", None),
    ]
    assert linked(TENDER, parties, said, ("The dockers'", "By doing", "Corvo's", "A Corvo")) == ["s1", "s2"]
