"""The learned attribution extractor: two CRFs over the dependency parse, trained on PolNeAR.

``kg extract --model rules|learned|hybrid`` picks who finds attributions: the rules alone,
the model alone, or both combined (``combine``). The shipped weights live in ``weights/``
beside this file (see ``docs/model-card.md``); ``kg train`` rebuilds them.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from kg.extract.learned.combine import Combiner
from kg.extract.learned.tagger import AttributionTagger, ModelError

MODES = ("rules", "learned", "hybrid")
DEFAULT_MODE = "hybrid"
WEIGHTS = Path(__file__).resolve().with_name("weights")
WEIGHTS_VERSION = 2  # bumped whenever the shipped weights change

__all__ = [
    "DEFAULT_MODE",
    "MODES",
    "WEIGHTS",
    "WEIGHTS_VERSION",
    "AttributionTagger",
    "Combiner",
    "ModelError",
    "combiner",
    "load",
]


@lru_cache(maxsize=4)
def load(directory: Path) -> AttributionTagger:
    """A model folder's tagger, read once per process."""
    return AttributionTagger(directory)


def combiner(mode: str, weights: Path | None = None) -> Combiner | None:
    """What reads each chunk after the rules in ``mode``; None when the rules work alone.

    ``weights`` is a folder as ``kg train --out`` writes it: ``learned/`` (the model alone)
    and, trained with ``--stacked``, ``hybrid/`` (a model that also sees the rules' reading);
    without one the hybrid combines the learned model's reading with the rules'.
    """
    if mode not in MODES:
        raise ModelError(f"unknown extraction model {mode!r} (choose from {', '.join(MODES)})")
    if mode == "rules":
        return None
    folder = (Path(weights) if weights else WEIGHTS).resolve()
    if mode == "hybrid" and (folder / "hybrid").is_dir():
        return Combiner(load(folder / "hybrid"), mode)
    return Combiner(load(folder / "learned"), mode)
