"""A named official or spokesperson whose organisation nothing settles while the article is read speaks for the
organisation the sentences before were about, looked up again once the article is read and the types are known
(issue 13, who disputed whom: the development set's annotators give such a speaker the organisation as
``on_behalf_of``). A public body's commissioner or official counts as much as a company's spokesman; an
organisation only a headline names is no employer. A house role with no organisation named beside it is held at
the company named after the holder's family, if the article names one ("Chief Executive Officer Martin Kestrel" of
Kestrel Grain Co.), before the body named last; never by a founder, who may have left it. A "boss" or a
"meteorologist" named with a body ("Rovers boss Dean Marsh") holds the title there like any other role; so does a
body's short name before a title of several words, wherever the parse hangs it ("said MUA general secretary"), and
the body after "of" where a region comes before the title. A place an elected office is named with only locates
it, and a legal form after a name ("LLC") makes it a company; a capitalised "Board" before a title ("Board chair
Lorraine Mabry") is the board the article named, and a lower-case word before a title ("trust chair", "society
chair") the body the article named with that word, never the one named last. Sentences written for these tests, in
an agency wire's style, a local paper's, a public-radio site's, a football report's, a regional broadcaster's, a
campus paper's, a Canadian daily's, a coastal weekly's, a business desk's, a fans' trust story's and a planning
row's."""

import pytest
from extract_support import MODELS, behalf, run


@pytest.mark.parametrize("model", MODELS)
def test_a_regulators_commissioner_speaks_for_the_regulator(model):
    x = run(
        "Dublin (AFP) - The Data Protection Commission fined the streaming service Loopcast 3 million euros on "
        "Thursday.\n\n"
        "The Data Protection Commission said the company had failed to protect children.\n\n"
        "Commissioner Niamh Walsh said Loopcast had ignored two warnings.",
        model,
    )
    assert behalf(x, "ignored two warnings") == "Data Protection Commission"


@pytest.mark.parametrize("model", MODELS)
def test_a_councils_official_speaks_for_the_council(model):
    x = run(
        "Harrowgate Borough Council has denied claims that it ignored warnings about the bridge.\n\n"
        "Senior official Marcus Dunne said the council had acted on every report it received.",
        model,
    )
    assert behalf(x, "acted on every report") == "Harrowgate Borough Council"


def test_an_official_after_a_denial_speaks_for_the_body_that_denied():
    x = run(
        "Cascade Health on Tuesday rejected the union's account of the closure.\n\n"
        "Regional official Dana Liu said the emergency room would reopen in March."
    )
    assert behalf(x, "would reopen in March") == "Cascade Health"


def test_a_spokesman_after_a_companys_denial_still_speaks_for_it():
    x = run(
        "Harlan Steel is exploring a sale of its pipe unit, according to people familiar with the matter.\n\n"
        "Harlan Steel denied it was running a sale process.\n\n"
        '"The pipe unit is not for sale," spokesman Tom Reyes said.'
    )
    assert behalf(x, "not for sale") == "Harlan Steel"


def test_a_body_only_the_headline_names_employs_no_one():
    x = run(
        "Trail group blasts county over closed path\n\n"
        "Kettle County closed the Mill Creek trail last month.\n\n"
        "Commissioner Ruth Abbot said the trail was unsafe and would stay closed until spring."
    )
    assert behalf(x, "would stay closed") != "Trail group"


@pytest.mark.parametrize("model", MODELS)
def test_a_chief_executive_speaks_for_the_company_named_after_his_family(model):
    x = run(
        "Kestrel Grain Co. is exploring a sale of its flour mills, people familiar with the matter said on Tuesday. "
        "The company has hired Lazard to run the process, they said.\n\n"
        "Lazard declined to comment. Chief Executive Officer Martin Kestrel told analysts in April that the mills "
        "were not for sale.",
        model,
    )
    assert behalf(x, "were not for sale") == "Kestrel Grain"


def test_a_managing_director_speaks_for_the_family_company_named_before():
    x = run(
        "Carers at Amberley Care say they were told to log visits they never made. The council that pays for the "
        "visits said it would investigate.\n\n"
        "Managing director Stephen Amberley said no carer had ever been told to falsify a timesheet."
    )
    assert behalf(x, "falsify a timesheet") == "Amberley Care"


def test_a_president_speaks_for_the_family_company_not_the_regulator_named_last():
    x = run(
        "Former cooks at Osei Kitchens have accused the company of skimming their tips. The Labour Department said it "
        "had opened an inquiry.\n\n"
        "President Kwame Osei said every tip had been paid out in full."
    )
    assert behalf(x, "paid out in full") == "Osei Kitchens"


def test_a_founder_who_sues_the_family_company_does_not_speak_for_it():
    x = run(
        "BOSTON — Nadia Kessler, who founded Kessler Foods, sued the company on Monday. The company has hired Ropes & "
        "Gray. Founder Nadia Kessler said the board had pushed her out."
    )
    assert behalf(x, "pushed her out") is None


@pytest.mark.parametrize(
    ("text", "words", "body"),
    [
        (  # a football report's "boss", the club named before it
            "Hallam Town 2 Caldwell Rovers 1\n\n"
            'Rovers boss Dean Marsh was furious. "It was never a penalty," Marsh said after the defeat.',
            "never a penalty",
            "Rovers",
        ),
        (  # a business desk's "boss", the company named before it
            "MANCHESTER, England (Reuters) - Brightwater boss Kevin Lowe said on Thursday the takeover of Halden "
            "was dead after the board turned down a third offer.",
            "takeover of Halden",
            "Brightwater",
        ),
        (  # a regional broadcaster's forecaster, the service named before the title
            "Hail flattened orchards near Nelson overnight.\n\n"
            "WeatherWatch meteorologist Sam Orr said the service had warned growers a day earlier.",
            "warned growers",
            "WeatherWatch",
        ),
    ],
)
def test_a_boss_or_a_meteorologist_named_with_a_body_speaks_for_it(text, words, body):
    assert behalf(run(text), words) == body


@pytest.mark.parametrize(
    ("text", "words", "body"),
    [
        (  # an Australian wire's union leader, a company speaking between
            "FREMANTLE - Members of the Maritime Union of Australia (MUA) voted on Tuesday to strike at the container "
            "terminal. Patrick Terminals said the union's claims were unaffordable.\n\n"
            '"Our members have run out of patience," said MUA general secretary Warren Smith.',
            "run out of patience",
            "Maritime Union of Australia",
        ),
        (  # an agency's health story, the department speaking between
            "SYDNEY, May 4 (AAP) - The Australian Midwives Federation (AMF) has rejected a new rostering plan. NSW "
            "Health said the plan would cut overtime.\n\n"
            '"Our members were never consulted," said AMF chief executive Lorna Baxter.',
            "never consulted",
            "Australian Midwives Federation",
        ),
        (  # a campus story, the employers' body speaking between
            "Members of the National Tertiary Education Union (NTEU) walked out at six campuses on Monday. "
            "Universities Australia said the pension offer was generous.\n\n"
            '"Casual staff are being left behind," said NTEU general secretary Mira Osei.',
            "left behind",
            "National Tertiary Education Union",
        ),
    ],
)
def test_a_bodys_short_name_before_a_title_of_several_words_employs_its_holder(text, words, body):
    """The parse often hangs the short name on the holder's name rather than on "general secretary" or "chief
    executive"; it names her body all the same, not the body that spoke last."""
    assert behalf(run(text), words) == body


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (  # a Canadian daily's provincial minister
            "WINNIPEG — Manitoba's health minister, Priya Lal, said on Tuesday the province would not close the "
            "maternity ward at Dauphin.",
            "maternity ward",
        ),
        (  # a French agency's mayor, the town after "of"
            "RENNES, France (AFP) - The mayor of Saint-Malo, Gilles Perrin, said the ferry company had not warned "
            "the town before cutting winter crossings.",
            "ferry company",
        ),
        (  # a British local paper's ward councillor
            "Kirkby Ward councillor Sam Boyd said residents had not been consulted about the new route.",
            "not been consulted",
        ),
    ],
)
def test_an_elected_office_named_with_a_place_speaks_for_no_one(text, words):
    """The place an elected office is held in only locates it: a minister, a mayor or a councillor speaks for
    herself, not on behalf of the province, the town or the ward."""
    assert behalf(run(text), words) is None


def test_a_region_before_a_title_names_a_branch_of_the_body_after_it():
    x = run(
        "SACRAMENTO — The California director of the American Orchard Growers Federation, Lisa Moreno, said the "
        "water plan would leave growers dry."
    )
    assert behalf(x, "leave growers dry") == "American Orchard Growers Federation"


def test_a_legal_form_after_a_name_the_tagger_took_for_a_person_makes_it_a_company():
    x = run(
        "BATON ROUGE, La. (AP) — The lawsuit accuses Thibodeaux Resins LLC of exceeding its air permit limits on "
        "dozens of days.\n\n"
        "Thibodeaux denied the allegations. In an emailed statement, spokeswoman Marie Hebert said the plant met "
        "every limit."
    )
    assert behalf(x, "met every limit") == "Thibodeaux Resins"


@pytest.mark.parametrize(
    ("text", "words", "body"),
    [
        (  # a local paper's county board, the title opening a sentence
            "WARRENTON — The Halden County Board of Supervisors voted 3-2 on Tuesday to rezone 200 acres for a data "
            "centre. Residents said the project would drain their wells.\n\n"
            "Board chair Lorraine Mabry said the conditions were the strictest the county had imposed.",
            "strictest the county",
            "Halden County Board of Supervisors",
        ),
        (  # a coastal weekly's harbour board, fishermen speaking between
            "The Kestrel Bay Harbour Board voted to raise mooring fees by 12 percent.\n\n"
            "Fishermen said the rise would put them out of business.\n\n"
            "Board chairman Tom Ruane said the fees had not risen in a decade.",
            "not risen in a decade",
            "Kestrel Bay Harbour Board",
        ),
        (  # a business wire's board of directors
            "LONDON (Reuters) - Shareholders of Pellworth Group voted down the pay plan on Thursday. The Pellworth "
            "Group Board of Directors said it would consult investors.\n\n"
            "Board chair Helen Marsh said the company had listened.",
            "company had listened",
            "Pellworth Group Board of Directors",
        ),
    ],
)
def test_a_titles_capitalised_kind_word_is_the_body_named_with_it(text, words, body):
    """A kind of body written with a capital before a title ("Board chair Lorraine Mabry") is the body the article
    named with that word, as "the board" is, not a new body called "Board"."""
    assert behalf(run(text), words) == body


@pytest.mark.parametrize("model", MODELS)
def test_a_title_named_by_its_bodys_word_is_held_at_the_body_of_that_name(model):
    x = run(
        "Fans' trust turns on club owner\n\n"
        "The Millbrook Rovers Supporters' Trust accused the club's owner, Gary Noble, of misleading fans over the "
        "sale of the ground.\n\n"
        'Noble denied it. "Nothing has been hidden from anyone," he said.\n\n'
        '"He told us the ground was safe," said trust chair Ellen Price.',
        model,
    )
    assert behalf(x, "the ground was safe") == "Millbrook Rovers Supporters' Trust"


def test_a_society_chair_speaks_for_the_society_not_the_company_it_accuses():
    x = run(
        "The Harlow Civic Society has accused Vantage Homes of hiding the height of its planned tower.\n\n"
        "Vantage Homes said the plans had been public for a year. But society chair Ann Bell said the drawings "
        "were changed in May."
    )
    assert behalf(x, "drawings were changed in May") == "Harlow Civic Society"
