"""Where a cue's own parts sit in the dependency parse: its subject and its last word.

Pure functions of spaCy tokens; they know the shapes news sentences take ("and added",
"who said", a dateline before the subject) but nothing about the article.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.documents import is_record
from kg.extract.lexicon import (
    ALL_CUES,
    ANSWERED_NOUNS,
    DOCUMENTS,
    OPINION_CUES,
    PHRASAL_CUES,
    PREP_CUES,
    ROLES,
    SHOWING_CUES,
)

DATELINE_DASHES = {"--", "—", "–", "―", "-"}  # a hyphen standing alone closes one too: "SEATTLE - "
EXPLETIVES = {"there", "this", "that", "which", "who", "what"}
_PERSONAL = {"i", "we", "he", "she", "they"}


def shown_by_thing(verb: Token, subj: Token) -> bool:
    """Whether a cue of showing has a thing for subject, not a person or body, and no one tells of it: "court
    records showed ...", "The video shows ...", "it shows:" cite evidence and report no one's words ("said the
    delay showed ...", "a survey the group says showed ..." are the sayer's, read as before)."""
    return (
        verb.lemma_.lower() in SHOWING_CUES
        and not (subj.ent_type_ in ("PERSON", "ORG") or subj.lower_ in _PERSONAL or subj.lemma_.lower() in ROLES)
        and not any(
            a.lemma_.lower() in ALL_CUES and a.pos_ in ("VERB", "AUX") for a in (*verb.ancestors, *verb.children)
        )
    )


def anyones_view(verb: Token) -> bool:
    """Whether a view is told of no one in particular, in a relative clause on "a friend", "any reader": "send this
    to a friend who still thinks the cloud is a place"."""
    noun = verb.head
    return (
        verb.lemma_.lower() in OPINION_CUES
        and noun.ent_type_ == ""
        and any(c.dep_ == "det" and c.lower_ in ("a", "an", "any") for c in noun.children)
    )


def outer(tok: Token, top: Token) -> Token:
    """The ancestor of ``tok`` that hangs on ``top`` itself (``tok`` when nothing between)."""
    while tok.head.i != top.i and tok.head.i != tok.i:
        tok = tok.head
    return tok


def subject(verb: Token) -> Token | None:
    """The grammatical subject of a verb, inherited through "and added", "saying", "who said"; whom a source
    quotes "as saying" ("the statement quoted its sourcing director, Ilse Brouwer, as saying")."""
    for _ in range(3):
        quoted = quoted_as(verb)
        if quoted is not None:
            return quoted
        for c in _subjects_first(verb):
            if c.dep_ == "nsubj" and _dateline(c):
                dash = _dash(c)
                named = [g for g in c.subtree if g.i > dash and g.head.i < dash and g.pos_ in ("NOUN", "PROPN")]
                if named:
                    return named[-1]  # "RIVERSIDE, Calif. (Reuters) - About 150 workers ... said": the workers.
            elif c.dep_ == "nsubj":
                return c
        if verb.dep_ == "relcl" or (verb.dep_ == "acl" and any(c.dep_ == "ccomp" for c in verb.children)):
            return verb.head
        joined = verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and verb.head.head.pos_ == "VERB"
        if joined and (_reports(verb) or _speaks_again(verb, verb.head.head)):
            verb = verb.head.head  # "told reporters the suit has no merit and repeated that ...": the teller
            continue
        if verb.dep_ == "advcl" and verb.head.dep_ == "ccomp" and verb.head.head.lemma_.lower() in ALL_CUES:
            verb = verb.head.head  # "denied that fees had risen, saying ...": the denier says, not the fees
            continue
        written = _document_clause_before(verb) if verb.dep_ == "conj" else None
        if written is not None:  # "court papers, which described ... and argued that ...": the papers argued
            return written
        if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head
            continue
        if verb.dep_ == "conj" and verb.head.dep_ in ("oprd", "acomp", "dobj") and verb.head.head.pos_ == "VERB":
            verb = verb.head.head  # "called the strike unnecessary and accused ...": joined to the object
            continue
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in ("VERB", "AUX"):
            verb = verb.head.head
            continue
        return _signed(verb) or _after_opening(verb) or _name_before(verb)
    return None


def quoted_as(verb: Token) -> Token | None:
    """The object a verb quotes "as saying" ("quoted its director as saying", "cited an official as warning")."""
    says = any(
        c.dep_ == "prep" and c.lower_ == "as" and any(g.tag_ == "VBG" for g in c.children) for c in verb.children
    )
    return next((c for c in verb.children if c.dep_ == "dobj"), None) if says else None


def _name_before(verb: Token) -> Token | None:
    """A name alone before its verb that the parse took for a modifier: "Ruru disputed that account"."""
    words = verb.doc[verb.sent.start : verb.i]
    name = words[-1] if len(words) else None
    if name is None or name.head.i != verb.i or name.dep_ not in ("advmod", "npadvmod", "nmod", "compound"):
        return None
    return name if all(t.pos_ == "PROPN" for t in words) else None


def _after_opening(verb: Token) -> Token | None:
    """The subject the parse hung on a participle clause opening the sentence: in "Opening the appeal on Monday,
    counsel for the tenants, Ciara Lynch SC, said ..." the nouns after the clause's comma are "Opening"'s;
    the name among them, else the first."""
    opening = next((c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i < verb.i), None)
    if opening is None or opening.i != verb.sent.start:
        return None
    comma = next((t.i for t in verb.doc[opening.i : verb.i] if t.text == ","), verb.i)
    nouns = [
        c
        for c in opening.children
        if c.dep_ in ("npadvmod", "appos", "nsubj") and comma < c.i < verb.i and c.pos_ in ("NOUN", "PROPN")
    ]
    return next((c for c in nouns if c.pos_ == "PROPN"), nouns[0] if nouns else None)


def _document_clause_before(verb: Token) -> Token | None:
    """The document a relative clause that ends right before "and <verb>" is about, where the parse joined the verb
    to the main verb instead: in "arrived in AWS's court papers, which described ... and argued that ...", the
    papers."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].dep_ != "cc":
        return None
    tok = doc[verb.i - 2]
    while tok.dep_ != "relcl" and tok.head.i != tok.i:
        tok = tok.head
    noun = tok.head
    if noun.ent_type_ in ("DATE", "TIME") and noun.left_edge.i > 0:
        noun = doc[noun.left_edge.i - 1]  # "court papers the next evening, which ...": the papers
    papers = noun.lower_ == "papers" or noun.lemma_.lower() in DOCUMENTS
    return noun if tok.dep_ == "relcl" and tok.right_edge.i >= verb.i - 2 and papers else None


def definite(noun: Token) -> bool:
    """Whether a noun is introduced as known ("the statement", "that report"), not as new ("a statement")."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in noun.children)


def group_possessive(tok: Token) -> bool:
    """Whether a word is "its" or "their" owning the noun it hangs on ("its brief"): a body's word, never a
    person's, so the body it means is one the text has named as a subject."""
    return tok.dep_ == "poss" and tok.lower_ in ("its", "their")


def capitalised_name(words: list[Token]) -> list[Token]:
    """A name's words with the capitalised ones a broken parse left out of it, inside it or between "the" and its
    first word: "The Gatundu Highlands Farmers' Cooperative", where "Highlands" was read as a verb. Words before
    the name count only when "the" opens them, so a name after a sentence's first word keeps its own words."""
    doc, first = words[0].doc, words[0].i
    inside = doc[first : words[-1].i + 1]
    if all(t in words or (t.is_title and t.is_alpha) for t in inside):
        words = list(inside)
    start = first
    while start > inside.sent.start and doc[start - 1].is_title and doc[start - 1].is_alpha:
        if doc[start - 1].lower_ == "the" or doc[start - 1].ent_type_ in ("DATE", "TIME", "GPE"):
            break
        start -= 1
    opened = start > inside.sent.start and doc[start - 1].lower_ == "the"
    return [*doc[start:first], *words] if opened else words


def hyphened(words: list[Token]) -> list[Token]:
    """A name's words with the hyphens that join them ("Ms Osei-Mensah", "the Northern Echo-Post"), which the
    tagger splits off as punctuation: without them the name is a different party, "Osei Mensah"."""
    out = words[:1]
    for word in words[1:]:
        dash = word.doc[word.i - 1]
        if word.i - out[-1].i == 2 and dash.text == "-" and not out[-1].whitespace_ and not dash.whitespace_:
            out.append(dash)
        out.append(word)
    return out


def antecedent(noun: Token) -> Token:
    """What a relative pronoun a verb joined to its clause inherits means ("..., which described ... and argued":
    what "which" is), and what a "which" set after a time phrase means: the noun before it ("AWS's court papers
    the next evening, which described ..." are the papers); any other noun as it is."""
    if noun.lower_ in ("which", "who") and noun.dep_ == "nsubj" and noun.head.dep_ == "relcl":
        noun = noun.head.head
    first = noun.left_edge.i
    if noun.ent_type_ not in ("DATE", "TIME") or first == 0 or not any(c.dep_ == "relcl" for c in noun.children):
        return noun
    before = noun.doc[first - 1]
    return before if before.pos_ in ("NOUN", "PROPN") else noun


def _signed(verb: Token) -> Token | None:
    """The phrase between a closing quotation mark and a verb that has no subject: in '"They modeled a
    quieter machine," the neighbours' engineer, Ivo Brandt, said' the parse hangs "engineer" on "machine"."""
    doc = verb.doc
    i = verb.i - 1
    while i > verb.sent.start and not doc[i].is_quote:
        i -= 1
    if i <= verb.sent.start or i == verb.i - 1:
        return None
    words = doc[i + 1 : verb.i]
    heads = [t for t in words if not (words.start <= t.head.i < words.end) and t.pos_ in ("NOUN", "PROPN", "PRON")]
    return heads[0] if len(heads) == 1 and heads[0].dep_ in ("appos", "conj", "npadvmod", "dobj") else None


def _subjects_first(verb: Token) -> list[Token]:
    """A verb's children, the subject after a closing quotation mark first, a label set off by a colon never: in
    '"Not one," Gomez said' the parse makes both "one" and "Gomez" subjects, and in "UPDATE, 6:40 p.m. ET: A
    spokesperson sent" both "UPDATE" and "spokesperson"."""
    children = list(verb.children)
    doc = verb.doc
    labels = [c for c in children if c.dep_ == "nsubj" and c.i < verb.i and ":" in _ends(doc, c)]
    quoted = [c for c in children if c.dep_ == "nsubj" and any(t.is_quote for t in verb.doc[c.i : verb.i])]
    return [c for c in children if c not in quoted and c not in labels] + quoted


def _ends(doc: Doc, tok: Token) -> tuple[str, str]:
    """The last word of a phrase and the word after it."""
    last = tok.right_edge.i
    return doc[last].text, doc[last + 1].text if last + 1 < len(doc) else ""


def _speaks_again(verb: Token, first: Token) -> bool:
    """Whether a speech verb the parse joined to the clause another one reports is the first speaker's second cue:
    "said the plan would hurt families and claimed the minister had hidden the cost", "said its members would strike
    and accused Northline of ...", "acknowledged that the file held duplicates but said they were ...". Both are
    cues in the same tense and the first has a subject of its own; the reported clause's subject ("the plan", "its
    members", "the file") says nothing. A perfect tense keeps it, "told" sharing its "had": in "said her dispatcher had
    called her and told her to ...", the dispatcher told; but a thing cannot speak, so in "said the beans had passed
    every test and accused the buyer of ...", the first speaker accused."""
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.head.children)
    return (
        not (perfect and not _mute(verb.head))
        and verb.lemma_.lower() in ALL_CUES
        and first.lemma_.lower() in ALL_CUES
        and verb.tag_ == first.tag_
        and any(c.dep_ == "nsubj" for c in first.children)
    )


def _mute(verb: Token) -> bool:
    """Whether a verb's subject is a thing, which speaks no words ("the beans", not "her dispatcher")."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and is_record(subj)


def _reports(verb: Token) -> bool:
    """Whether a verb reports a clause of its own that opens with "that"."""
    return any(c.dep_ == "ccomp" and c.left_edge.lower_ == "that" for c in verb.children)


def _dash(tok: Token) -> int:
    """Index of the dash closing a dateline that ``tok`` opens, else a large number."""
    return next((t.i for t in tok.subtree if _closing_dash(t)), len(tok.doc))


def _closing_dash(tok: Token) -> bool:
    """Whether a word is a dash that may close a dateline, never a hyphen inside a place's name in capitals
    ("HENLEY-ON-THAMES", written without spaces; "BRIEF-Amazon Says" is closed by its hyphen)."""
    doc = tok.doc
    joined = 0 < tok.i < len(doc) - 1 and not doc[tok.i - 1].whitespace_ and not tok.whitespace_
    named = joined and doc[tok.i - 1].is_upper and doc[tok.i + 1].is_upper
    return tok.text in DATELINE_DASHES and not named


def _dateline(tok: Token) -> bool:
    """A subject that is a dateline: a place opening the sentence ("DENVER", "SAINT JOHN, New Brunswick, March 4
    (Reuters)", "San Francisco (AFP)"), closed by a dash."""
    if tok.left_edge.i != tok.sent.start:
        return False
    dash = _dash(tok)
    return dash < len(tok.doc) and _dateline_opening(tok.sent[0], dash)


def _dateline_opening(first: Token, dash: int) -> bool:
    """Whether the words from ``first`` to the dash read as a dateline: a place in capitals, or capitalised words
    and a date followed by the agency in parentheses ("San Francisco (AFP) -", "Manchester (Reuters) -", ", March 3
    (Reuters) -" where the parse set the capitals apart)."""
    if first.text.isupper() and len(first.text) > 2:
        return True
    doc = first.doc
    bracket = first.i if first.text == "(" else first.i - 1  # the parse may set the bracket apart
    if bracket >= 0 and doc[bracket].text == "(" and 2 <= dash - bracket <= 5 and doc[dash - 1].text == ")":
        return True  # "(Bloomberg) --": the agency alone
    agency = 4 <= dash - first.i <= 9 and doc[dash - 1].text == ")" and doc[dash - 3].text == "("
    place = doc[first.i : dash - 3]
    dated = all(t.text[:1].isupper() or t.is_punct or t.like_num for t in place)
    return agency and doc[dash - 2].text[:1].isupper() and dated


def in_dateline(tok: Token) -> bool:
    """Whether a word belongs to the dateline opening its sentence ("SAINT JOHN, New Brunswick, March 4",
    "San Francisco (AFP) -"), a place that never speaks nor is what a later "it" means."""
    doc = tok.doc
    start = _paragraph_start(tok, 16)
    if start is None:
        return False
    first = doc[start]  # the paragraph's first word: the parse may split a dateline or run a headline into it
    dash = next((t.i for t in doc[start : start + 16] if _closing_dash(t)), None)
    if dash is None or tok.i >= dash or not _dateline_opening(first, dash):
        return False
    return not any(t.pos_ in ("VERB", "AUX") for t in doc[start:dash])


def past_dateline(tok: Token) -> bool:
    """Whether a word belongs to the dateline opening its paragraph or is the dash closing it: what a span naming
    a speaker starts after ("SEATTLE (Reuters) - Amazon.com Inc said": the place, the agency and the dash)."""
    return in_dateline(tok) or (tok.i > 0 and _closing_dash(tok) and in_dateline(tok.doc[tok.i - 1]))


def rubric(tok: Token) -> bool:
    """Whether a word sits in a rubric opening its paragraph, a question set off by a colon that introduces what
    follows ("What they're saying:", "Why it matters:"): its verb reports nothing."""
    doc = tok.doc
    start = _paragraph_start(tok, 7)
    colon = next((t.i for t in doc[start : start + 7] if t.text == ":"), None) if start is not None else None
    return colon is not None and tok.i < colon and doc[start or 0].lower_ in _RUBRIC_OPENINGS


def _paragraph_start(tok: Token, within: int) -> int | None:
    """Index of the first word of ``tok``'s paragraph when it lies at most ``within`` words before it, else None."""
    doc = tok.doc
    for t in reversed(doc[max(0, tok.i - within) : tok.i]):
        if t.is_space and "\n" in t.text:
            return t.i + 1
    return 0 if tok.i <= within else None


_RUBRIC_OPENINGS = frozenset(("what", "why", "how", "where", "who", "when"))


def byline(sent: SpacySpan) -> bool:
    """A byline ("By Dana Whit, City Hall reporter"): the writer of the article, never a speaker
    nor what a later "she said" refers to."""
    words = [t for t in sent if not t.is_space]
    return (
        len(words) > 2
        and words[0].lower_ == "by"
        and words[1].ent_type_ == "PERSON"
        and not any(t.pos_ in ("VERB", "AUX") for t in words)
    )


def cue_end(verb: Token) -> Token:
    """Last word of a cue: its particle and the preposition that makes it one
    ("spoke out about", "spoke warmly of", "called for"), past adverbs between."""
    last, following = verb, verb.i + 1
    preps = PREP_CUES.get(verb.lemma_.lower(), ())
    for c in verb.children:
        if c.i < following:
            continue
        if c.i > following:
            break
        if c.dep_ == "prep" and c.lower_ in preps:
            return c
        if c.dep_ not in ("prt", "advmod") or c.right_edge.i != c.i:
            break
        if c.dep_ == "prt":
            last = c
        following = c.i + 1
    return last


def phrased(verb: Token) -> bool:
    """Whether a cue verb that reports only with its particle or preposition ("brushed off the complaints", "stood
    by its report") has one, and answers words, a view or a decision with it: a noun for one, a pronoun standing for
    one, or a clause ("stood by what she had said"), not a thing ("stood by the gate") or a day ("pushed back on
    Sunday, saying ...")."""
    needed = PHRASAL_CUES.get(verb.lemma_.lower())
    if needed is None:
        return True
    last = cue_end(verb)
    if not any(t.lower_ in needed for t in verb.doc[verb.i + 1 : last.i + 1]):
        return False
    objects = [c for t in verb.doc[verb.i : last.i + 1] for c in t.children if c.dep_ in ("pobj", "dobj", "pcomp")]
    return any(
        o.dep_ == "pcomp" or o.lemma_.lower() in ANSWERED_NOUNS or o.lower_ in ("that", "this", "it", "those", "these")
        for o in objects
    )
