"""A denial never disputes words of its own side (issue 13, item 2), on sentences written for these tests.

The own-side rows the founding question showed came from words of the denier's side credited to the other side,
which the denier's later denial then disputed. An aside cue set between its words' subject and their verb
("Loafline, it said, had been warned") is not the subject's: the writer would have written "Loafline said"; nor is
"the brief" that answers a suit the suing party's. A denial credited to no side hides a dispute: "a spokeswoman
for the unit" speaks for the company the sentences before were about.
"""

import pytest
from extract_support import MODELS, behalf, run, said, speaker

FEUD = (
    "Bakery feud\n\n"
    "Loafline, the delivery app that Crumbworks stopped supplying on May 2, sued in state court the next day, "
    "accusing the bakery of breaking its supply contract and of colluding with Doughly to squeeze it out.\n\n"
    '"There is nothing to these claims," a Crumbworks spokeswoman said when the suit was filed. In its court '
    "papers, Crumbworks went further. Loafline, it said, had been warned about late payments for months and had "
    'shown "no interest" in settling them.'
)


@pytest.mark.parametrize("model", MODELS)
def test_an_aside_it_said_after_the_subject_is_not_the_subject(model):
    x = run(FEUD, model)
    assert speaker(x, "had been warned about late payments") == "Crumbworks"


@pytest.mark.parametrize("model", MODELS)
def test_the_company_s_own_words_do_not_dispute_its_spokeswoman(model):
    x = run(FEUD, model)
    denial = said(x, "nothing to these claims")
    assert not any(denial.id in s.disputes for s in x.statements)


@pytest.mark.parametrize("model", MODELS)
def test_the_speaker_named_before_the_words_stays_the_speaker(model):
    x = run(
        "Letters\n\nRuth Abara wrote that the ferry vote was rushed. Ines Kolar of Dunmore argued the other way: the "
        "fare plan, she said, deserved a fair trial whatever the council thought of it.",
        model,
    )
    found = [x.party(s.speaker).name for s in x.statements if "deserved a fair trial" in s.text]
    assert found and set(found) == {"Ines Kolar"}


@pytest.mark.parametrize("noun", ["unit", "subsidiary", "arm"])
def test_a_spokeswoman_for_the_unit_speaks_for_the_company_the_unit_is(noun):
    x = run(
        f"Courier sues bakery\n\nMarlo, the delivery app, sued Crumbworks Bakeries on Monday, accusing the baking {noun} "
        'of breaking its supply contract.\n\nCrumbworks was quick and short. "There is nothing to these claims," a '
        f"spokeswoman for the {noun} said."
    )
    assert behalf(x, "nothing to these claims") == "Crumbworks Bakeries"


@pytest.mark.parametrize("model", MODELS)
def test_a_brief_answering_the_suit_is_never_the_suing_party_s(model):
    x = run(
        "Courier sues bakery\n\nMarlo sued Crumbworks Bakeries on Monday, accusing the bakery of breaking its supply "
        "contract.\n\nThe bakery's reply came in stages: first a short statement, then, a week later, a brief that "
        "told a different story. Late payments, the brief noted, had piled up for months.",
        model,
    )
    assert speaker(x, "had piled up for months") != "Marlo"


@pytest.mark.parametrize("model", MODELS)
def test_a_third_party_s_denial_on_the_answerer_s_behalf_is_never_what_it_answers(model):
    """Whoever denies a charge against a side takes that side's part: "Portline rejected that" after an insurer
    denied the union's charge answers the union, not the insurer (the court-notebook own-side row, 2026-12-07f)."""
    x = run(
        "Crane checks\n\nThe Dock Workers Union accused Portline on Monday of cutting crane inspections to save "
        "money. Inspectors, the union said, had been sent home twice in March.\n\nMarta Ilves, who insures the "
        "port's cranes, denied that any inspection had been cut to save money.\n\nThen the March point. Portline "
        "rejected that. Its inspectors, a spokesman said, had worked every shift in March.",
        model,
    )
    by_id = {s.id: s for s in x.statements}
    rejected = next(s for s in x.statements if s.text == "that")
    for answer in (rejected, said(x, "worked every shift")):
        targets = [by_id[t].text for t in answer.disputes]
        assert any("sent home twice" in t for t in targets), targets
        assert not any("any inspection had been cut" in t for t in targets), targets
