"""The learned model at run time: two linear-chain CRFs read from a weights folder.

``cue.crfsuite`` tags cue words sentence by sentence; ``roles.crfsuite`` then tags, for
each cue, its source and content in the sentences around it. ``model.json`` holds what
the features need (the lemma vocabulary and word classes) and the decoding settings, and
``word-classes.tsv.gz`` the distributional classes when the model was trained with them, so
a model folder is all a run needs, offline.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pycrfsuite
from spacy.tokens import Doc

from kg.errors import KgError
from kg.extract.learned.features import ChunkView, Hint
from kg.extract.learned.vocabulary import Vocabulary
from kg.extract.learned.word_classes import FILE as WORD_CLASSES
from kg.extract.learned.word_classes import WordClasses
from kg.extract.quotes import Quote

FORMAT = 1
CUE_FILE, ROLES_FILE, META_FILE = "cue.crfsuite", "roles.crfsuite", "model.json"
CUE_NET = "cue_net"  # a folder: the neural cue scorer the cue tagger is stacked on, when it is


class ModelError(KgError):
    """A model folder that is missing, incomplete or of another format."""


@dataclass(frozen=True)
class Predicted:
    """One attribution the model found in a chunk, as token positions of its ``ChunkView``.

    ``content`` may have several runs (a quotation split by "she said"); ``confidence``
    is the product of the cue's and the content's mean marginal probabilities.
    """

    cue: tuple[int, int]
    source: tuple[int, int] | None
    content: tuple[tuple[int, int], ...]
    confidence: float


@dataclass(frozen=True)
class Settings:
    """How the tag sequences are decoded and merged, stored in model.json (chosen on dev).

    ``min_confidence``: attributions below it are dropped. ``rules_first``: in the hybrid, an
    attribution the rules found keeps the rules' spans, and the model only adds the ones
    they missed; ``added_min_confidence``: the least confidence of an attribution it adds;
    ``speaker_min_confidence``: below that, the least of one whose source names a speaker;
    ``refine_min_jaccard``: where both found a cue and agree on its source and on this share
    of its content's characters, the model's spans replace the rules' (above 1: never).
    """

    cue_threshold: float = 0.5
    window_before: int = 2
    window_after: int = 2
    min_confidence: float = 0.0
    rules_first: bool = True
    added_min_confidence: float = 0.7
    speaker_min_confidence: float = 0.55
    refine_min_jaccard: float = 0.9


def runs(labels: list[str], role: str) -> list[tuple[int, int]]:
    """(first, end) of each B-/I- run of ``role`` in a BIO label sequence."""
    found: list[list[int]] = []
    open_run = False
    for n, label in enumerate(labels):
        if label == "B-" + role or (label == "I-" + role and not open_run):
            found.append([n, n + 1])
            open_run = True
        elif label == "I-" + role:
            found[-1][1] = n + 1
        else:
            open_run = False
    return [(a, b) for a, b in found]


class AttributionTagger:
    """Loaded once per process; ``predict`` is pure given a chunk view."""

    def __init__(self, directory: Path) -> None:
        directory = Path(directory)
        try:
            meta = json.loads((directory / META_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise ModelError(f"{directory}: not a quotegraph model ({META_FILE}: {error})") from None
        if meta.get("format") != FORMAT:
            raise ModelError(f"{directory}: model format {meta.get('format')!r}, this version reads {FORMAT}")
        self.directory = directory
        self.meta = meta
        clusters = WordClasses.read(directory / WORD_CLASSES).features() if meta.get("word_classes") else {}
        self.vocabulary = Vocabulary(
            frozenset(meta["vocabulary"]), {k: frozenset(v) for k, v in meta["classes"].items()}, clusters
        )
        self.settings = Settings(**meta["settings"])
        self.stacked = bool(meta.get("stacked"))
        self._cue = self._open(directory / CUE_FILE)
        self._roles = self._open(directory / ROLES_FILE)
        self.cue_net = None
        if meta.get("cue_net"):
            from kg.extract.learned.cue_net import CueNet

            self.cue_net = CueNet(directory / CUE_NET)

    def view(self, doc: Doc, base: int, quotes: Sequence[Quote], hints: Sequence[Hint] | None = None) -> ChunkView:
        """The chunk as this model's features see it (with the cue scorer's reading, if it has one)."""
        scores = self.cue_net.scores([doc])[0] if self.cue_net is not None else None
        return ChunkView(doc, base, quotes, self.vocabulary, hints, scores)

    @staticmethod
    def _open(path: Path) -> pycrfsuite.Tagger:
        tagger = pycrfsuite.Tagger()
        try:
            tagger.open(str(path))
        except (OSError, ValueError) as error:
            raise ModelError(f"{path}: cannot open ({error})") from None
        return tagger

    def cues(self, view: ChunkView) -> list[tuple[tuple[int, int], float]]:
        """Cue spans with their mean marginal; a token is a cue word when B+I beats the threshold."""
        found: list[tuple[tuple[int, int], float]] = []
        threshold = self.settings.cue_threshold
        tagger, features = self._cue, view.cue_features
        for lo, hi in view.cue_sequences():
            tagger.set([features(n) for n in range(lo, hi)])
            current: list = []
            for i in range(hi - lo):
                b, inside = tagger.marginal("B", i), tagger.marginal("I", i)
                if b + inside < threshold:
                    current = []
                    continue
                if current and inside >= b:
                    current[1] = lo + i + 1
                    current[2].append(b + inside)
                else:
                    current = [lo + i, lo + i + 1, [b + inside]]
                    found.append(current)  # type: ignore[arg-type]
        return [((a, b), sum(p) / len(p)) for a, b, p in found]  # type: ignore[misc]

    def predict(self, view: ChunkView) -> list[Predicted]:
        cues = self.cues(view)
        spans = [c for c, _ in cues]
        predicted = []
        for cue, cue_score in cues:
            lo, hi = view.window(cue, self.settings.window_before, self.settings.window_after)
            self._roles.set(view.role_features(cue, lo, hi, spans))
            labels = self._roles.tag()
            content = [(lo + a, lo + b) for a, b in runs(labels, "C")]
            if not content:
                continue
            sources = [(lo + a, lo + b) for a, b in runs(labels, "S")]
            source = min(sources, key=lambda r: min(abs(r[0] - cue[0]), abs(r[1] - cue[1]))) if sources else None
            marginals = [self._roles.marginal(labels[n - lo], n - lo) for a, b in content for n in range(a, b)]
            confidence = cue_score * sum(marginals) / len(marginals)
            if confidence >= self.settings.min_confidence:
                predicted.append(Predicted(cue, source, tuple(content), round(confidence, 3)))
        return _resolve_overlaps(predicted)


def _resolve_overlaps(predicted: list[Predicted]) -> list[Predicted]:
    """PolNeAR gives each word one role in one attribution: where two cues claim the same
    content words, the more confident keeps them."""
    kept: list[Predicted] = []
    taken: set[int] = set()
    for p in sorted(predicted, key=lambda p: -p.confidence):
        words = {n for a, b in p.content for n in range(a, b)}
        if len(words & taken) * 2 > len(words):
            continue
        kept.append(p)
        taken |= words
    return sorted(kept, key=lambda p: p.cue)
