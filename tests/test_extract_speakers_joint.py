"""Named people or bodies joined by "and" who speak as one (issue 13, item 5), on sentences written for these tests
in a consumer column's, a local paper's, a tech wire's and a Washington report's styles: "Derek and Anne Whitfield
said" is one speaker named by both names, not Derek alone; so are parents named beside a description ("his
parents, Gareth and Lynne Price, said") and two companies answering together ("Apple and Google said"); the
speaker's mention covers both names. A person and a group joined to her ("Pohl and other farmers") stay the group,
and a name joined to a description ("Ms Lowe and a neighbour") is no joint party.
"""

import pytest
from extract_support import MODELS, run, said, speaker


@pytest.mark.parametrize("model", MODELS)
def test_a_couple_named_together_is_one_speaker(model):
    x = run(
        "Insurer refuses flood claim\n\n"
        "Derek and Anne Whitfield said they had been told nothing about their claim for three months.\n\n"
        "Hearthguard Home Insurance said it was reviewing the file.",
        model,
    )
    assert speaker(x, "told nothing about their claim") == "Derek and Anne Whitfield"
    assert said(x, "told nothing about their claim").speaker_mention.text == "Derek and Anne Whitfield"


@pytest.mark.parametrize("model", MODELS)
def test_parents_named_beside_their_description_speak_as_one(model):
    x = run(
        "Family criticises search for missing man\n\n"
        "The family of a man found dead in the River Dee have accused Cheshire Police of failing to act quickly.\n\n"
        'In a statement, his parents, Gareth and Lynne Price, said officers had treated him as "low risk".',
        model,
    )
    assert speaker(x, "officers had treated him") == "Gareth and Lynne Price"


@pytest.mark.parametrize("model", MODELS)
def test_two_companies_answering_together_are_one_speaker(model):
    x = run(
        "App stays off stores\n\n"
        "Apple and Google, which removed the app in January, said it would stay off their stores until it could "
        "show it moderated violent posts.",
        model,
    )
    assert speaker(x, "it would stay off their stores") == "Apple and Google"


@pytest.mark.parametrize("model", MODELS)
def test_a_name_joined_to_a_description_is_no_joint_party(model):
    x = run(
        "Neighbours object to mast\n\n"
        "Carol Lowe and a neighbour said the mast had been put up without notice.\n\n"
        "Pohl and other farmers said the new rules would cost them their harvest.",
        model,
    )
    assert speaker(x, "put up without notice") == "Carol Lowe"
    assert speaker(x, "cost them their harvest") != "Pohl"
