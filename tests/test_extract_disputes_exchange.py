"""A back-and-forth (issue 13, denials and dispute links), on sentences written for these tests in several styles.

A side that denied goes on answering when the other side speaks again: its next words that take up the other
side's words are a denial too, answering them ("Voltride denied the claims. The riders' lawyer said ... . Voltride
said the logs counted every restart as a failure"). And what contradicts a flat denial ("denied that it had cut
any nurses") restates the charge: it answers the account given with the denial, never the denial itself.
"""

import pytest
from extract_support import MODELS, disputed, run, said

EXCHANGES = [
    (  # a court story
        "Scooter suit\n\nRiders suing Voltride say its scooters' brakes failed at least 40 times last year. Voltride "
        "denied the claims on Monday. The riders' lawyer, Ines Marlow, said the company's own repair logs showed "
        "40 brake failures. Voltride said the repair logs counted every routine brake adjustment as a failure.",
        "counted every routine brake adjustment",
        "40 brake failures",
    ),
    (  # a council story
        "Pool closure\n\nParents said the town had closed the Elm Street pool without a public hearing. Town manager "
        "Carla Ruiz rejected that account. A parents' group said the closure notice was posted only on the town's "
        "website. Ruiz said the closure notice had also been mailed to every household in August.",
        "mailed to every household",
        "posted only on the town's website",
    ),
    (  # a sports feud in quotes
        'Transfer row\n\nStriker Nia Obi said Harbor FC had promised her a new contract in May. "That never '
        "happened,\" the club said in a statement. Obi's agent said the contract offer was in an email from the "
        "club's sporting director. \"The sporting director's email was a list of options, nothing more,\" the club "
        "said.",
        "a list of options, nothing more",
        "contract offer was in an email",
    ),
]


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("text, answer, answered", EXCHANGES)
def test_a_side_that_denied_answers_again_when_the_other_side_speaks_again(model, text, answer, answered):
    x = run(text, model)
    assert said(x, answer).kind == "denial"
    assert any(answered in t for t in disputed(x, answer)), disputed(x, answer)


@pytest.mark.parametrize("model", MODELS)
def test_what_contradicts_a_flat_denial_answers_the_account_given_with_it(model):
    x = run(
        "Night shifts\n\nThe nurses' union said St. Brendan's Hospital had cut 30 night nurses since March. The "
        "hospital denied that it had cut any night nurses. It said every vacancy had been filled by rehired "
        "nurses. The union denied that any night nurses had been rehired.",
        model,
    )
    answered = disputed(x, "any night nurses had been rehired")
    assert any("every vacancy" in t for t in answered), answered
    assert not any("had cut any night nurses" in t for t in answered), answered


ALLIES = [
    (  # politics: a ministry denies, the Treasury holds the same line
        "Opposition leader Dana Reyes accused the finance ministry of hiding the size of the deficit. "
        '"There is no truth in these claims," a ministry spokesman said on Tuesday. '
        "The Treasury has maintained that the deficit figures were published in full in March.",
        "deficit figures were published in full",
        "hiding the size of the deficit",
    ),
    (  # police: the force denies, the officers' federation backs it
        "Relatives of the driver accused Ashford police of using excessive force during the arrest. "
        '"That account is not accurate," a police spokesman said. '
        "The Police Federation has maintained that the officers followed their training throughout.",
        "officers followed their training",
        "using excessive force",
    ),
    (  # local government: the council denies, "the authority" goes on with its case
        "Residents alleged that Brenton Council had ignored warnings about the bridge for years. "
        '"We reject these claims," a council spokesperson said. '
        "The authority has maintained that every inspection was carried out on schedule.",
        "every inspection was carried out",
        "ignored warnings about the bridge",
    ),
]


@pytest.mark.parametrize("text, answer, accusation", ALLIES)
def test_a_counter_after_an_allys_denial_answers_the_accuser_not_the_denial(text, answer, accusation):
    """ "Maintained", "insisted" set words against what was just said; when that was a denial of someone else's
    charge, the speaker holds the denier's line (heldout12: "The cloud major has maintained that it took action
    because ...", after an AWS spokesperson's denial, was drawn as disputing it, and AWS as disputing that)."""
    x = run(text)
    targets = disputed(x, answer)
    assert targets and all(accusation in t for t in targets), targets
