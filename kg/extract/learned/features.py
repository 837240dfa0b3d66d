"""What the learned extractor sees of a parsed chunk: feature strings per token.

Two views, one per model. ``cue_features`` describe a token in its own right (is this word
part of an attribution cue here?). ``role_features`` describe a token relative to one cue
(is it that cue's source, its content, or neither?): where it sits in the parse against the
cue's head, which side of the cue, inside which quotation. Per-cue decoding is what lets a
content hold other cues' words and still be read once per cue.

Word identity enters only through ``Vocabulary``: lemmas common across the training
articles, never proper nouns or numbers, so the weights carry no text of the corpus.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property

import numpy as np
from spacy.tokens import Doc, Token

from kg.extract.learned.columns import Columns, Tokens
from kg.extract.learned.paths import ancestry, branches
from kg.extract.learned.vocabulary import Vocabulary
from kg.extract.quotes import Quote

_OPEN_MARKS = {"“", '"', "‘", "«", "``", "'"}
_CLOSE_MARKS = {"”", '"', "’", "»", "''", "'"}


@dataclass(frozen=True)
class Hint:
    """One attribution the rules found, offered to a stacked model as features (article offsets)."""

    cue: tuple[int, int]
    source: tuple[int, int] | None
    content: tuple[tuple[int, int], ...]


_SCORE_BUCKETS = (0.02, 0.1, 0.3, 0.5, 0.7, 0.9, 0.98)


def _score_bucket(p: float) -> str:
    return str(sum(p >= b for b in _SCORE_BUCKETS))


_SIDES = ("in", "before", "after")
_SIDE = {side: "side=" + side for side in _SIDES}
_APART = {side: "apart|" + side for side in _SIDES}
_QUOTE_OTHER = {side: "quote_other|" + side for side in _SIDES}
_SENTENCE_DISTANCE = {d: "sd=" + str(d) for d in range(-3, 4)}
# A token's neighbours in ``role_features``: offset, prefixes of the word and tag features, the in-the-cue feature.
_NEIGHBOUR = tuple((o, f"{o}w=", f"{o}p=", (f"{o}in=False", f"{o}in=True")) for o in (-1, 1))


def _bucket(n: int) -> str:
    if n <= 3:
        return str(n)
    if n <= 6:
        return "4-6"
    if n <= 12:
        return "7-12"
    if n <= 25:
        return "13-25"
    return "26+"


_NEAR = 32
_DISTANCES = ["dist=" + _bucket(n) for n in range(_NEAR)]  # built once: a role feature of every token, for every cue
_FAR = "dist=" + _bucket(_NEAR)
# A cue word's neighbours: offset, then the prefixes of their word, tag, label and word-pair features
# (the nearest two only), and the feature of a neighbour beyond the sentence.
_AROUND = tuple(
    (o, f"{o}w=", f"{o}p=", f"{o}d=" if abs(o) == 1 else "", f"{o}ww=", f"{o}w=<edge>") for o in (-2, -1, 1, 2)
)


class ChunkView:
    """One parsed chunk of an article, with per-token facts computed once.

    ``base`` is where the chunk starts in the article; ``quotes`` are the article's
    quotations (character offsets into the article); ``hints`` what the rules found in the
    chunk, for a model stacked on them (None for a model that reads the parse alone);
    ``cue_scores`` each doc token's cue probability from the neural cue scorer, for a cue
    tagger stacked on it.
    """

    def __init__(
        self,
        doc: Doc,
        base: int,
        quotes: Sequence[Quote],
        vocabulary: Vocabulary,
        hints: Sequence[Hint] | None = None,
        cue_scores: Sequence[float] | np.ndarray | None = None,
    ) -> None:
        self.doc, self.base, self.vocabulary = doc, base, vocabulary
        self.columns = columns = Columns(doc, vocabulary)
        ids = [i for i, space in enumerate(columns.is_space) if not space]
        self.size = len(ids)
        self.tokens = Tokens(doc, ids)
        self.net = None if cue_scores is None else [_score_bucket(cue_scores[i]) for i in ids]
        self._starts = [base + columns.idx[i] for i in ids]
        starts = [s.start for s in doc.sents]
        self.sentence = [bisect.bisect_right(starts, i) - 1 for i in ids]
        self.paragraph = []
        count = 0
        for space, text in zip(columns.is_space, columns.text):
            if space and "\n" in text:
                count += 1
            elif not space:
                self.paragraph.append(count)
        outer = [q.outer_start for q in quotes]
        self.quote: list[int] = []
        self._quotes = list(quotes)
        for at in self._starts:
            k = bisect.bisect_right(outer, at) - 1
            inside = k >= 0 and quotes[k].outer_start <= at < quotes[k].outer_end
            self.quote.append(k if inside else -1)
        self._ids = ids
        self.words = [columns.word[i] for i in ids]
        self.tags = [columns.tag[i] for i in ids]
        self.base_features = self._base()
        self.hints = None if hints is None else [self._hint(h) for h in hints]
        self.hinted: dict[int, str] = {}
        for cue, source, content in self.hints or []:
            for role, positions in (("con", content), ("src", source), ("cue", cue)):
                self.hinted.update(dict.fromkeys(positions, role))

    def positions(self, fragments: Iterable[tuple[int, int]]) -> set[int]:
        """Token positions that overlap any of the article character ranges ``fragments``."""
        found: set[int] = set()
        for start, end in fragments:
            n = max(0, bisect.bisect_right(self._starts, start) - 1)
            while n < self.size and self._starts[n] < end:
                if self._starts[n] + len(self.columns.text[self._ids[n]]) > start:
                    found.add(n)
                n += 1
        return found

    def _hint(self, hint: Hint) -> tuple[set[int], set[int], set[int]]:
        source = self.positions([hint.source]) if hint.source else set()
        return self.positions([hint.cue]), source, self.positions(hint.content)

    def _base(self) -> list[list[str]]:
        """Each token's features of its own, built in one loop over the chunk with the columns read
        once: a method call per token, reading them afresh, was most of the view's cost."""
        c, ids, words, sentence = self.columns, self._ids, self.words, self.sentence
        dep, tag, text, ent_type, is_title = c.dep, c.tag, c.text, c.ent_type, c.is_title
        classes_of, children, is_punct = self.vocabulary.classes_of, c.children, c.is_punct
        heads, head_words, lemma, quote = c.head, c.word, c.lemma, self.quote
        last = len(ids) - 1
        found = []
        for n, i in enumerate(ids):
            word, t, d, head = words[n], tag[i], dep[i], heads[i]
            features = [
                "w=" + word,
                "p=" + t,
                "d=" + d,
                "wp=" + word + "|" + t,
                "hw=" + head_words[head],
                "hd=" + dep[head],
                "hp=" + tag[head],
                "dh=" + d + "|" + tag[head],
            ]
            if ent_type[i]:
                features.append("e=" + ent_type[i])
            if is_title[i]:
                features.append("title")
            if text[i] in _OPEN_MARKS or text[i] in _CLOSE_MARKS:
                features.append("qmark")
            features.append("q=in" if quote[n] >= 0 else "q=out")
            if n == 0 or sentence[n - 1] != sentence[n]:
                features.append("sent_first")
            if n == last or sentence[n + 1] != sentence[n]:
                features.append("sent_last")
            features.extend(["lex=" + k for k in classes_of(lemma[i])])
            features.extend(["k=" + dep[k] for k in children[i] if not is_punct[k]])
            found.append(features)
        return found

    # ----- cues ------------------------------------------------------------------------

    def cue_features(self, n: int) -> list[str]:
        """A token's own features and its neighbours', for tagging cue words."""
        c, i = self.columns, self._ids[n]
        features = ["bias", *self.base_features[n]]
        if self.hints is not None:
            features.append("rule=" + self.hinted.get(n, "O"))
        if self.net is not None:
            features += self._net_features(n)
        sentence, words = self.sentence, self.words
        for offset, w, p, d, ww, edge in _AROUND:
            m = n + offset
            if 0 <= m < self.size and sentence[m] == sentence[n]:
                features.append(w + words[m])
                features.append(p + self.tags[m])
                if d:
                    features.append(d + c.dep[self._ids[m]])
                    features.append(ww + words[m] + "|" + words[n])
            else:
                features.append(edge)
        kids = c.children[i]
        subject = next((k for k in kids if c.dep[k] in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            features.append("subj=" + (c.ent_type[subject] or c.pos[subject]))
            features.append("subjw=" + c.word[subject])
        for k in kids:
            if c.dep[k] in ("ccomp", "xcomp", "dobj", "prep", "advcl", "parataxis"):
                features.append("kid=" + c.dep[k] + "|" + c.word[self.doc[k].left_edge.i])
        features.extend("hlex=" + k for k in self.vocabulary.classes_of(c.lemma[c.head[i]]))
        if c.cluster is not None:
            features += self._cluster_features(n)
        return features

    def _cluster_features(self, n: int) -> list[str]:
        """The distributional classes of the token, of its head and of its neighbours in the
        sentence: how a word the vocabulary does not name still resembles the cues it knows."""
        c, i = self.columns, self._ids[n]
        assert c.cluster is not None
        features = ["g=" + k for k in c.cluster[i]]
        features += ["hg=" + k for k in c.cluster[c.head[i]]]
        for offset in (-1, 1):
            m = n + offset
            if 0 <= m < self.size and self.sentence[m] == self.sentence[n]:
                features += [f"{offset}g=" + k for k in c.cluster[self._ids[m]]]
        return features

    def _net_features(self, n: int) -> list[str]:
        """The neural scorer's probability for the token (bucketed), alone, with whether the
        token is in the rules' word lists, and its neighbours' in the sentence."""
        assert self.net is not None
        score = self.net[n]
        listed = "lex" if self.vocabulary.classes_of(self.columns.lemma[self._ids[n]]) else "-"
        features = ["nn=" + score, "nn|w=" + score + "|" + listed]
        for offset in (-1, 1):
            m = n + offset
            if 0 <= m < self.size and self.sentence[m] == self.sentence[n]:
                features.append(f"nn{offset}=" + self.net[m])
        return features

    def cue_sequences(self) -> list[tuple[int, int]]:
        """(first, end) token positions of each sentence: the cue tagger's sequences."""
        bounds, start = [], 0
        for n in range(1, self.size + 1):
            if n == self.size or self.sentence[n] != self.sentence[start]:
                bounds.append((start, n))
                start = n
        return bounds

    # ----- roles, relative to one cue ---------------------------------------------------

    def window(self, cue: tuple[int, int], before: int = 2, after: int = 2) -> tuple[int, int]:
        """Token positions a cue's source and content are looked for in: nearby sentences."""
        s = self.sentence[cue[0]]
        lo = bisect.bisect_left(self.sentence, s - before)
        hi = bisect.bisect_right(self.sentence, s + after)
        return lo, hi

    def head_of(self, cue: tuple[int, int]) -> Token:
        """The cue word the others hang on: the one whose head lies outside the cue."""
        inside = {self.tokens[n].i for n in range(*cue)}
        for n in range(*cue):
            t = self.tokens[n]
            heads_cue = t.head.i not in inside or t.head.i == t.i
            if heads_cue and (t.pos_ in ("VERB", "NOUN", "AUX") or cue[1] - cue[0] == 1):
                return t
        return self.tokens[cue[0]]

    def role_features(
        self, cue: tuple[int, int], lo: int, hi: int, others: Iterable[tuple[int, int]]
    ) -> list[list[str]]:
        """Features of tokens ``lo``..``hi`` for labelling ``cue``'s source and content.

        Run for every cue over the sentences around it, so each token's features are built about
        twenty times an article: what does not depend on the cue is made once per chunk
        (``_neighbours``) and the strings that do, once per cue, read through locals (cue and role
        features over PolNeAR dev: 1.35 to 1.0 CPU s); the lists are the same, feature for feature and
        in the same order."""
        head = self.head_of(cue)
        cue_word = self.columns.word[head.i]
        cue_sentence = self.sentence[cue[0]]
        cue_paragraph = self.paragraph[cue[0]]
        in_other: set[int] = set()
        other_starts = []
        for a, b in others:
            if (a, b) != cue:
                in_other.update(range(a, b))
                other_starts.append(a)
        last_before = max((a for a in other_starts if a < cue[0]), default=-1)  # another cue starts between
        first_after = min((a for a in other_starts if a >= cue[1]), default=self.size)
        under = branches(head)
        above = ancestry(head)
        near_quote = self._adjacent_quote(cue)
        twin = next((h for h in self.hints or [] if any(cue[0] <= n < cue[1] for n in h[0])), None)
        under_features: dict[tuple[str, str], list[str]] = {}
        above_features: dict[str, list[str]] = {}
        cue_side = {side: "cw=" + cue_word + "|" + side for side in _SIDES}
        first, end = cue
        ids, neighbours, sentence, quote = self._ids, self._neighbours, self.sentence, self.quote
        base, paragraph, hinted = self.base_features, self.paragraph, self.hints is not None
        sentence_distance = {s: _SENTENCE_DISTANCE[max(-3, min(3, s - cue_sentence))] for s in set(sentence[lo:hi])}
        result = []
        for n in range(lo, hi):
            if first <= n < end:
                side, distance = "in", 0
            elif n < first:
                side, distance = "before", first - n
            else:
                side, distance = "after", n - end + 1
            features = ["bias", *base[n], _SIDE[side], _DISTANCES[distance] if distance < _NEAR else _FAR]
            if hinted:
                features.append(self._hint_feature(n, twin))
            features.append(sentence_distance[sentence[n]])
            if paragraph[n] != cue_paragraph:
                features.append("other_para")
            i = ids[n]
            relation = under.get(i)
            if relation is not None:
                branch, at_first, at_last = relation
                made = under_features.get((branch, side))
                if made is None:
                    made = under_features[(branch, side)] = [
                        "under=" + branch,
                        "under=" + branch + "|" + side,
                        "cw|under=" + cue_word + "|" + branch,
                    ]
                features += made
                if at_first:
                    features.append("first_of=" + branch)
                if at_last:
                    features.append("last_of=" + branch)
            elif i in above:
                path = above[i]
                made = above_features.get(path)
                if made is None:
                    made = above_features[path] = ["above=" + path, "cw|above=" + cue_word + "|" + path]
                features += made
            else:
                features.append(_APART[side])
            if n in in_other:
                features.append("other_cue")
            if n < last_before or n > first_after:
                features.append("cue_between")
            q = quote[n]
            if q >= 0:
                features.append("quote_adjacent" if q == near_quote else _QUOTE_OTHER[side])
            for m, word, tag, inside in neighbours[n]:
                features += (word, tag, inside[first <= m < end])
            features.append(cue_side[side])
            result.append(features)
        return result

    @cached_property
    def _neighbours(self) -> list[list[tuple[int, str, str, tuple[str, str]]]]:
        """Each token's neighbours before and after it, as ``role_features`` lists them: position,
        word and tag features, and the in-the-cue feature (when not, when so)."""
        found = []
        size, words, tags = self.size, self.words, self.tags
        for n in range(size):
            around = []
            for offset, word, tag, inside in _NEIGHBOUR:
                m = n + offset
                if 0 <= m < size:
                    around.append((m, word + words[m], tag + tags[m], inside))
            found.append(around)
        return found

    def _hint_feature(self, n: int, twin: tuple[set[int], set[int], set[int]] | None) -> str:
        """How the rules read token ``n`` for this cue: its source, content (and where in it)."""
        if twin is None:
            return "twin=none|" + self.hinted.get(n, "O")
        _, source, content = twin
        if n in content:
            edge = ("|first" if n - 1 not in content else "") + ("|last" if n + 1 not in content else "")
            return "twin=con" + edge
        if n in source:
            return "twin=src"
        return "twin=O|" + self.hinted.get(n, "O")

    def _adjacent_quote(self, cue: tuple[int, int]) -> int:
        """The quotation that ends just before the cue's clause or opens just after it."""
        first, last = cue[0], cue[1] - 1
        sentence = self.sentence[first]
        for n in range(first - 1, max(-1, first - 6), -1):
            if self.sentence[n] != sentence and self.quote[n] < 0:
                break
            if self.quote[n] >= 0:
                return self.quote[n]
        for n in range(last + 1, min(self.size, last + 6)):
            if self.quote[n] >= 0:
                return self.quote[n]
        return -2

    def span(self, first: int, end: int) -> tuple[int, int]:
        """Article character offsets of tokens ``first``..``end``."""
        a, b = self.tokens[first], self.tokens[end - 1]
        return self.base + a.idx, self.base + b.idx + len(b)
