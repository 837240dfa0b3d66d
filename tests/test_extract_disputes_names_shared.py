"""A denial that shares only the parties' names with a charge does not contradict it (issue 13): every statement of
an exchange names its parties, so the contradiction rule reads what a statement is about from its other words.
Sentences written for this test in local news, local government and politics styles."""

import pytest
from extract_support import answers, run


@pytest.mark.parametrize(
    "text, answer, answered, other",
    [
        (  # local news
            "Tenants at Elm Court accused Harlow Properties of ignoring mould in their flats for months. They also "
            "said Harlow Properties had raised rents by 12% in March. A spokesman denied that Harlow Properties had "
            "ignored any report of mould.",
            "had ignored any report of mould",
            "ignoring mould in their flats",
            "raised rents by 12%",
        ),
        (  # local government
            "Councillor Ruth Amis alleged that Westbrook Council had sold the car park below its value. She also "
            "said Westbrook Council had hidden the sale from residents. A spokeswoman denied that Westbrook Council "
            "sold the car park below its value.",
            "Westbrook Council sold the car park",
            "had sold the car park below its value",
            "hidden the sale from residents",
        ),
        (  # politics
            "The opposition alleged that Premier Dana Holt had misled parliament over hospital waiting times. It "
            "also said Premier Dana Holt had used a government plane for a party event. Her office denied that "
            "Premier Dana Holt had misled parliament about waiting times.",
            "misled parliament about waiting times",
            "misled parliament over hospital waiting times",
            "used a government plane",
        ),
    ],
)
def test_a_denial_contradicts_the_charge_it_shares_words_with_not_every_one_naming_the_parties(
    text, answer, answered, other
):
    answers(run(text), answer, (answered,), (other,))
