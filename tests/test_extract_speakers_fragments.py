"""Who a voice speaks for, when the organisation's name comes cut short or the speaker may not speak for it (issue
13, who disputed whom). A single capitalised word that ends the name, or a short name, of exactly one organisation
the article names ("Heron's general manager" after "Blue Heron" and "Blue Heron Orchards") is that organisation, not
a party of its own; and a role holder the text says was not authorised or allowed to speak ("who asked not to be
named because he was not authorized to speak to reporters") speaks for himself, not for the body that employs him
(the development set's annotators give such a source no ``on_behalf_of``). Sentences written for these tests, in a
regional paper's style, a Reuters wire's and a local business page's."""

import pytest
from extract_support import MODELS, behalf, run


@pytest.mark.parametrize("model", MODELS)
def test_the_last_word_of_a_short_name_is_that_organisation(model):
    x = run(
        "Orchard accused of draining town wells\n\n"
        "FRESNO, Calif. — Residents of Orosi say Blue Heron Orchards has drained their wells.\n\n"
        "Blue Heron denied the accusation on Tuesday.\n\n"
        "In an interview, Heron’s general manager, Ann Lee, said the orchard draws from a deeper aquifer.",
        model,
    )
    assert behalf(x, "deeper aquifer") == "Blue Heron Orchards"


def test_the_last_word_of_a_terminals_name_is_the_terminal():
    x = run(
        "Port fees anger shippers\n\n"
        "ANTWERP (Reuters) - Meridian Line said Scheldt Harbour Terminal billed it 4 million euros in storage fees.\n\n"
        "Scheldt Harbour rejected that account. Harbour's managing director, Piet Claes, said the outage lasted 19 "
        "hours."
    )
    assert behalf(x, "lasted 19 hours") == "Scheldt Harbour Terminal"


@pytest.mark.parametrize("model", MODELS)
def test_an_employee_not_authorised_to_speak_speaks_for_himself(model):
    x = run(
        "Plant skipped inspections, worker says\n\n"
        "A Harlan Steel foreman, who asked not to be named because he was not authorized to speak to reporters, said "
        "the plant had skipped two inspections.",
        model,
    )
    assert behalf(x, "skipped two inspections") is None


def test_a_spokesman_authorised_to_speak_still_speaks_for_the_company():
    x = run(
        "Mill faces questions\n\n"
        "A Kestrel Mills spokesman, who was authorized to speak for the company, said the mill had passed every "
        "inspection."
    )
    assert behalf(x, "passed every inspection") == "Kestrel Mills"
