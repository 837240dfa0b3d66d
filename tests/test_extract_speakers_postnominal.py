"""Letters after a person's name say what she is, not who (issue 13, item 5), on sentences written for these tests
in a sentencing report, a parliamentary sketch and a honours-list brief: "Simon Greaves KC" is Simon Greaves, the
"Mr Greaves" of the next paragraph, so his words are one party's.
"""

import pytest
from extract_support import MODELS, run, said

LETTERED = [
    (
        "Treasurer who stole from hospice jailed\n\n"
        "Defending, Simon Greaves KC said Ashdown had always intended to pay the money back.\n\n"
        "Mr Greaves said his client's gambling had taken over his life after his wife died.",
        "Simon Greaves",
        ("always intended to pay", "taken over his life"),
    ),
    (
        "Ferry row\n\nAnn Lee, MP, said the timetable had been cut without consultation. Lee said the company had "
        "ignored three letters.",
        "Ann Lee",
        ("cut without consultation", "ignored three letters"),
    ),
]


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize(("text", "name", "words"), LETTERED, ids=["counsel", "member"])
def test_letters_after_a_name_are_not_its_surname(model, text, name, words):
    x = run(text, model)
    first, later = (said(x, w) for w in words)
    assert x.party(first.speaker).name == name
    assert later.speaker == first.speaker


@pytest.mark.parametrize("model", MODELS)
def test_an_honours_letters_are_dropped(model):
    x = run("Honours\n\nDame Joan Hart DBE said the award belonged to the nurses she trained.", model)
    assert x.party(said(x, "the award belonged").speaker).name in ("Joan Hart", "Dame Joan Hart")
