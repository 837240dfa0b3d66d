"""Grounds given right after a denial that only points back ("rejected that account", "denied that") answer all
that the pointer reached (issue 13, targets), on sentences written for these tests in several outlets' styles.

"Brightwell rejected that account. Its manager said wages had been paid on the agreed date": the manager's words
carry the rejection of the whole account, not only the sentence of it they share words with.
"""

from extract_support import answers, run

from kg.extract.disputes import Answers
from kg.extract.model import Party, Statement


def test_business_grounds_after_that_account_answer_the_whole_account():
    text = (
        "Cleaners at the Harbourside offices said on Monday that their wages had been paid late for three months. "
        "They said supervisors had cut their hours without notice.\n\n"
        "Brightwell Facilities, which employs them, rejected that account. Its operations manager, Ama Osei, said "
        "wages had been paid on the agreed date in each of the three months."
    )
    answers(run(text), "wages had been paid on the agreed date", meant=("paid late", "cut their hours"))


def test_grounds_after_a_bare_that_that_found_nothing_answer_on_their_own():
    """Statements built by hand: the parse left the bare "that" with nothing it points at (here it reads as no
    answer at all), so the grounds given with it ("saying the union had played no part") answer on their own words,
    not carry its empty answer."""
    text = (
        "The union says the company cut the night shift to punish its members. The company's founder went further "
        "on Sunday night. The company rejected that on Monday, saying the union had played no part in the decision."
    )
    parties = [Party("p1", "union", "Organization"), Party("p2", "company", "Organization")]
    said = [
        ("s1", "p1", "allegation", "the company cut the night shift to punish its members"),
        ("s2", "p2", "claim", "that on Monday"),
        ("s3", "p2", "denial", "the union had played no part in the decision"),
    ]
    statements = [Statement(i, who, kind, w, text.index(w), text.index(w) + len(w), False) for i, who, kind, w in said]  # type: ignore[arg-type]
    answers = Answers(statements, parties, text, [0, text.index("The company's"), text.index("The company rejected")])
    answers.carried["s3"] = "s2"
    answers.link()
    assert statements[2].disputes == ["s1"]
