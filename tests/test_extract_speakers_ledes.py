"""Who speaks when a story names a body one way and then another, on sentences written for these tests: a country's
watchdog in a wire lede named in the next sentence, "the airline" again after "it added", a councillor's title
before her name, a section's number before a heading's name, and "Its brief" after the body that filed it.
"""

import pytest
from extract_support import MODELS, run, speaker

from kg.extract.names import clean_name


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
