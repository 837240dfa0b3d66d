"""Which named body "the force", "the regulator" or "the housing association" means (issue 13, item 5), on
sentences written for these tests in a local paper's, a wire's, a housing reporter's and a regional daily's
styles: the noun is no word of the body's name, so only the article's order tells (the body named as a subject
just after a lede's description, else just before it); a body whose name says it is a club or a coalition is
never "the company", and a company is never "the ministry".
"""

import pytest
from extract_support import MODELS, run, speaker


@pytest.mark.parametrize("model", MODELS)
def test_the_force_is_the_police_force_named_before(model):
    x = run(
        "Police apologise over missing teenager\n\n"
        "Avon and Somerset Police said officers had reached the house within 20 minutes of the first call.\n\n"
        "A spokesperson for the Independent Office for Police Conduct said it was reviewing the case.\n\n"
        "The force said the two officers involved had been interviewed.",
        model,
    )
    assert speaker(x, "officers involved had been interviewed") == "Avon and Somerset Police"


@pytest.mark.parametrize("model", MODELS)
def test_a_ledes_regulator_is_the_body_named_as_the_next_subject(model):
    x = run(
        "Supplier fined over prepayment charges\n\n"
        "LONDON (Reuters) - Trellis Energy overcharged about 12,000 households on prepayment meters for two years, "
        "the energy regulator said on Thursday.\n\n"
        "Gridwatch said the supplier had known about the fault since at least March.\n\n"
        "The regulator said it would publish its full findings next month.",
        model,
    )
    assert speaker(x, "publish its full findings") == "Gridwatch"
    assert speaker(x, "overcharged about 12,000 households") == "Gridwatch"


@pytest.mark.parametrize("model", MODELS)
def test_the_housing_association_is_the_landlord_that_spoke_before(model):
    x = run(
        "Tenants say landlord ignored mould\n\n"
        "A father in Bury says his daughter has been in hospital twice because of mould in their flat.\n\n"
        "Irwell Valley Homes, which manages 9,000 homes in Greater Manchester, said it took the complaints "
        "seriously.\n\n"
        "Councillor Jane Ross said she had raised the case with the housing association in March.\n\n"
        "The housing association said it did not recognise the figures.",
        model,
    )
    assert speaker(x, "did not recognise the figures") == "Irwell Valley Homes"


@pytest.mark.parametrize("model", MODELS)
def test_an_angling_club_is_never_the_company(model):
    x = run(
        "Water firm blamed for river pollution\n\n"
        "Severn Vale Water Ltd has apologised after untreated sewage was found in the River Lugg.\n\n"
        "The Lugg Valley Angling Club said members had seen dead fish for two days before the company reported "
        "the spill.\n\n"
        "The company said a new pump would be installed at the works by March.",
        model,
    )
    assert speaker(x, "new pump would be installed") == "Severn Vale Water"


@pytest.mark.parametrize("model", MODELS)
def test_a_company_is_never_the_ministry(model):
    x = run(
        "Bolt maker falsified test data, ministry says\n\n"
        "TOKYO, March 3 (Kyodo) -- A maker of bolts used in railcars falsified strength data for six years, the "
        "transport ministry said Tuesday.\n\n"
        "Kanda Fastener Co. said it had found no case of a bolt failing in service.\n\n"
        "The ministry said it would inspect the company's two plants.",
        model,
    )
    assert speaker(x, "inspect the company's two plants") == "transport ministry"
    assert speaker(x, "no case of a bolt failing") == "Kanda Fastener"


@pytest.mark.parametrize("model", MODELS)
def test_a_body_described_by_a_word_of_its_name_is_that_body_not_a_ministry_of_that_field(model):
    x = run(
        "Chickenpox exclusions\n\n"
        "HALTON, Ont. - Lakeshore Public Health confirmed a case of chickenpox on Monday and told 30 pupils to stay "
        "home.\n\n"
        "Parents said the exclusions were unfair. Several said their children had been vaccinated years ago. One "
        "father said he had shown the records twice. A school trustee said the rules were old. The principal "
        "declined to comment. The Alberta Ministry of Health said the exclusion rules had not changed since 1998.\n\n"
        "The health unit said the list had been drawn from provincial records. It said parents could appeal.",
        model,
    )
    assert speaker(x, "drawn from provincial records") == "Lakeshore Public Health"
