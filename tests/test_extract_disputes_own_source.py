"""Words naming where an answer was given are not what it answers (issue 13, targets), on sentences written for
these tests in several outlets' styles.

"'...,' the statement said. '...'": "the statement" is the answerer's own, the source its words were given in; an
earlier statement of the other side is not thereby answered. And a singular "that account" points back at the
account the other side told, not at a matter it raised apart from it ("X also said ...").
"""

import pytest
from extract_support import answers, run

OWN_SOURCE = [
    pytest.param(
        (
            "Westmoor Dairy said in a statement on Monday that its milk tankers had been turned away at the gate of "
            "the Fenby creamery on four days in March.\n\n"
            'Its owner, Helen Strand, accused Fenby of breaking its supply contract. "We were promised a slot every '
            'morning," she said.\n\n'
            "Fenby, based in Lincoln, rejected the accusations. In a long statement sent to this newspaper, the "
            "company said the tankers had arrived hours late.\n\n"
            '"Every tanker that arrived in its slot was unloaded the same morning," the statement said. "The delays '
            "we have examined were caused by a broken pump at the dairy's own yard and by drivers who never called "
            'ahead."'
        ),
        "The delays we have examined",
        ("breaking its supply contract",),
        ("turned away at the gate",),
        id="business_the_answerers_statement_is_not_the_other_sides",
    ),
]

ANOTHER_MATTER = [
    pytest.param(
        (
            "Orchard grower Lise Vandamme said the new cold store had failed three times in its first month. She "
            "said a whole harvest of pears had gone soft.\n\n"
            'Coldline Systems, which built the store, said the failures had been caused by doors left open. "The '
            'store meets every specification in the contract," the company said.\n\n'
            "Coldline also said Vandamme had not paid the last invoice.\n\n"
            "Vandamme disputed that account."
        ),
        "that account",
        ("meets every specification",),
        ("not paid the last invoice",),
        id="business_that_account_skips_a_matter_set_apart",
    ),
]


@pytest.mark.parametrize(("text", "answer", "meant", "not_meant"), OWN_SOURCE + ANOTHER_MATTER)
def test_what_is_answered(text: str, answer: str, meant: tuple[str, ...], not_meant: tuple[str, ...]) -> None:
    answers(run(text), answer, meant=meant, not_meant=not_meant)
