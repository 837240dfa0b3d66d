"""Two things that look like speech and are not (issue 13, items 3 and 4), on sentences written for these tests:
removing someone from a post with a denial verb ("the board dismissed co-founder John Matze", "the panel rejected
both candidates") is an action, not a denial, while "dismissed the claims as baseless" still answers; and a place
in capitals opening the body with a colon ("SAN FRANCISCO: Parler came back online ...", the house style of
several Asian and African outlets) is a dateline, not a speaker, while a transcript's capitals still speak.
"""

import pytest
from extract_support import MODELS, run, said, speaker


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize(
    ("text", "action"),
    [
        (
            "Parler returns\n\nMark Meckler took over after the board dismissed co-founder John Matze late last month. "
            "Matze said he was pushed out over content rules.",
            "co-founder John Matze",
        ),
        (
            "Club in turmoil\n\nLEEDS — Harrowgate Town dismissed manager Ian Ross on Sunday. Ross said the board had "
            "never backed him.",
            "manager Ian Ross",
        ),
        (
            "Council picks no one\n\nThe appointments panel rejected both candidates on Tuesday, and the clerk said "
            "the post would be advertised again.",
            "both candidates",
        ),
    ],
)
def test_removing_someone_from_a_post_is_no_denial(model, text, action):
    x = run(text, model)
    assert all(action not in s.text for s in x.statements), [(s.text, s.kind) for s in x.statements]
    assert not any(s.kind == "denial" for s in x.statements)


@pytest.mark.parametrize("model", MODELS)
def test_dismissing_a_claim_as_something_still_denies_it(model):
    x = run(
        "Moderation row\n\nMatze said AWS had never raised the posts. Amazon dismissed his account as fiction.", model
    )
    assert said(x, "his account").kind == "denial"


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("place", ["SAN FRANCISCO", "NAIROBI", "SINGAPORE"])
def test_a_colon_dateline_is_no_speaker(model, place):
    x = run(
        "Parler back online\n\n"
        f"{place}: Parler came back online on Monday, a month after Amazon Web Services stopped hosting it.\n\n"
        'The company said it had rebuilt on "independent technology".',
        model,
    )
    assert all(x.party(s.speaker).name.upper() != place for s in x.statements)
    assert speaker(x, "independent technology") == "Parler"


@pytest.mark.parametrize("model", MODELS)
def test_a_transcripts_capitals_still_speak(model):
    x = run(
        "Interview\n\n"
        "LEDGER: Why did Amazon cut you off?\n\n"
        "MATZE: They wanted to kill a competitor before it grew.\n\n"
        "LEDGER: Amazon says you left violent posts up.\n\n"
        "MATZE: We took down everything they flagged.",
        model,
    )
    assert speaker(x, "kill a competitor") in ("MATZE", "Matze")
