"""A headline's label that the story never names again is the page's genre or column, not a speaker (issue 13,
statements): "Practice Briefing: Court Lets Insurer Refuse Flood Claims" is no statement of a "Practice Briefing"; a label the
story names again ("Okafor: ..." over a story quoting Grace Okafor) stays the speaker. Written for these tests.
"""

from __future__ import annotations

import pytest
from extract_support import MODELS, run

_BODY = (
    "A High Court judge has ruled that Meridale Insurance was entitled to refuse flood claims from 40 households "
    "in Lower Fenton, finding that the policies excluded water rising from the ground.\n\n"
    "Grace Okafor, who chairs the residents' association, said the ruling was \"a betrayal of every family "
    'that paid its premiums."'
)


@pytest.mark.parametrize("model", MODELS)
def test_a_genre_label_over_a_headline_is_no_speaker(model):
    x = run("Practice Briefing: Court Lets Insurer Refuse Flood Claims\n\n" + _BODY, model)
    assert not any("Court Lets Insurer" in s.text for s in x.statements), [s.text for s in x.statements]
    assert not any(p.name == "Practice Briefing" for p in x.parties)


@pytest.mark.parametrize("model", MODELS)
def test_a_speaker_the_story_names_again_keeps_the_headline(model):
    x = run('Okafor: "We Paid Our Premiums and Got Nothing"\n\n' + _BODY, model)
    headline = [s for s in x.statements if "We Paid Our Premiums" in s.text]
    assert headline and x.party(headline[0].speaker).name == "Grace Okafor", [s.text for s in x.statements]
