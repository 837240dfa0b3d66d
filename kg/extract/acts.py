"""Which attributions say something that is not a claim: requests, refusals to comment, questions,
intentions.

"asked the court to ...", "called for a recount", "urged both sides to ..." ask for something;
"declined to comment", "did not respond to a request for comment" say nothing; "Fresh for
what?" asks. A careful reader draws no claim from them, so they are kept apart from the
statements (``NotStatement``), never disputed and never shown as claims.
"""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract.calls import names
from kg.extract.directives import ADDRESSEES, ASKING, REQUEST_VERBS, infinitive
from kg.extract.lexicon import (
    ALL_CUES,
    ALLEGATION_CUES,
    CLAIM_NOUNS,
    CLAUSE_AS_OBJECT_CUES,
    CONFIRMATION_CUES,
    DENIAL_CUES,
    DOCUMENTS,
    EVIDENCE_CUES,
    ORG_NOUNS,
    PHRASAL_CUES,
    ROLES,
)
from kg.extract.model import NotStatementWhy

_INTENDING = frozenset(["plan", "intend", "want", "wish", "aim"])
# What a party undertakes to do, told of with an infinitive: "pledged to cut class time" (an intention) and "agreed
# to settle" (a deed done); no claim about anything. Told inside another's words ("said the council had agreed to
# ..."), it is part of them (``kg.extract.link``).
_UNDERTAKING = frozenset(["agree", "pledge"])
# What a speech verb takes as object when nothing was said: "has admitted nothing of the kind", "said nothing
# about the audit", "has confirmed none of the reports".
_NONE = frozenset(["nothing", "none"])
# Modals that make a verb of saying a duty someone has, not words anyone said: "operators must report any drop".
_OBLIGING = frozenset(["must", "shall", "should"])
_SILENT_VERBS = frozenset(["respond", "reply", "return", "comment", "answer", "elaborate"])
_REFUSING = frozenset(["decline", "refuse"])
_UNSAID = frozenset(["say", "discuss", "disclose", "specify", "explain"])
_WITHHELD = frozenset(
    [
        "comment",
        "say",
        "discuss",
        "elaborate",
        "specify",
        "answer",
        "respond",
        "provide",
        "identify",
        "name",
        "disclose",
        "release",
        "detail",
        "speculate",
        "address",
        "make",
        "share",
    ]
)
_NO_COMMENT = re.compile(
    r"\brequests? for comment\b|\bfor comment\b|^(?:to )?comment\b|\bno comment\b"
    r"|\b(?:not|n't|never)\s+(?:to\s+)?(?:comment|discuss|speak about|talk about)\w*\s+(?:on\s+|about\s+)?"
    r"(?:pending|ongoing|open|active|personnel|specific|individual|internal|legal|current|private)\b",
    re.IGNORECASE,
)
_NO_COMMENT_WORDS = 12
# Advice to the public, reported or quoted: "owners should stop charging the packs", "anyone affected must call".
_ADVICE = re.compile(
    r"^\W*(?:that\s+)?(?:(?:any|all|every)\s+\w+|anyone|anybody|everyone|you|"
    + "|".join(sorted(w + "s" for w in ADDRESSEES if w not in ("family", "people")))
    + r")\b[^.;]{0,80}?\b(?:should|must)\s+(?!not\b|have\b|be\b)\w+",
    re.I,
)
# A policy of silence, as long as the matters it names: "the agency does not comment on matters that ...".
# Said it cannot answer: "she could not respond to claims from an unnamed person", "it could not discuss whether
# the company had filed reports", "they would make no further statement before the game".
_CANNOT_ANSWER = re.compile(
    r"^(?:that\s+)?(?:he|she|it|they|we|i|the \w+)\s+(?:could|would|can|will|cannot|can't|can’t)\s*(?:not\s+|n't\s+|n’t\s+)?"
    r"(?:respond|comment|reply|speak|discuss|make\s+no\s+(?:further\s+)?(?:statement|comment))\b",
    re.I,
)
# What a party seeks, reported: "Parler is seeking an order that would force ...", "the suit seeks damages".
_SEEKING = re.compile(
    r"^\W*(?:that\s+)?(?:[\w'’.&-]+\s+){1,5}?"
    r"(?:(?:is|are|was|were)\s+(?:seeking|asking\s+for|requesting)|seeks|sought)\s+(?:an?\s+|the\s+|\$?[\d.,]+\s+(?:million|billion)?\s*(?:in\s+)?)?"
    r"(?:\w+\s+){0,2}?(?:order|injunction|damages|ruling|relief|refund|raise|compensation)\b"
)
# A question put in the first person without a question mark: "I would like to know who stands to profit",
# "We wonder why the survey was never published".
_WONDERING = re.compile(
    r"^\W*(?:I|We)\s+(?:(?:would|'d|’d)\s+(?:like|love)\s+to\s+know|want\s+to\s+know|(?:still\s+)?wonder)\s+"
    r"(?:who|why|what|whether|if|how|when|where|which)\b",
    re.I,
)
# What a speaker goes on to say after saying it cannot answer: "could not discuss tenancies but that traders could
# apply ...".
_GOING_ON = re.compile(r"\bbut\b", re.I)
_NEGATED = re.compile(r"\bnot\b|n't\b|n’t\b|cannot\b|\bno\b", re.I)
# The speaker telling of itself: a pronoun or "the company" ("the mayor" is someone else).
_ITSELF = r"(?:it|he|she|they|we|the\s+(?:" + "|".join(sorted(ORG_NOUNS)) + r"))"
# Its own silence, told by the speaker of itself ("it", "the company"; not "the mayor did not discuss ..."):
# "said it does not discuss its clients", "the agency does not speculate", "would not share details".
_SILENCE_POLICY = re.compile(
    r"^(?:that\s+)?(?:" + _ITSELF + r"\s+"
    r"(?:does|do|did|would|will)(?: not|n't|n’t)\s+(?:comment|discuss|speculate|share|disclose)\b"
    r"|(?:the\s+)?[\w ]{0,40}?\b(?:does|do)(?: not|n't|n’t) comment (?:on|about)\b)",
    re.I,
)
# A request the speaker tells of having made: "she had asked the journal to remove her name", "it has urged both
# sides to meet" (not "The Journal reported that Parler had asked the court to ...": the outlet's claim).
_ASKED = re.compile(
    r"^(?:that\s+)?(?:i|" + _ITSELF + r")\s+(?:had|has|have)\s+"
    r"(?:asked|urged|requested|called\s+on)\s+(?:[\w'’.&-]+\s+){1,6}?to\s+"
    r"(?!(?:the|a|an|its|their|his|her|our|my|this|that)\b)\w+",  # "to" a verb, not "asked for access to the site"
    re.I,
)
# What one asks for or puts to another to accept: refused ("denied Parler's request", "denied the injunction"), it
# is a decision taken, no answer to a claim.
_PLEAS = frozenset(
    ["request", "motion", "bid", "petition", "application", "appeal", "plea", "offer", "proposal", "injunction"]
)
_RELAYING = frozenset(["report", "announce", "mention", "discuss", "cite", "publish", "break"])
_SAID_ELSEWHERE = CLAIM_NOUNS | frozenset(DOCUMENTS) | frozenset(["news", "story", "lawsuit"])


def verb_why(verb: Token, last: Token) -> NotStatementWhy | None:
    """What a cue verb does when it does not report a claim, judged on its parse.

    ``last`` is the cue's last word ("called for": "for").
    """
    lemma = verb.lemma_.lower()
    children = list(verb.children)
    inverted = [(a, c) for a in children for c in children if a.dep_ == "aux" and c.dep_ == "nsubj" and a.i < c.i]
    if inverted and _asks(verb.sent.text):
        return "question"  # "Which rival did the union say it wanted to protect?": the saying is asked about
    if any(c.dep_ == "mark" and c.lower_ == "whether" for c in children):
        return "question"  # "Whether Amazon says anything new on the call.": asked about, not yet said
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb_why(verb.head, verb.head) == "no-comment":
        return "no-comment"  # "declined to comment, saying the matter was for the police": why it said nothing
    if any(c.dep_ == "aux" and c.lower_ in _OBLIGING for c in children):
        return "request"  # "operators must report any object dropped": a rule told of, nothing reported
    if lemma in _INTENDING and any(c.dep_ == "xcomp" for c in children):
        return "intention"  # "plans to file an election contest": what someone means to do
    undertaken = any(c.dep_ in ("xcomp", "advcl") and infinitive(c) for c in children)
    told = any(a.lemma_.lower() in ALL_CUES for a in verb.ancestors)
    if undertaken and lemma in _UNDERTAKING and not told and not any(c.dep_ == "ccomp" for c in children):
        return "action" if lemma == "agree" else "intention"
    dobj = next((c for c in children if c.dep_ in ("dobj", "obj")), None)
    if (
        lemma in _RELAYING
        and not any(c.dep_ in ("ccomp", "xcomp", "oprd") for c in children)
        and dobj is not None
        and (dobj.lemma_.lower() in _SAID_ELSEWHERE or (lemma == "report" and _things(dobj)))
    ):
        return "no-content"  # "The Ledger first reported the lawsuit": what it says is said elsewhere
    if lemma == "point" and any(_said_elsewhere_to(c) for c in children):
        return "no-content"  # "pointed to its earlier statement": words said elsewhere, not given here
    if (
        dobj is not None
        and dobj.lower_ in ("other", "another")
        and any(c.lower_ in ("each", "one") for c in dobj.subtree)
    ):
        return "no-content"  # "blamed each other for the outage": two charges named, neither one's words
    if (
        dobj is not None
        and dobj.lower_ in _NONE
        and lemma not in EVIDENCE_CUES  # "the inspection found nothing wrong" is a finding
        and not any(c.dep_ in ("ccomp", "xcomp") for c in children)
    ):
        return "no-comment" if lemma in _SILENT_VERBS or lemma in _UNSAID else "no-content"  # "admitted nothing"
    negated = any(c.dep_ == "neg" for c in children) or (  # "did not provide names or say how many ..."
        verb.dep_ == "conj"
        and any(c.dep_ == "neg" for c in verb.head.children)
        and any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in verb.head.children)
    )
    if lemma in _SILENT_VERBS and negated:
        return "no-comment"
    if lemma in _UNSAID and negated and not _that_clause(children):
        return "no-comment"  # "did not say how many ...", "does not discuss open cases"
    if lemma in _REFUSING:
        xcomp = next((c for c in children if c.dep_ == "xcomp"), None)
        if xcomp is not None and xcomp.lemma_.lower() in _WITHHELD:
            return "no-comment"
        if xcomp is not None and xcomp.lemma_.lower() not in ALL_CUES:
            return "action"  # "the clerk had refused to accept them": a deed, not words
        return None
    if lemma in REQUEST_VERBS or _wished_for(verb):
        return "request"
    if lemma in DENIAL_CUES and dobj is not None and dobj.lemma_.lower() in _PLEAS:
        return (
            "action"  # "the judge denied Parler's request to restore service": a ruling on a plea, no answer to a claim
        )
    removed = [c for c in children if c.dep_ in ("dobj", "obj") and _someone(c)]
    if lemma in _REMOVING and removed and not _judged_as(verb, removed[0]):
        return "action"  # "the board dismissed co-founder John Matze": fired him, said nothing of anything
    if lemma == "call" and dobj is not None and not names(verb, dobj):
        return "action"  # "called the police", "called 999", "called a meeting": a deed, no words about anything
    if lemma in ASKING:
        if last.i != verb.i and last.lower_ in ("for", "on"):
            return "request"
        if any(c.dep_ == "xcomp" and c.tag_ == "VB" for c in children):
            return "request"
        if lemma == "ask" and any(c.dep_ == "prep" and c.lower_ == "for" for c in children):
            return "request"
        if any(c.dep_ == "xcomp" and any(g.dep_ == "neg" for g in c.children) for c in children):
            return "request"  # "asked not to be named"
        clause = next((c for c in children if c.dep_ == "ccomp"), None)
        if lemma == "ask" and clause is not None and clause.left_edge.tag_ in ("IN", "WDT", "WP", "WRB"):
            if clause.left_edge.lower_ != "that":
                return "question"
            return "request" if _subjunctive(clause) else None
    return None


_WISHING = ASKING | REQUEST_VERBS | {"want"}


def _wished_for(verb: Token) -> bool:
    """Whether a cue is what someone else is asked or wanted to do ("asked the judge to order the servers switched
    back on", "wants a court to rule that ..."): nothing has been said yet. One's own "want to say" says it."""
    wisher = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if not infinitive(verb) or wisher is None or wisher.lemma_.lower() not in _WISHING:
        return False
    return any(c.dep_ == "nsubj" for c in verb.children) or any(c.dep_ in ("dobj", "dative") for c in wisher.children)


def _subjunctive(clause: Token) -> bool:
    """Whether a "that" clause wants something done: its verb in the base form, with a subject of its own and no
    modal ("asked that his name not be published", "asked that the board reconsider"), not told ("asked that
    question", "asked that the fees had risen" is no English)."""
    verbs = [clause, *(c for c in clause.children if c.dep_ in ("aux", "auxpass"))]
    subject_ = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject_ is None or any(v.tag_ == "MD" for v in verbs):
        return False
    single = subject_.tag_ in ("NN", "NNP") or subject_.lower_ in ("he", "she", "it")  # "the board reconsider"
    return any(v.tag_ == "VB" for v in verbs) or (single and verbs[0].tag_ == "VBP")


def _said_elsewhere_to(prep: Token) -> bool:
    """Whether a verb's "to" phrase names words said elsewhere ("to its earlier statement", "to the court filings")
    and does not go on to give them ("pointed to a statement: "..."")."""
    named = [c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in _SAID_ELSEWHERE]
    given = any(n.i + 1 < len(n.doc) and n.doc[n.i + 1].text == ":" for n in named)
    return prep.dep_ == "prep" and prep.lower_ == "to" and bool(named) and not given


def _things(dobj: Token) -> bool:
    """Whether a reported object names things, with no clause the parser folded into it: "reported dozens of posts
    to Parler", "reported revenue of $1.2 billion" hand over or disclose them, and say nothing of anyone."""
    return dobj.tag_ in ("NN", "NNS", "CD") and not any(
        t.tag_ in ("VBD", "VBZ", "VBP", "MD") and t.dep_ not in ("relcl", "acl") for t in dobj.subtree
    )


# Denial cues that also name removing someone from a post: "dismissed its chief executive", "rejected two
# candidates"; with "as" they judge what was said ("dismissed AWS's account as exaggerated").
_REMOVING = frozenset(["dismiss", "reject"])


def _someone(tok: Token) -> bool:
    return tok.ent_type_ == "PERSON" or tok.lemma_.lower() in ROLES or tok.lower_ in ("him", "her", "them")


def _judged_as(verb: Token, dobj: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "as" for c in (*verb.children, *dobj.children))


# Cues whose bare object is itself what was said: "denied the allegations", "accused Amazon of breach of contract",
# "blamed the outage on a software error", "called that privatization by the back door"; and those whose object
# is a clause the parser misread ("says amounts to illegal retaliation").
_OBJECT_SAYS = DENIAL_CUES | CONFIRMATION_CUES | ALLEGATION_CUES | CLAUSE_AS_OBJECT_CUES | {"call"} | set(PHRASAL_CUES)
# A finding or an account of more than a few words is what was found or told ("found 14 cracks in the bridge's main
# girders"); a short one only names it ("the survey found corrosion").
_MAX_NAMED = 5


def names_only(verb: Token, content: SpacySpan) -> bool:
    """Whether a cue's object only names a thing, with no word said about it: "mentioned the label", "opposed
    the plan", "cited privacy rules", "proposed the cap", "has opposed every stadium subsidy in the city",
    "welcomed the decision". What the speaker said of it is not in the
    article, so it is no claim (``no-content``); an answer or an accusation names what it answers or charges
    ("denied the allegations"), and "called it a smear", "described it as a stunt" say what the speaker judged.
    A clause the parser misread as an object ("said Parler hosted content") has a verb of its own; a relative
    clause describing the thing named ("the weeks that followed") does not make it one."""
    lemma = verb.lemma_.lower()
    if lemma in _OBJECT_SAYS or any(c.dep_ in ("oprd", "ccomp", "xcomp") for c in verb.children):
        return False
    named = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), content.root)  # or what "referred to"
    if _judged_as(verb, named):  # "described the plan as reckless", "referred to the audit as a turning point"
        return False
    words = [t for t in content if not t.is_punct]
    if any(t.lemma_.lower() in ALL_CUES and any(c.dep_ == "nsubj" for c in t.children) for t in words):
        return False  # "pointed to an appendix, which she said listed two count dates": what she said of it
    if lemma in EVIDENCE_CUES or lemma == "describe":  # "found 14 cracks in the girders", "described months of
        return len(words) <= _MAX_NAMED and not any(t.pos_ in ("VERB", "AUX") for t in words)  # warnings": accounts
    return not any(t.pos_ in ("VERB", "AUX") and not _describing(t, content) for t in words)


def _describing(tok: Token, content: SpacySpan) -> bool:
    """Whether a word sits in a relative or participial clause of a noun named in ``content``: "the weeks that
    followed", "a plan drawn up in 2019"."""
    inside = range(content.start, content.end)
    for t in (tok, *tok.ancestors):
        if t.i not in inside:
            return False
        if t.dep_ in ("relcl", "acl") and t.head.i in inside and t.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return True
    return False


def _that_clause(children: list[Token]) -> bool:
    """Whether a verb reports a clause that asserts ("did not say that ...": it said otherwise)."""
    return any(
        c.dep_ == "ccomp"
        and c.left_edge.tag_ not in ("WDT", "WP", "WRB")
        and c.left_edge.lower_ not in ("whether", "if")
        for c in children
    )


def _asks(text: str) -> bool:
    return text.rstrip(" \"'”’»)\n").endswith("?")


def text_why(text: str) -> NotStatementWhy | None:
    """What words say when they are no claim: a refusal to comment, or a question."""
    if _asks(text) or _WONDERING.match(text):
        return "question"
    cannot = _CANNOT_ANSWER.match(text) and _NEGATED.search(text[:40]) and not _GOING_ON.search(text)
    silent = _SILENCE_POLICY.match(text) or cannot
    if (len(text.split()) <= _NO_COMMENT_WORDS and _NO_COMMENT.search(text)) or silent:
        return "no-comment"
    if _ADVICE.match(text) or _SEEKING.match(text) or _ASKED.match(text):
        return "request"
    return None
