"""Quoted words that ask rather than tell: "We urge the union to return", "Please stay off the ice", "Just don't
close the courts". A request quoted is no claim (``kg.extract.acts`` gives the other kinds of words that claim
nothing); the verbs that ask are shared with it.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract.syntax import outer

REQUEST_VERBS = frozenset(["urge", "demand", "implore", "beg", "petition", "request", "plead", "seek", "recommend"])
ASKING = frozenset(["ask", "call", "encourage"])
_ADVISING = frozenset(["should", "must"])
# Those a notice tells what to do: "Owners should stop ...", "Customers must return ..." (not ``bodies.PUBLIC``,
# the public bodies no company is).
ADDRESSEES = frozenset(
    [
        "owner",
        "customer",
        "resident",
        "parent",
        "employee",
        "consumer",
        "user",
        "passenger",
        "driver",
        "patient",
        "shopper",
        "traveler",
        "traveller",
        "member",
        "tenant",
        "worker",
        "student",
        "family",
        "people",
    ]
)
_FIRST_PERSON = frozenset(["we", "i"])


def is_directive(words: SpacySpan) -> bool:
    """Quoted words that ask rather than tell: "We urge the union to return", "Please stay off the ice".

    ``words`` is one sentence's run of tokens inside a quotation; its own root is the word
    the rest hangs from, whatever the parse makes of the attribution around it.
    """
    inside = range(words.start, words.end)
    roots = [t for t in words if t.head.i not in inside or t.head.i == t.i]
    verbs = [t for t in roots if t.pos_ in ("VERB", "AUX")]
    if not verbs:
        return False
    root = verbs[0]
    first = next(
        (t for t in words if t.is_alpha and t.lower_ != "please" and not _fronted(t, root) and not _forbids(t, root)),
        None,
    )
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return (
            root.tag_ == "VB"
            and first is not None
            and root.i == first.i
            and not any(c.dep_ == "aux" and not _forbids(c, root) for c in root.children)
            and not _conditional(root)
        )
    advised = any(c.dep_ == "aux" and c.lower_ in _ADVISING for c in root.children) and not _perfect(root)
    if advised and _addressee(subject):  # "Owners should stop charging the packs", "Anyone affected must call"
        return True
    return subject.lower_ in _FIRST_PERSON and _asks_now(root)


def _fronted(tok: Token, root: Token) -> bool:
    """Whether a word only sets the scene before an imperative: a clause or adverb the order hangs on ("If there
    was a contest, show us the entries", "Then call me")."""
    tok = outer(tok, root)
    return tok.head.i == root.i and tok.i < root.i and tok.dep_ in ("advcl", "advmod", "mark", "intj", "cc", "punct")


def _forbids(tok: Token, root: Token) -> bool:
    """Whether a word before an imperative only negates it: the "Do" and "n't" of "Don't take it away"."""
    return (
        tok.head.i == root.i
        and tok.i < root.i
        and tok.dep_ in ("aux", "neg")
        and tok.lower_ in ("do", "n't", "n’t", "not", "never")
    )


def _perfect(root: Token) -> bool:
    """Whether advice looks back: "You should have seen this coming", "Owners must have known" reproach or infer
    what is past, and nobody can be asked to do it now."""
    return root.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in root.children)


def _conditional(root: Token) -> bool:
    """Whether an imperative only sets a condition for a clause joined to it: "Take that gain out and they lost
    money again" tells what follows from it, and orders nothing."""
    return any(
        c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        for c in root.children
    )


def _asks_now(root: Token) -> bool:
    """Whether a first-person verb asks for something as it is said: "We urge the union to return", "We are
    asking every family to stop", "I call on the ministry to". Told of as done ("I asked to play", "We've
    been asking since October"), denied ("We're not asking for air conditioning") or asking nothing of anyone
    ("I'm not calling anybody a liar", "We called about the boiler"), it is an account, and a claim."""
    children = list(root.children)
    if root.tag_ in ("VBD", "VBN") or any(
        c.dep_ == "neg" or (c.dep_ == "aux" and c.lemma_.lower() == "have") for c in children
    ):
        return False
    lemma = root.lemma_.lower()
    if lemma in REQUEST_VERBS:
        return any(c.dep_ in ("xcomp", "dobj", "ccomp", "prep") for c in children)
    if lemma not in ASKING:
        return False
    asked = [t for c in children if c.dep_ == "dobj" for t in c.subtree]  # "asking anyone who ate there to call"
    return any(c.dep_ in ("xcomp", "advcl") and infinitive(c) for c in children + asked) or (
        lemma == "call" and any(c.dep_ == "prep" and c.lower_ in ("for", "on") for c in children)
    )


def infinitive(verb: Token) -> bool:
    """Whether a verb is a to-infinitive: what the one asked is asked to do."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _addressee(subject: Token) -> bool:
    """Whether a subject is the public a notice speaks to: "owners", "any employee who ...", "you", "anyone"."""
    if subject.lower_ in ("you", "anyone", "anybody", "everyone", "everybody"):
        return True
    quantified = any(c.dep_ == "det" and c.lower_ in ("any", "every", "all") for c in subject.children)
    return quantified or (subject.tag_ == "NNS" and subject.lemma_.lower() in ADDRESSEES)
