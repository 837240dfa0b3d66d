"""The words a learned model may see by name, and the rules' word classes frozen at training.

Kept apart from the feature builders so that training, tagging and features share one definition of
what a model may read: lemmas common across the training articles, never proper nouns or numbers,
so the weights carry no text of the corpus.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property


@dataclass(frozen=True)
class Vocabulary:
    """The lemmas a model may see by name, and word classes frozen from the rules' lexicon."""

    lemmas: frozenset[str]
    classes: dict[str, frozenset[str]]

    def word(self, lemma: str, pos: str) -> str:
        """How a model sees a word: its lowercased ``lemma`` if the model may name it, else its ``pos``."""
        if pos not in ("PROPN", "NUM") and lemma in self.lemmas:
            return lemma
        return "~" + pos

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
