"""A barrister or solicitor, like a lawyer, speaks for the client the text gives her ("Pike's barrister, Simon Hale
KC,", "a solicitor for the family"): the development set's annotators give British and Commonwealth court
reporting's barristers their client as ``on_behalf_of`` (issue 13, who disputed whom). "Defence barrister X" names a
side of the courtroom, no party. Sentences written for these tests, in a British court reporter's style, a regional
paper's live blog and an Australian wire's."""

import pytest
from extract_support import MODELS, behalf, run, speaker


@pytest.mark.parametrize("model", MODELS)
def test_the_defendants_barrister_speaks_for_the_defendant(model):
    x = run(
        "Roofer denies manslaughter over labourer's fall\n\n"
        "A roofer has gone on trial at Bradford Crown Court accused of the manslaughter of a labourer who fell "
        "from scaffolding.\n\n"
        "Darren Pike, 51, of Shipley, denies gross negligence manslaughter.\n\n"
        'Pike\'s barrister, Simon Hale KC, said his client "deeply regrets" what happened but was not to blame.',
        model,
    )
    assert speaker(x, "deeply regrets") == "Simon Hale"
    assert behalf(x, "deeply regrets") == "Darren Pike"


def test_a_solicitor_for_the_family_speaks_for_the_family():
    x = run(
        "Inquest told of hospital delays\n\n"
        "An inquest in Preston heard on Tuesday that a grandmother waited nine hours for a bed.\n\n"
        "The family's solicitor, Nadia Okafor, said the hospital had been warned about the delays in 2021."
    )
    assert behalf(x, "warned about the delays") == "family"


def test_a_defence_barrister_names_no_client_by_the_side():
    x = run(
        "Charity boss jailed for fraud\n\n"
        "10.52am Defence barrister Simon Greaves KC is giving mitigation. He says Ashdown always intended to pay "
        "the money back."
    )
    assert behalf(x, "always intended") is None
