"""The dataclasses extraction produces, and their JSON form (a public contract).

``Extraction.to_json()`` is what ``kg extract --format json`` prints, one object per line.
Keys listed in the README's contract never change meaning; new optional keys may be added.
Offsets are Unicode code points into ``Article.text``.
``Statement.continues`` names the statement whose utterance this one carries on: the
second half of a split quotation ("...," she said. "...") is its own statement, since a
statement's text is one contiguous run of the article.
``Statement.confidence`` is the learned model's probability for a statement it found
(0-1), and None for one only the rules found.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Literal

PartyType = Literal["Person", "Organization", "Unknown"]
StatementKind = Literal["claim", "allegation", "denial", "confirmation"]
QuoteType = Literal["direct", "indirect", "mixed"]
OriginKind = Literal["court filing", "press statement", "interview", "social media post", "document"]
NotStatementWhy = Literal["request", "no-comment", "question", "headline", "no-content", "intention", "action"]
LinkRule = Literal["named party", "anaphora", "contradiction", "nearest accuser", "learned", "counter-account"]


@dataclass(frozen=True)
class Span:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Cue(Span):
    lemma: str = ""


@dataclass
class Article:
    """A document ready for extraction: its text plus what metadata the user or page gave."""

    source: str
    text: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    publisher: str | None = None
    authors: list[str] = field(default_factory=list)


@dataclass
class Party:
    id: str
    name: str
    type: PartyType = "Unknown"
    aliases: list[str] = field(default_factory=list)
    role: str | None = None
    affiliation: str | None = None
    mentions: list[Span] = field(default_factory=list)


@dataclass
class Origin:
    """Where a statement was first made when the article names it: "in a complaint filed Monday"."""

    kind: OriginKind
    text: str
    start: int
    end: int
    made_by: str | None = None
    date: str | None = None


@dataclass(frozen=True)
class LinkBasis:
    """Why a ``disputes`` or ``confirms`` link was drawn: the rule and the words that triggered it.

    ``named party``: the answer names whose words it answers ("denied Delgado's accusations");
    ``anaphora``: it refers back to them ("these claims", "that account", "the allegation that ...");
    ``contradiction``: it says the opposite of those statements, sharing their subject matter;
    ``nearest accuser``: nothing in its words says whose; it answers the latest accusations of the
    other side; ``learned``: the learned linker (``kg.extract.pairs``) scored the pair high, its words the
    answer's anaphor, the party it names or a word the two share; ``counter-account``: the answer has no denial
    word, the learned recogniser (``kg.extract.counters``) read it as the other side's answer, and the rules
    chose its targets, its words the one that weighed most. ``text``/``start``/``end`` are the triggering words
    (the answer's own words for ``contradiction`` and ``nearest accuser``).
    """

    statement: str
    rule: LinkRule
    text: str
    start: int
    end: int


@dataclass
class Statement:
    id: str
    speaker: str
    kind: StatementKind
    text: str
    start: int
    end: int
    direct: bool
    quote: QuoteType = "indirect"
    on_behalf_of: str | None = None
    speaker_mention: Span | None = None
    cue: Cue | None = None
    date: str | None = None
    disputes: list[str] = field(default_factory=list)
    confirms: list[str] = field(default_factory=list)
    disputes_party: str | None = None
    confirms_party: str | None = None
    reported_by: str | None = None
    origin: Origin | None = None
    continues: str | None = None
    about: str | None = None
    dispute_basis: list[LinkBasis] = field(default_factory=list)
    confirm_basis: list[LinkBasis] = field(default_factory=list)
    confidence: float | None = None


@dataclass
class NotStatement:
    """Something said that is not a claim: a request, a refusal to comment, a question, a headline,
    a report of something said elsewhere with no content of its own ("first reported the lawsuit"),
    an intention ("plans to file a contest").

    Kept apart from ``statements`` (nothing in the graph treats them as claims); scorers of
    attribution in general (PolNeAR) count them, as its annotators mark every attribution.
    ``continues`` names the statement it follows in one quotation ("... claims. Why now?").
    """

    id: str
    speaker: str
    why: NotStatementWhy
    text: str
    start: int
    end: int
    speaker_mention: Span | None = None
    cue: Cue | None = None
    continues: str | None = None


@dataclass
class Extraction:
    article: Article
    parties: list[Party] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    not_statements: list[NotStatement] = field(default_factory=list)

    def party(self, party_id: str) -> Party:
        return next(p for p in self.parties if p.id == party_id)

    def to_json(self) -> dict:
        return {
            "source": self.article.source,
            "title": self.article.title,
            "published": self.article.published,
            "parties": [{k: v for k, v in asdict(p).items() if k != "mentions"} for p in self.parties],
            "statements": [asdict(s) for s in self.statements],
            "not_statements": [asdict(n) for n in self.not_statements],
        }

    @classmethod
    def from_json(cls, data: dict, article: Article) -> Extraction:
        """An extraction back from its JSON form (for scoring saved output); unknown keys are ignored."""
        parties = [Party(**{k: v for k, v in p.items() if k in _PARTY_KEYS}) for p in data.get("parties", [])]
        statements = [Statement(**_values(raw, _STATEMENT_KEYS)) for raw in data.get("statements", [])]
        others = [NotStatement(**_values(raw, _NOT_STATEMENT_KEYS)) for raw in data.get("not_statements", [])]
        return cls(article, parties, statements, others)


_PARTY_KEYS = {f.name for f in fields(Party)} - {"mentions"}
_STATEMENT_KEYS = {f.name for f in fields(Statement)}
_NOT_STATEMENT_KEYS = {f.name for f in fields(NotStatement)}
_NESTED = {"cue": Cue, "speaker_mention": Span, "origin": Origin}


def _values(raw: dict, keys: set[str]) -> dict:
    values = {k: v for k, v in raw.items() if k in keys}
    for key, kind in _NESTED.items():
        if values.get(key) is not None:
            values[key] = kind(**values[key])
    for key in ("dispute_basis", "confirm_basis"):
        if key in values:
            values[key] = [LinkBasis(**b) for b in values[key] or []]
    return values
