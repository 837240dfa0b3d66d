"""The scorer on tiny made-up attributions with numbers worked out by hand."""

import pytest

from kg.eval.scoring import Counts, Score, attributions_of, jaccard, max_matching, score_document
from kg.extract.model import Article, Cue, Extraction, Span, Statement
from kg.sources.brat import Attribution


def att(source, cue, content):
    return Attribution(content=content, cue=cue, source=source)


A = att(((0, 5),), ((6, 10),), ((11, 30),))
B = att(((0, 5),), ((40, 45),), ((46, 60),))
C = att((), ((70, 75),), ((76, 90),))
GOLD = [A, B, C]
P_EXACT_A = att(((0, 5),), ((6, 10),), ((11, 30),))
P_LENIENT_B = att(((2, 5),), ((40, 44),), ((46, 56),))
P_C_WITH_SOURCE = att(((100, 105),), ((70, 75),), ((76, 90),))
P_FALSE = att(((0, 5),), ((200, 205),), ((210, 220),))
PREDICTED = [P_EXACT_A, P_LENIENT_B, P_C_WITH_SOURCE, P_FALSE]


def counts(score, mode, role):
    c = score.counts[mode][role]
    return c.true_positives, c.predicted, c.gold


def test_component_and_triple_counts():
    score = score_document(GOLD, PREDICTED)
    # the shared gold source (0,5) counts once; three predicted sources overlap it or not
    assert counts(score, "lenient", "source") == (1, 3, 1)
    assert counts(score, "exact", "source") == (1, 3, 1)
    assert counts(score, "lenient", "cue") == (3, 4, 3)
    assert counts(score, "exact", "cue") == (2, 4, 3)
    assert counts(score, "lenient", "content") == (3, 4, 3)
    assert counts(score, "exact", "content") == (2, 4, 3)
    # C's gold has no source, the prediction names one: the triple does not match
    assert counts(score, "lenient", "triple") == (2, 4, 3)
    assert counts(score, "exact", "triple") == (1, 4, 3)
    assert score.misses == [C]
    assert score.false_alarms == [P_C_WITH_SOURCE, P_FALSE]


def test_precision_recall_f1():
    c = score_document(GOLD, PREDICTED).counts["lenient"]["triple"]
    assert c.precision == pytest.approx(0.5)
    assert c.recall == pytest.approx(2 / 3)
    assert c.f1 == pytest.approx(2 * 0.5 * (2 / 3) / (0.5 + 2 / 3))
    assert Counts().f1 == 0.0 and Counts(0, 3, 0).precision == 0.0
    assert c.to_json() == {"tp": 2, "predicted": 4, "gold": 3, "precision": 0.5, "recall": 0.6667, "f1": 0.5714}


def test_jaccard_threshold_is_inclusive():
    gold = [att((), ((40, 45),), ((46, 60),))]
    half = att((), ((40, 45),), ((46, 53),))  # 7 / 14 = 0.5
    under = att((), ((40, 45),), ((46, 52),))  # 6 / 14
    assert counts(score_document(gold, [half]), "lenient", "content") == (1, 1, 1)
    assert counts(score_document(gold, [under]), "lenient", "content") == (0, 1, 1)
    assert counts(score_document(gold, [under]), "lenient", "triple") == (0, 1, 1)


def test_discontinuous_jaccard():
    assert jaccard(((0, 10), (20, 30)), ((0, 30),)) == pytest.approx(20 / 30)
    assert jaccard(((0, 10),), ((10, 20),)) == 0.0
    assert jaccard((), ()) == 1.0


def test_one_gold_span_matches_one_prediction():
    gold = [A]
    score = score_document(gold, [P_EXACT_A, P_EXACT_A])
    assert counts(score, "lenient", "triple") == (1, 2, 1)
    # identical predicted spans are one distinct span for component scores
    assert counts(score, "exact", "content") == (1, 1, 1)


def test_matching_is_maximal_not_first_come():
    gold = [((0, 10),), ((0, 16),)]
    predicted = [((0, 12),), ((0, 7),)]  # first fits both golds, second only the first gold
    matched = max_matching(gold, predicted, lambda g, p: jaccard(g, p) >= 0.5)
    assert matched == {0: 1, 1: 0}


def test_scores_add_up_over_documents():
    total = Score()
    total += score_document(GOLD, PREDICTED)
    total += score_document([A], [])
    assert counts(total, "lenient", "triple") == (2, 4, 4)
    assert total.to_json()["exact"]["content"]["gold"] == 4


def test_attributions_of_an_extraction():
    text = 'AWS said "there is no merit to these claims."'
    statement = Statement(
        id="s1",
        speaker="p1",
        kind="denial",
        text=text[10:44],
        start=10,
        end=44,
        direct=True,
        quote="direct",
        speaker_mention=Span("AWS", 0, 3),
        cue=Cue("said", 4, 8, lemma="say"),
    )
    bare = Statement(id="s2", speaker="p1", kind="claim", text=text[10:20], start=10, end=20, direct=False)
    extraction = Extraction(Article(source="x", text=text), statements=[statement, bare])
    assert attributions_of(extraction) == [  # a direct quotation is scored with its marks, as PolNeAR marks it
        Attribution(content=((9, 45),), cue=((4, 8),), source=((0, 3),)),
        Attribution(content=((10, 20),)),
    ]


def test_statements_sharing_a_cue_are_one_discontinuous_attribution():
    text = '"We waited," Ruiz said, "and it paid off."'
    cue = Cue("said", 18, 22, lemma="say")
    first = Statement(
        id="s1",
        speaker="p1",
        kind="claim",
        text=text[1:10],
        start=1,
        end=10,
        direct=True,
        quote="direct",
        speaker_mention=Span("Ruiz", 13, 17),
        cue=cue,
    )
    second = Statement(
        id="s2", speaker="p1", kind="claim", text=text[25:40], start=25, end=40, direct=True, quote="direct", cue=cue
    )
    extraction = Extraction(Article(source="x", text=text), statements=[first, second])
    (merged,) = attributions_of(extraction)
    # each part scored with its quote marks, as PolNeAR marks a direct quotation
    assert merged == Attribution(content=((0, 12), (24, 42)), cue=((18, 22),), source=((13, 17),))
    gold = [Attribution(content=((0, 11), (24, 41)), cue=((18, 22),), source=((13, 17),))]
    assert counts(score_document(gold, [merged]), "lenient", "triple") == (1, 1, 1)


def test_continued_statements_join_their_utterance():
    text = '"We waited," Ruiz said. "It paid off." Lee said no.'
    first = Statement(
        id="s1",
        speaker="p1",
        kind="claim",
        text=text[1:10],
        start=1,
        end=10,
        direct=True,
        quote="direct",
        speaker_mention=Span("Ruiz", 13, 17),
        cue=Cue("said", 18, 22),
    )
    second = Statement(
        id="s2",
        speaker="p1",
        kind="claim",
        text=text[25:37],
        start=25,
        end=37,
        direct=True,
        quote="direct",
        continues="s1",
    )
    other = Statement(
        id="s3",
        speaker="p2",
        kind="claim",
        text=text[48:50],
        start=48,
        end=50,
        direct=False,
        speaker_mention=Span("Lee", 39, 42),
        cue=Cue("said", 43, 47),
    )
    extraction = Extraction(Article(source="x", text=text), statements=[first, second, other])
    assert attributions_of(extraction) == [
        Attribution(content=((0, 12), (24, 38)), cue=((18, 22),), source=((13, 17),)),
        Attribution(content=((48, 50),), cue=((43, 47),), source=((39, 42),)),
    ]
