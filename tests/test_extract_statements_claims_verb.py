"""A claim made with the verb "claims" is a statement of its own, however many words it shares with what its
speaker said before; only a claim named in passing ("disputed Halvard's claim that ...") restates an earlier one
(issue 13), on sentences written for these tests."""

from extract_support import run, said, speaker


def test_a_second_claim_with_the_verb_is_kept():
    x = run(
        "Mill sues carrier\n\nHalvard Mills sued Norvex Freight on Monday. The complaint says Norvex Freight cut "
        "service without notice. It claims Norvex Freight favoured a rival mill."
    )
    assert speaker(x, "Norvex Freight favoured a rival mill") == "Halvard Mills"


def test_a_claim_named_in_passing_restates_the_earlier_one():
    x = run(
        "Mill sues carrier\n\nHalvard Mills said Norvex Freight had cut its service without notice. Norvex Freight "
        "disputed Halvard Mills's claim that the service was cut without notice."
    )
    assert said(x, "had cut its service without notice").speaker == said(x, "had cut its service").speaker
    assert not any(s.text == "the service was cut without notice" for s in x.statements)
