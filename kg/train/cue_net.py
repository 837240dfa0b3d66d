"""Train the neural cue scorer: spaCy's tagger over a fine-tuned copy of the sm tok2vec.

The cue CRF reads each token's cue probability from it as features (stacking), so the CRF
must be trained on probabilities like the ones it will see at run time: a scorer's guesses
on articles it was trained on are too sure. Training articles are therefore split in two
folds by position; each fold's probabilities come from a scorer trained on the other fold
(cross-fitting), and the scorer the model folder keeps is trained on all of them.

Training is ``spacy train`` with ``cue_net.cfg`` beside this file and a fixed seed.
"""

from __future__ import annotations

import io
import multiprocessing
import tempfile
from collections.abc import Callable
from pathlib import Path

import numpy as np
from spacy import util
from spacy.tokens import Doc, DocBin
from spacy.training.initialize import init_nlp
from spacy.training.loop import train as train_nlp

from kg.errors import KgError
from kg.extract.learned.cue_net import CueNet, save_scorer
from kg.extract.learned.vocabulary import Vocabulary
from kg.train.corpus import ParsedArticle, cue_labels, labelled_chunks

CONFIG = Path(__file__).with_name("cue_net.cfg")
FOLDS = 2


def tagged_docs(articles: list[ParsedArticle], vocabulary: Vocabulary) -> DocBin:
    """Each chunk's words tagged B/I/O of a gold cue, as ``labelled_chunks`` labels the CRF's."""
    bin_ = DocBin(attrs=["ORTH", "TAG", "SPACY"])
    for article in articles:
        for view, cues in labelled_chunks(article, vocabulary):
            doc = view.doc
            tags = ["O"] * len(doc)
            for n, label in enumerate(cue_labels(view, cues)):
                tags[view.tokens[n].i] = label
            bin_.add(Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc], tags=tags))
    return bin_


def fit(docs: DocBin, out: Path, *, epochs: int, seed: int) -> None:
    """Train the scorer on ``docs`` and write it to ``out`` (a spaCy pipeline folder)."""
    with tempfile.TemporaryDirectory(prefix="qg-cue-net-") as scratch:
        data = Path(scratch) / "train.spacy"
        docs.to_disk(data)
        overrides = {
            "paths.train": str(data),
            "paths.dev": str(data),
            "corpora.dev.limit": 1,  # the loop insists on a dev corpus; we score on dev ourselves
            "training.max_epochs": epochs,
            "system.seed": seed,
        }
        config = util.load_config(CONFIG, overrides=overrides, interpolate=False)
        nlp = init_nlp(config)
        nlp, _ = train_nlp(nlp, None, stdout=io.StringIO(), stderr=io.StringIO())
        save_scorer(nlp, out)


def _fit_in_child(docs: bytes, out: str, epochs: int, seed: int) -> None:
    fit(DocBin().from_bytes(docs), Path(out), epochs=epochs, seed=seed)


def cross_fit(
    articles: list[ParsedArticle],
    vocabulary: Vocabulary,
    out: Path,
    *,
    epochs: int,
    seed: int,
    jobs: int = 1,
    progress: Callable[[str], None] = lambda message: None,
) -> list[list[np.ndarray]]:
    """Train the model folder's scorer into ``out`` and return, for every training article and chunk,
    each token's cue probability from the scorer that did not see that article."""
    folds = [articles[k::FOLDS] for k in range(FOLDS)]  # article n is in fold n % 2
    with tempfile.TemporaryDirectory(prefix="qg-cue-folds-") as scratch:
        places = [Path(scratch) / f"fold{k}" for k in range(FOLDS)]
        runs = [(tagged_docs(fold, vocabulary), place) for fold, place in zip(folds, places)]
        runs.append((tagged_docs(articles, vocabulary), out))
        if jobs > 1 and "fork" in multiprocessing.get_all_start_methods():
            context = multiprocessing.get_context("fork")
            pending = []
            for docs, place in runs:
                child = context.Process(target=_fit_in_child, args=(docs.to_bytes(), str(place), epochs, seed))
                child.start()
                pending.append(child)
                if len(pending) == jobs:
                    _join(pending.pop(0))
            for child in pending:
                _join(child)
        else:
            for docs, place in runs:
                fit(docs, place, epochs=epochs, seed=seed)
        progress(f"cue scorer and its {FOLDS} folds trained")
        scorers = [CueNet(place) for place in places]
        scores: list[list[np.ndarray]] = []
        for n, article in enumerate(articles):
            other = scorers[1 - n % FOLDS]
            scores.append(other.scores([doc for _, doc in article.chunks]))
    return scores


def _join(child) -> None:
    child.join()
    if child.exitcode != 0:
        raise KgError(f"training the cue scorer failed (exit code {child.exitcode})")
