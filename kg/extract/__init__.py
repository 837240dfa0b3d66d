"""Article text in, parties and statements out: pure functions over plain dataclasses.

``extract`` handles one article; ``extract_many`` streams many through ``nlp.pipe`` so
spaCy batches the parsing, which is nearly all of the cost.
"""

from __future__ import annotations

import bisect
from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.language import Language

from kg.extract import dates
from kg.extract.attribution import Reader
from kg.extract.casing import readable, restored
from kg.extract.charges import shipped as shipped_charges
from kg.extract.chunks import chunk_spans, paragraph_spans
from kg.extract.counters import shipped as shipped_counters
from kg.extract.headline import front_matter, is_headline, mark_headline
from kg.extract.learned import DEFAULT_MODE, MODES, WEIGHTS_VERSION, Combiner, combiner
from kg.extract.link import statements
from kg.extract.model import Article, Extraction
from kg.extract.nlp import load_pipeline
from kg.extract.pairs import Links, for_mode
from kg.extract.quotes import find_quotes
from kg.extract.rubrics import unlabelled
from kg.extract.sentences import split_quotes

# Chunks spaCy parses at once. Its peak memory grows with the batch, and the C allocator keeps
# the high-water mark: over PolNeAR dev, 64 chunks (up to 320k characters) peaked at 805 MB RSS,
# 8 at 276 MB, no slower.
BATCH_CHUNKS = 8

_RULES = "quotegraph-rules/1.27"


def extractor_version(mode: str | None = None) -> str:
    """The version a mode's output (None: the default's) is stamped with: the rules' version, plus the weights'
    when a model takes part."""
    mode = mode or DEFAULT_MODE
    return _RULES + ("" if mode == "rules" else f"+{mode}/{WEIGHTS_VERSION}")


# Stored with every article graph: a new version makes `kg load` extract unchanged articles again.
EXTRACTOR_VERSION = extractor_version()

__all__ = [
    "DEFAULT_MODE",
    "EXTRACTOR_VERSION",
    "MODES",
    "extract",
    "extract_many",
    "extractor_version",
    "load_pipeline",
]


def _reader(article: Article, learned: Combiner | None) -> Reader:
    return Reader(article.text, find_quotes(article.text), dates.parse_published(article.published), learned)


def _finish(
    article: Article, reader: Reader, links: Links | None, weights: tuple[list[float] | None, ...]
) -> Extraction:
    paragraphs = paragraph_spans(article.text)
    if reader.learned is None or reader.learned.mode != "learned":
        added = Combiner.set_aside(reader.reading)
        reader.read_labelled_lines(paragraphs)
        starts = [s for s, _ in paragraphs]
        reader.attach_quotes(lambda pos: bisect.bisect_right(starts, pos))
        Combiner.restore(reader.reading, added)
    front = front_matter(article.text, paragraphs)
    if front is None and paragraphs and is_headline(article, *paragraphs[0]):
        front = paragraphs[0][1]
    if front is not None:
        mark_headline(reader.reading, front, article.publisher)
        reader.table.headline_end = front
    split_quotes(reader.reading)
    reader.reading.settle_parties()
    parties = reader.table.parties()
    result, others = statements(reader.found, parties, article.text, reader.reading.sentence_starts, links, *weights)
    return Extraction(article, parties, result, others)


def extract(
    article: Article, nlp: Language | None = None, *, model: str = DEFAULT_MODE, weights: Path | None = None
) -> Extraction:
    return next(extract_many([article], nlp=nlp, model=model, weights=weights))


def extract_many(
    articles: Iterable[Article],
    *,
    nlp: Language | None = None,
    n_process: int = 1,
    batch_size: int = BATCH_CHUNKS,
    model: str = DEFAULT_MODE,
    weights: Path | None = None,
    links: Links | None = None,
    charges: bool = True,
    counters: bool = True,
    charge_weights: list[float] | None = None,
) -> Iterator[Extraction]:
    """Extractions in input order; parsing of all articles' chunks is batched together.

    ``model`` is who finds attributions: ``rules``, ``learned`` or ``hybrid`` (the learned
    model from the ``weights`` folder, the shipped one by default). ``charges=False`` leaves claims
    as the rules read them, without the shipped charge recogniser (what its training reads);
    ``counters=False`` leaves them without the counter-account recogniser (what its training reads).
    ``charge_weights`` stand in for the shipped charge recogniser's: leave-one-split-out scoring reads each
    split with weights fitted without it (``python -m kg.train.counters --joint``).
    Each parsed chunk is read as soon as it arrives and then dropped, so a long article
    never holds more than one batch of parses in memory.
    """
    learned = combiner(model, weights)
    links = links if links is not None else for_mode(model)
    charging = charge_weights if charge_weights is not None else shipped_charges()
    recognisers = (charging if charges else None, shipped_counters() if counters else None)
    nlp = nlp or load_pipeline()
    pending: deque[int] = deque()
    state: dict[int, list] = {}

    def chunks() -> Iterator[tuple[str, tuple[int, int]]]:
        for index, article in enumerate(articles):
            text = article.text or ""
            spans = chunk_spans(text) if text.strip() else []
            state[index] = [article, None, len(spans)]
            pending.append(index)
            parsed = unlabelled(readable(text))
            for start, end in spans:
                yield parsed[start:end], (index, start)

    def ready() -> Iterator[Extraction]:
        while pending and state[pending[0]][2] == 0:
            article, reader, _ = state.pop(pending.popleft())
            yield _finish(article, reader or _reader(article, learned), links, recognisers)

    for doc, (index, start) in nlp.pipe(chunks(), as_tuples=True, n_process=n_process, batch_size=batch_size):
        entry = state[index]
        if entry[1] is None:
            entry[1] = _reader(entry[0], learned)
        parsed = doc.text  # built token by token: once
        original = entry[0].text[start : start + len(parsed)]
        entry[1].read_doc(start, doc if parsed == original else restored(doc, original))
        entry[2] -= 1
        yield from ready()
    yield from ready()
