"""Where what was said begins and ends in a parsed sentence, for a given cue verb.

Pure functions of spaCy tokens. A cue's content is its clausal complement, its object for
denials and accusations, or the clause it interrupts ("..., sources said"); it stops where
the writer's own background starts.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract.asides import rooted_aside
from kg.extract.lexicon import (
    ALL_CUES,
    CLAIM_NOUNS,
    CLAIM_OBJECT_CUES,
    CLAUSE_AS_OBJECT_CUES,
    CLAUSE_ONLY_CUES,
    CONFIRMATION_CUES,
    DENIAL_CUES,
    DOCUMENTS,
    EVIDENCE_CUES,
    OBJECT_CUES,
    OPINION_CUES,
    QUOTE_CUES,
    XCOMP_CUES,
)
from kg.extract.misread import is_setting, lone_pointer
from kg.extract.quotes import quote_mark
from kg.extract.syntax import EXPLETIVES

SETTING_PREPS = {
    "in",
    "on",
    "at",
    "during",
    "after",
    "before",
    "since",
    "via",
    "through",
    "from",
    "to",
    "while",
    "amid",
    "in front of",
    "by",
    "outside",
    "inside",
}
_REASON_MARKS = {"because", "although", "though", "unless", "if"}
ANSWER_CUES = DENIAL_CUES | CONFIRMATION_CUES


def clause_end(root: Token) -> Token:
    """Last token of a reported clause.

    It stops before a further reporting verb joined to it (", saying ...", "and added
    ...") and before a closing aside set off by a comma (", which ...", ", a former
    aide"): that is where news writers put their own background, not the speaker's words.
    """
    doc, last = root.doc, root.right_edge
    for t in root.subtree:
        if t.i <= root.i:
            continue
        lemma = t.lemma_.lower()
        reporting = (
            (t.dep_ in ("advcl", "parataxis") and t.tag_ in ("VBG", "VBD", "VBZ") and (lemma in ALL_CUES))
            or (
                t.dep_ == "conj"
                and t.pos_ == "VERB"
                and (lemma in QUOTE_CUES or (lemma in ALL_CUES and any(g.dep_ == "ccomp" for g in t.children)))
                and lemma not in OPINION_CUES  # "said she backed limits but thought a ban went too far": one account
                and not any(g.dep_ in ("nsubj", "nsubjpass") for g in t.children)
            )
            or (t.dep_ == "conj" and lemma in ALL_CUES and _subject_again(t, root.head))
        )
        aside = (
            t.dep_ in ("relcl", "appos")
            and t.right_edge.i == last.i
            and (doc[t.left_edge.i - 1].text == ",")
            and not any(quote_mark(g) for g in t.subtree)
        )
        if reporting or aside:
            end = t.left_edge.i - 1
            while end > root.i and (doc[end].is_punct or doc[end].is_space or doc[end].dep_ == "cc"):
                end -= 1
            return doc[end]
    return last


def _subject_again(verb: Token, cue: Token) -> bool:
    """Whether a verb of saying joined into the reported clause repeats the cue's own pronoun subject: "They
    said the contract allowed it, and they called the theory fiction" is two statements, where "said prices
    rose and customers complained" is one."""
    mine = {c.lower_ for c in cue.children if c.dep_ == "nsubj" and c.tag_ == "PRP"}
    return any(c.dep_ == "nsubj" and c.lower_ in mine for c in verb.children)


def extended(verb: Token, last: Token) -> Token:
    """Stretch content over the cue's later dependents that carry on what was said.

    "mentioned X as examples of Y", "called on X to act": the parse hangs these on the
    cue. New clauses end it, and so do setting phrases ("in a statement", "on Friday")
    unless what was said carries on after them ("attacked rivals on stage for lying").
    """
    setting = None
    for c in verb.children:
        if c.i <= last.i or c.is_punct or c.dep_ == "cc":
            continue
        if c.dep_ == "npadvmod" or (c.dep_ == "prep" and c.lower_ in SETTING_PREPS):
            setting = c.right_edge.i
            continue
        if setting is not None and not (c.dep_ == "prep" and c.left_edge.i == setting + 1):
            break
        carries = (
            c.dep_ in ("xcomp", "oprd", "acomp", "dobj", "ccomp")
            or (c.dep_ == "prep" and c.lower_ not in SETTING_PREPS)
            or (
                c.dep_ == "conj"
                and c.pos_ not in ("VERB", "AUX")
                and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
            )
            or (c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in _REASON_MARKS for g in c.children))
            or (c.dep_ == "advcl" and c.left_edge.lower_ == "to" and c.left_edge.dep_ == "aux")
        )
        if not carries:
            break
        last, setting = _before_joined_verb(c), None
    return last


def _before_joined_verb(tok: Token) -> Token:
    """Right edge of a phrase, short of a verb the parse joined to it: "called the strike unnecessary
    [and accused union leaders of ...]" is two statements, the second with its own cue."""
    joined = [c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > tok.i]
    if not joined:
        return tok.right_edge
    end = joined[0].left_edge.i - 1
    while end > tok.i and (tok.doc[end].dep_ == "cc" or tok.doc[end].is_punct):
        end -= 1
    return tok.doc[end]


def object_end(verb: Token, dobj: Token) -> Token:
    """Last token of an object that is the content: "praised the plan, which ..." ends at "plan".

    A closing ", which ..." is the writer's background about a thing; an aside about a
    person (", who ...") or a list (", and ...") stays, as the object is what was named.
    Otherwise the cue's later dependents may carry the content on.
    """
    short = short_of_aside(dobj)
    if short.i < dobj.right_edge.i:
        return short
    doc = dobj.doc
    setting = next((c for c in dobj.children if c.i > dobj.i and is_setting(c)), None)
    if setting is not None:  # "denied the accusations in a written statement on Wednesday"
        return doc[setting.i - 1]
    return extended(verb, dobj.right_edge)


def short_of_aside(head: Token, told: bool = False) -> Token:
    """The last token of ``head``'s phrase before a closing ", which ..." about a thing, the writer's background
    ("praised the plan, which ..."); ``told``: only an aside that tells another's words ("of breaching their
    leases, which the lawyers said required ..."), a statement of its own."""
    doc = head.doc
    for t in head.subtree:
        if (
            t.dep_ == "relcl"
            and t.left_edge.lower_ == "which"
            and t.right_edge.i == head.right_edge.i
            and doc[t.left_edge.i - 1].text == ","
            and (not told or any(g.lemma_.lower() in ALL_CUES and _own_subject(g) for g in t.subtree))
        ):
            return doc[t.left_edge.i - 2]
    return head.right_edge


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ == "nsubj" and c.lower_ not in ("which", "that", "who") for c in verb.children)


def content(
    base: int, verb: Token, sent: SpacySpan, documented: bool = False
) -> tuple[tuple[int, int] | None, Token | None]:
    """Character range of what ``verb`` reports, and its object if that is the content.

    ``documented``: the speaker is a document or poll, whose object is its finding
    ("the survey found wide support"), where a person's would not be ("she found her keys").
    """
    doc = verb.doc
    lemma = verb.lemma_.lower()

    def chars(first: Token, last: Token) -> tuple[int, int]:
        return base + first.idx, base + last.idx + len(last)

    dobj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
    pointer = lone_pointer(verb, dobj) if lemma in ANSWER_CUES else None
    if pointer is not None:  # "Clearwater denied that.", "rejected that, saying ...": it points back
        return chars(pointer, pointer), pointer
    called = lemma == "call" and dobj is not None and dobj.lower_ in ("this", "that", "it", "these", "those")
    if called and dobj is not None and any(c.dep_ == "oprd" for c in verb.children):
        return chars(dobj, object_end(verb, dobj)), dobj  # "called this 'simply untrue'", "called it a smear"
    if dobj is not None and dobj.lower_ in EXPLETIVES:
        return None, None
    for c in _complements(verb):
        if c.dep_ in ("ccomp", "relcl", "acl"):
            if lemma in CLAUSE_ONLY_CUES and c.left_edge.lower_ in ("whether", "if"):
                return None, dobj
            colon = next((t for t in doc[verb.i : c.left_edge.i] if t.text == ":"), None)
            if colon is not None and _told_inside(doc[colon.i + 1 : c.right_edge.i + 1]):
                return None, dobj
            end = clause_end(c)
            first = c.left_edge if c.i < verb.i or c.left_edge.i > verb.i else doc[verb.i + 1]
            return chars(first, extended(verb, end) if c.i > verb.i else end), dobj
    xcomp = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    if (
        lemma in CLAUSE_AS_OBJECT_CUES
        and xcomp is not None
        and xcomp.tag_ == "VBG"
        and any(c.dep_ == "ccomp" for c in xcomp.children)
    ):
        return chars(xcomp.left_edge, clause_end(xcomp)), None
    if lemma in XCOMP_CUES and xcomp is not None and xcomp.tag_ != "TO":  # not "rules it had agreed to": no verb
        first = dobj if dobj is not None and dobj.i < xcomp.i else xcomp
        return chars(first.left_edge, extended(verb, clause_end(xcomp))), dobj
    if lemma == "call" and dobj is not None:
        return chars(dobj.left_edge, object_end(verb, dobj)), dobj
    if lemma in CLAIM_OBJECT_CUES and (dobj is None or dobj.lemma_.lower() not in CLAIM_NOUNS):
        return None, None
    if lemma in OBJECT_CUES:
        if dobj is not None:
            return chars(dobj.left_edge, object_end(verb, dobj)), dobj
        prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("of", "with")), None)
        if prep is not None:
            return chars(prep, prep.right_edge), None
        if xcomp is not None and xcomp.tag_ == "VBG" and xcomp.i > verb.i:  # "denied having anything to do with it"
            return chars(xcomp.left_edge, object_end(verb, xcomp)), None
        return None, None
    if lemma in EVIDENCE_CUES and documented and dobj is not None:
        return chars(dobj.left_edge, object_end(verb, dobj)), dobj
    if lemma in CLAUSE_ONLY_CUES:
        return None, dobj
    if lemma in CLAUSE_AS_OBJECT_CUES and dobj is not None and dobj.right_edge.i - dobj.left_edge.i >= 3:
        last = max(dobj.right_edge, verb.right_edge, key=lambda t: t.i)
        if last.is_punct and last.i > dobj.right_edge.i:
            last = dobj.right_edge
        return chars(dobj.left_edge, last), dobj
    for c in verb.children:
        if c.dep_ == "punct" and c.text == ":" and c.i > verb.i:
            words = [t for t in doc[c.i + 1 : sent.end] if not t.is_space]
            if words and not _told_inside(doc[c.i + 1 : sent.end]):
                return chars(words[0], words[-1]), dobj
    return None, dobj


def _told_inside(words: SpacySpan) -> bool:
    """Whether words after a colon tell their own speaker in an aside: in "reads the line from the complaint: the
    decision, it says, was ..." the words are the complaint's, and whoever reads them out says nothing."""
    return any(t.dep_ == "parataxis" and t.lemma_.lower() in ALL_CUES and _own_subject(t) for t in words)


def misread_complement(verb: Token) -> list[Token]:
    """The complement a parser hung on the document the verb names: in "said in a letter that the fees were too
    high", "that" is no relative pronoun (it is the clause's mark, nothing inside it is missing), so the clause
    is what was said, not a description of the letter. So is one it hung on a time phrase: "told the station that
    weekend that the move was a plot", or on the name of whom it was told to."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i > verb.i):
        for noun in (c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in DOCUMENTS):
            for clause in (c for c in noun.children if c.dep_ in ("relcl", "acl") and _marked(c)):
                return [clause]
    for when in (c for c in verb.children if c.dep_ == "npadvmod" and c.i > verb.i):
        for clause in (c for c in when.children if c.dep_ == "ccomp" and c.i > when.i and _marked(c)):
            return [clause]
    named = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > verb.i and c.ent_type_]
    return [c for n in named for c in n.children if c.dep_ == "relcl" and _told_to_a_name(c)][:1]


def _told_to_a_name(clause: Token) -> bool:
    """Whether a "that" clause the parser hung on a name as its relative ("telling BBC Radio 5 Live that the firm had
    hidden ...") is what was told: a name takes no restrictive "that" relative, and the clause has its own subject."""
    return clause.left_edge.lower_ == "that" and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)


def _marked(clause: Token) -> bool:
    """Whether a clause opens with its mark "that"."""
    return any(m.dep_ == "mark" and m.lower_ == "that" and m.i == clause.left_edge.i for m in clause.children)


def _complements(verb: Token) -> list[Token]:
    """A verb's clausal complements, the one after it first: in "The line has not changed: it says Parler was
    given weeks" the clause before the colon is the writer's, and "it says" reports what follows."""
    after = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i] or misread_complement(verb)
    before = [
        c
        for c in verb.children
        if c.dep_ == "ccomp"
        and c.i < verb.i
        and not any(t.text in (":", ";") for t in verb.doc[c.i : verb.i])
        and not _bare_participle(c)
    ]
    return after + before


def _bare_participle(clause: Token) -> bool:
    """Whether a clause before a cue is a past participle with no subject of its own (the parse may tag it past
    tense), which says when or how the speaker spoke, not what ("In its brief, filed Jan. 12, it called the theory
    ..."); a fronted account has a subject ("The suit has no merit, it said") or is a bare order ("Go home")."""
    own = ("nsubj", "nsubjpass", "expl", "aux", "auxpass")
    return clause.tag_ in ("VBN", "VBD") and not any(c.dep_ in own for c in clause.children)


def parenthetical(base: int, verb: Token, sent: SpacySpan) -> list[tuple[int, int]]:
    """The clause a cue interrupts: "The benefit, it says, would be $300" -> both halves."""
    doc = verb.doc
    words = [t for t in verb.subtree if not t.is_punct and not t.is_space]
    aside = rooted_aside(verb)
    left, right = aside or (words[0].i, words[-1].i)
    if (
        (aside is None and verb.dep_ not in ("parataxis", "ccomp", "advcl"))
        or left <= sent.start
        or any(c.dep_ == "mark" for c in verb.children)
        or (verb.tag_ == "VBG" and any(c.dep_ == "dobj" for c in verb.children))
    ):
        return []  # "... and refiled in state court, adding claims of defamation": what was added is named
    before = doc[left - 1]
    if before.text not in (",", "”", '"', "’", "'"):
        return []
    colon = next((t for t in reversed(doc[sent.start : left - 1]) if t.text in (":", ";")), None)
    opening = doc[colon.i + 1] if colon is not None else sent[0]  # "disputes that memory: the trucks, she says, ..."
    head = [(base + opening.idx, base + before.idx + len(before))]
    rest = [t for t in doc[right + 1 : sent.end] if not t.is_punct and not t.is_space]
    if not rest:
        return head
    if doc[right + 1].text != ",":
        return []
    return head + [(base + rest[0].idx, base + sent.end_char)]
