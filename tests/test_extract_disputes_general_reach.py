"""A general answer ("There is no merit to these claims") answers whoever charged its side, not only the side that
accused it last (issue 13, dispute links): a claim of another speaker that leads with the answerer ("Halden Rail
skipped two brake checks", told by the workers' lawyers after a councillor's accusation) is a charge it answers,
as the charges read as allegations are; never what that speaker says of anyone else.

Over the 25 studied splits (hybrid, 2026-12-07g) this gained 3 right dispute pairs and 1 wrong; the founding
question gained two right rows in heldout24. Statements are built by hand on a text written for the test, so the
rule is tested apart from what the models score.
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
