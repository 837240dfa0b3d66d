"""Which organisations are units named after another (issue 13, item 2): "Amazon Web Services" after "Amazon",
whose words a denial by the unit never answers (``kg.extract.sides.named_units``; the extraction test is in
``test_extract_disputes.py``, a denial never disputing its own side).
"""

import pytest

from kg.extract.model import Party
from kg.extract.sides import named_units


def _orgs(*names: str) -> list[Party]:
    return [Party(id=f"p{n}", name=name, type="Organization") for n, name in enumerate(names, 1)]


def test_a_unit_named_after_an_organisation_belongs_to_it():
    parties = _orgs("Amazon", "Amazon Web Services", "Parler")
    assert named_units(parties) == {"p2": "p1"}


def test_legal_forms_and_web_suffixes_do_not_hide_the_parent():
    assert named_units(_orgs("Amazon.com Inc.", "Amazon Web Services")) == {"p2": "p1"}
    assert named_units(_orgs("Halvard Ltd", "Halvard Data Exchange")) == {"p2": "p1"}


@pytest.mark.parametrize(
    "names",
    [
        ("Cork City Council", "Cork Taxi Council"),  # a shared first word is no parent
        ("Parler", "Parler LLC"),  # one company, two spellings: not a unit of itself
    ],
)
def test_organisations_merely_alike_are_not_units(names):
    assert named_units(_orgs(*names)) == {}


def test_a_person_is_no_parent_of_an_organisation():
    parties = [Party(id="p1", name="Marguerite Osei", type="Person"), *_orgs("Marguerite Osei Courts")]
    assert named_units(parties) == {}
