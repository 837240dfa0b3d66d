"""A denial of a document the answer tells apart by a word ("the amended suit") disputes that document's words, on
sentences written for these tests: a refiled suit's charges, not the first suit's, whatever the text called each."""

import pytest
from extract_support import MODELS, answers, run

REFILED = (
    "Bakery feud moves courts\n\n"
    "Loafline's first complaint, filed in Dover on May 3, said Crumbworks had cut off its deliveries without notice. "
    "The suit also claimed the bakery broke its supply contract.\n\n"
    "Loafline dropped that case in June. Its amended complaint, filed in Kent County on July 9, says:\n\n"
    '"Crumbworks invented the late payments. Loafline paid every invoice on time, and Crumbworks knew it."\n\n'
    "A Crumbworks spokeswoman said the amended suit was groundless too."
)


@pytest.mark.parametrize("model", MODELS)
def test_the_amended_suit_is_the_amended_complaint_s_words(model):
    answers(
        run(REFILED, model),
        "groundless too",
        meant=("invented the late payments", "paid every invoice"),
        not_meant=("broke its supply contract", "without notice"),
    )
