"""Who a party introduced by a description is (issue 13, speakers), on sentences written for these tests in the
style of wire copy: a lede's "One of Manitoba's largest nickel producers" is the company the next sentences name,
and a witness described twice before her name is that name.
"""

import pytest
from extract_support import MODELS, run, speaker


@pytest.mark.parametrize("model", MODELS)
def test_a_ledes_ranked_description_is_the_company_named_next(model):
    x = run(
        "Miner threatens to shelve expansion over royalty hike\n\n"
        "WINNIPEG - One of Manitoba's largest nickel producers has accused the province of changing the royalty "
        "rules halfway through a project.\n\n"
        "Borealis Nickel Corp. told investors on Tuesday that the change would make its expansion "
        '"uneconomic at current prices."',
        model,
    )
    assert speaker(x, "changing the royalty rules") == "Borealis Nickel"


@pytest.mark.parametrize("model", MODELS)
def test_a_ledes_ranked_artist_is_the_person_named_after_the_reply(model):
    x = run(
        "Manga artist accuses platform over royalties\n\n"
        "TOKYO, May 8 - One of Japan's best-known manga artists has accused the platform Inkbay of withholding "
        "royalties by counting paid chapters as free reads.\n\n"
        'The company called the accusation "baseless."\n\n'
        "Mori Haruka, who publishes under a pen name, said in a post on Monday that her statements had shown free "
        "reads rising.",
        model,
    )
    assert speaker(x, "withholding royalties") == "Mori Haruka"


@pytest.mark.parametrize("model", MODELS)
def test_a_witness_described_twice_before_her_name_is_that_name(model):
    x = run(
        "Kiosk owner on trial\n\n"
        "Darren Kovacs, 52, has pleaded not guilty to fraud.\n\n"
        "The first witness, a former call-centre supervisor, Maria Lindqvist, testified that she had forwarded "
        "complaints to Kovacs.",
        model,
    )
    assert speaker(x, "forwarded complaints to Kovacs") == "Maria Lindqvist"
