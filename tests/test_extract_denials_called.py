"""Calling the other side's words or judgement something answers it (issue 13, denials), on sentences written
for these tests in several styles: "called the residents' figures 'scaremongering'" (words a plural possessive
owns), "called the fine 'disproportionate'", "called the retraction premature", "called the league's investigation
'a witch hunt'" (a judgement passed on the speaker's side, called something as words are); a deed called
something ("called the shutdown 'an attack'") stays a charge of its own, and words called fair are granted.
"""

import pytest
from extract_support import MODELS, disputed, run, said

CALLED = [
    (  # local news, a plural possessive
        "Townhouse plan\n\nResidents of Station Street said their own counts found more than 300 cars in the morning "
        'peak. The developer, Ridgeline Homes, called the residents\' figures "scaremongering" on Tuesday.',
        "scaremongering",
        "found more than 300 cars",
    ),
    (  # a business wire, a fine
        "DUBLIN (Wire) — The Data Protection Commission said on Monday that Pacewell Technologies had shared its "
        "users' locations with advertisers without consent, and fined the company 4 million euros. Pacewell's chief "
        'executive, Orla Byrne, said the company would challenge the decision in court, calling the fine "out of all '
        'proportion."',
        "out of all proportion",
        "shared its users' locations",
    ),
    (  # science news, a retraction
        "Panel finds duplicated images\n\nThe Halden Institute's research-integrity panel said Dr. Ines Vall's nap "
        "study contained duplicated images, and the institute retracted the paper on Monday. Vall called the "
        "retraction premature.",
        "premature",
        "contained duplicated images",
    ),
    (  # sport, an investigation
        "Cup row\n\nThe league said on Friday that Harbour City had fielded an ineligible player in the semi-final. "
        "Harbour City's chairman, Dave Moss, called the league's investigation \"a witch hunt from start to finish.\"",
        "witch hunt",
        "fielded an ineligible player",
    ),
]


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("text, answer, answered", CALLED)
def test_calling_the_other_sides_words_or_judgement_something_denies_them(model, text, answer, answered):
    x = run(text, model)
    assert said(x, answer).kind == "denial"
    assert any(answered in t for t in disputed(x, answer)), disputed(x, answer)


@pytest.mark.parametrize("model", MODELS)
def test_a_deed_called_something_is_a_charge_and_words_called_fair_are_granted(model):
    x = run(
        "Hosting row\n\nCloudpeak said it had suspended Chatter's account for hosting threats. Chatter's founder "
        'called the shutdown "an attack on free speech." The regulator called the company\'s figures fair.',
        model,
    )
    assert said(x, "an attack on free speech").kind == "allegation"
    assert said(x, "fair").kind != "denial"
