"""Who speaks (issue 13, items 1, 4, 5, 6), on sentences written for these tests.

Each rule is checked on at least two wordings: quotes signed without a verb, quotations of
several sentences, names set beside roles, institutions named by their kind, people who
share a name with a company, pronouns and documents, and what an accusation is about.
"""

import pytest
from extract_support import run, said

from kg.extract.model import Extraction


def name(x: Extraction, pid: str | None) -> str | None:
    return x.party(pid).name if pid else None


# ----- quotations signed without a verb (item 1) ------------------------------------


@pytest.mark.parametrize(
    "text, speaker, words",
    [
        (
            'The mine reopened on Friday. "Every permit was in order," a Harlow Mining spokeswoman.',
            "Harlow Mining spokesperson",
            "Every permit was in order",
        ),
        (
            'Orion Freight answered the drivers. "Our rates are the highest in the region": '
            "the company in a statement on Monday.",
            "Orion Freight",
            "Our rates are the highest in the region",
        ),
    ],
)
def test_a_quote_signed_by_a_bare_noun_phrase(text, speaker, words):
    x = run(text)
    s = said(x, words)
    assert name(x, s.speaker) == speaker and s.quote == "direct" and s.cue is None


def test_a_phrase_after_a_quote_that_cannot_speak_is_no_speaker():
    x = run('"We will keep the plant open," a promise repeated for years.')
    assert x.statements == []


# ----- one statement per quoted sentence (item 1) --------------------------------------


@pytest.mark.parametrize(
    "text, sentences",
    [
        (
            '"There is nothing to these charges. The depot was inspected twice," said Ines Park of Volta Rail.',
            ["There is nothing to these charges", "The depot was inspected twice"],
        ),
        (
            "Coach Dara Quinn was blunt. “We lost. We deserved to lose. Next week will be different,” she said.",
            ["We lost", "We deserved to lose", "Next week will be different"],
        ),
    ],
)
def test_a_quotation_of_several_sentences_is_a_chain(text, sentences):
    x = run(text)
    chain = [said(x, words) for words in sentences]
    assert len({s.speaker for s in chain}) == 1
    assert [s.continues for s in chain] == [None] + [s.id for s in chain[:-1]]


def test_the_denial_sentence_of_a_quote_is_its_own_statement():
    text = (
        "Tenants of Harbor Court accused the landlord, Keel Properties, of ignoring mould for a year. "
        '"These accusations are false. The tenants never filed a repair request," a Keel Properties manager said.'
    )
    x = run(text)
    denial = said(x, "These accusations are false")
    assert denial.kind == "denial" and denial.disputes
    assert said(x, "never filed a repair request").id not in denial.disputes


# ----- a name beside a role (item 5) --------------------------------------------------------


@pytest.mark.parametrize(
    "text, speaker, role, employer",
    [
        (
            "A spokeswoman for the port authority, Nadia Brandt, said the cranes would be replaced.",
            "Nadia Brandt",
            "spokesperson",
            "port authority",
        ),
        (
            "The airline's chief executive, Tomas Lind, told reporters that fares would rise in June.",
            "Tomas Lind",
            "chief executive",
            "airline",
        ),
    ],
)
def test_a_name_set_beside_a_role_is_the_speaker(text, speaker, role, employer):
    x = run(text)
    (s,) = x.statements
    person = x.party(s.speaker)
    assert person.name == speaker and person.role == role
    assert employer in name(x, person.affiliation).lower()


def test_spokespeople_of_two_organisations_stay_two_parties():
    text = (
        "A spokesman for Granite Bank said the loan was repaid. "
        "A spokeswoman for the Teachers Pension Fund said it was not."
    )
    x = run(text)
    bank, fund = x.statements
    assert bank.speaker != fund.speaker
    assert name(x, bank.on_behalf_of) == "Granite Bank" and name(x, fund.on_behalf_of) == "Teachers Pension Fund"


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        (
            "Parents met officials of the Lakeview Unified School District on Monday. "
            "The district said the boilers had been repaired.",
            "the boilers had been repaired",
            "Lakeview Unified School District",
        ),
        (
            "The Riverside Tenants Union held a vote. Landlords disagree, but the union said rents had doubled.",
            "rents had doubled",
            "Riverside Tenants Union",
        ),
    ],
)
def test_an_institution_named_by_its_kind_is_the_named_one(text, words, speaker):
    x = run(text)
    assert name(x, said(x, words).speaker) == speaker


# ----- a person who shares a name with a company (item 5) -----------------------------------


def test_an_honorific_picks_the_person_and_a_bare_name_the_company():
    text = (
        "Oren Talbot founded Talbot Brewing in 2004. The company fired him last year.\n\n"
        '"They took my name and my recipes," Mr. Talbot said.\n\n'
        "Talbot argued in a letter to investors that the dismissal was lawful."
    )
    x = run(text)
    assert name(x, said(x, "They took my name").speaker) == "Oren Talbot"
    assert name(x, said(x, "the dismissal was lawful").speaker) == "Talbot Brewing"
    assert x.party(said(x, "They took my name").speaker).type == "Person"


def test_a_surname_the_tagger_calls_a_company_is_the_person():
    text = (
        '"The bridge is safe," said Priya Venkataraman, an engineer at the county. '
        "The repairs, Venkataraman said, will take a month."
    )
    x = run(text)
    assert {name(x, s.speaker) for s in x.statements} == {"Priya Venkataraman"}


# ----- pronouns and documents (item 4) ---------------------------------------------------


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        (
            "Lena Marsh started Marsh Bakery in 1998. On Monday she sued the company, saying she was owed $2 million.",
            "she was owed $2 million",
            "Lena Marsh",
        ),
        (
            "Ruth Okoye runs the shelter. Ms. Okoye opened it in 2010. She said the city had cut its grant.",
            "the city had cut its grant",
            "Ruth Okoye",
        ),
    ],
)
def test_pronouns_resolve_once_the_article_is_read(text, words, speaker):
    x = run(text)
    assert name(x, said(x, words).speaker) == speaker
    assert not any(p.name.startswith("unresolved") for p in x.parties)


@pytest.mark.parametrize(
    "text, words, issuer",
    [
        (
            "Halden Mills sued its insurer on Tuesday. The lawsuit, filed in Boston, names three executives. "
            "It accuses them of hiding losses.",
            "hiding losses",
            "Halden Mills",
        ),
        (
            "The agency set out its findings in a news release. The release said nine wells were contaminated.",
            "nine wells were contaminated",
            "agency",
        ),
    ],
)
def test_a_document_speaks_for_whoever_issued_it(text, words, issuer):
    x = run(text)
    s = said(x, words)
    assert issuer in name(x, s.speaker) and s.origin is not None


# ----- what an accusation is about (item 6) --------------------------------------------------


@pytest.mark.parametrize(
    "text, charges, about",
    [
        (
            "The union accused Norvik Shipping of cutting safety training, and of hiding two accidents.",
            ["cutting safety training", "hiding two accidents"],
            "Norvik Shipping",
        ),
        (
            "Residents accused the mayor of lying about the budget.",
            ["lying about the budget"],
            "mayor",
        ),
    ],
)
def test_an_accusation_says_what_and_whom_about(text, charges, about):
    x = run(text)
    assert [s.text for s in x.statements] == charges
    assert all(s.kind == "allegation" and about in name(x, s.about) for s in x.statements)


@pytest.mark.parametrize(
    "text, words",
    [
        (
            "Fans blasted the league: 'The schedule is a disgrace.' The league said nothing.",
            "The schedule is a disgrace",
        ),
        ('The mayor criticised the contractor: "Nothing was delivered on time."', "Nothing was delivered on time"),
    ],
)
def test_a_quote_after_an_object_and_a_colon_is_what_was_said(text, words):
    x = run(text)
    assert said(x, words).quote == "direct"


# ----- more who-is-who (items 4, 5) -----------------------------------------------------


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        (
            "A person familiar with the mayor's plans, who was not authorised to speak, said the vote would slip.",
            "the vote would slip",
            "person familiar with the mayor's plans",
        ),
        (
            "Two nurses who asked not to be named said the ward had been short-staffed for months.",
            "the ward had been short-staffed",
            "two nurses who asked not to be named",
        ),
    ],
)
def test_an_unnamed_speaker_is_named_by_its_description(text, words, speaker):
    x = run(text)
    assert name(x, said(x, words).speaker) == speaker


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        (
            "DULUTH, Minn. (AP) — About 80 dock workers walked out on Friday, saying the cranes were unsafe.",
            "the cranes were unsafe",
            "dock workers",
        ),
        (
            "TACOMA, Wash., May 3 (Reuters) - Ferry crews stopped work, saying their boats had not been inspected.",
            "their boats had not been inspected",
            "ferry crews",
        ),
        (
            "PORT ANGELES, Washington, May 2 (Reuters) - Salish Ferries said on Tuesday it would end two of its "
            "three routes in June.",
            "it would end two of its three routes",
            "Salish Ferries",
        ),
        (
            "Ferry line to cut routes\n\nSAINT JOHN, New Brunswick, March 4 (Reuters) - Low-cost carrier Fundy "
            "Wings said on Monday it would drop four of its five routes, blaming a sharp rise in landing fees.",
            "it would drop four",
            "Fundy Wings",
        ),
        (
            "Ferry line to cut routes\n\nSAINT JOHN, New Brunswick, March 4 (Reuters) - Low-cost carrier Fundy "
            "Wings said on Monday it would drop four of its five routes, blaming a sharp rise in landing fees.",
            "a sharp rise in landing fees",
            "Fundy Wings",
        ),
        (  # the parse sets the capitals apart and makes the agency the subject: ", March 3 (Reuters) -"
            "Packaging bid rebuffed\n\nLONDON, March 3 (Reuters) - Mersey Crest Packaging Plc said on Monday it had "
            "rejected a takeover offer from Halden.",
            "it had rejected a takeover offer",
            "Mersey Crest Packaging",
        ),
    ],
)
def test_a_dateline_is_never_the_speaker(text, words, speaker):
    x = run(text)
    who = name(x, said(x, words).speaker)
    first = who.split()[0].lower()
    assert speaker.lower() in who.lower() and first not in ("duluth", "tacoma", "port", "saint", "reuters")


@pytest.mark.parametrize(
    "text, model",
    [
        (
            "Headline\n\nFRANKFURT, May 2 (Reuters) - Berliner Stahlwerke AG said on Tuesday it would cut 400 jobs.",
            None,
        ),
        (
            "Steel jobs\n\nFRANKFURT, May 2 (Reuters) - Berliner Stahlwerke AG said on Tuesday it would cut 400 jobs.",
            "rules",
        ),
    ],
)
def test_a_wire_lede_names_its_speaker_without_the_dateline(text, model):
    """The words that name a wire lede's speaker, its evidence, are its own, not the headline's, the place's or
    the agency's, though the parse hangs the dateline on the company's name."""
    mention = said(run(text, model), "it would cut 400 jobs").speaker_mention
    assert mention is not None and mention.text == "Berliner Stahlwerke AG"


@pytest.mark.parametrize(
    "text, words, issuer",
    [
        (
            "Marlow Water's lawsuit was filed on Monday. The complaint says the pipes were never tested.",
            "the pipes were never tested",
            "Marlow Water",
        ),
        (
            "Councilwoman Ada Brandt denied the reports in a written statement. "
            '"I never took a payment," the statement read.',
            "I never took a payment",
            "Ada Brandt",
        ),
    ],
)
def test_a_document_speaks_for_its_owner(text, words, issuer):
    x = run(text)
    assert name(x, said(x, words).speaker) == issuer


def test_where_something_was_said_is_not_what_was_said():
    x = run("The ministry rejected the findings in a letter on Tuesday.")
    (s,) = x.statements
    assert s.text == "the findings" and s.origin is not None and s.origin.kind == "document"


def test_a_company_spokesman_speaks_for_the_company_named_before():
    x = run("Harlow Mining halted the dig. A company spokesman said the site was safe.")
    s = said(x, "the site was safe")
    assert name(x, s.on_behalf_of) == "Harlow Mining"
