""" "It" after a document is spoken of is the document's issuer only until a party is named as the speaker in a
main clause (issue 13, item 4), on sentences written for these tests: "The suit is short. Halvard Mills says
Norvex Freight broke the deal, and it accuses the carrier of ..." is Halvard's accusation, whoever the text has
made the issuer of a filing; "Norvex Freight, it says, broke ..." is still the suit speaking."""

import pytest
from extract_support import run

STORY = (
    "Carrier row\n\nNorvex Freight answered a suit in court on Friday. The suit is short. Halvard Mills says "
    'Norvex Freight broke the deal out of "pure spite," and it accuses the carrier of cutting service without '
    "notice."
)


@pytest.mark.parametrize("model", ["rules", "hybrid"])
def test_it_after_a_named_speaker_is_that_speaker_not_the_document(model):
    x = run(STORY, model=model)
    accusation = next(s for s in x.statements if s.text == "cutting service without notice")
    assert x.party(accusation.speaker).name == "Halvard Mills"


def test_it_set_aside_in_what_the_document_says_is_still_the_document():
    x = run(
        "Carrier row\n\nHalvard Mills sued Norvex Freight on Friday. The suit is short. Norvex Freight, it says, "
        "broke the deal out of spite."
    )
    charge = next(s for s in x.statements if "broke the deal out of spite" in s.text)
    assert x.party(charge.speaker).name == "Halvard Mills"


@pytest.mark.parametrize("model", ["rules", "hybrid"])
def test_a_notice_period_is_no_document_that_speaks(model):
    x = run(
        "Carrier row\n\nNorvex Freight answered a suit in court on Friday. The suit is short. Halvard Mills says "
        "Norvex Freight cut its service without the 30 days' notice it had promised. It also claims the timing was "
        "meant to help a rival mill.",
        model=model,
    )
    timing = next(s for s in x.statements if "the timing was meant to help a rival mill" in s.text)
    assert x.party(timing.speaker).name == "Halvard Mills"


@pytest.mark.parametrize("model", ["rules", "hybrid"])
def test_it_after_a_sentence_calling_it_a_document_is_still_the_document(model):
    """ "It is a long, bitter document." says what the complaint just named is, and names no new document: the "It
    says" after it is the complaint's issuer speaking, not whoever the sentence before named last."""
    x = run(
        "Orchard suit\n\nBy Friday, the growers' lawyers had filed a complaint against Halvard Mutual in state court. "
        "It is a long, bitter document. It says Halvard Mutual delayed every smoke claim for months, and it argues "
        "that the insurer hid its own inspectors' reports.",
        model=model,
    )
    for words in ("delayed every smoke claim", "hid its own inspectors' reports"):
        charge = next(s for s in x.statements if words in s.text)
        assert x.party(charge.speaker).name == "growers"
