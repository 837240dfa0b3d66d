"""What is said but is no claim (issue 13, item 3): requests, refusals to comment, questions, headlines.

They must not become statements (a request disputed as if it were a claim is how a denial
came to "dispute" an order sought from a court); they are kept apart as ``not_statements``.
Sentences written for these tests.
"""

import pytest

from kg.extract import DEFAULT_MODE, extract
from kg.extract.model import Article, Extraction


def run(text: str, title: str | None = None, model: str = DEFAULT_MODE) -> Extraction:
    x = extract(Article("test", text, title=title, published="2024-03-05"), model=model)
    for item in [*x.statements, *x.not_statements]:
        assert x.article.text[item.start : item.end] == item.text
    return x


def claims(x: Extraction) -> list[str]:
    return [s.text for s in x.statements]


def apart(x: Extraction, why: str) -> list[str]:
    return [n.text for n in x.not_statements if n.why == why]


@pytest.mark.parametrize(
    "sentence, words",
    [
        ("The tenants' association asked the city to freeze rents until spring.", "freeze rents"),
        ("Councilwoman Ada Brandt called for an independent audit of the pension fund.", "independent audit"),
        ("The airline urged passengers to check their flight status before leaving home.", "check their flight"),
        ("Parents called on the school board to reopen the east gate.", "reopen the east gate"),
        (
            "The recall covers 9,000 heaters. Owners should stop using the heaters at once, according to the "
            "safety commission.",
            "stop using the heaters",
        ),
        (
            'Ridgeway Foods said in a statement: "Any customer who bought the soup should return it for a refund."',
            "return it for a refund",
        ),
        (
            "According to the Harbor Gazette, the ferry union is seeking a temporary restraining order against the port.",
            "restraining order",
        ),
        ("The authors recommend that hospitals screen every patient over 65 for the infection.", "screen every"),
        ("The council's planning officer has recommended the scheme be approved with 12 conditions.", "be approved"),
    ],
)
def test_requests_are_not_claims(sentence, words):
    x = run(sentence)
    assert not any(words in t for t in claims(x)), claims(x)
    assert any(words in t for t in apart(x, "request")), x.not_statements


@pytest.mark.parametrize(
    "text, words",
    [
        ('"We call on the ministry to release the data," said Priya Nair.', "release the data"),
        ('"Please stay off the ice until the inspectors are done," the park ranger said.', "stay off the ice"),
        # an order set after its condition or a scene-setting adverb
        ('"If they want a rematch, name the date," said Rovers captain Jo Lane.', "name the date"),
        ('"If you smell smoke, leave the building," Fire Chief Ana Ortiz told reporters.', "leave the building"),
        ('"Watch the tape from the away end," coach Rui Sato said. "Then call me."', "Then call me"),
    ],
)
def test_quoted_requests_are_not_claims(text, words):
    x = run(text)
    assert not any(words in t for t in claims(x)), claims(x)
    assert any(words in t for t in apart(x, "request"))


def test_advice_that_looks_back_is_a_claim():
    """ "should have done" reproaches or infers what is past: nothing can be asked of anyone now."""
    looking_back = {
        '"The roof held," the surveyor wrote. "You should have replaced the gutters years ago."': "replaced the gutters",
        '"The pump failed twice," Ines Ruiz said. "Any owner must have noticed the noise."': "noticed the noise",
    }
    for text, words in looking_back.items():
        assert any(words in t for t in claims(run(text))), text


@pytest.mark.parametrize(
    "sentence",
    [
        "The hospital declined to comment on the lawsuit.",
        "The mine's owner did not respond to emails seeking comment.",
        "Officials at the port did not respond to a request for comment on Tuesday.",
        "The agency said it does not comment on ongoing investigations.",
        "Asked about the offer, the transit authority's spokeswoman said the authority does not comment on "
        "matters that could end up before a judge.",
        "The campaign's spokesman did not provide names or say how many voters had complained.",
        "The company did not say whether the two servers were connected to the same network.",
        "Asked about the cook's account, the chain's spokeswoman said she could not respond to claims from an "
        "unnamed person.",
    ],
)
def test_refusals_to_comment_are_not_claims(sentence):
    x = run(sentence)
    assert claims(x) == []
    assert apart(x, "no-comment"), x.not_statements


def test_a_claim_beside_a_refusal_stays():
    x = run("The mill's owner said the fire started in a storage shed. She declined to comment on the insurance claim.")
    assert claims(x) == ["the fire started in a storage shed"]


@pytest.mark.parametrize(
    "text, words",
    [
        ('"Who pays for the repairs?" asked Lena Park, a resident.', "Who pays for the repairs?"),
        ("The mayor asked whether the state would cover the cost.", "whether the state"),
    ],
)
def test_questions_are_not_claims(text, words):
    x = run(text)
    assert not any(words in t for t in claims(x)), claims(x)
    assert any(words in t for t in apart(x, "question")), x.not_statements


def test_a_question_inside_a_quote_leaves_the_chain():
    x = run('"The fares went up twice this year. Why? Nobody at the agency will say," said Omar Haddad.')
    assert claims(x) == ["The fares went up twice this year", "Nobody at the agency will say"]
    first, last = x.statements
    assert last.continues == first.id
    assert apart(x, "question") == ["Why?"]


def test_a_headline_that_summarises_the_body_is_not_a_statement():
    text = (
        "Brewery dumped waste into creek, neighbours say\n\n"
        "Neighbours of the Kettle Creek brewery said it had dumped waste into the creek for months. "
        "The brewery denied it."
    )
    x = run(text, title="Brewery dumped waste into creek, neighbours say")
    assert not any(s.start < 48 for s in x.statements), claims(x)
    assert apart(x, "headline")
    assert any("dumped waste into the creek" in t for t in claims(x))


def test_a_headline_quote_the_body_does_not_repeat_is_kept():
    text = (
        "Coach slams league: 'The schedule is a joke'\n\n"
        "Rovers coach Ines Duarte criticised the league's fixture list on Monday after a third away game in a week."
    )
    x = run(text)
    assert "The schedule is a joke" in claims(x)
    repeated = text.replace("after a third", "and said 'The schedule is a joke' after a third")
    assert "The schedule is a joke" not in [s.text for s in run(repeated).statements if s.start < 45]


@pytest.mark.parametrize(
    "text, billed",
    [
        (
            "Audit row\n\nThe city auditor said Monday that the parks director had charged $12,000 in meals to the "
            "city. Prosecutors charged the treasurer with fraud in March.",
            "$12,000",
        ),
        (
            "Fee fight\n\nTenants said the landlord charged them a $300 move-in fee. The state charged the landlord "
            "with fraud.",
            "$300 move-in fee",
        ),
    ],
)
def test_charging_money_is_no_accusation_but_charging_with_a_crime_is(text, billed):
    x = extract(Article("test", text, published="2024-05-14"))
    assert not any(s.text.startswith(billed) or s.text == "them" for s in x.statements), x.statements
    assert [s.text for s in x.statements if s.kind == "allegation"] == ["fraud"]


@pytest.mark.parametrize(
    "text, claims",
    [
        (
            "Budget row\n\nA city employee, who asked not to be named because she was not authorized to speak, said "
            "the library budget had been cut twice.",
            ["the library budget had been cut twice"],
        ),
        (
            "Inspections\n\nThe agency did not say how many inspectors it had hired. The firm does not discuss "
            "personnel matters, a spokesman said. The mayor said that the inspectors were overworked.",
            ["that the inspectors were overworked"],
        ),
    ],
)
def test_asking_not_to_be_named_and_not_saying_are_no_claims(text, claims):
    x = extract(Article("test", text, published="2024-05-14"))
    assert [s.text for s in x.statements] == claims


@pytest.mark.parametrize(
    "sentence, words, why",
    [
        (
            "The campaign said the clerk had refused to accept the ballots even though they were postmarked on time.",
            "to accept the ballots",
            "action",
        ),
        ("The landlord refused to repair the boiler, the tenants said.", "to repair the boiler", "action"),
        ("The coach declined to share medical details.", "to share medical details", "no-comment"),
    ],
)
@pytest.mark.parametrize("model", ["rules", "hybrid"])
def test_a_refusal_to_act_or_to_share_is_no_claim(sentence, words, why, model):
    """What a refusal leaves out is kept apart; the claim reporting the refusal stays a claim. Also where
    the hybrid takes the model's reading of "the tenants said" over the rules': the refusal inside it
    stays set apart."""
    x = run(sentence, model=model)
    assert not any(t.startswith(words) for t in claims(x)), claims(x)
    assert any(t.startswith(words) for t in apart(x, why)), x.not_statements


def test_an_infinitive_under_a_wish_reports_nothing_said():
    x = run(
        "The tenants' union asked the city to act. The union wants the city to require landlords to show tenants "
        "how each rent increase is calculated."
    )
    assert not any("how each rent increase" in t for t in claims(x)), claims(x)


@pytest.mark.parametrize(
    "front, summary",
    [
        (  # a feature's standfirst
            "The pool closed in May. The swimmers say they know why.\n\n"
            "Regulars blame a council that let the boiler fail. The council says the money ran out.",
            ["the money ran out", "let the boiler fail"],
        ),
        (  # a deck of two sentences in place of a headline
            "Tenants say the heating never came back. The landlord says it was fixed in a day.",
            ["the heating never came back", "it was fixed in a day"],
        ),
        (  # a wire update's summary bullets
            "UPDATE 1-Grainco rejects Harland bid\n\n(Adds analyst comment in paragraph 6)\n\n"
            "* Grainco says offer undervalues its mills\n* Harland says shareholders should decide",
            ["offer undervalues its mills", "shareholders should decide"],
        ),
    ],
)
def test_what_the_desk_sets_above_the_byline_is_headline(front, summary):
    body = (
        "\n\nBy Ruth Ocampo | Valley Courier\n\n"
        "HAMILTON — The chair of the board, Dana Reyes, said on Tuesday that the offer undervalued the company. "
        '"We looked at it carefully," she said.'
    )
    x = run(front + body)
    start = len(front)
    assert not [s.text for s in x.statements if s.start < start], claims(x)
    assert any(words in t for words in summary for t in apart(x, "headline")), x.not_statements
    assert any("the offer undervalued the company" in t for t in claims(x))


def test_a_body_paragraph_opening_with_by_is_no_byline():
    text = (
        "Library hours cut\n\n"
        "The library will close on Sundays, the city said.\n\n"
        "By Monday the council had received 300 emails.\n\n"
        "Librarian Noor Aziz said the branch was busiest on Sundays."
    )
    x = run(text)
    assert any("close on Sundays" in t for t in claims(x)), claims(x)
    assert any("busiest on Sundays" in t for t in claims(x))


def test_a_condition_before_a_claim_leaves_it_a_claim():
    x = run('"If the numbers are right, the plan pays for itself," said Councillor Jo Lane.')
    assert claims(x) == ["If the numbers are right, the plan pays for itself"], claims(x)


@pytest.mark.parametrize(
    "sentence, words",
    [
        ("Bus drivers at the Eastgate depot rejected the pay offer by 62% to 38% on Friday.", "the pay offer"),
        ("The planning committee rejected the developer's proposal for 40 flats on Tuesday.", "proposal for 40 flats"),
        ("Shareholders of Brightwater Plc turned down a 400 pence a share offer from Kestrel Capital.", "share offer"),
    ],
)
def test_an_offer_or_a_proposal_turned_down_is_an_act_and_no_denial(sentence, words):
    x = run(sentence)
    assert not any(words in t for t in claims(x)), claims(x)
    assert not any(s.kind == "denial" for s in x.statements)
