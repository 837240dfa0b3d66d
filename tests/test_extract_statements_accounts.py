"""What a quoted sentence is (issue 13, items 1 and 3): an account of asking is a claim, and a split quotation
keeps its first half.

"I asked to play" tells what happened; "We urge the union to return" asks as it is said. Only the second is a
request kept apart from the claims. A quotation split by an inverted cue ('"...," said Ines Paredes, "..."')
is two statements, the second carrying on the first. Sentences written for these tests.
"""

import pytest

from tests.extract_support import MODELS, run, said


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize(
    "text, words",
    [
        ('"I asked to start every game, and they told me to rest," Dario Vance said.', "I asked to start"),
        ('"We called the landlord about the leak every week," said Mina Koh, a tenant.', "We called the landlord"),
        ('"I\'m not calling anybody a thief," Arlo Beck said. "The money is simply gone."', "calling anybody"),
        ('"We\'ve been asking for the records since March," said Tova Lind.', "asking for the records"),
        ('"We\'re not asking for a raise," said Ilse Marr, a cook.', "not asking for a raise"),
        ('"Leave the storm out and the farm lost money anyway," Kofi Mensah said.', "Leave the storm out"),
    ],
)
def test_an_account_of_asking_is_a_claim(text, words, model):
    x = run(text, model)
    assert said(x, words).kind in ("claim", "allegation", "denial")
    assert not any(words in n.text for n in x.not_statements)


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize(
    "text, words",
    [
        ('"We urge the council to reopen the library," said Pia Holt.', "reopen the library"),
        (
            '"We are asking every rider who bought a pass in May to keep the receipt," said Noor Aziz.',
            "keep the receipt",
        ),
        ('"I call on the board to publish the audit," Rhea Stone said.', "publish the audit"),
        ('"Check the serial number before you plug it in," the company said.', "Check the serial number"),
    ],
)
def test_asking_as_it_is_said_stays_a_request(text, words, model):
    x = run(text, model)
    assert not any(words in s.text for s in x.statements)
    assert any(words in n.text and n.why == "request" for n in x.not_statements)


@pytest.mark.parametrize("model", MODELS)
def test_a_quotation_split_by_an_inverted_cue_keeps_its_first_half(model):
    x = run(
        '"He opened the shop at five," said Ines Paredes, who worked the counter for a decade, '
        '"and he closed it when the bread ran out."',
        model,
    )
    first, second = said(x, "opened the shop"), said(x, "closed it")
    assert first.text == "He opened the shop at five"
    assert x.party(first.speaker).name == "Ines Paredes" == x.party(second.speaker).name
    assert second.continues == first.id
