"""A place with hyphens in a wire dateline is all dateline (issue 13, item 4), on sentences written for these tests:
in "NEWCASTLE-UPON-TYNE — The head coach of Avonside Rowing Club ...", the hyphen inside the place's name was read
as the dash closing the dateline, and "UPON" became the speaker. The coach, named in the next paragraph as the
club's one head coach, is the speaker.
"""

import pytest
from extract_support import MODELS, run, speaker


@pytest.mark.parametrize("model", MODELS)
def test_a_hyphened_place_in_a_dateline_never_speaks(model):
    x = run(
        "Crew disqualified\n\nNEWCASTLE-UPON-TYNE — The head coach of Avonside Rowing Club went on the attack on "
        "Monday over the disqualification of its crew, insisting his rowers never left their lane.\n\n"
        '"We were in our own water," Avonside\'s head coach, Daniel Mbeki, said.',
        model,
    )
    assert speaker(x, "never left their lane") == "Daniel Mbeki"


@pytest.mark.parametrize("model", MODELS)
def test_a_hyphened_place_in_a_dateline_is_no_speaker_of_the_lede(model):
    x = run(
        "Crew disqualified\n\nNEWCASTLE-UPON-TYNE — The head coach of Avonside Rowing Club went on the attack on "
        "Monday over the disqualification of its crew, insisting his rowers never left their lane.",
        model,
    )
    assert speaker(x, "never left their lane") == "Avonside Rowing Club coach"
