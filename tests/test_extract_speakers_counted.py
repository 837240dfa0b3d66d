"""Speaker rules kept only as far as their counts over every studied split carry them (issue 13, session
2026-12-05g), each on sentences written for these tests: a client's lawyers write the client's claim only in the
filing the client is known to have issued, and a day before a name is a date when the text dates something by it.
"""

import pytest
from extract_support import MODELS, run, said, speaker


@pytest.mark.parametrize("model", MODELS)
def test_lawyers_writing_in_their_clients_known_complaint_write_the_clients_claim(model):
    x = run(
        "Lease fight\n\nHarbin Logistics sued the port authority on Monday. In the complaint, Harbin's lawyers wrote "
        "that the authority had cancelled the lease without notice.",
        model,
    )
    assert speaker(x, "cancelled the lease") == "Harbin Logistics"


@pytest.mark.parametrize("model", MODELS)
def test_lawyers_arguing_in_a_filing_the_text_only_now_brings_in_speak_as_the_clients_lawyers(model):
    x = run(
        "Driver's case\n\nA former bus driver is suing Castell Transit in state court. Castell's lawyers argued in a "
        "pretrial filing that the driver was dismissed for missing shifts. The driver, they wrote, never reported "
        "a fault with the brakes.",
        model,
    )
    for words in ("dismissed for missing shifts", "never reported a fault"):
        lawyers = x.party(said(x, words).speaker)
        assert lawyers.role == "lawyer" and x.party(lawyers.affiliation or "").name == "Castell Transit"


@pytest.mark.parametrize("model", MODELS)
def test_a_day_after_on_dates_the_sentence_and_is_no_word_of_the_name_after_it(model):
    x = run(
        "Quarry permit: what we know\n\n2. The lawsuit. On Monday Kestrel filed a complaint against Marsh County "
        "in state court. The complaint says the county broke its own zoning rules.",
        model,
    )
    assert speaker(x, "broke its own zoning rules") == "Kestrel"
    assert not any("Monday" in p.name for p in x.parties)
