"""Article text in, parties and statements out: pure functions over plain dataclasses.

``extract`` handles one article; ``extract_many`` streams many through ``nlp.pipe`` so
spaCy batches the parsing, which is nearly all of the cost.
"""

from __future__ import annotations

import bisect
from collections import deque
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract import dates
from kg.extract.attribution import Reader
from kg.extract.chunks import chunk_spans, paragraph_spans
from kg.extract.link import statements
from kg.extract.model import Article, Extraction
from kg.extract.nlp import load_pipeline
from kg.extract.quotes import find_quotes

EXTRACTOR_VERSION = "quotegraph-rules/1.0"

__all__ = ["EXTRACTOR_VERSION", "extract", "extract_many", "load_pipeline"]


def _build(article: Article, docs: list[tuple[int, Doc]]) -> Extraction:
    text = article.text
    reader = Reader(text, find_quotes(text), dates.parse_published(article.published))
    for base, doc in docs:
        reader.read_doc(base, doc)
    starts = [s for s, _ in paragraph_spans(text)]
    reader.attach_quotes(lambda pos: bisect.bisect_right(starts, pos))
    parties = reader.table.parties()
    result = statements(reader.found, parties)
    for s in result:
        s.text = text[s.start : s.end]
    return Extraction(article, parties, result)


def extract(article: Article, nlp: Language | None = None) -> Extraction:
    return next(extract_many([article], nlp=nlp))


def extract_many(
    articles: Iterable[Article], *, nlp: Language | None = None, n_process: int = 1, batch_size: int = 64
) -> Iterator[Extraction]:
    """Extractions in input order; parsing of all articles' chunks is batched together."""
    nlp = nlp or load_pipeline()
    pending: deque[tuple[int, Article, int]] = deque()
    collected: dict[int, list[tuple[int, Doc]]] = {}

    def chunks() -> Iterator[tuple[str, tuple[int, int]]]:
        for index, article in enumerate(articles):
            text = article.text or ""
            spans = chunk_spans(text) if text.strip() else []
            pending.append((index, article, len(spans)))
            collected[index] = []
            for start, end in spans:
                yield text[start:end], (index, start)

    def ready() -> Iterator[Extraction]:
        while pending and len(collected[pending[0][0]]) == pending[0][2]:
            index, article, _ = pending.popleft()
            yield _build(article, collected.pop(index))

    for doc, (index, start) in nlp.pipe(chunks(), as_tuples=True, n_process=n_process, batch_size=batch_size):
        collected[index].append((start, doc))
        yield from ready()
    yield from ready()
