"""Who speaks when a company's people are named by the company (issue 13, item 5), on sentences written for these
tests: a capitalised word of a name that the tagger reads as a common noun ("Web" in "An Amazon Web Services
spokesperson", "Building" in "A Northern Rock Building Society spokeswoman") is still a word of the name, so the
spokesperson speaks for the company the article named, not for a clipped "Amazon Services"; and a team inside a
company or around a person ("AWS's trust and safety team", "Islandlink's customer team", "the senator's legal
team") speaks on its owner's behalf, so the owner's own denial never disputes what its team said.
"""

import pytest
from extract_support import MODELS, behalf, disputed, run, speaker


@pytest.mark.parametrize("model", MODELS)
def test_a_common_noun_inside_a_company_name_stays_in_it(model):
    x = run(
        "Parler sues Amazon\n\n"
        "Parler said Amazon Web Services had cut it off to help Twitter.\n\n"
        "Update 4:10 p.m.: An Amazon Web Services spokesperson sent a statement saying the company had acted "
        "within its rights.",
        model,
    )
    assert behalf(x, "acted within its rights") == "Amazon Web Services"
    assert speaker(x, "acted within its rights") == "Amazon Web Services spokesperson"


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize(
    ("text", "words", "body"),
    [
        (
            "Hosting\n\nThe dispute began in May. A Blue Sky Web Hosting spokesman said the company had given notice.",
            "had given notice",
            "Blue Sky Web Hosting",
        ),
        (
            "Rates\n\nA Northern Rock Building Society spokeswoman said the rate cut would be passed on in full.",
            "passed on in full",
            "Northern Rock Building Society",
        ),
    ],
)
def test_a_spokesperson_speaks_for_the_whole_name(model, text, words, body):
    x = run(text, model)
    assert behalf(x, words) == body
    assert speaker(x, words) == f"{body} spokesperson"


@pytest.mark.parametrize("model", MODELS)
def test_a_companys_team_speaks_for_it_and_its_denial_spares_it(model):
    x = run(
        "Hosting row\n\n"
        "Parler said Amazon Web Services had cut it off to help Twitter. In a letter, AWS's trust and safety team "
        "wrote that Parler had left violent posts online. An AWS spokesperson said there was no merit to Parler's "
        "claims.",
        model,
    )
    assert behalf(x, "left violent posts online") == "Amazon Web Services"
    assert disputed(x, "no merit") == ["Amazon Web Services had cut it off to help Twitter"]


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize(
    ("text", "words", "owner"),
    [
        (
            "Ferry cancellations\n\nPassengers said Islandlink had cancelled 40 sailings without warning. "
            "Islandlink's customer team said every passenger had been sent a text message.",
            "sent a text message",
            "Islandlink",
        ),
        (
            "WASHINGTON (AP) — Sen. Ruth Calloway faced questions on Tuesday about a donor's gifts. Calloway's legal "
            "team said every gift had been declared on time.",
            "declared on time",
            "Ruth Calloway",
        ),
    ],
)
def test_a_team_speaks_on_its_owners_behalf(model, text, words, owner):
    assert behalf(run(text, model), words) == owner
