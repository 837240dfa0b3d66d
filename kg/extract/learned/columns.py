"""A parsed chunk's token attributes as plain lists, read out of spaCy in one pass.

The features read a dozen attributes of every token, of its head and of its children, and
reading each through a ``Token`` object was most of what building them cost (a profile of
``kg extract`` over PolNeAR dev); ``Doc.to_array`` hands them all over at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import overload

from spacy.attrs import DEP, ENT_TYPE, HEAD, IDX, IS_PUNCT, IS_SPACE, IS_TITLE, LEMMA, ORTH, POS, TAG
from spacy.parts_of_speech import NAMES
from spacy.tokens import Doc, Token

from kg.extract.learned.vocabulary import Vocabulary

_POS_NAMES = {int(number): name for number, name in NAMES.items()}  # keyed by int: a lookup by enum is slow


class Columns:
    """Each attribute as a list indexed by the token's place in the doc (``Token.i``), spaces
    included; strings as the ``Token`` attributes of the same name give them."""

    def __init__(self, doc: Doc, vocabulary: Vocabulary) -> None:
        hashed = doc.to_array([LEMMA, TAG, DEP, ENT_TYPE, ORTH]).T.tolist()
        numbers = doc.to_array([POS, HEAD, IDX, IS_TITLE, IS_SPACE, IS_PUNCT]).astype("int64").T.tolist()
        strings = doc.vocab.strings
        text = {h: strings[h] for column in hashed for h in set(column)}
        lemmas, self.tag, self.dep, self.ent_type, self.text = ([text[h] for h in column] for column in hashed)
        pos, offsets, self.idx, self.is_title, self.is_space, self.is_punct = numbers
        lower = {lemma: lemma.lower() for lemma in set(lemmas)}
        self.lemma = [lower[lemma] for lemma in lemmas]  # lowercased, as every feature reads it
        self.pos = [_POS_NAMES[p] for p in pos]
        self.head = [i + offset for i, offset in enumerate(offsets)]
        self.children: list[list[int]] = [[] for _ in self.head]
        for i, head in enumerate(self.head):
            if head != i:
                self.children[head].append(i)
        self.word = [vocabulary.word(lemma, p) for lemma, p in zip(self.lemma, self.pos)]
        clusters = vocabulary.clusters_of
        self.cluster = [clusters(lemma, t) for lemma, t in zip(self.lemma, self.text)] if vocabulary.clusters else None


class Tokens(Sequence[Token]):
    """The chunk's tokens without spaces, made when read: the features read their attributes from
    ``Columns``, and only the few tokens a cue's spans touch are ever wanted as spaCy objects."""

    def __init__(self, doc: Doc, ids: list[int]) -> None:
        self._doc, self._ids = doc, ids

    def __len__(self) -> int:
        return len(self._ids)

    @overload
    def __getitem__(self, n: int) -> Token: ...

    @overload
    def __getitem__(self, n: slice) -> list[Token]: ...

    def __getitem__(self, n: int | slice) -> Token | list[Token]:
        if isinstance(n, slice):
            return [self._doc[i] for i in self._ids[n]]
        return self._doc[self._ids[n]]
