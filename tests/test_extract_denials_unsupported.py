"""Saying the other side has not backed its account rebuts it (issue 13, denials), on sentences written for these
tests in several styles: "the workers had offered no evidence that ...", "Larch had not produced a single document",
"cannot show" deny the charges they answer, even in a court filing (not a charge of their own against the other
side); what a side says of its own search ("found no evidence that records were copied") stays a claim.
"""

import pytest
from extract_support import MODELS, disputed, run, said

UNSUPPORTED = [
    (  # a court story
        "Overtime suit\n\nForty mill workers sued Carver Textiles in federal court, alleging that the company cut "
        "their overtime pay last spring. In its response, filed Friday, Carver said the workers had offered no "
        "evidence that any overtime went unpaid.",
        "offered no evidence",
        "cut their overtime pay",
    ),
    (  # a business feature
        "Proxy fight\n\nThe activist fund Larch Capital says Dunmore Foods hid losses at its dairy unit for two "
        "years. Dunmore's chairman, Peter Quist, said Larch had not produced a single document showing a hidden "
        "loss.",
        "not produced a single document",
        "hid losses at its dairy unit",
    ),
    (  # a social-media feud
        "Recipe feud\n\nFood blogger Priya Nand wrote on Instagram that the Crumb & Co. bakery had copied her "
        'sourdough recipe. "Priya Nand cannot show a single step we took from her," Crumb & Co. posted in reply.',
        "cannot show a single step",
        "copied her sourdough recipe",
    ),
]


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("text, answer, answered", UNSUPPORTED)
def test_saying_the_other_side_has_no_evidence_denies_its_charge(model, text, answer, answered):
    x = run(text, model)
    assert said(x, answer).kind == "denial"
    assert any(answered in t for t in disputed(x, answer)), disputed(x, answer)


@pytest.mark.parametrize("model", MODELS)
def test_a_side_reporting_its_own_search_makes_a_claim(model):
    x = run(
        "Clinic breach\n\nA hacking group said it had stolen records from Harbor Health's clinics. Harbor Health "
        "said its investigation had found no evidence that patient records were copied.",
        model,
    )
    assert said(x, "found no evidence").kind != "allegation"
