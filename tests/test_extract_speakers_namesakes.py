"""A bare surname shared by a person and the company named after her family is the company where the text speaks
of it as a thing: it modifies a noun ("A Brennan spokesman"), or its sentence says "it" or "its" and no "he" or
"she" ("Brennan also said it would cut jobs", "In a statement on its website, Vossberg said"); elsewhere it stays
the person ("Brennan, the granddaughter of the company's founder, said she ..."). A document a cue's subject names
speaks for whoever issued one so called, even where the tagger reads the noun as no document ("The brief points
out"): the defendant's brief is not the plaintiff's complaint quoted after it (issue 13, item 5). The articles are
written for these tests, in a wire's earnings style, a German agency's and a court-news service's.
"""

import pytest
from extract_support import MODELS, run, said, speaker

EARNINGS = (
    "Brennan Optics cuts outlook as lens demand slips\n\n"
    "ROCHESTER, N.Y., March 4 (Reuters) - Brennan Optics Inc cut its full-year sales forecast on Tuesday, blaming "
    "weaker orders from smartphone makers.\n\n"
    '"Demand for our premium lenses held up better than we feared," chief executive Claire Brennan told analysts '
    "on a conference call.\n\n"
    "Brennan, the granddaughter of the company's founder, said she expected orders to pick up by the autumn.\n\n"
    "A Brennan spokesman, Tom Reyes, said the company had no plans to sell its camera unit.\n\n"
    "Brennan also said it would cut about 200 jobs at its plant in Batavia."
)


@pytest.mark.parametrize("model", MODELS)
def test_a_surname_spoken_of_as_a_thing_is_the_company_and_as_a_person_the_person(model):
    x = run(EARNINGS, model)
    assert speaker(x, "orders to pick up") == "Claire Brennan"
    assert x.party(said(x, "no plans to sell").on_behalf_of or "").name == "Brennan Optics"
    assert speaker(x, "cut about 200 jobs") == "Brennan Optics"
    assert x.party(said(x, "premium lenses").speaker).type == "Person"


def test_a_surname_with_its_website_before_it_is_the_company():
    x = run(
        "Truck firm admits falsified emissions data\n\n"
        "HAMBURG (dpa) - Vossberg Logistik GmbH has admitted that staff at its Hamburg depot altered emissions "
        "readings for part of its fleet, the company's managing director said on Thursday.\n\n"
        'Managing director Anke Vossberg apologised at a news conference. "We let our customers down," she said.\n\n'
        "In a statement on its website, Vossberg said the trucks it leased to supermarkets still met the city's "
        "emission rules."
    )
    assert speaker(x, "still met the city's emission rules") == "Vossberg Logistik GmbH"
    assert speaker(x, "We let our customers down") == "Anke Vossberg"


def test_the_brief_is_the_defendants_after_the_plaintiffs_complaint():
    x = run(
        "Loom maker says mill's suit misreads contract\n\n"
        "Blue Loom Supply Inc. pushed back against Weaver Mills LLC's bid for an injunction, telling a North "
        "Carolina judge that the mill's suit misreads the parties' supply contract.\n\n"
        "In an opposition brief filed late Tuesday, Blue Loom said its contract let it stop shipments at once "
        "when an invoice went unpaid.\n\n"
        "Weaver Mills' complaint, filed Monday in the Western District of North Carolina, alleges that Blue Loom "
        "cut off deliveries to help a rival mill.\n\n"
        "Blue Loom said the rival theory was built on timing alone. The brief points out that the rival's order was "
        'signed weeks earlier, and it calls the mill\'s main count "a guess dressed up as a claim."',
        "hybrid",
    )
    assert speaker(x, "cut off deliveries") == "Weaver Mills"
    assert speaker(x, "order was signed weeks earlier") == "Blue Loom Supply"
    assert speaker(x, "a guess dressed up") == "Blue Loom Supply"
