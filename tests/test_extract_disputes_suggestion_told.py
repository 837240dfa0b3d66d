""" "The suggestion that X" sharing no words with what the other side said answers what that side had just told
(issue 13, targets), on sentences written for these tests in several outlets' styles.

An answer that spells out the words it rejects answers the statements saying them; when none shares its words
("rejected the suggestion that the authority had ignored warnings" after "Teachers told them this system wasn't
ready"), and none was read as a charge, it answers the account the other side had just told, all of it, as
"rejected that account" does, not only its last sentence.
"""

import pytest
from extract_support import answers, run

CASES = [
    pytest.param(
        (
            "Teachers at Kowhai College say problems with a new marking system were raised long before results "
            "went out.\n\n"
            "Union delegate Mere Tipene said staff had flagged the software at a trial in March. "
            '"We told them it was not ready and they carried on," she said.\n\n'
            "The exam board rejected the suggestion that it had brushed concerns aside."
        ),
        "the suggestion that it had brushed concerns aside",
        ("flagged the software at a trial", "not ready and they carried on"),
        (),
        id="education_the_suggestion_answers_the_account_just_told",
    ),
    pytest.param(
        (
            "Fishermen in Port Alma say the harbour authority knew for weeks that the breakwater was cracking.\n\n"
            "Skipper Dan Hewitt said crews had photographed the damage in January. "
            '"Every boat in this harbour saw it, and they did nothing," he said.\n\n'
            "The authority dismissed the suggestion that it had been slow to act."
        ),
        "the suggestion that it had been slow to act",
        ("photographed the damage", "did nothing"),
        (),
        id="regional_the_suggestion_answers_every_sentence_of_the_skipper",
    ),
]


@pytest.mark.parametrize(("text", "answer", "meant", "not_meant"), CASES)
def test_the_suggestion_answers_what_was_told(
    text: str, answer: str, meant: tuple[str, ...], not_meant: tuple[str, ...]
) -> None:
    answers(run(text), answer, meant=meant, not_meant=not_meant)
