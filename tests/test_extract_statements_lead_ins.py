"""A quotation set as paragraphs of its own under a short lead-in paragraph no cue of the rules takes (issue 13,
item 1): "The complaint went on:", "Her letter put it this way:", "He paused, and then went on." over
'"...' paragraphs. The lead-in hands the quotation to whom it names, or, naming no one, to the speaker just before
it; each sentence is a statement. A long paragraph of the writer's own closing with a colon hands nothing over.
Text written for these tests.
"""

import pytest

from tests.extract_support import MODELS, run, said


@pytest.mark.parametrize("model", MODELS)
def test_a_document_going_on_under_a_colon_speaks_for_its_issuer(model):
    x = run(
        "Harbour Mills sued the Tarnby port authority on Monday over the closure of its quay.\n\n"
        'The lawsuit says the closure was "arbitrary and punitive."\n\n'
        "The complaint went on:\n\n"
        '"Closing the quay now is like locking a bakery the morning of a wedding.\n\n'
        '"The authority gave no notice, though the lease requires ninety days."\n',
        model,
    )
    first = said(x, "locking a bakery")
    assert x.party(first.speaker).name == "Harbour Mills" and first.quote == "direct"
    assert said(x, "gave no notice").speaker == first.speaker


@pytest.mark.parametrize("model", MODELS)
def test_a_named_party_putting_it_a_way_speaks_the_quotation(model):
    x = run(
        "The hearing lasted two hours.\n\n"
        "Tarnby Council's written reply, filed a day earlier, put it this way:\n\n"
        '"This dispute is not about the quay. It is about rent that was never paid."\n',
        model,
    )
    assert x.party(said(x, "not about the quay").speaker).name == "Tarnby Council"
    assert x.party(said(x, "rent that was never paid").speaker).name == "Tarnby Council"


@pytest.mark.parametrize("model", MODELS)
def test_a_speaker_going_on_after_a_pause_keeps_the_quotation(model):
    x = run(
        '"Every buyer either said no or stopped calling," Ingrid Solvang told me in her office last week.\n\n'
        "She paused, and then went on.\n\n"
        '"That was when I knew the mill would not reopen."\n',
        model,
    )
    assert x.party(said(x, "mill would not reopen").speaker).name == "Ingrid Solvang"


@pytest.mark.parametrize("model", MODELS)
def test_a_long_paragraph_closing_with_a_colon_hands_over_nothing(model):
    x = run(
        "Tarnby Council closed the quay in March after two inspections found the timber piles rotten and the "
        "harbour master warned that a loaded lorry could break through, and since then the town has argued "
        "about one thing above all:\n\n"
        '"Who pays?"\n',
        model,
    )
    assert not any("Who pays" in s.text for s in x.statements)


@pytest.mark.parametrize("model", MODELS)
def test_a_reporting_verbs_own_colon_is_left_to_its_cue(model):
    x = run(
        "Donations shrink at Tarnby\n\n"
        "Small donors gave less this year.\n\n"
        "The Tarnby Courier reports:\n\n"
        '"Just a quarter of the givers to the harbour fund gave twenty pounds or less.\n\n'
        '"Three years ago it was nearly half."\n',
        model,
    )
    assert all(s.cue is not None for s in x.statements if "harbour fund" in s.text or "nearly half" in s.text)
