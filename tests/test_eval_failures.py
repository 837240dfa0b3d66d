"""The scorer sorts missed and false dispute pairs by mechanism and counts each linking rule's links, and sorts wrong
speakers by what went wrong (kg.eval.failures).

One made-up article: a union's two charges, the company's flat denial and a counter-account, and its spokesman's
statement. Gold: the denial answers both charges, the counter-account the second. Predicted: the denial answers
the first charge (anaphora) and the spokesman's own company's words (a wrong, own-side link), the counter-account
is read as a claim, the second charge is not found at all.
"""

from pathlib import Path

from kg.eval.devset import score_article
from kg.eval.failures import pair_classes, rule_counts
from kg.eval.gold import GoldArticle, GoldStatement
from kg.extract.model import Article, Extraction, LinkBasis, Party, Span, Statement

TEXT = "U said A. U said B. C denied these claims. C said D. S said E."
PARTIES = [
    Party("u", "Union", "Organization"),
    Party("c", "Company", "Organization"),
    Party("s", "Spokesman", "Person", role="spokesperson", affiliation="c"),
]


def span(words: str) -> tuple[int, int]:
    start = TEXT.index(words)
    return start, start + len(words)


def gold_statement(sid: str, speaker: str, words: str, kind: str, disputes: list[str] | None = None) -> GoldStatement:
    return GoldStatement(sid, speaker, *span(words), kind, "indirect", disputes=disputes or [])


def predicted(sid: str, speaker: str, words: str, kind: str, links: list[tuple[str, str]] | None = None) -> Statement:
    start, end = span(words)
    basis = [LinkBasis(target, rule, words, start, end) for target, rule in links or []]
    return Statement(
        sid, speaker, kind, words, start, end, False, disputes=[b.statement for b in basis], dispute_basis=basis
    )


GOLD = GoldArticle(
    "made-up",
    Path("made-up.txt"),
    PARTIES,
    [
        gold_statement("g1", "u", "A", "allegation"),
        gold_statement("g2", "u", "B", "allegation"),
        gold_statement("g3", "c", "these claims", "denial", ["g1", "g2"]),
        gold_statement("g4", "c", "D", "denial", ["g2"]),
        gold_statement("g5", "s", "E", "claim"),
    ],
    [],
)
PREDICTED = [
    predicted("s1", "u", "A", "allegation"),
    predicted("s2", "c", "these claims", "denial", [("s1", "anaphora"), ("s4", "anaphora")]),
    predicted("s3", "c", "D", "claim"),
    predicted("s4", "s", "E", "claim"),
]
TO_GOLD = {"s1": "g1", "s2": "g3", "s3": "g4", "s4": "g5"}


def test_missed_pairs_are_sorted_by_why():
    classes = pair_classes(GOLD, PREDICTED, TO_GOLD)
    assert classes["missed: target missed"] == 2  # B is not found: neither answer can link it
    assert classes["false: own side"] == 1


def test_a_denial_read_as_a_claim_is_its_own_class():
    found = [*PREDICTED[:2], predicted("s3", "c", "D", "claim"), PREDICTED[3], predicted("s5", "u", "B", "allegation")]
    classes = pair_classes(GOLD, found, {**TO_GOLD, "s5": "g2"})
    assert classes["missed: answer read as claim"] == 1
    assert classes["missed: target not linked (anaphora), its side chosen"] == 1


def test_a_target_left_unlinked_is_told_by_whose_words_were_linked_instead():
    """The counter-account found as a denial answering its own spokesman's words instead of the union's second
    charge: another side was chosen; a link to the union's first charge chooses the right side's other words."""
    found = [*PREDICTED[:2], predicted("s3", "c", "D", "denial", [("s4", "contradiction")]), PREDICTED[3]]
    found.append(predicted("s5", "u", "B", "allegation"))
    classes = pair_classes(GOLD, found, {**TO_GOLD, "s5": "g2"})
    assert classes["missed: target not linked (contradiction), another side chosen"] == 1
    assert classes["false: own side"] == 2  # the flat denial's link to the spokesman too
    found[2] = predicted("s3", "c", "D", "denial", [("s1", "contradiction")])
    classes = pair_classes(GOLD, found, {**TO_GOLD, "s5": "g2"})
    assert classes["missed: target not linked (contradiction), its side chosen"] == 1
    assert classes["false: wrong target (contradiction), a side it answers"] == 1


def test_each_rule_counts_its_links_right_and_drawn():
    gold_pairs = {(s.id, t) for s in GOLD.statements for t in s.disputes}
    counts = rule_counts(PREDICTED, TO_GOLD, gold_pairs)
    assert (counts[("anaphora", "right")], counts[("anaphora", "drawn")]) == (1, 2)


def test_the_article_score_reports_them():
    score = score_article(GOLD, Extraction(Article("made-up", TEXT), PARTIES, PREDICTED))
    report = score.to_json()
    assert report["dispute_rules"] == {"anaphora": {"right": 1, "drawn": 2, "precision": 0.5}}
    assert report["dispute_classes"]["false: own side"] == 1


def test_wrong_speakers_are_sorted_by_what_went_wrong_and_how_the_text_named_them():
    """The denial given to the union (through "it"), the spokesman's words to his company, a charge to "the delay"
    (a party no gold holds): each wrong speaker in its class, and the article's report counts them."""
    delay = Party("d", "delay", "Unknown")
    it, their = Span("it", 0, 2), Span("The company", 0, 11)
    found = [
        predicted("s1", "u", "A", "allegation"),
        Statement("s2", "u", "denial", "these claims", *span("these claims"), False, speaker_mention=it),
        Statement("s3", "d", "claim", "D", *span("D"), False, speaker_mention=Span("the delay", 0, 9)),
        Statement("s4", "c", "claim", "E", *span("E"), False, speaker_mention=their),
    ]
    score = score_article(GOLD, Extraction(Article("made-up", TEXT), [*PARTIES, delay], found))
    assert score.to_json()["speaker_classes"] == {
        "other party / pronoun": 1,
        "no gold party (a description) / description": 1,
        "own side / description": 1,
    }
    assert {w["why"] for w in score.details["wrong_speaker"]} == set(score.speakers)


def test_a_false_link_to_a_party_the_denial_does_not_answer_is_its_own_class():
    """A said by a regulator, a third party, and the flat denial answering B alone: its link to A answers a side
    the gold denial does not."""
    regulator = Party("r", "Regulator", "Organization")
    statements = [
        gold_statement("g1", "r", "A", "claim"),
        gold_statement("g2", "u", "B", "allegation"),
        gold_statement("g3", "c", "these claims", "denial", ["g2"]),
    ]
    gold = GoldArticle("made-up", Path("made-up.txt"), [*PARTIES, regulator], statements, [])
    classes = pair_classes(gold, PREDICTED[:2], {"s1": "g1", "s2": "g3"})
    assert classes["false: wrong target (anaphora), a side it does not answer"] == 1
