"""A singular anaphor naming no owner, or a bare "that", answers what was told in the last paragraph (issue 13,
targets), on sentences written for these tests in several outlets' styles.

"Rejected that account", "denied the accusation" point back at an account as it was just told, however many
sentences it took: every statement of that paragraph, not its last sentence only. They do not reach a paragraph
further back, unless the last holds only quoted words closing the account told before it, and the words the
reply goes on with do not turn them to an earlier accuser's charge; words naming whose account it is ("the
council's account") are read by whom they name.
"""

import pytest
from extract_support import answers, run

CASES = [
    pytest.param(
        (
            "Tenants at Larchmont Court have complained for months about conditions in the block.\n\n"
            "Ruth Okafor, who chairs the tenants' association, said the heating had failed in November and that nobody "
            "came for three weeks. She said families had been told to buy electric heaters themselves.\n\n"
            "Greyfield Homes, which owns the block, rejected that account."
        ),
        "that account",
        ("the heating had failed", "buy electric heaters"),
        (),
        id="local_news_that_account_answers_every_sentence_of_it",
    ),
    pytest.param(
        (
            "MADRID (Iberia Sports Wire) - A cycling team has been accused of doping by a former rider.\n\n"
            "Former rider Tomas Ribera said the team doctor had handed out unmarked pills before mountain stages. "
            'He said riders who refused were "left out of the Tour squad."\n\n'
            "Team Alcor denied the accusation."
        ),
        "the accusation",
        ("unmarked pills", "left out of the Tour squad"),
        (),
        id="sport_the_accusation_answers_the_whole_of_what_was_just_told",
    ),
    pytest.param(
        (
            "Marlow Freight drivers walked out on Monday.\n\n"
            "Union organiser Jana Pohl said the union had more than 400 members at the Daventry depot.\n\n"
            "Pohl said managers had cut drivers' rest breaks to twenty minutes. She said drivers were fined for arriving "
            "late even when roads were closed.\n\n"
            "Marlow Freight disputed that account."
        ),
        "that account",
        ("rest breaks", "fined for arriving late"),
        ("400 members",),
        id="business_an_account_does_not_reach_an_earlier_paragraph",
    ),
    pytest.param(
        (
            "Parents at Hillcrest Primary accused the school board of hiding asbestos test results from families.\n\n"
            "A former caretaker, Dennis Pryor, said he had seen contractors carry sealed bags out of the boiler room in "
            "August. He said nobody told staff what was in them.\n\n"
            "The board rejected that account, saying every asbestos test result had been posted on its website."
        ),
        "that account",
        ("contractors carry sealed bags", "nobody told staff"),
        ("hiding asbestos",),
        id="schools_the_account_just_told_not_the_earlier_charge_the_reply_takes_up",
    ),
    pytest.param(
        (
            "Fernhill District Council said the library would close because its roof was unsafe and repairs would cost "
            "more than 2 million pounds.\n\n"
            "Dr Ilse Brandt, a structural engineer at Kingsgate University, said flat roofs of that age often needed "
            "replacing.\n\n"
            "Campaigners disputed the council's account."
        ),
        "the council's account",
        ("roof was unsafe",),
        ("flat roofs",),
        id="politics_an_owner_named_is_answered_not_whoever_spoke_last",
    ),
    pytest.param(
        (
            "Staff at Corvel Retail's Leeds store walked out on Saturday.\n\n"
            "Union official Ben Okoro said the company had offered staff a 2% rise and nothing more.\n\n"
            "Shop steward Dina Marsh said managers had cancelled overtime without notice. She said staff were told to "
            "work through their lunch breaks.\n\n"
            "Corvel Retail denied that."
        ),
        "that",
        ("cancelled overtime", "work through their lunch breaks"),
        ("2% rise",),
        id="retail_a_bare_that_reaches_the_last_paragraph_told",
    ),
    pytest.param(
        (
            "Tomato growers in the Salinas valley said their buyer, Fenwick Foods, had cut its price twice this "
            "season.\n\n"
            '"We cannot plant on those numbers," said Alma Reyes, who farms 40 acres near Gonzales.\n\n'
            "Fenwick Foods denied that."
        ),
        "that",
        ("cut its price twice", "cannot plant on those numbers"),
        (),
        id="farming_a_quoted_paragraph_closes_the_account_told_before_it",
    ),
]


@pytest.mark.parametrize(("text", "answer", "meant", "not_meant"), CASES)
def test_what_was_told_is_answered(text: str, answer: str, meant: tuple[str, ...], not_meant: tuple[str, ...]) -> None:
    answers(run(text), answer, meant=meant, not_meant=not_meant)
