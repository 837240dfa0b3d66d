"""A name ending in a word companies are named with is a company, whatever the tagger said (issue 13, item 5), on
sentences written for these tests: "Fenwick Brands", "Westmoor Marinas", "Kelvin Solutions" and "Quillon
Software", tagged as people, are companies, so a later "the company" finds them.
"""

import pytest
from extract_support import MODELS, run, speaker


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("name", ["Fenwick Brands", "Westmoor Marinas", "Kelvin Solutions", "Quillon Software"])
def test_a_company_word_ending_a_name_makes_a_company(model, name):
    x = run(
        f"Fee row\n\nFranchisees sued {name} on Monday. {name} called the suit baseless. The company said the fee "
        "had been announced in writing.",
        model,
    )
    assert speaker(x, "announced in writing") == name
    assert x.party(x.statements[-1].speaker).type == "Organization"
