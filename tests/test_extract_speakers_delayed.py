"""A person described first and named a sentence or two later is one party (issue 13, item 5), on sentences
written for these tests: a lede's "A Calgary veterinarian with 400,000 followers says ..." is the Dr. Owen
Prescott the next paragraph names; a feature's "a geologist who mapped the valley says ..." is the Dr. Hannah Lisk
of the next sentence, whatever clause introduces her; a caller "who gave only his first name, Curtis," is Curtis.
A named person with a post of their own is someone else.
"""

import pytest
from extract_support import MODELS, run, speaker


@pytest.mark.parametrize("model", MODELS)
def test_a_lede_description_is_the_person_named_next(model):
    x = run(
        "Vet disputes dog food label\n\n"
        "By Lena Ward\n\n"
        "A Calgary veterinarian with 400,000 followers says a popular dog food is short on the protein its bag "
        "promises.\n\n"
        "Dr. Owen Prescott wrote on Instagram on Sunday that he had sent three bags to a lab.",
        model,
    )
    assert speaker(x, "short on the protein") == "Owen Prescott"
    assert not [p for p in x.parties if "veterinarian" in p.name]


@pytest.mark.parametrize("model", MODELS)
def test_a_described_expert_is_the_person_the_next_sentence_introduces(model):
    x = run(
        "Groundwater\n\n"
        "The company says the aquifer is safe. But a geologist who mapped the valley for the province says the "
        "rock is cracked. Dr. Hannah Lisk, who wrote a 2019 report on the valley for the province, said the "
        "cracks run under the town.",
        model,
    )
    assert speaker(x, "the rock is cracked") == "Hannah Lisk"


@pytest.mark.parametrize("model", MODELS)
def test_a_named_person_with_a_post_of_their_own_is_someone_else(model):
    x = run(
        "Clinic waits\n\n"
        "A nurse who works nights at the clinic says patients wait six hours. Dr. Ann Lee, the clinic's medical "
        "director, said the average wait is two hours.",
        model,
    )
    assert speaker(x, "patients wait six hours") != "Ann Lee"


@pytest.mark.parametrize("model", MODELS)
def test_the_brands_founder_is_the_founder_named_later_not_the_next_name(model):
    x = run(
        "Vet disputes dog food label\n\n"
        "A Calgary veterinarian with 400,000 followers says a popular dog food is short on the protein its bag "
        'promises, and the brand\'s founder has hit back, calling the claim "a lie."\n\n'
        "Dr. Owen Prescott wrote on Instagram on Sunday that he had sent three bags to a lab.\n\n"
        "Barkwell Foods founder Nina Ortiz answered in a video on Monday.",
        model,
    )
    assert speaker(x, "a lie") == "Nina Ortiz"
    assert speaker(x, "short on the protein") == "Owen Prescott"


@pytest.mark.parametrize("model", MODELS)
def test_a_caller_who_gave_a_first_name_is_that_name(model):
    x = run(
        "Radio calls\n\n"
        "The program took calls. One listener from Dayton, who gave only his first name, Curtis, said he had "
        "stopped using the app. Another, a nurse, said she never used it.",
        model,
    )
    assert speaker(x, "stopped using the app") == "Curtis"


@pytest.mark.parametrize("model", MODELS)
def test_a_tenant_identified_in_the_suit_is_known_by_that_name(model):
    x = run(
        "Heat lawsuit\n\n"
        'The class-action complaint says heat failed for weeks. "We waited for weeks," one renter, identified '
        'in the lawsuit as Tenant B, says in a sworn statement. "My kids slept in coats."',
        model,
    )
    assert speaker(x, "We waited for weeks") == "Tenant B"
    assert speaker(x, "My kids slept in coats") == "Tenant B"
