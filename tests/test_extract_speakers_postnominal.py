"""Letters after a person's name say what she is, not who (issue 13, item 5), on sentences written for these tests
in a sentencing report, a parliamentary sketch and a honours-list brief: "Simon Greaves KC" is Simon Greaves, the
"Mr Greaves" of the next paragraph and the "Greaves" of a later one, so his words are one party's.
"""

import pytest
from extract_support import MODELS, run, said


@pytest.mark.parametrize("model", MODELS)
def test_counsels_letters_are_not_his_surname(model):
    x = run(
        "Treasurer who stole from hospice jailed\n\n"
        "Defending, Simon Greaves KC said Ashdown had always intended to pay the money back.\n\n"
        "Mr Greaves said his client's gambling had taken over his life after his wife died.",
        model,
    )
    first = x.party(said(x, "always intended to pay").speaker)
    assert first.name == "Simon Greaves"
    assert said(x, "taken over his life").speaker == first.id


@pytest.mark.parametrize("model", MODELS)
def test_a_members_letters_after_a_comma_are_dropped(model):
    x = run(
        "Ferry row\n\nAnn Lee, MP, said the timetable had been cut without consultation. Lee said the company had "
        "ignored three letters.",
        model,
    )
    lee = x.party(said(x, "cut without consultation").speaker)
    assert lee.name == "Ann Lee"
    assert said(x, "ignored three letters").speaker == lee.id


@pytest.mark.parametrize("model", MODELS)
def test_an_honours_letters_are_dropped(model):
    x = run("Honours\n\nDame Joan Hart DBE said the award belonged to the nurses she trained.", model)
    assert x.party(said(x, "the award belonged").speaker).name in ("Joan Hart", "Dame Joan Hart")
