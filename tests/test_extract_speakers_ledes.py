"""Who speaks when a story names a body one way and then another, on sentences written for these tests: a country's
watchdog in a wire lede named in the next sentence, "the airline" again after "it added", a councillor's title
before her name, a section's number before a heading's name, and "Its brief" after the body that filed it.
"""

import pytest
from extract_support import MODELS, run, speaker

from kg.extract.names import clean_name, same_kind


@pytest.mark.parametrize("model", MODELS)
def test_a_countrys_watchdog_in_a_lede_is_the_body_named_next(model):
    x = run(
        "Bank fined\n\nOSLO (Reuters) - Norway's financial watchdog has fined Fjordhavn Bank 20 million crowns, saying "
        "the lender ignored warnings from its own auditors for three years.\n\nThe Financial Supervisory Authority "
        "said on Monday that the bank's checks had been weak since 2019.",
        model,
    )
    assert speaker(x, "ignored warnings") == "Financial Supervisory Authority"
    assert speaker(x, "checks had been weak") == "Financial Supervisory Authority"


@pytest.mark.parametrize("model", MODELS)
def test_a_countrys_ministry_with_no_other_name_keeps_its_own(model):
    x = run(
        "Ferry held\n\nBERGEN (AP) - Police held a ferry in port on Friday. Sweden's maritime ministry said it had "
        "asked for the crew's release.\n\nThe Norwegian Coastal Administration said the ship was unsafe.",
        model,
    )
    assert speaker(x, "crew's release") != "Norwegian Coastal Administration"


@pytest.mark.parametrize("model", MODELS)
def test_the_airline_said_again_after_it_added_is_the_airline_named_before(model):
    x = run(
        "Planes grounded\n\nPERTH (Reuters) - The regulator grounded three planes on Monday.\n\nPalmer Airways, which "
        "flies 20 routes, rejected the findings. In a statement, the airline said its records were complete.\n\n"
        "Chief executive Dana Lowe said the checks were done. A regulator spokeswoman said the records were late.\n\n"
        "The grounding will cancel 40 flights a week, the airline said. Passengers would get refunds, it added.",
        model,
    )
    assert speaker(x, "records were complete") == "Palmer Airways"
    assert speaker(x, "cancel 40 flights") == "Palmer Airways"
    assert speaker(x, "get refunds") == "Palmer Airways"


@pytest.mark.parametrize("model", MODELS)
def test_a_councillors_title_is_no_part_of_her_name(model):
    x = run(
        "Licence row\n\nGALWAY - The council revoked the licence on Tuesday.\n\nCllr Maeve Donnelly, of the opposition "
        "group, said the committee had acted too fast.",
        model,
    )
    assert speaker(x, "acted too fast") == "Maeve Donnelly"


def test_a_sections_number_is_no_part_of_the_name_after_it():
    assert clean_name("IV. Kestrel Media") == "Kestrel Media"
    assert clean_name("XII. Norvale") == "Norvale"
    assert clean_name("I. M. Pei") == "I. M. Pei"  # an initial, not a section


@pytest.mark.parametrize("model", MODELS)
def test_its_brief_after_the_body_that_answered_is_that_bodys(model):
    x = run(
        "Hosting case note\n\nKestrel Media sued Norvale Cloud Inc. in January. Kestrel's complaint says the "
        "shutdown was unlawful.\n\nNorvale Cloud Inc. answered on March 2. Its brief denies that any rival played "
        "a part in the decision.",
        model,
    )
    assert speaker(x, "shutdown was unlawful") == "Kestrel Media"
    assert speaker(x, "any rival played") == "Norvale Cloud"


@pytest.mark.parametrize("model", MODELS)
def test_its_complaint_after_two_subjects_is_the_suers(model):
    x = run(
        "Hosting case note\n\nNorvale Cloud cut off Kestrel Media on Sunday, and the next day Kestrel Media sued "
        "Norvale Cloud Inc. in federal court. Its complaint accuses Norvale of breaching the contract.",
        model,
    )
    assert speaker(x, "breaching the contract") == "Kestrel Media"


_FORCE = (
    "Search criticised\n\nThe family of a missing hiker have accused Dyfed-Powys Police of a slow search.\n\n"
    "Dyfed-Powys Police said it had referred itself to the Independent Office for Police Conduct.\n\n"
    "Superintendent Rhys Owen said the force's thoughts were with the family. He said the search began at once. "
    '"I do not accept that officers were slow," he said. But he said lessons would be learned.\n\n'
    "The force disputed the family's account, saying a helicopter had been sent on the first night.\n\n"
    "A coroner's officer said an inquest had been opened. No one else was involved, police said."
)


@pytest.mark.parametrize("model", MODELS)
def test_the_force_and_bare_police_are_the_one_police_force_named(model):
    x = run(_FORCE, model)
    assert speaker(x, "helicopter had been sent") == "Dyfed-Powys Police"
    assert speaker(x, "No one else was involved") == "Dyfed-Powys Police"


@pytest.mark.parametrize("model", MODELS)
def test_bare_police_beside_two_forces_is_neither(model):
    x = run(_FORCE.replace("Independent Office for Police Conduct", "Gwent Police"), model)
    assert speaker(x, "No one else was involved") not in ("Dyfed-Powys Police", "Gwent Police")


@pytest.mark.parametrize("model", MODELS)
def test_bare_police_are_no_council_just_named(model):
    x = run(
        "Flood road\n\nMarsh Vale Council closed the coast road on Sunday. The council said the road was unsafe. "
        "Two drivers were turned back overnight, police said.",
        model,
    )
    assert speaker(x, "drivers were turned back") != "Marsh Vale Council"


def test_a_name_says_its_kind_by_its_head_not_by_what_it_deals_with():
    assert same_kind("North Wales Police", "force")
    assert same_kind("Rail Drivers' Association", "union")
    assert not same_kind("Independent Office for Police Conduct", "police")


@pytest.mark.parametrize("model", MODELS)
def test_a_name_ending_in_generics_is_the_company_a_later_the_company_means(model):
    x = run(
        "Syrup shortage\n\nThe Belgian Pharmacists' Union said on Friday that Brantwood Generics had sent syrup abroad. "
        "Shortages in 2022 led the European Medicines Agency to set up a monitoring group.\n\n"
        "Brantwood Generics rejected the claim. In a statement, the company said it had shipped nothing abroad.",
        model,
    )
    assert speaker(x, "shipped nothing abroad") == "Brantwood Generics"
