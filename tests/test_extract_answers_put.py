"""Answers recognised by their framing and their words, linked to what they answer (issue 13 item 2).

- "Asked about that, X said ...": a reply to what the other side had just said, put to its speaker; the bare
  "that" means their last words, never everything they said before.
- "That simply did not happen," X said next: a denial in its own words carries on X's denial just before.
- Words that say the other side's account misreports ("taken out of context", "the lawsuit misstates how ...")
  deny it whatever the cue.
- "Y stood by every allegation in the complaint": said for Y, whose complaint it is; it answers those who
  disputed Y, never Y's own charges.

Sentences written for these tests; both extractors are asked.
"""

from __future__ import annotations

import pytest
from extract_support import MODELS, disputed, run, said

REPLY = (
    "Rosa Quint, a former driver, said managers at Harlan Freight had told drivers to skip brake checks to save "
    "time. She said she had reported the problem to the depot in March.\n\n"
    "Asked about that, Tom Beyer, a Harlan Freight spokesman, said no manager had ever told a driver to skip a "
    'check. "That simply did not happen," Beyer said.'
)


@pytest.mark.parametrize("model", MODELS)
def test_a_reply_framed_by_a_bare_that_answers_the_last_words_put_to_it(model):
    x = run(REPLY, model)
    reply = said(x, "no manager had ever told a driver")
    assert reply.kind == "denial"
    assert disputed(x, "no manager had ever told a driver") == ["she had reported the problem to the depot in March"]
    basis = reply.dispute_basis[0]
    assert basis.rule == "anaphora" and x.article.text[basis.start : basis.end] == "that"


@pytest.mark.parametrize("model", MODELS)
def test_a_denial_in_its_own_words_carries_on_the_one_before(model):
    x = run(REPLY, model)
    assert said(x, "That simply did not happen").kind == "denial"
    assert disputed(x, "That simply did not happen") == disputed(x, "no manager had ever told a driver") != []


@pytest.mark.parametrize("model", MODELS)
def test_a_reply_skips_what_its_speaker_is_reported_saying_inside_the_other_sides_words(model):
    x = run(
        "Luis Ocampo, a foreman, says in a declaration that he saw the molds being loaded onto a trailer.\n\n"
        "Dana Whitlow, who represents the builder, disputed Ocampo's declaration. She said Ocampo had left the "
        "yard in January, weeks before the day he says he saw the molds being moved.\n\n"
        "Asked about that, Ocampo said his last day was Feb. 16 and that he had a pay stub to prove it.",
        model,
    )
    assert disputed(x, "his last day was Feb. 16") == ["Ocampo had left the yard in January"]


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize(
    "answer",
    [
        '"The emails in that report were taken out of context," a Corwin Homes spokeswoman said.',
        "Corwin Homes said the report misstates how its rent reviews work.",
    ],
)
def test_words_that_say_an_account_misreports_deny_it(model, answer):
    x = run(
        "A tenants' group, the Eastside Renters Union, said in a report on Monday that Corwin Homes raised rents "
        "only on tenants who had complained about repairs.\n\n" + answer,
        model,
    )
    denial = next(s for s in x.statements if "context" in s.text or "misstates" in s.text)
    assert denial.kind == "denial"
    assert [x.party(x.statements[int(t[1:]) - 1].speaker).name for t in denial.disputes] == ["Eastside Renters Union"]


@pytest.mark.parametrize("model", MODELS)
def test_standing_by_a_complaint_is_said_for_its_owner(model):
    x = run(
        "Lakeview Dairy sued Marsh County on Monday. The complaint alleges that county inspectors falsified the "
        "dairy's inspection records.\n\n"
        "The county said its inspectors had followed every rule and called the complaint baseless.\n\n"
        "Joan Pratt said in an interview that Lakeview Dairy stood by every allegation in the complaint.",
        model,
    )
    stand = said(x, "stood by every allegation")
    owners = {x.party(x.statements[int(t[1:]) - 1].speaker).name for t in stand.disputes}
    assert stand.disputes and "Lakeview Dairy" not in owners
