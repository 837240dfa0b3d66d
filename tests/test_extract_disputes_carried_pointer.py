"""Grounds given right after a denial that only points back ("rejected that account", "denied that") answer all
that the pointer reached (issue 13, targets), on sentences written for these tests in several outlets' styles.

"Brightwell rejected that account. Its manager said wages had been paid on the agreed date": the manager's words
carry the rejection of the whole account, not only the sentence of it they share words with.
"""

from extract_support import answers, run


def test_business_grounds_after_that_account_answer_the_whole_account():
    text = (
        "Cleaners at the Harbourside offices said on Monday that their wages had been paid late for three months. "
        "They said supervisors had cut their hours without notice.\n\n"
        "Brightwell Facilities, which employs them, rejected that account. Its operations manager, Ama Osei, said "
        "wages had been paid on the agreed date in each of the three months."
    )
    answers(run(text), "wages had been paid on the agreed date", meant=("paid late", "cut their hours"))
