"""How answers are recognised and what they answer (issue 13, item 2), on sentences written for
these tests: the grounds a speaker gives right after denying are part of the denial, and a quoted
"They ..." that charges the other side is an accusation.
"""

import pytest
from extract_support import disputed, run, said


@pytest.mark.parametrize(
    "text, grounds, accusation",
    [
        (
            "Tenants say heaters were ignored\n\nA tenants' lawyer, Rosa Imrie, said Coldbrook Properties had ignored broken heaters for a "
            "month.\n\nColdbrook Properties denied that it had ignored the heaters. In an email, the company said "
            "its engineers had visited every flat within two days.",
            "its engineers had visited every flat",
            "had ignored broken heaters",
        ),
        (
            "Ballot row\n\nThe Reyes campaign said the county clerk had thrown out 200 ballots.\n\nThe clerk, "
            "Ada Pell, disputed that account, saying the ballots had been set aside for a signature check.",
            "the ballots had been set aside",
            "had thrown out 200 ballots",
        ),
        (
            "Expenses row\n\nThe board of Halden Foods said its founder, Ines Halden, had charged $300,000 in "
            'personal expenses to the company.\n\nMs. Halden called the board\'s findings "a smear." She said every '
            "charge had been approved by the finance department.",
            "every charge had been approved",
            "had charged $300,000",
        ),
    ],
)
def test_grounds_given_right_after_a_denial_deny_what_it_denied(text, grounds, accusation):
    x = run(text)
    assert said(x, grounds).kind == "denial"
    assert any(accusation in t for t in disputed(x, grounds)), disputed(x, grounds)


@pytest.mark.parametrize(
    "text, other",
    [
        (
            "Heater row\n\nA tenants' lawyer said Coldbrook Housing had ignored broken heaters.\n\nColdbrook "
            "Housing denied that it had ignored the heaters. The company also said it would build 40 new flats "
            "next year.",
            "it would build 40 new flats",
        ),
        (
            "Ballot row\n\nThe Reyes campaign said the clerk had thrown out 200 ballots.\n\nThe clerk, Ada Pell, "
            "denied that. Her deputy, Tom Ruiz, said turnout had been the highest in a decade.",
            "turnout had been the highest",
        ),
    ],
)
def test_another_matter_or_another_speaker_after_a_denial_is_no_denial(text, other):
    assert said(run(text), other).kind == "claim"


@pytest.mark.parametrize(
    "text, charge, neutral",
    [
        (
            'Union row\n\n"They cut our breaks to meet the quota," said Lena Brock, a packer at Holt Foods. '
            '"They can say what they like about safety."',
            "They cut our breaks",
            "They can say what they like",
        ),
        (
            'Stadium row\n\n"They hid the cost overruns from the council," council member Joe Amin said of the '
            'stadium board. "They could still fix this."',
            "They hid the cost overruns",
            "They could still fix this",
        ),
    ],
)
def test_a_quoted_they_doing_something_is_an_accusation(text, charge, neutral):
    x = run(text)
    assert said(x, charge).kind == "allegation"
    assert said(x, neutral).kind == "claim"


@pytest.mark.parametrize(
    "text, reply, answered",
    [
        (
            "Transfer row\n\nThe agent, Lara Quinn, said the club had promised her client a new contract in May."
            "\n\nAsked about that account, the club's director, Piet Maas, said the talks had never reached numbers.",
            "the talks had never reached numbers",
            "had promised her client a new contract",
        ),
        (
            "Noise row\n\nAn engineer hired by the neighbours, Ivo Brandt, said the plant's fans broke the night "
            "limit.\n\nThe plant's manager, Sara Holm, told of Brandt's findings, said the fans were switched off "
            "at ten every night.",
            "the fans were switched off",
            "broke the night limit",
        ),
    ],
)
def test_a_reply_to_the_other_sides_words_put_to_its_speaker_is_a_denial(text, reply, answered):
    x = run(text)
    assert said(x, reply).kind == "denial"
    assert any(answered in t for t in disputed(x, reply)), disputed(x, reply)


def test_a_question_that_names_nobody_of_the_other_side_makes_no_denial():
    x = run(
        "Transfer row\n\nThe agent, Lara Quinn, said the club had promised her client a new contract.\n\nAsked "
        "about the new stadium, the club's director, Piet Maas, said it would open in August."
    )
    assert said(x, "it would open in August").kind == "claim"


@pytest.mark.parametrize(
    "text, denial, contradicted, other",
    [
        (
            "Ballot row\n\nThe Reyes campaign said a courier had brought 300 ballots a day late and that the clerk had "
            "refused to count them. A campaign spokesman said the campaign was considering legal action.\n\nThe "
            "clerk, Ada Pell, denied that her office had refused to count the ballots.",
            "her office had refused to count the ballots",
            "refused to count them",
            "considering legal action",
        ),
        (
            "Pool row\n\nThe lifeguards' union said the pool's chlorine pump had failed twice in June. The union also "
            "said it would hold a vote in July.\n\nThe city denied that the chlorine pump had ever failed.",
            "the chlorine pump had ever failed",
            "chlorine pump had failed twice",
            "hold a vote in July",
        ),
    ],
)
def test_a_denial_disputes_the_claims_it_contradicts_not_the_latest_one(text, denial, contradicted, other):
    x = run(text)
    targets = disputed(x, denial)
    assert any(contradicted in t for t in targets) and not any(other in t for t in targets), targets


@pytest.mark.parametrize(
    "text, words",
    [
        (
            "Noise row\n\nAn engineer for the neighbours, Ivo Brandt, said the wind farm's study had used the wrong "
            'turbine.\n\n"We have been open about every assumption and we stand behind our study," the company, '
            "Prairie Wind, said.",
            "we stand behind our study",
        ),
        (
            "Audit row\n\nThe auditor, Lena Park, said the district had hidden $2 million in fees.\n\n"
            '"I stand behind every figure in that budget," said Omar Reyes, the district treasurer.',
            "I stand behind every figure",
        ),
    ],
)
def test_standing_behind_ones_words_answers_the_other_side(text, words):
    x = run(text)
    assert said(x, words).kind == "denial"


@pytest.mark.parametrize(
    "text, words, answered",
    [
        (
            "Turbine row\n\nThe developer, Prairie Wind, said the turbines would stay below 40 decibels at every "
            'home.\n\n"They modeled a quieter machine," the neighbours\' engineer, Ivo Brandt, said. "The numbers are '
            'wrong."',
            "The numbers are wrong",
            "would stay below 40 decibels",
        ),
        (
            "Budget row\n\nThe mayor, Ada Lind, said the new stadium would bring in $40 million a year.\n\nCouncil "
            'member Joe Amin said: "Those figures are false."',
            "Those figures are false",
            "would bring in $40 million",
        ),
    ],
)
def test_calling_the_other_sides_figures_wrong_disputes_them(text, words, answered):
    x = run(text)
    assert said(x, words).kind == "denial"
    assert any(answered in t for t in disputed(x, words)), disputed(x, words)
