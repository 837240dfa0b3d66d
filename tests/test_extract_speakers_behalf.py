"""A person given a role at an organisation speaks on its behalf, whatever the role: a founder for his bakery, a
coach for the team, as the development set's annotators count who disputed whom (issue 13, item 5); but an outside
expert asked for comment (an analyst at a broker, a law professor) speaks for herself, as the annotators give 24 of
27 such experts no affiliation, and so does a partner at a firm the article names only to introduce her, or a
person given an age, "of" her home town ("Kevin Mullins, 52, of Richland,"). A role
held inside one organisation and named with none ("Chief financial officer Ravi Menon said the company ...") is held
at the organisation the sentences before were about; a title is no organisation ("Head coach Sam Okonkwo" works for
no "head"); a judge speaks for no side ("U.S. District Judge" names no organisation she belongs to). Sentences
written for these tests, in a business wire's style, a Canadian daily's, a sports desk's, a business desk's, an
Indian agency wire's, a local paper's and a court report's.
"""

import pytest
from extract_support import MODELS, behalf, run, said

TAKEOVER = (
    "Grocer's takeover bid draws doubts\n\n"
    "Northfield Markets said on Monday it would buy the regional chain Pell & Sons for $1.2 billion.\n\n"
    "Rafael Ortiz, an analyst at Halcyon Securities, said Northfield had overpaid by at least a third.\n\n"
    "Gideon Park, the founder of Lumen Bakery, one of Pell's largest suppliers, said the deal would squeeze small "
    "bakers.\n\n"
    "Riverton Rams coach Dana Whitfield said the team would keep its sponsorship with Pell & Sons.\n\n"
    "U.S. District Judge Maria Keller wrote that the merger raised no competition concerns."
)


@pytest.mark.parametrize("model", MODELS)
def test_a_person_with_a_role_at_an_organisation_speaks_on_its_behalf(model):
    x = run(TAKEOVER, model)
    assert behalf(x, "overpaid by at least a third") is None  # an analyst asked for comment
    assert behalf(x, "squeeze small bakers") == "Lumen Bakery"
    assert behalf(x, "keep its sponsorship") == "Riverton Rams"


def test_a_judge_speaks_for_no_organisation():
    x = run(TAKEOVER)
    ruling = said(x, "no competition concerns")
    assert x.party(ruling.speaker).name == "Maria Keller"
    assert ruling.on_behalf_of is None and x.party(ruling.speaker).affiliation is None


@pytest.mark.parametrize("model", MODELS)
def test_a_role_named_without_its_organisation_is_held_at_the_one_the_story_is_about(model):
    x = run(
        "Ferry operator blames fuel costs for losses\n\n"
        "HALIFAX, N.S. — Bluenose Ferries Ltd. reported a second straight quarterly loss on Thursday and said fuel "
        "costs had risen faster than fares.\n\n"
        '"We carried more people than ever," chief executive Colette Arsenault said.\n\n'
        "Chief financial officer Ravi Menon said the company expected to return to profit next year.",
        model,
    )
    assert behalf(x, "We carried more people") == "Bluenose Ferries"
    assert behalf(x, "return to profit next year") == "Bluenose Ferries"


def test_a_title_before_a_name_is_no_organisation():
    x = run(
        "Rams drop fifth straight\n\n"
        "RIVERTON — The Riverton Rams lost 3-1 to the Harbor City Gulls on Saturday, their fifth defeat in a row.\n\n"
        "Head coach Sam Okonkwo said the team had stopped defending as a unit.\n\n"
        "Chairman and majority owner Declan Frost said the club would not sell its best players."
    )
    names = {p.name.lower() for p in x.parties}
    assert not names & {"head", "chairman", "chief"}
    assert x.party(said(x, "stopped defending").speaker).name == "Sam Okonkwo"


@pytest.mark.parametrize("model", MODELS)
def test_a_person_of_an_organisation_speaks_for_it_and_of_a_town_for_none(model):
    x = run(
        "Grocer bid\n\nNorthfield Markets agreed to buy Pell & Sons on Monday.\n\n"
        "In a note to clients, Lena Vogt of Marlowe Research wrote that the price was fair.\n\n"
        "Keisha Barnes of Oakland, who shops at Pell, said prices would rise.\n\n"
        "Judge Maria Keller of the Superior Court said the sale could close in May.",
        model,
    )
    assert behalf(x, "the price was fair") == "Marlowe Research"
    assert behalf(x, "prices would rise") is None
    assert behalf(x, "could close in May") is None


@pytest.mark.parametrize("model", MODELS)
def test_outside_experts_speak_for_themselves_not_their_firm_or_university(model):
    x = run(
        "Ferry operator's fare rise faces review\n\n"
        "Harbour Lines said on Tuesday it would raise fares by 12% in March.\n\n"
        "Priya Nandakumar, a transport economist at the University of Leeds, said the rise would hit commuters hardest."
        '\n\nTom Okafor, an analyst at Brightwater Capital, said the operator had little choice. "Fuel is up a third,'
        '" he said.',
        model,
    )
    assert behalf(x, "hit commuters hardest") is None
    assert behalf(x, "had little choice") is None
    assert behalf(x, "Fuel is up a third") is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (  # a business desk's contracts story, the firm named once to introduce her
            "Cloud outage leaves retailers counting costs\n\n"
            "Stratus Cloud said on Tuesday that a cooling failure had taken its Frankfurt data centre offline for "
            'nine hours.\n\n"Most of these contracts cap the refund at a month\'s fees," said Lena Kraus, a partner '
            "at the Munich law firm Kraus & Hoffmann.",
            "cap the refund",
        ),
        (  # an Indian agency wire's advisory firm
            "New Delhi, March 4 (PTI) Ride-hailing firm Zoomcab has moved the Delhi High Court against a state "
            "ban on its bike taxis.\n\n"
            '"Start-ups cannot plan when rules change overnight," said Kavya Menon, partner at Bengaluru-based '
            "advisory firm Tallis Partners.",
            "rules change overnight",
        ),
    ],
)
def test_a_partner_from_a_firm_named_only_to_introduce_her_speaks_for_herself(text, words):
    """A partner at a law or advisory firm the article names once, to say where she works, comments for herself
    (the annotators give every such partner of the studied splits no affiliation)."""
    assert behalf(run(text), words) is None


def test_a_partner_of_a_firm_the_story_is_about_speaks_for_it():
    x = run(
        "Buyout firm raises offer for Halden\n\n"
        "LONDON (Reuters) - Corvane Capital raised its offer for the packaging maker Halden Plc on Thursday. Halden "
        "rejected the first bid last month.\n\n"
        "Corvane Capital said the new price was final.\n\n"
        "Daniel Reyes, a managing partner at Corvane Capital, said shareholders should be allowed to judge the "
        "proposal."
    )
    assert behalf(x, "allowed to judge") == "Corvane Capital"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (  # a local paper's lawsuit story, the age after the name
            "Restaurant sued over illness\n\n"
            "A Kennewick restaurant was sued on Tuesday over a salmonella outbreak.\n\n"
            "Karen Ostrowski, 47, of Burlington, said she spent three days in hospital.",
            "three days in hospital",
        ),
        (  # a court report's witness
            "Fraud trial hears from first homeowner\n\n"
            "A roofing contractor took deposits for work that was never done, a prosecutor told a jury on Monday.\n\n"
            "Walter Pike, 81, of Fairview, testified that the contractor took a $20,000 cheque and never came back.",
            "never came back",
        ),
        (  # a wire's flood story, a resident quoted
            "Floodwaters recede in river towns\n\n"
            "Emergency crews reopened two bridges on Sunday as the river fell.\n\n"
            '"We lost everything on the ground floor," said Dana Mercer, 58, of Oakdale.',
            "lost everything",
        ),
    ],
)
def test_a_person_given_an_age_is_of_her_home_town_not_its_employee(text, words):
    """News gives a member of the public an age and a home town ("Kevin Mullins, 52, of Richland,"): the town is
    where she lives, whatever the tagger made of it, not a body she speaks for."""
    assert behalf(run(text), words) is None
