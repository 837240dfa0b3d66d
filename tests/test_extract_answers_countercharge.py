"""A counter-charge is no denial carried on (issue 13 item 2).

'Lind denied the accusation. "The union never answered the offer from May," Lind said': the quotation has the
other side for its subject; it accuses them and does not carry the denial on, so it disputes nothing. Sentences
written for these tests; both extractors are asked.
"""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.extract.model import Article

MODELS = ("rules", "hybrid")

TEXT = (
    "The Drivers United union said Norvik Freight had cut its members' pay without notice.\n\n"
    'A Norvik Freight spokeswoman, Ada Lind, denied the accusation on Friday. "The union never answered the '
    'offer from May," Lind said.'
)


@pytest.mark.parametrize("model", MODELS)
def test_a_counter_charge_after_a_denial_disputes_nothing(model):
    x = extract(Article("test", TEXT, published="2024-05-14"), model=model)
    charge = next(s for s in x.statements if "never answered" in s.text)
    assert charge.kind != "denial" and charge.disputes == []
    denial = next(s for s in x.statements if "the accusation" in s.text)
    assert denial.kind == "denial" and denial.disputes
