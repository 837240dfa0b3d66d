"""A general answer ("There is no merit to these claims") answers whoever charged its side, not only the side that
accused it last (issue 13, dispute links): a claim of another speaker that leads with the answerer ("Halden Rail
skipped two brake checks", told by the drivers' lawyers after a councillor's accusation) is a charge it answers,
as the charges read as allegations are; never what that speaker says of anyone else. So is a claim naming as the
doer the organisation the answerer is named after ("By doing so, the union argues, Corvo also broke the tender
rules", answered by Corvo Cloud), but not one about its words ("Corvo's figures were invented": a rebuttal).

Over the 25 studied splits (hybrid, statement links, 2026-12-07g) the first gained 3 right dispute pairs and 1 wrong
and the founding question two right rows in heldout24; the second 3 right and 1 wrong, and a right founding row in
each of heldout7, heldout15 and heldout22. Statements are built by hand on texts written for the test, so the rules
are tested apart from what the models score.
"""

from kg.extract.disputes import Answers
from kg.extract.model import Party, Statement

TEXT = (
    "Rail row\n\n"
    "A councillor accused Halden Rail of cutting maintenance to save money. The drivers' lawyers wrote that Halden "
    "Rail skipped two brake checks in March. They added that the timetable was popular with commuters.\n\n"
    "A Halden Rail spokeswoman said: {answer}"
)
PARTIES = [
    Party("c", "Ines Varga", "Person", role="councillor"),
    Party("d", "drivers", "Unknown"),
    Party("l", "drivers' lawyers", "Unknown", role="lawyer", affiliation="d"),
    Party("h", "Halden Rail", "Organization"),
    Party("s", "Halden Rail spokeswoman", "Person", role="spokeswoman", affiliation="h"),
]


def disputed(answer: str) -> list[str]:
    text = TEXT.format(answer=answer)

    def statement(sid: str, speaker: str, words: str, kind: str) -> Statement:
        start = text.index(words)
        return Statement(sid, speaker, kind, words, start, start + len(words), False)

    statements = [
        statement("s1", "c", "Halden Rail of cutting maintenance to save money", "allegation"),
        statement("s2", "l", "Halden Rail skipped two brake checks in March", "claim"),
        statement("s3", "l", "the timetable was popular with commuters", "claim"),
        statement("s4", "s", answer, "denial"),
    ]
    sentences = [0, *(text.index(s) for s in ("A councillor", "The drivers'", "They added", "A Halden"))]
    Answers(statements, PARTIES, text, sentences).link()
    return statements[-1].disputes


def test_a_general_answer_answers_every_side_that_charged_it():
    assert disputed("There is no merit to these claims.") == ["s1", "s2"]


KIN = (
    "Tender row\n\n"
    "The dockers' union accused Corvo Cloud of rigging the port tender. By doing so, the union argues, Corvo also "
    "broke the tender rules. Corvo's figures were invented, the union said.\n\n"
    "A Corvo Cloud spokesman said: There is no merit to these claims."
)
KIN_PARTIES = [
    Party("u", "dockers' union", "Organization"),
    Party("c", "Corvo", "Organization"),
    Party("k", "Corvo Cloud", "Organization"),
    Party("s", "Corvo Cloud spokesman", "Person", role="spokesman", affiliation="k"),
]


def test_a_general_answer_answers_what_its_parent_was_said_to_have_done_not_said():
    def statement(sid: str, speaker: str, words: str, kind: str) -> Statement:
        start = KIN.index(words)
        return Statement(sid, speaker, kind, words, start, start + len(words), False)

    statements = [
        statement("s1", "u", "Corvo Cloud of rigging the port tender", "allegation"),
        statement("s2", "u", "By doing so, the union argues, Corvo also broke the tender rules", "claim"),
        statement("s3", "u", "Corvo's figures were invented", "claim"),
        statement("s4", "s", "There is no merit to these claims.", "denial"),
    ]
    sentences = [0, *(KIN.index(s) for s in ("The dockers'", "By doing", "Corvo's", "A Corvo"))]
    Answers(statements, KIN_PARTIES, KIN, sentences).link()
    assert statements[-1].disputes == ["s1", "s2"]
