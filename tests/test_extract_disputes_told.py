"""A singular anaphor naming no owner, or a bare "that", answers what was told in the last paragraph (issue 13,
targets), on sentences written for these tests in several outlets' styles.

"Rejected that account", "denied the accusation" point back at an account as it was just told, however many
sentences it took: every statement of that paragraph, not its last sentence only. They do not reach a paragraph
further back, unless the last holds only quoted words closing the account told before it, and the words the
reply goes on with do not turn them to an earlier accuser's charge; words naming whose account it is ("the
council's account") are read by whom they name. When the last paragraph is only quoted words saying nothing of the
answerer ("When the money comes, everyone will be paid"), the account is what that side said naming the answerer
since it last spoke. "The suggestion that X" sharing no words with what the other side said, none of it read as a
charge, answers the account just told as "that account" does, not only its last sentence.
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
    pytest.param(
        (
            "Dockworkers at the port of Tema say they have not been paid overtime since March.\n\n"
            "The stevedoring firm's manager, Kofi Mensah, said the shipping line Atlas Maritime had not settled its "
            "handling invoices for six months.\n\n"
            "Volunteers from the union handed out food parcels at the gate on Friday.\n\n"
            '"When the invoices are settled, every worker will be paid," Mensah said. "We are not going anywhere."\n\n'
            "Atlas Maritime rejected that account."
        ),
        "that account",
        ("not settled its handling invoices",),
        ("every worker will be paid", "not going anywhere"),
        id="business_the_account_is_what_named_the_answerer",
    ),
    pytest.param(
        (
            "The school's head teacher, Grace Lwanda, blamed the catering contractor Brightplate for the outbreak, "
            "saying its van had delivered the lunches two hours late on a hot day.\n\n"
            "Parents were told on Monday that classes would resume.\n\n"
            '"The children are recovering well," Lwanda said. "We will reopen the kitchen when it is safe."\n\n'
            "Brightplate disputed that account."
        ),
        "that account",
        ("delivered the lunches two hours late",),
        ("recovering well",),
        id="schools_a_closing_reassurance_is_not_the_account_disputed",
    ),
    pytest.param(
        (
            "Teachers at Kowhai College say problems with a new marking system were raised long before results "
            "went out.\n\n"
            "Union delegate Mere Tipene said staff had flagged the software at a trial in March. "
            '"We told them it was not ready and they carried on," she said.\n\n'
            "The exam board rejected the suggestion that it had brushed concerns aside."
        ),
        "the suggestion that it had brushed concerns aside",
        ("flagged the software at a trial", "not ready and they carried on"),
        (),
        id="education_the_suggestion_answers_the_account_just_told",
    ),
    pytest.param(
        (
            "Fishermen in Port Alma say the harbour authority knew for weeks that the breakwater was cracking.\n\n"
            "Skipper Dan Hewitt said crews had photographed the damage in January. "
            '"Every boat in this harbour saw it, and they did nothing," he said.\n\n'
            "The authority dismissed the suggestion that it had been slow to act."
        ),
        "the suggestion that it had been slow to act",
        ("photographed the damage", "did nothing"),
        (),
        id="regional_the_suggestion_answers_every_sentence_of_the_skipper",
    ),
]


@pytest.mark.parametrize(("text", "answer", "meant", "not_meant"), CASES)
def test_what_was_told_is_answered(text: str, answer: str, meant: tuple[str, ...], not_meant: tuple[str, ...]) -> None:
    answers(run(text), answer, meant=meant, not_meant=not_meant)
