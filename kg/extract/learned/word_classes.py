"""Distributional word classes: which cluster of pretrained word vectors a word falls in.

A linear tagger sees a word by name only when it is common in training, and the cues it misses
are a long tail of words seen once or never ("examine", "tout"). Classes of GloVe vectors (Turian
et al. 2010: word representations as CRF features) give such a word the weights learned for the
common words near it. The classes are made once at training time (``kg train --word-classes``) and
shipped as a small table of word -> class ids, so a run needs no vectors and no download.
"""

from __future__ import annotations

import gzip
import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from kg.errors import KgError

FILE = "word-classes.tsv.gz"
_HEADER = "word"


@dataclass(frozen=True)
class WordClasses:
    """Each word's class at every granularity (``sizes``: how many classes each has)."""

    sizes: tuple[int, ...]
    classes: Mapping[str, tuple[int, ...]]

    def features(self) -> dict[str, tuple[str, ...]]:
        """Each word's classes as feature values ("256:17"), the strings shared between words."""
        names = [[f"{size}:{c}" for c in range(size)] for size in self.sizes]
        return {word: tuple(names[k][c] for k, c in enumerate(ids)) for word, ids in self.classes.items()}

    def write(self, path: Path) -> None:
        """A gzipped TSV (word, then one class id per size), byte-identical for the same classes."""
        lines = ["\t".join([_HEADER, *map(str, self.sizes)])]
        lines += ["\t".join([word, *map(str, ids)]) for word, ids in self.classes.items()]
        data = ("\n".join(lines) + "\n").encode("utf-8")
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as out:
            out.write(data)

    @classmethod
    def read(cls, path: Path) -> WordClasses:
        try:
            with gzip.open(path, "rt", encoding="utf-8") as stream:
                return cls._parse(stream)
        except (OSError, ValueError, EOFError) as error:
            raise KgError(f"{path}: not a word-classes table ({error})") from None

    @classmethod
    def _parse(cls, stream: io.TextIOBase | Iterable[str]) -> WordClasses:
        lines = iter(stream)
        header = next(lines, "").rstrip("\n").split("\t")
        if header[0] != _HEADER or len(header) < 2:
            raise ValueError("no header line 'word<TAB>size...'")
        sizes = tuple(int(s) for s in header[1:])
        classes: dict[str, tuple[int, ...]] = {}
        for number, line in enumerate(lines, start=2):
            word, *ids = line.rstrip("\n").split("\t")
            found = tuple(int(i) for i in ids)
            if len(found) != len(sizes) or any(not 0 <= c < s for c, s in zip(found, sizes)):
                raise ValueError(f"line {number}: {len(sizes)} class ids below {sizes} expected")
            classes[word] = found
        return cls(sizes, classes)
