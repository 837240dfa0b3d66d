"""What kind of party a name is, read from the sentence around it (issue 13, item 5), on sentences written
for these tests: "Pellegrini, which employs 200 people," is the company beside "Ms. Pellegrini", whatever the
tagger called either; "Ruth Ellery, who ..." a person; and a known person's surname that the tagger takes for a
place is still that person, so a later "he" means them.
"""

import pytest
from extract_support import run, said

from kg.extract.mentions import entity_type
from kg.extract.nlp import load_pipeline
from kg.extract.parties import PartyTable


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


@pytest.mark.parametrize(
    "sentence, name, label, expected",
    [
        (
            "Pellegrini, which employs about 200 people, said the pay was on time.",
            "Pellegrini",
            "PERSON",
            "Organization",
        ),
        ("Ruth Ellery, who runs the association, said the pay was late.", "Ruth Ellery", "ORG", "Person"),
        ("Ruth Ellery said the pay was late.", "Ruth Ellery", "ORG", "Organization"),
        ("Tamsin Okoro, a partner at a Leeds firm, said the deal was fair.", "Tamsin Okoro", "ORG", "Person"),
        ("Brightwater, a supplier of pumps, said the deal was fair.", "Brightwater", "ORG", "Organization"),
    ],
)
def test_the_relative_pronoun_after_a_name_settles_its_type(nlp, sentence, name, label, expected):
    doc = nlp(sentence)
    start = sentence.index(name)
    ent = doc.char_span(start, start + len(name), label=label)
    assert entity_type(ent) == expected


def test_a_bare_surname_typed_a_company_is_the_company_beside_a_titled_person():
    table = PartyTable()
    person = table.named("Rosa Pellegrini", "Person")
    company = table.named("Pellegrini Provisions", "Person")  # the tagger's reading of a bakery group
    assert table.named("Pellegrini", "Person", titled=True) == person  # "Ms. Pellegrini"
    assert table.named("Pellegrini", "Organization") == company  # "Pellegrini, which employs ..."


def test_a_surname_tagged_as_a_place_is_still_the_person():
    x = run(
        "Orchard fight\n\n"
        "Growers in the Yakima Valley are suing their packer over late payments. Tom Wexford grows apples on 30 "
        'acres near Selah.\n\n"We waited six months for our money," said Ruth Ellery, who runs the growers\' '
        "association. Priya Nand, a lawyer for the packer, said the payments had been made.\n\n"
        "The county has lost a third of its orchards in a decade. Wexford has replanted half his acreage.\n\n"
        '"I kept the old trees," he said.'
    )
    assert x.party(said(x, "I kept the old trees").speaker).name == "Tom Wexford"


def test_a_places_body_written_with_a_possessive_is_a_named_body():
    x = run(
        "Dry wells\n\nAt least 40 wells in the valley have gone dry since May, according to Marin County’s water "
        "office. A spokesman for Coastline Farms said the company had cut its pumping by a third."
    )
    assert x.party(said(x, "At least 40 wells").speaker).name == "Marin County water office"
