"""The dataclasses extraction produces, and their JSON form (a public contract).

``Extraction.to_json()`` is what ``kg extract --format json`` prints, one object per line.
Keys listed in the README's contract never change meaning; new optional keys may be added.
Offsets are Unicode code points into ``Article.text``.
``Statement.continues`` names the statement whose utterance this one carries on: the
second half of a split quotation ("...," she said. "...") is its own statement, since a
statement's text is one contiguous run of the article.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Literal

PartyType = Literal["Person", "Organization", "Unknown"]
StatementKind = Literal["claim", "allegation", "denial", "confirmation"]
QuoteType = Literal["direct", "indirect", "mixed"]
OriginKind = Literal["court filing", "press statement", "interview", "social media post", "document"]


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


@dataclass
class Extraction:
    article: Article
    parties: list[Party] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)

    def party(self, party_id: str) -> Party:
        return next(p for p in self.parties if p.id == party_id)

    def to_json(self) -> dict:
        return {
            "source": self.article.source,
            "title": self.article.title,
            "published": self.article.published,
            "parties": [{k: v for k, v in asdict(p).items() if k != "mentions"} for p in self.parties],
            "statements": [asdict(s) for s in self.statements],
        }

    @classmethod
    def from_json(cls, data: dict, article: Article) -> Extraction:
        """An extraction back from its JSON form (for scoring saved output); unknown keys are ignored."""
        parties = [Party(**{k: v for k, v in p.items() if k in _PARTY_KEYS}) for p in data.get("parties", [])]
        statements = []
        for raw in data.get("statements", []):
            values = {k: v for k, v in raw.items() if k in _STATEMENT_KEYS}
            for key, kind in (("cue", Cue), ("speaker_mention", Span), ("origin", Origin)):
                if values.get(key) is not None:
                    values[key] = kind(**values[key])
            statements.append(Statement(**values))
        return cls(article, parties, statements)


_PARTY_KEYS = {f.name for f in fields(Party)} - {"mentions"}
_STATEMENT_KEYS = {f.name for f in fields(Statement)}
