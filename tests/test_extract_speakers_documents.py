"""Documents speak for whoever issued them (issue 13, item 4), on sentences written for these tests: a body
named before the document's noun ("a police report", "a union statement") issued it; so did whoever "sent a
letter"; and "In it, the agency said" names who issued the document the sentence before spoke of.
"""

from extract_support import run, speaker


def test_a_body_named_before_a_document_issued_it():
    x = run(
        "Bus driver\n\n"
        "The driver was charged Sept. 27 with drunken driving in Auburn, according to a police report. His "
        "license was suspended that day, the report says.\n\n"
        "The state Bureau of Motor Vehicles says drivers must report a suspension within 24 hours. The bureau "
        "sends a notice to employers, its spokeswoman said."
    )
    assert speaker(x, "charged Sept. 27") == "police"
    assert speaker(x, "suspended that day") == "police"


def test_whoever_sent_a_letter_speaks_through_it():
    x = run(
        "Bus driver\n\n"
        "The state Bureau of Motor Vehicles says drivers must report a suspension within 24 hours.\n\n"
        "The Lewiston School Department, which contracts with the company for 60 routes, sent a letter to "
        "families Monday. The letter says the department was not told of the suspension until Oct. 15."
    )
    assert speaker(x, "was not told of the suspension") == "Lewiston School Department"


def test_in_it_names_who_issued_the_document_just_named():
    x = run(
        "Cloud host\n\n"
        "Parler sued Amazon on Monday. The company laid out its reasons in a letter it sent Parler before "
        'pulling the plug. In it, AWS said it had reported dozens of violent posts. "Parler cannot keep up '
        'with its own moderation," the letter says.'
    )
    assert speaker(x, "Parler cannot keep up") == "AWS"
