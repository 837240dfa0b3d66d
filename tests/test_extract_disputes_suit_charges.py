"""An answer to "the lawsuit" (or "the suit", "the complaint") answers the suit's charges however the story gave
them: those it quotes from the filing ("The suit says ...") and those it reports as the filer's accusations ("The
bakery accused the miller of ..."), not only the words given as the lawsuit's (issue 13, dispute links). A suit the
answer tells apart by a word ("the new suit") stays the words of that suit alone (``Targets.from_document``), and so
does a suit the answer names only in passing, not as what it answers ("had not been served with the lawsuit").

Over the 24 studied splits (hybrid, 2026-12-07f) the answers to a suit so named gained 9 right dispute pairs and 7
wrong. Statements are built by hand on a text written for the test, so the rule is tested apart from what the
models score.
"""

from kg.extract.disputes import Answers
from kg.extract.model import Origin, Party, Statement

TEXT = (
    "Bakery sues miller\n\nHollin Bakery accused Corder Mills of selling it damp flour. The lawsuit says Corder "
    "Mills shipped 40 tonnes it knew had failed a moisture test. The bakery said Corder Mills had ignored three "
    "complaints. Corder Mills said {answer}."
)
PARTIES = [Party("h", "Hollin Bakery", "Organization"), Party("c", "Corder Mills", "Organization")]


def disputed(answer: str) -> list[str]:
    text = TEXT.format(answer=answer)

    def statement(sid: str, speaker: str, words: str, kind: str, origin: str | None = None) -> Statement:
        start = text.index(words)
        found = None
        if origin is not None:
            at = text.index(origin)
            found = Origin("court filing", origin, at, at + len(origin))
        return Statement(sid, speaker, kind, words, start, start + len(words), False, origin=found)

    statements = [
        statement("s1", "h", "Corder Mills of selling it damp flour", "allegation"),
        statement(
            "s2", "h", "Corder Mills shipped 40 tonnes it knew had failed a moisture test", "allegation", "The lawsuit"
        ),
        statement("s3", "h", "Corder Mills had ignored three complaints", "allegation"),
        statement("s4", "c", answer, "denial"),
    ]
    sentences = [
        0,
        text.index("Hollin"),
        text.index("The lawsuit"),
        text.index("The bakery"),
        text.index("Corder Mills said"),
    ]
    Answers(statements, PARTIES, text, sentences).link()
    return statements[-1].disputes


def test_an_answer_to_the_lawsuit_answers_all_its_charges():
    assert disputed("the lawsuit was without foundation") == ["s1", "s2", "s3"]


def test_an_answer_to_a_suit_told_apart_by_a_word_answers_that_suits_words_alone():
    assert disputed("the new lawsuit was without foundation") == ["s2"]


def test_an_answer_that_only_mentions_the_lawsuit_answers_its_words_alone():
    assert disputed("no one had read the lawsuit to it") == ["s2"]
