"""Brat-annotated articles, parsed the way extraction parses them, with token labels.

Parsing is nearly all the cost of training, so the parses are cached as a spaCy DocBin
keyed on the texts, the pipeline and the chunking: a second run (another seed, other
settings) starts in seconds. The cache lives outside the repository (a temporary folder
by default) because the parses hold the corpus text.
"""

from __future__ import annotations

import hashlib
import pickle
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc, DocBin

from kg.extract.attribution import Reader
from kg.extract.chunks import CHUNK_CHARS, chunk_spans
from kg.extract.learned.combine import hints_of
from kg.extract.learned.features import ChunkView, Hint
from kg.extract.learned.vocabulary import Vocabulary
from kg.extract.quotes import Quote, find_quotes
from kg.sources.brat import Attribution, Document

CACHE_FORMAT = 1


@dataclass
class ParsedArticle:
    """One annotated article: its parsed chunks (article offset, doc) and gold attributions."""

    document: Document
    chunks: list[tuple[int, Doc]]
    quotes: list[Quote]


def _cache_key(documents: list[Document], nlp: Language) -> str:
    digest = hashlib.sha256()
    meta = nlp.meta
    digest.update(f"{CACHE_FORMAT} {meta.get('name')} {meta.get('version')} {nlp.pipe_names} {CHUNK_CHARS}".encode())
    for document in documents:
        digest.update(document.name.encode() + b"\0" + document.text.encode() + b"\0")
    return digest.hexdigest()[:24]


def parse_articles(
    documents: list[Document], nlp: Language, *, cache_dir: Path | None = None, n_process: int = 1
) -> list[ParsedArticle]:
    """Every document parsed chunk by chunk, read from or written to ``cache_dir``."""
    cached = cache_dir / f"parses-{_cache_key(documents, nlp)}" if cache_dir else None
    if cached is not None and (cached / "index.pickle").exists():
        bin_ = DocBin().from_disk(cached / "docs.spacy")
        index = pickle.loads((cached / "index.pickle").read_bytes())
        docs = list(bin_.get_docs(nlp.vocab))
    else:
        items = [(d.text[s:e], (i, s)) for i, d in enumerate(documents) for s, e in chunk_spans(d.text)]
        docs, index = [], []
        for doc, where in nlp.pipe(items, as_tuples=True, batch_size=64, n_process=n_process):
            docs.append(doc)
            index.append(where)
        if cached is not None:
            cached.mkdir(parents=True, exist_ok=True)
            bin_ = DocBin(attrs=["ORTH", "TAG", "HEAD", "DEP", "ENT_IOB", "ENT_TYPE", "LEMMA", "POS", "SENT_START"])
            for doc in docs:
                bin_.add(doc)
            bin_.to_disk(cached / "docs.spacy")
            (cached / "index.pickle").write_bytes(pickle.dumps(index))
    articles = [ParsedArticle(d, [], find_quotes(d.text)) for d in documents]
    for doc, (i, start) in zip(docs, index):
        articles[i].chunks.append((start, doc))
    return articles


@dataclass
class LabelledCue:
    """A gold attribution seen from the chunk its cue is in: token positions per role."""

    cue: tuple[int, int]
    source: set[int]
    content: set[int]


def rule_hints(article: ParsedArticle) -> list[list[Hint]]:
    """What the rules find in each chunk, read as at run time (before quotations are attached)."""
    reader = Reader(article.document.text, article.quotes)
    found = []
    for base, doc in article.chunks:
        first = len(reader.found)
        reader.read_doc(base, doc)
        found.append(hints_of(reader.found[first:]))
    return found


def labelled_chunks(
    article: ParsedArticle,
    vocabulary: Vocabulary,
    stacked: bool = False,
    cue_scores: Sequence[np.ndarray] | None = None,
) -> Iterator[tuple[ChunkView, list[LabelledCue]]]:
    """Each chunk's view and the gold attributions whose cue lies in it; ``stacked``: with
    the rules' reading as hints; ``cue_scores``: each chunk's tokens' cue probabilities from
    the neural cue scorer."""
    hints = rule_hints(article) if stacked else [None] * len(article.chunks)
    scores = cue_scores if cue_scores is not None else [None] * len(article.chunks)
    for (base, doc), chunk_hints, chunk_scores in zip(article.chunks, hints, scores):
        view = ChunkView(doc, base, article.quotes, vocabulary, chunk_hints, chunk_scores)
        cues = []
        for attribution in article.document.attributions:
            cue = view.positions(attribution.cue)
            if not cue:
                continue
            cues.append(
                LabelledCue(
                    (min(cue), max(cue) + 1), view.positions(attribution.source), view.positions(attribution.content)
                )
            )
        yield view, cues


def cue_labels(view: ChunkView, cues: list[LabelledCue]) -> list[str]:
    labels = ["O"] * len(view.tokens)
    for cue in cues:
        labels[cue.cue[0]] = "B"
        for n in range(cue.cue[0] + 1, cue.cue[1]):
            labels[n] = "I"
    return labels


def role_labels(cue: LabelledCue, lo: int, hi: int) -> list[str]:
    """BIO labels of one cue's source (S) and content (C); the cue's own words are V."""
    labels = []
    for n in range(lo, hi):
        if cue.cue[0] <= n < cue.cue[1]:
            labels.append("V")
        elif n in cue.source:
            labels.append("I-S" if n - 1 in cue.source else "B-S")
        elif n in cue.content:
            labels.append("I-C" if n - 1 in cue.content else "B-C")
        else:
            labels.append("O")
    return labels


def gold_attributions(article: ParsedArticle) -> list[Attribution]:
    return article.document.attributions
