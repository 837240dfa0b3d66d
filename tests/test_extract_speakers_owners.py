"""Whose party a possessive means (issue 13, item 5), on sentences written for these tests: "Kestrel Farm and
its manager, Owen Blake" makes Blake the farm's manager, never the suing subject's, so the subject stays the
person the text named and a later bare surname and "he said" are that person, not his family company."""

import pytest
from extract_support import MODELS, behalf, run, speaker


@pytest.mark.parametrize("model", MODELS)
def test_its_owning_a_conjunct_means_the_named_conjunct_not_the_subject(model):
    x = run(
        "Fencing dispute\n\n"
        "Tomas Rewi, whose company Rewi Fencing Ltd builds farm fences across the region, is suing Kestrel Farm "
        "and its manager, Owen Blake, over an unpaid bill. Rewi said the fences had passed every inspection. "
        '"We did the job we were paid to do, and then we were not paid," he said.',
        model,
    )
    blake = next(p for p in x.parties if p.name == "Owen Blake")
    assert blake.affiliation is not None and x.party(blake.affiliation).name == "Kestrel Farm"
    assert speaker(x, "the fences had passed every inspection") == "Tomas Rewi"
    assert speaker(x, "We did the job") == "Tomas Rewi"


@pytest.mark.parametrize("model", MODELS)
def test_a_whose_clause_naming_a_company_makes_the_person_speak_for_it(model):
    x = run(
        "Fencing dispute\n\n"
        "Tomas Rewi, whose company Rewi Fencing Ltd builds farm fences across the region, told the court that "
        "every fence had passed inspection.",
        model,
    )
    assert speaker(x, "every fence had passed inspection") == "Tomas Rewi"
    assert behalf(x, "every fence had passed inspection") == "Rewi Fencing"
