"""Which cue a quotation belongs to, on sentences written for these tests (issue 14, PolNeAR dev recall). In
'"...," the chief said, adding that ...' the quotation is said's alone, not a second statement of "adding" too
(the hybrid already read it so, from the model).
"""

from extract_support import run, said


def test_a_quotation_before_said_adding_is_said_once():
    x = run(
        "Depot fire\n\n“We do not see a link to arson,” the fire chief said, adding that it would take more hours "
        "before details emerge.",
        "rules",
    )
    quote = said(x, "link to arson")
    assert quote.cue is not None and quote.cue.text.startswith("said")
    clause = said(x, "more hours")
    assert clause.cue is not None and clause.cue.text == "adding"
    assert clause.continues is None
