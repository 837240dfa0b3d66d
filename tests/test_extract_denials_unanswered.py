"""A denial that answers nothing the article reports stays a denial, with no dispute link.

"denied any wrongdoing", "rejected the report": the claim answered is unreported, or in another article. The
development set's gold marks such a statement a denial disputing nothing, and the shapes accept it
(``qgsh:DenialShape``); read as a claim, it was lost to the kinds and to the founding question.
"""

from __future__ import annotations

import pytest

from kg.build.namespace import QG
from kg.extract import extract
from kg.extract.model import Article
from kg.load.loader import load_articles
from kg.paths import QUERIES_DIR
from kg.store import OxigraphStore

STORY = (
    "Amazon Web Services denied any wrongdoing on Monday. "
    "The company said it had suspended the account under its terms of service. "
    "Parler said it would appeal."
)


@pytest.mark.parametrize(
    "text, denied",
    [
        ("Harbor Freight denied any wrongdoing in the matter.", "any wrongdoing"),
        ("Nobody else spoke. The ferry operator flatly denied the reports of overcrowding.", "the reports"),
        (STORY, "any wrongdoing"),
    ],
)
def test_a_denial_of_nothing_reported_stays_a_denial(text, denied):
    x = extract(Article("test", text, published="2021-01-12"))
    [denial] = [s for s in x.statements if s.kind == "denial"]
    assert denial.text.startswith(denied)
    assert denial.disputes == [] and denial.disputes_party is None and denial.dispute_basis == []


def test_a_confirmation_of_nothing_reported_is_a_claim():
    x = extract(Article("test", "The port authority confirmed the closure on Friday.", published="2021-01-12"))
    assert [(s.text, s.kind) for s in x.statements] == [("the closure", "claim")]


def test_stored_and_shown_disputing_nothing(tmp_path):
    """The lone denial passes validation into the store as a qg:Denial, and the founding question lists no
    claim for it: neither AWS's own words nor Parler's later plan."""
    path = tmp_path / "aws.txt"
    path.write_text(STORY, encoding="utf-8")
    with OxigraphStore(None) as store:
        [result] = load_articles(store, [str(path)], progress=False)
        assert result.status == "loaded"
        denials = [r["d"] for r in store.query(f"SELECT ?d WHERE {{ ?d a <{QG.Denial}> }}")]
        assert len(denials) == 1
        [ask] = store.query(f"SELECT (COUNT(?t) AS ?n) WHERE {{ <{denials[0].value}> <{QG.disputes}> ?t }}")
        assert int(ask["n"].value) == 0
        rows = list(store.query((QUERIES_DIR / "claims-disputed-by-party.rq").read_text(encoding="utf-8")))
        assert rows == []
