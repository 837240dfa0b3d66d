"""The words a learned model may see by name, and the rules' word classes frozen at training.

Kept apart from the feature builders so that training, tagging and features share one definition of
what a model may read: lemmas common across the training articles, never proper nouns or numbers,
so the weights carry no text of the corpus.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property


@dataclass(frozen=True)
class Vocabulary:
    """The lemmas a model may see by name, word classes frozen from the rules' lexicon, and
    ``clusters``: each word's distributional classes (``WordClasses.features``; empty for a model
    trained without them), which reach the words the vocabulary leaves unnamed."""

    lemmas: frozenset[str]
    classes: dict[str, frozenset[str]]
    clusters: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def word(self, lemma: str, pos: str) -> str:
        """How a model sees a word: its lowercased ``lemma`` if the model may name it, else its ``pos``."""
        if pos not in ("PROPN", "NUM") and lemma in self.lemmas:
            return lemma
        return "~" + pos

    def clusters_of(self, lemma: str, text: str) -> tuple[str, ...]:
        """A word's distributional classes, by its lowercased form ("touted" sits with words of
        politics, its lemma "tout" with French ones) or else its lemma."""
        return self.clusters.get(text.lower()) or self.clusters.get(lemma, ())

    def classes_of(self, lemma: str) -> list[str]:
        return self._class_index.get(lemma, [])

    @cached_property
    def _class_index(self) -> dict[str, list[str]]:
        """Each word's classes, in the classes' order: looked up twice a token."""
        index: dict[str, list[str]] = {}
        for name, words in self.classes.items():
            for word in words:
                index.setdefault(word, []).append(name)
        return index
