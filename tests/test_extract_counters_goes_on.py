"""An account given right after its side's denial goes on with the answer (issue 13, "answer read as claim"): "X
disputed that account. 'Every shift is logged,' a spokeswoman said." ``kg.extract.counters`` reads where it stands
(just after its side's denial, in a paragraph a denial of its side opened, after a sentence that answers), whatever
its words; the sentences here are written for these tests in several outlet styles.
"""

import re

from extract_support import run, said

from kg.extract import counters
from kg.extract.denials import Denials

GOES_ON = (  # a regional daily: a guild's charge, the bakery's denial and its account
    "Night shifts\n\nThe Bakers' Guild said Golden Crust Bakeries had not paid overtime to its night staff since "
    'January.\n\nGolden Crust disputed that account. "Every night shift is logged and paid at time and a half," '
    "a company spokeswoman said."
)


def _features(text: str, words: str) -> list[str]:
    x = run(text, "rules")
    starts = [0] + [m.end() for m in re.finditer(r"(?<=[.!?])\s+|\n\n", text)]
    sides = Denials(x.statements, x.parties, x.article.text, starts)
    return counters.Exchange(sides).features(said(x, words))


def test_an_account_after_its_sides_denial_goes_on_with_the_answer():
    found = _features(GOES_ON, "Every night shift is logged")
    assert {"goes_on=after", "goes_on=paragraph", "goes_on=denied"} <= set(found)


def test_an_account_after_the_other_side_spoke_does_not_go_on_with_an_answer():
    text = (  # a trade weekly: the bakery speaks first, the guild answers; the bakery's next words follow the guild's
        "Night shifts\n\nGolden Crust Bakeries said it had opened a second bakery in Leeds.\n\n"
        "The Bakers' Guild said the new bakery had too few staff.\n\nGolden Crust said it will hire forty bakers."
    )
    found = _features(text, "it will hire forty bakers")
    assert not [f for f in found if f.startswith("goes_on=")]
