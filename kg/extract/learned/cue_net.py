"""The neural cue scorer at run time: each token's probability of being a cue word.

A spaCy tagger (B/I/O of a cue) over its own fine-tuned copy of the sm pipeline's tok2vec,
so it reads words in context where the cue CRF sees a word list and the parse. It never
writes to the doc: ``scores`` runs its model on the parsed chunk's tokens and returns
numbers, which the cue CRF then reads as features. ``kg train --cue-net`` trains it.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import spacy
from spacy.language import Language
from spacy.pipeline import Tagger
from spacy.strings import StringStore
from spacy.tokens import Doc

from kg.errors import KgError

PIPE = "cue"
LABELS = ("B", "I", "O")  # of a cue word; kg/train/cue_net.cfg lists the same


def save_scorer(nlp: Language, out: Path) -> None:
    """Write a trained pipeline as a scorer folder: the tagger keeps its own copy of the
    tok2vec it was trained with, and the shared tok2vec component goes. The vocabulary's
    strings (every word training saw) are left out: the model reads hashed features."""
    nlp.replace_listeners("tok2vec", PIPE, ["model.tok2vec"])
    nlp.remove_pipe("tok2vec")
    out.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)
    StringStore(LABELS).to_disk(out / "vocab" / "strings.json")


class CueNet:
    """Loaded once per process, with its model folder."""

    def __init__(self, directory: Path) -> None:
        try:
            nlp = spacy.load(directory)
            pipe = nlp.get_pipe(PIPE)
        except (OSError, ValueError, KeyError) as error:
            raise KgError(f"{directory}: not a cue scorer ({error})") from None
        if not isinstance(pipe, Tagger):
            raise KgError(f"{directory}: not a cue scorer ({PIPE} is no tagger)")
        self._model = pipe.model
        labels = list(pipe.labels)
        self._b, self._i = labels.index("B"), labels.index("I")

    def scores(self, docs: list[Doc]) -> list[np.ndarray]:
        """Per doc, each token's probability of being in a cue (B or I)."""
        found = []
        for logits in self._model.predict(docs):
            logits = np.asarray(logits, dtype="float64")
            odds = np.exp(logits - logits.max(axis=1, keepdims=True))
            found.append((odds[:, self._b] + odds[:, self._i]) / odds.sum(axis=1))
        return found
