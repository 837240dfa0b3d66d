"""A body named by its place and its kind as the subject of what it did ("The Kjalar police district closed the
trail") is the body a later bare "Police said" or "The police said" means (issue 13, item 5), on sentences written
for these tests; before, the district was named only when it spoke first, and "police" became a party of its own."""

from extract_support import run, speaker


def test_a_body_named_as_the_doer_is_the_later_bare_police():
    x = run(
        "Trail shut\n\nThe Kjalar police district closed the trail on June 28. Police said anyone found inside "
        "would be fined. The police said the closure would be reviewed daily."
    )
    assert speaker(x, "anyone found inside would be fined") == "Kjalar police district"
    assert speaker(x, "the closure would be reviewed daily") == "Kjalar police district"
    assert not any(p.name == "police" for p in x.parties)


def test_a_body_already_named_called_by_its_kind_is_no_new_body():
    x = run(
        "Milk prices\n\nPiet Varga, who chairs the Loess Valley Growers, said the cuts were unfair. The Loess group "
        "held a meeting on Tuesday. The group said the cuts would close farms."
    )
    assert not any(p.name == "Loess group" for p in x.parties)
    assert speaker(x, "the cuts would close farms") == "Loess Valley Growers"
