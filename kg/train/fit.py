"""Train the learned extractor from brat-annotated articles and write a model folder.

The folder holds two CRFsuite models and ``model.json`` (vocabulary, word classes,
decoding settings, how it was trained). Training has no random component: L-BFGS over the
articles in sorted order, so the same data and settings give the same weights.
"""

from __future__ import annotations

import json
import multiprocessing
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pycrfsuite

from kg.errors import KgError
from kg.extract import lexicon
from kg.extract.learned.tagger import CUE_FILE, CUE_NET, FORMAT, META_FILE, ROLES_FILE, Settings
from kg.extract.learned.vocabulary import Vocabulary
from kg.extract.learned.word_classes import FILE as WORD_CLASSES
from kg.extract.learned.word_classes import WordClasses
from kg.train.corpus import ParsedArticle, cue_labels, labelled_chunks, role_labels

# The rules' word lists the model sees as word classes, frozen into model.json at training
# so that later edits to the lexicon cannot shift the features under trained weights.
LEXICON_CLASSES = (
    "ALL_CUES",
    "QUOTE_CUES",
    "DENIAL_CUES",
    "ALLEGATION_CUES",
    "CONFIRMATION_CUES",
    "XCOMP_CUES",
    "CLAUSE_ONLY_CUES",
    "SAYING_NOUNS",
    "VIEW_NOUNS",
    "ROLES",
    "ORG_NOUNS",
    "DOCUMENTS",
)


@dataclass(frozen=True)
class TrainSettings:
    """What a training run may vary; the defaults built the shipped model."""

    min_documents: int = 5
    cue_c1: float = 0.2
    cue_c2: float = 0.01
    roles_c1: float = 0.05
    roles_c2: float = 0.01
    iterations: int = 100
    cue_net: bool = False
    cue_net_epochs: int = 4
    seed: int = 0
    decoding: Settings = field(default_factory=Settings)


def vocabulary(
    articles: list[ParsedArticle], min_documents: int, word_classes: WordClasses | None = None
) -> Vocabulary:
    """Lemmas written in lower case in at least ``min_documents`` training articles, and the
    distributional ``word_classes`` the cue tagger reads, if any.

    Common words only: lower case keeps out names the tagger takes for nouns ("Trump"),
    and proper nouns, numbers and non-words never count.
    """
    seen: Counter[str] = Counter()
    for article in articles:
        lemmas = set()
        for _, doc in article.chunks:
            for t in doc:
                if t.pos_ not in ("PROPN", "NUM", "SPACE", "X") and t.text.isalpha() and t.text.islower():
                    lemmas.add(t.lemma_.lower())
        seen.update(lemmas)
    classes = {name.lower(): frozenset(getattr(lexicon, name)) for name in LEXICON_CLASSES}
    clusters = word_classes.features() if word_classes else {}
    return Vocabulary(frozenset(w for w, n in seen.items() if n >= min_documents), classes, clusters)


def _trainer(c1: float, c2: float, iterations: int) -> pycrfsuite.Trainer:
    trainer = pycrfsuite.Trainer(verbose=False)
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": iterations, "feature.possible_transitions": True})
    return trainer


def _fit_both(
    cue: pycrfsuite.Trainer,
    cue_path: Path,
    roles: pycrfsuite.Trainer,
    roles_path: Path,
    jobs: int,
    progress: Callable[[str], None],
) -> None:
    """Fit the cue tagger in a forked child while this process fits the role tagger (L-BFGS is
    single-threaded, and the two are independent), or one after the other."""
    began = time.perf_counter()
    child = None
    if jobs > 1 and "fork" in multiprocessing.get_all_start_methods():
        child = multiprocessing.get_context("fork").Process(target=cue.train, args=(str(cue_path),))
        child.start()
    else:
        cue.train(str(cue_path))
        progress(f"cue tagger: {time.perf_counter() - began:.0f} s, {cue_path.stat().st_size / 1e6:.1f} MB")
    roles.train(str(roles_path))
    progress(f"roles tagger: {time.perf_counter() - began:.0f} s, {roles_path.stat().st_size / 1e6:.1f} MB")
    if child is not None:
        child.join()
        if child.exitcode != 0 or not cue_path.is_file():
            raise KgError(f"fitting the cue tagger failed (exit code {child.exitcode})")
        progress(f"cue tagger: {time.perf_counter() - began:.0f} s, {cue_path.stat().st_size / 1e6:.1f} MB")


def train(
    articles: list[ParsedArticle],
    out: Path,
    settings: TrainSettings = TrainSettings(),
    *,
    stacked: bool = False,
    word_classes: WordClasses | None = None,
    jobs: int = 1,
    progress: Callable[[str], None] = lambda message: None,
) -> dict:
    """Fit both taggers on ``articles`` and write the model folder ``out``; returns model.json.

    ``stacked``: the taggers also see what the rules found (the hybrid's model). ``word_classes``:
    the cue tagger also reads them (copied into the folder). ``jobs`` > 1 fits the two taggers at
    once, in two processes. ``settings.cue_net``: first train the neural cue scorer (cross-fitted,
    ``kg.train.cue_net``) and stack the cue tagger on it.
    """
    started = time.perf_counter()
    vocab = vocabulary(articles, settings.min_documents, word_classes)
    progress(f"vocabulary: {len(vocab.lemmas)} lemmas in at least {settings.min_documents} articles")
    scores: list = [None] * len(articles)
    if settings.cue_net:
        from kg.train.cue_net import cross_fit

        scores = cross_fit(
            articles,
            vocab,
            out / CUE_NET,
            epochs=settings.cue_net_epochs,
            seed=settings.seed,
            jobs=jobs,
            progress=progress,
        )
        progress(f"cue scorer: {time.perf_counter() - started:.0f} s")
    cue = _trainer(settings.cue_c1, settings.cue_c2, settings.iterations)
    roles = _trainer(settings.roles_c1, settings.roles_c2, settings.iterations)
    window = settings.decoding
    counts = Counter[str]()
    for article, article_scores in zip(articles, scores):
        for view, cues in labelled_chunks(article, vocab, stacked, article_scores):
            labels = cue_labels(view, cues)
            for lo, hi in view.cue_sequences():
                cue.append([view.cue_features(n) for n in range(lo, hi)], labels[lo:hi])
                counts["sentences"] += 1
            spans = [c.cue for c in cues]
            for c in cues:
                lo, hi = view.window(c.cue, window.window_before, window.window_after)
                roles.append(view.role_features(c.cue, lo, hi, spans), role_labels(c, lo, hi))
                counts["cues"] += 1
    progress(
        f"features: {counts['sentences']} sentences, {counts['cues']} cues ({time.perf_counter() - started:.0f} s)"
    )
    out.mkdir(parents=True, exist_ok=True)
    if word_classes is not None:
        word_classes.write(out / WORD_CLASSES)
    else:
        (out / WORD_CLASSES).unlink(missing_ok=True)  # a table left from an earlier run would mislead
    _fit_both(cue, out / CUE_FILE, roles, out / ROLES_FILE, jobs, progress)
    meta = {
        "format": FORMAT,
        "stacked": stacked,
        "cue_net": settings.cue_net,
        "word_classes": {"sizes": list(word_classes.sizes), "words": len(word_classes.classes)}
        if word_classes
        else None,
        "trained_on": {"articles": len(articles), **counts},
        "training_seconds": round(time.perf_counter() - started, 1),
        "training": {k: v for k, v in asdict(settings).items() if k != "decoding"},
        "settings": asdict(settings.decoding),
        "vocabulary": sorted(vocab.lemmas),
        "classes": {k: sorted(v) for k, v in vocab.classes.items()},
    }
    (out / META_FILE).write_text(json.dumps(meta, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return meta
