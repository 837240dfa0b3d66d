"""An answer noun named by its topic answers the words about that topic, not all the accuser said (issue 13,
targets), on sentences written for these tests in several outlets' styles.

"The fraud allegation", "the overtime claims", "the bribery charge" each name one of the accuser's charges:
the denial disputes the statements about fraud, overtime or bribery and leaves the accuser's other charges alone.
A noun with no topic ("the new claims", "the union's account") still answers the accuser's whole case.
"""

from extract_support import answers, run


def test_politics_a_named_allegation_answers_that_charge_only():
    text = (
        "Opposition leader Maria Hollis accused Transport Minister Derek Vane of fraud in the awarding of the ferry "
        "contract.\n\n"
        "Hollis also said Vane had misled Parliament about the cost of the new terminal.\n\n"
        "Vane rejected the fraud allegation on Tuesday."
    )
    answers(run(text), "the fraud allegation", meant=("fraud",), not_meant=("misled Parliament",))


def test_business_named_claims_answer_the_charges_about_them():
    text = (
        "Warehouse workers at Brightpath Logistics accused the company of withholding overtime pay for night shifts. "
        "They also accused Brightpath of using break-room cameras to time their toilet breaks.\n\n"
        'Brightpath said the overtime claims were "simply wrong" and that every hour was paid.'
    )
    answers(run(text), "the overtime claims", meant=("withholding overtime",), not_meant=("cameras",))


def test_court_a_named_charge_answers_the_count_about_it():
    text = (
        "The indictment accuses Colm Reddy of bribery of a harbour official and of laundering the proceeds through a "
        "Lisbon property firm.\n\n"
        "Prosecutors said Reddy had hidden payments of more than 200,000 euros.\n\n"
        "Reddy's lawyer, Aoife Byrne, denied the bribery charge, telling the court it was \"built on one man's word.\""
    )
    answers(run(text), "the bribery charge", meant=("bribery of a harbour",), not_meant=("laundering",))


def test_local_news_a_noun_with_no_topic_still_answers_the_whole_case():
    text = (
        "Residents of Oakfield Road accused Harlow Council of ignoring complaints about flooding for three years.\n\n"
        "They also said the council had cut the drain-clearing budget by half.\n\n"
        "A council spokesman said the new claims were untrue."
    )
    answers(run(text), "the new claims", meant=("ignoring complaints",))
