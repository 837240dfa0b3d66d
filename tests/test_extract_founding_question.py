"""The founding question on a store of several articles about one story (issue 13).

The development set's Parler articles (wire copy, a feature, a newsletter, a court story, a
TV transcript: several outlets, one story) go into a store through the normal load path
(extract, validate, infer, write), and ``ontology/queries/claims-disputed-by-party.rq``
asks which claims AWS disputed. Its answer is judged against the gold: every claim that a
statement of AWS's side (AWS, its spokespeople) disputes in the gold of its article.

The splits the extractor was first developed on (tune, heldout) must pass. heldout2 to heldout26, each the unseen
split until it was studied (devset/README.md), are asked the same question, each in a store of its own; they do not
reach the goals yet, so a miss there is an expected failure rather than a red build. The unseen split (UNSEEN, the
newest blind one) is asked too, as an expected failure: its figures are read, never tuned on.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.build.iris import Minter
from kg.eval.devset import match_statements
from kg.eval.gold import GoldArticle, name_key, read_article
from kg.extract import extract_many
from kg.load.articles import article_key
from kg.load.loader import load_articles
from kg.paths import QUERIES_DIR
from kg.sources.documents import read_file
from kg.store import OxigraphStore

DEVSET = Path(__file__).resolve().parents[1] / "devset"
QUERY = QUERIES_DIR / "claims-disputed-by-party.rq"
AWS = {"amazon web services", "aws"}


SEEN = ("tune", "heldout")
STUDIED = (
    "heldout2",
    "heldout3",
    "heldout4",
    "heldout5",
    "heldout6",
    "heldout7",
    "heldout8",
    "heldout9",
    "heldout10",
    "heldout11",
    "heldout12",
    "heldout13",
    "heldout14",
    "heldout15",
    "heldout16",
    "heldout17",
    "heldout18",
    "heldout19",
    "heldout20",
    "heldout21",
    "heldout22",
    "heldout23",
    "heldout24",
    "heldout25",
    "heldout26",
)
UNSEEN: tuple[str, ...] = ("heldout27",)


def parler_articles(splits: tuple[str, ...]) -> list[Path]:
    return sorted(path for split in splits for path in (DEVSET / split).glob("parler-*.txt"))


def aws_side(gold: GoldArticle, pid: str | None) -> bool:
    parties = {p.id: p for p in gold.parties}
    seen: set[str] = set()
    while pid and pid not in seen and pid in parties:
        seen.add(pid)
        party = parties[pid]
        if name_key(party.name) in AWS or AWS & {name_key(a) for a in party.aliases}:
            return True
        pid = party.affiliation
    return False


@pytest.fixture(
    scope="module",
    params=[
        pytest.param(SEEN, id="seen"),
        *(
            pytest.param(
                (split,),
                id=split,
                marks=pytest.mark.xfail(
                    reason=f"{split} does not reach the founding question's goals yet", strict=False
                ),
            )
            for split in STUDIED
        ),
        *(
            pytest.param(
                (split,),
                id=split,
                marks=pytest.mark.xfail(reason=f"{split} is the unseen split: measured, never tuned on", strict=False),
            )
            for split in UNSEEN
        ),
    ],
)
def story(request):
    """The gold claims AWS disputed, each predicted statement's gold statement, and the query's rows."""
    paths = parler_articles(request.param)
    assert len(paths) >= 3, "the development set's Parler articles are missing"
    articles = [read_file(p) for p in paths]
    golds = {p.stem: read_article(p.with_name(p.stem + ".gold.resolved.json")) for p in paths}
    minter = Minter()
    gold_of: dict[str, tuple[str, str | None]] = {}
    for path, article, extraction in zip(paths, articles, extract_many(articles)):
        gold = golds[path.stem]
        matched = match_statements(gold.statements, extraction.statements)
        key = article_key(article)
        for i, statement in enumerate(extraction.statements):
            truth = gold.statements[matched[i]].id if i in matched else None
            gold_of[str(minter.statement(key, statement.start, statement.end))] = (path.stem, truth)
    disputed = {
        (name, target)
        for name, gold in golds.items()
        for s in gold.statements
        if aws_side(gold, s.speaker) or aws_side(gold, s.on_behalf_of)
        for target in s.disputes
    }
    with OxigraphStore(None) as store:
        results = load_articles(store, [str(p) for p in paths], progress=False)
        assert [r.status for r in results] == ["loaded"] * len(paths)
        rows = list(store.query(QUERY.read_text(encoding="utf-8")))
    claims = {gold_of.get(row["claim"].value, (None, None)) for row in rows}
    return golds, disputed, claims


def test_aws_never_disputes_its_own_side(story):
    golds, _, claims = story
    own = [(name, sid) for name, sid in claims if name and sid and aws_side(golds[name], _speaker(golds[name], sid))]
    assert own == [], f"AWS shown disputing its own side's statements: {own}"


def test_every_claim_shown_as_disputed_by_aws_is_one_it_answered(story):
    _, disputed, claims = story
    precision = len(claims & disputed) / len(claims) if claims else 0.0
    assert claims and precision >= 0.95, (precision, sorted(claims - disputed, key=str))


def test_every_claim_aws_answered_is_shown(story):
    _, disputed, claims = story
    recall = len(claims & disputed) / len(disputed)
    assert recall >= 0.85, (recall, sorted(disputed - claims))


def _speaker(gold: GoldArticle, sid: str) -> str:
    return next(s.speaker for s in gold.statements if s.id == sid)
