"""A general answer ("There is no merit to these claims") never answers a judge (issue 13, item 2), on sentences
written for these tests. A ruling weighs the sides' charges and makes none; read as a charge (it names the company
and what it did), it was the latest accusation, and the company's denial was linked to the judge's words instead of
the accuser's."""

from kg.extract.disputes import Answers
from kg.extract.model import Party, Statement

TEXT = (
    "Marlo sued Crumbworks Bakeries last week, saying Crumbworks cut off supplies within hours of a rival deal.\n\n"
    "Judge Rhea Okafor wrote that Crumbworks appeared to have acted within its contract.\n\n"
    '"There is no merit to these claims," a Crumbworks spokeswoman said.'
)
PARTIES = [
    Party("p1", "Marlo", "Organization"),
    Party("p2", "Crumbworks Bakeries", "Organization"),
    Party("p3", "Rhea Okafor", "Person", role="judge"),
    Party("p4", "Crumbworks spokesperson", "Person", role="spokesperson", affiliation="p2"),
]


def _said(sid: str, speaker: str, kind: str, words: str) -> Statement:
    start = TEXT.index(words)
    return Statement(sid, speaker, kind, words, start, start + len(words), direct=False)  # type: ignore[arg-type]


def _link(judge_kind: str) -> list[str]:
    statements = [
        _said("s1", "p1", "allegation", "Crumbworks cut off supplies within hours of a rival deal"),
        _said("s2", "p3", judge_kind, "Crumbworks appeared to have acted within its contract"),
        _said("s3", "p4", "denial", "There is no merit to these claims"),
    ]
    starts = [0, TEXT.index("Judge"), TEXT.index('"There')]
    Answers(statements, PARTIES, TEXT, starts).link()
    return statements[2].disputes


def test_a_ruling_read_as_a_charge_is_not_what_these_claims_are():
    assert _link("allegation") == ["s1"]


def test_a_ruling_read_as_a_claim_is_not_answered_either():
    assert _link("claim") == ["s1"]
