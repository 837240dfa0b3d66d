"""Words for what the other side said reach past "claims" and "account" (issue 13): a denial of "the growers'
interpretation", "that assessment" or "the institute's conclusion" refers back (rule ``anaphora``, the words kept as
its basis) and takes up the statement the answer goes on about, not the latest charge against its side.
Sentences written for this test in business, court and science styles."""

import pytest
from extract_support import run, said


@pytest.mark.parametrize(
    "text, answer, answered",
    [
        (  # business
            "Orchard growers say their crop policies cover smoke damage in plain words. Their lawyer, Dana Ruiz, said "
            "Halvard Mutual had delayed every claim for months. Halvard Mutual disputed the growers' interpretation, "
            "saying the policies exclude smoke damage.",
            "the growers' interpretation",
            "their crop policies cover smoke damage",
        ),
        (  # court
            "The family's lawyer told the jury that the scaffold had no guard rail on the day of the fall. She also "
            "said Trent Build had never trained the worker. A barrister for the firm disputed that assessment, saying "
            "photographs showed a guard rail on the scaffold.",
            "that assessment",
            "the scaffold had no guard rail",
        ),
        (  # science
            "Researchers at the Lund Institute said their survey showed the lake's trout numbers had halved since "
            "2015. A fishing association accused Norvik Hydro of draining the lake every summer. Norvik Hydro "
            "rejected the institute's conclusion, saying its own survey found trout numbers were stable.",
            "the institute's conclusion",
            "trout numbers had halved",
        ),
    ],
)
def test_a_denial_of_an_interpretation_or_conclusion_refers_back_to_it(text, answer, answered):
    x = run(text)
    denial = said(x, answer)
    by_id = {s.id: s for s in x.statements}
    assert denial.kind == "denial"
    assert [answered in by_id[t].text for t in denial.disputes] == [True], [by_id[t].text for t in denial.disputes]
    assert {b.rule for b in denial.dispute_basis} == {"anaphora"}
    assert all(b.text in answer for b in denial.dispute_basis)


def test_a_named_owner_in_the_question_put_picks_whose_account_is_answered():
    """ "Asked about Mr Corrigan's account, a spokeswoman said ..." answers Corrigan's words, not those of the
    passenger quoted last: the name owning the answer noun says whose, even when the reply's cue denies nothing."""
    x = run(
        "Ferry delays\n\nPassengers say the Harbour Line cancelled sailings without warning. Another passenger, Liam "
        "Corrigan of Hobart, said he had waited three hours on the pier on May 2 without any announcement.\n\nWendy "
        'Price, a commuter, said the staff had known about the engine fault for a week. "They just kept selling '
        "tickets,\" she said.\n\nAsked about Mr Corrigan's account, a Harbour Line spokeswoman said the pier office "
        "had no record of any delay on May 2."
    )
    denial = said(x, "the pier office had no record")
    by_id = {s.id: s for s in x.statements}
    assert [by_id[t].text for t in denial.disputes] == [said(x, "waited three hours").text]
