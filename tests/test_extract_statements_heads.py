"""Where a statement begins and ends when its speaker is told around it rather than by one plain verb (issue 13,
goal 1): a second verb of saying with the same pronoun subject ("They said ..., and they called ..."), a participle
naming what it added (", adding claims of retaliation"), words headed by whose they are ("His claim that night:
..."), a colon's lead-in before an aside ("disputes that memory: the trucks, she says, ..."), an account set off
inside the sentence ("The ambush, in his account today, was real"), a lead-in the parse hung on the quotation ("From
the company came a single sentence:"), a denial of a deed ("denied having anything to do with it") and words read
out of a document that names itself in an aside. Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from extract_support import MODELS, claims, run, said, speaker

LEAD = "Harbor Freight Lines, a Portland trucking firm, cut off the drivers' union's account on Sunday.\n\n"


@pytest.mark.parametrize("model", MODELS)
def test_a_second_verb_of_saying_with_the_same_pronoun_is_its_own_statement(model):
    x = run(
        LEAD + "The firm's later filings went further. They said the contract allowed an immediate cutoff for "
        'unpaid bills, and they called the sabotage theory "a fantasy."',
        model,
    )
    assert said(x, "immediate cutoff").text.endswith("for unpaid bills")
    assert said(x, "a fantasy").text.startswith("the sabotage theory")


@pytest.mark.parametrize("model", MODELS)
def test_a_participle_with_its_own_object_reports_nothing_of_its_clause(model):
    found = claims(
        LEAD + "The union dropped its first grievance in March and refiled with the state board, adding claims of "
        "retaliation.",
        model,
    )
    assert not any("refiled with the state board" in words for words in found), found


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize(
    ("heading", "who"),
    [("His claim that night:", "Tom Reyes"), ("Reyes's position on Tuesday:", "Tom Reyes")],
)
def test_words_headed_by_whose_they_are_and_a_setting(heading, who, model):
    x = run(
        LEAD + "Tom Reyes, the union chief, spoke on KXL radio. "
        f'{heading} the big shipping firms had acted together "to crush us."',
        model,
    )
    assert said(x, "shipping firms").text.startswith("the big shipping firms")
    assert speaker(x, "shipping firms") == who
    assert not any(s.text == "night" for s in x.statements)


@pytest.mark.parametrize("model", MODELS)
def test_an_aside_after_a_colon_reports_only_the_words_after_it(model):
    x = run(
        LEAD + "Maria Lopez, a former Harbor dispatcher, was recorded for the union's archive. She disputes the "
        "firm's memory on the same recording: the trucks, she says, were idle all week.",
        model,
    )
    assert said(x, "were idle").text == "the trucks, she says, were idle all week"


@pytest.mark.parametrize("model", MODELS)
def test_an_account_set_off_inside_a_sentence_gives_its_owner_the_sentence(model):
    x = run(
        LEAD + 'On KXL in January the union chief, Tom Reyes, called the cutoff "an ambush." Now his version is '
        "quieter. The ambush, in his account today, was real; the defeat was partly his own.",
        model,
    )
    words = said(x, "defeat was partly")
    assert words.text.startswith("The ambush, in his account today, was real")
    assert speaker(x, "defeat was partly") == "Tom Reyes"


@pytest.mark.parametrize("model", MODELS)
def test_a_lead_in_the_parse_hung_on_the_quotation_still_sends_it(model):
    x = run(LEAD + 'From Harbor Freight came a single sentence: "There is no merit to these claims."', model)
    assert speaker(x, "no merit") == "Harbor Freight Lines"


@pytest.mark.parametrize("model", MODELS)
def test_a_denial_of_doing_something_denies_the_deed(model):
    x = run(
        LEAD + "The union blamed the firm's new owner. The owner, Kestrel Holdings, denied having anything to "
        "do with the decision.",
        model,
    )
    answer = said(x, "anything to do")
    assert answer.text == "having anything to do with the decision" and answer.kind == "denial"


@pytest.mark.parametrize("model", MODELS)
def test_words_read_out_after_a_colon_belong_to_whom_their_aside_names(model):
    x = run(
        "IBM cut off the startup's cloud account on Sunday, and the startup sued.\n\n"
        "This is Cloud Week, with Priya Raman and Tom Oakes.\n\n"
        "[00:00] Cold open. Priya reads the line from the complaint that went around the internet on Monday: IBM's "
        'decision, it says, was "motivated by spite."\n',
        model,
    )
    read = [s for s in x.statements if "motivated by spite" in s.text]
    assert read and all(x.party(s.speaker).name != "Priya Raman" for s in read), [(s.text, s.speaker) for s in read]
