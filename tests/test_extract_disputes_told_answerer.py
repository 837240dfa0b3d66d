"""An account pointed back at ("rejected that account") that named the answerer earlier than its last paragraph
is the part that named it (issue 13, targets), on sentences written for these tests in several outlets' styles.

When the last paragraph the other side told says nothing of the answerer ("When the money comes, everyone will be
paid"), the account the answerer rejects is what that side said of it since the answerer last spoke: the
sentences that named it, all their statements, not the promise that closed the story.
"""

import pytest
from extract_support import answers, run

CASES = [
    pytest.param(
        (
            "Dockworkers at the port of Tema say they have not been paid overtime since March.\n\n"
            "The stevedoring firm's manager, Kofi Mensah, said the shipping line Atlas Maritime had not settled its "
            "handling invoices for six months.\n\n"
            "Volunteers from the union handed out food parcels at the gate on Friday.\n\n"
            '"When the invoices are settled, every worker will be paid," Mensah said. "We are not going anywhere."\n\n'
            "Atlas Maritime rejected that account."
        ),
        "that account",
        ("not settled its handling invoices",),
        ("every worker will be paid", "not going anywhere"),
        id="business_the_account_is_what_named_the_answerer",
    ),
    pytest.param(
        (
            "The school's head teacher, Grace Lwanda, blamed the catering contractor Brightplate for the outbreak, "
            "saying its van had delivered the lunches two hours late on a hot day.\n\n"
            "Parents were told on Monday that classes would resume.\n\n"
            '"The children are recovering well," Lwanda said. "We will reopen the kitchen when it is safe."\n\n'
            "Brightplate disputed that account."
        ),
        "that account",
        ("delivered the lunches two hours late",),
        ("recovering well",),
        id="schools_a_closing_reassurance_is_not_the_account_disputed",
    ),
]


@pytest.mark.parametrize(("text", "answer", "meant", "not_meant"), CASES)
def test_the_account_of_the_answerer_is_answered(
    text: str, answer: str, meant: tuple[str, ...], not_meant: tuple[str, ...]
) -> None:
    answers(run(text), answer, meant=meant, not_meant=not_meant)
