"""Quotations introduced by whom they come from, with no verb of saying (issue 13 item 1).

'The reply came in one line from a spokeswoman for the mayor: "..."' gives the words to the spokeswoman, never to
whoever spoke last; an answer so given disputes the other side's charges and nothing of its own side. Sentences
written for these tests; both extractors are asked.
"""

from __future__ import annotations

import pytest
from extract_support import MODELS, run, said


@pytest.mark.parametrize("model", MODELS)
def test_a_quotation_from_a_spokeswoman_after_a_colon_is_hers(model):
    x = run(
        "Halden Water sued Brookfield on Monday. The lawsuit alleges that the city broke its supply contract and "
        'that it "knowingly hid" test results from residents.\n\n'
        'The city\'s reply came in a single line from a spokeswoman for the mayor: "There is no truth to these claims."',
        model,
    )
    answer = said(x, "There is no truth to these claims")
    assert "spokes" in x.party(answer.speaker).name.lower()
    assert answer.kind == "denial"
    accused = {s.id for s in x.statements if x.party(s.speaker).name == "Halden Water"}
    assert accused and set(answer.disputes) <= accused and answer.disputes
    assert answer.continues is None


@pytest.mark.parametrize("model", MODELS)
def test_a_statement_from_a_company_on_a_day_is_the_companys(model):
    x = run(
        "Two former drivers accused Norvik Freight of cutting their pay without notice.\n\n"
        'A statement from Norvik Freight on Friday: "Every driver was told of the new rates in writing."',
        model,
    )
    answer = said(x, "Every driver was told")
    assert x.party(answer.speaker).name == "Norvik Freight"
    assert answer.origin is not None and answer.origin.kind == "press statement"


@pytest.mark.parametrize("model", MODELS)
def test_the_owner_of_an_answer_given_in_full_said_it(model):
    x = run(
        'Ferro Tools said the union had "staged" the walkout to win attention.\n\n'
        'The union\'s answer, in full: "Nobody staged anything."',
        model,
    )
    assert "union" in x.party(said(x, "Nobody staged anything").speaker).name.lower()


def test_a_clause_whose_subject_speaks_gives_no_words_to_what_follows_from():
    """The rules' guard (the learned model reads such a line its own way)."""
    x = run(
        "The mayor said on Tuesday that the budget was balanced.\n\n"
        'Councilwoman Ada Pike disagreed, in a post from her campaign account: "The budget is short by $4 million."',
        "rules",
    )
    speakers = {x.party(s.speaker).name for s in x.statements if "budget is short" in s.text}
    assert speakers <= {"Ada Pike"}


@pytest.mark.parametrize("model", MODELS)
def test_a_lesson_from_someone_is_not_their_words(model):
    x = run(
        "A lesson from Rita Osei: 'Receipts are the whole job.'\n\n"
        "Rita Osei said she had learned to keep every receipt during her first audit.",
        model,
    )
    assert not [s for s in x.statements if "Receipts are the whole job" in s.text]


@pytest.mark.parametrize("model", MODELS)
def test_an_answer_sent_via_a_spokeswoman_is_hers_for_its_owner(model):
    x = run(
        "Harbor Water sued Brookfield on Monday, saying the city broke its supply contract.\n\n"
        'Brookfield\'s response, via a spokeswoman: "The lawsuit has no merit."',
        model,
    )
    answer = said(x, "The lawsuit has no merit")
    who = x.party(answer.speaker)
    assert who.name == "Brookfield spokesperson" and who.affiliation is not None
    assert x.party(who.affiliation).name == "Brookfield"
    assert answer.kind == "denial" and answer.disputes


@pytest.mark.parametrize("model", MODELS)
def test_a_quotation_after_a_colon_signed_by_a_spokeswoman_is_hers(model):
    x = run(
        "Bakery feud on screen\n\nLoafline sued Crumbworks on Monday, accusing the bakery of breaking its supply "
        "contract and of colluding with Doughly.\n\nCrumbworks would not sit for the film. Its reply appears at the "
        'end as a caption, in plain type: "These claims have no basis" — a Crumbworks spokeswoman, May 2024.',
        model,
    )
    answer = said(x, "These claims have no basis")
    assert x.party(answer.on_behalf_of or answer.speaker).name == "Crumbworks"
    assert answer.kind == "denial"
    assert {x.party(s.speaker).name for s in x.statements if s.id in answer.disputes} == {"Loafline"}


@pytest.mark.parametrize("model", MODELS)
def test_a_clause_after_its_complaint_and_a_colon_is_the_suer_s(model):
    x = run(
        "Bakery feud\n\nCrumbworks stopped supplying Loafline on May 2.\n\nThe county courthouse in Dover, where "
        'Loafline sued on Monday. Its complaint: Crumbworks\'s decision was "driven by spite" and meant to help '
        "Doughly. It also says Crumbworks broke its contract.\n\n"
        '"There is no merit to these claims," a Crumbworks spokeswoman said.',
        model,
    )
    charge = said(x, "driven by spite")
    assert x.party(charge.speaker).name == "Loafline"
    assert charge.origin is not None and charge.origin.kind == "court filing"
    assert charge.id in said(x, "no merit to these claims").disputes


@pytest.mark.parametrize("model", MODELS)
def test_its_statement_in_a_body_s_position_is_that_body_s(model):
    x = run(
        "Bakery feud, live\n\n1/ 9:02 a.m. Loafline wants an order forcing Crumbworks to resume deliveries. Doughly, a "
        "far bigger Crumbworks customer, is watching.\n\n2/ 9:05 a.m. Crumbworks's position, from its statement to "
        'reporters on Monday: "There is no merit to these claims." Crumbworks says the delivery app missed six payments.',
        model,
    )
    answer = said(x, "no merit to these claims")
    assert x.party(answer.speaker).name == "Crumbworks"
    assert answer.kind == "denial"


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize(
    "introduced",
    [
        "The port's answer came in stages. First a single sentence from a spokeswoman for the port — \"The mill's "
        'case has no basis" — and then, a week later, a brief.',
        "The port's answer never changed. The first version came from a spokeswoman for the port on the day of the "
        'lawsuit, in six words: "The mill\'s case has no basis."',
    ],
)
def test_a_quotation_after_a_dash_or_a_longer_setting_is_the_senders(introduced, model):
    x = run("The mill sued the port on Monday.\n\n" + introduced, model)
    assert "spokes" in x.party(said(x, "has no basis").speaker).name.lower()
