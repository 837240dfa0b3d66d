"""Text set in capitals (issue 13, item 1): a TV script's lines and its captions are read like any copy.

The English model reads a line in capitals as a run of names with no verb, so no cue and no statement came
out of it. Capital lines are parsed through a copy in ordinary case with the same offsets, so every span
still selects the article's own words. A caption ("SUPER: ...") names who speaks in the sound bite quoted
under it. Script written for these tests.
"""

import pytest

from kg.extract.casing import readable
from tests.extract_support import MODELS, run, said

SCRIPT = (
    "HARBOR FERRY STRIKE -- VO/SOT -- 6PM\n\n"
    "[ANCHOR ON CAM]\n"
    "THE FERRY WORKERS' UNION WALKED OFF THE JOB THIS MORNING. THE UNION SAID THE OPERATOR HAD CUT "
    "CREWS BELOW THE SAFE MINIMUM.\n\n"
    "[SOT: PICKET LINE, TODAY]\n"
    "SUPER: Dana Whitlock, union president\n"
    '"We warned them in March. Nobody listened."\n\n'
    "[SOT: PRESS BRIEFING, TODAY]\n"
    "SUPER: Spokesman for Harbor Ferries\n"
    '"Every crossing today had a full crew."\n\n'
    "[VO]\n"
    "A SPOKESMAN FOR HARBOR FERRIES TOLD US THE COMPANY WOULD MEET THE UNION ON FRIDAY.\n"
)


def test_a_readable_copy_keeps_every_offset():
    text = "The union met Monday with Harbor Ferries.\n\nTHE UNION SAID HARBOR FERRIES CUT CREWS. Ok.\n"
    copy = readable(text)
    assert len(copy) == len(text)
    assert copy.lower() == text.lower()
    assert copy.splitlines()[2] == "The union said Harbor Ferries cut crews. Ok."
    assert readable("Nothing here is set in capitals.") == "Nothing here is set in capitals."


@pytest.mark.parametrize("model", MODELS)
def test_a_line_in_capitals_yields_its_statement(model):
    x = run(SCRIPT, model)
    s = said(x, "CUT CREWS BELOW THE SAFE MINIMUM")
    assert s.text == "THE OPERATOR HAD CUT CREWS BELOW THE SAFE MINIMUM"
    assert s.cue is not None and s.cue.text == "SAID"
    assert said(x, "WOULD MEET THE UNION").text == "THE COMPANY WOULD MEET THE UNION ON FRIDAY"


@pytest.mark.parametrize("model", MODELS)
def test_a_caption_names_the_speaker_of_the_bite_under_it(model):
    x = run(SCRIPT, model)
    first, second = said(x, "We warned them"), said(x, "Nobody listened")
    assert x.party(first.speaker).name == "Dana Whitlock"
    assert second.speaker == first.speaker and second.continues == first.id
    spokesman = x.party(said(x, "full crew").speaker)
    assert spokesman.role == "spokesman"
    assert x.party(spokesman.affiliation or "").name.lower() == "harbor ferries"
