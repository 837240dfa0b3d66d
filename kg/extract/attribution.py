"""Find who said what in parsed sentences: cue verbs, their speakers, their content.

One pass over the dependency parse the pipeline already made; no second parse. A cue is
a reporting verb (or "according to") outside any quotation. Its speaker is its
grammatical subject (inherited through "and added", "saying", "who said"); its content
is its clausal complement, its object for denials and accusations, or the clause it
interrupts ("..., sources said"). Quotations then attach to the nearest cue without
content, or continue the previous speaker.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract import dates
from kg.extract.lexicon import (
    ALL_CUES,
    ALLEGATION_CUES,
    CLAIM_NOUNS,
    CLAIM_OBJECT_CUES,
    CLAUSE_AS_OBJECT_CUES,
    CLAUSE_ONLY_CUES,
    CONFIRMATION_CUES,
    DENIAL_CUES,
    DENIAL_PHRASES,
    DISMISSIVE_WORDS,
    DOCUMENTS,
    EVIDENCE_CUES,
    GROUP_PRONOUNS,
    NEWS_OUTLETS,
    OBJECT_CUES,
    ORG_NOUNS,
    PERSON_PRONOUNS,
    PREP_CUES,
    QUOTE_CUES,
    ROLE_CANONICAL,
    ROLE_MODIFIERS,
    ROLES,
    SAYING_NOUNS,
    VIEW_NOUNS,
    XCOMP_CUES,
)
from kg.extract.model import Cue, Origin, Span
from kg.extract.parties import PartyTable, clean_name
from kg.extract.quotes import Quote

ENTITY_TYPES = {"PERSON": "Person", "ORG": "Organization"}
SPEAKER_ENTITY_TYPES = {
    **ENTITY_TYPES,
    "GPE": "Organization",
    "NORP": "Organization",
    "FAC": "Organization",
    "PRODUCT": "Organization",
}
_EDGE_PUNCT = " \t\n\r\xa0,;:—–-"
_SOCIAL = {
    "twitter": "social media post",
    "facebook": "social media post",
    "instagram": "social media post",
    "x": "social media post",
}
_MAKER_VERBS = {"sue": "court filing", "file": None, "issue": None, "release": None}
_SETTING_PREPS = {
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
_LABELLED = re.compile(
    r"[ \t]*[\"“]?(?P<name>[A-Z][\w.’'&-]*(?: [A-Z][\w.’'&-]*){0,3})[ \t]*(?P<mark>:|―|—|--)[ \t]+(?P<content>\S)"
)
_SIGNED = re.compile(
    r"\s*[\"“”«](?P<content>\S.*?\S)[\"“”»][.,]?[ \t\xa0]*(?P<mark>―|—|–|--)[ \t\xa0]*"
    r"(?P<name>[A-Z][\w.’'&-]*(?: [A-Z][\w.’'&-]*){1,3})[ \t\xa0]*(?:[,(][^\"“”\n]*)?\.?\s*"
)
_NOT_SPEAKERS = {
    "note",
    "update",
    "updated",
    "correction",
    "photo",
    "related",
    "watch",
    "read more",
    "editor's note",
    "editor’s note",
    "source",
    "sources",
    "q",
    "a",
    "video",
    "listen",
    "see also",
    "warning",
    "caption",
    "credit",
    "image",
    "graphic",
    "getty images",
    "the latest",
    "contributing",
    "breaking",
    "exclusive",
}
_QUANTIFIERS = {"all", "most", "many", "some", "both", "several", "few", "none", "half", "others"}
_DASHES = {"--", "—", "–", "―"}
_REASON_MARKS = {"because", "although", "though", "unless", "if"}
_TITLES = {"mr", "mrs", "ms", "miss", "dr", "sen", "rep", "gov", "gen", "prof", "lt", "sgt", "rev"}
_EXPLETIVES = {"there", "this", "that", "which", "who", "what"}
_NOUN_CUE_LEMMAS = {
    "allegation": "allege",
    "accusation": "accuse",
    "denial": "deny",
    "claim": "claim",
    "warning": "warn",
    "promise": "promise",
    "pledge": "pledge",
    "admission": "admit",
}
_FINDING_DOCUMENTS = {"poll", "survey", "study", "report", "analysis", "audit"}


@dataclass
class Found:
    speaker: str
    start: int
    end: int
    kind: str = "claim"
    quote: str = "indirect"
    mention: Span | None = None
    cue: Cue | None = None
    origin: Origin | None = None
    date: str | None = None
    target: str | None = None
    continues: Found | None = None


@dataclass
class _Bare:
    """A cue with a speaker and no content of its own: waiting for a quotation."""

    found: Found
    start: int
    end: int
    produced: Found | None = None


@dataclass
class Reader:
    text: str
    quotes: list[Quote]
    published: object = None
    table: PartyTable = field(default_factory=PartyTable)
    found: list[Found] = field(default_factory=list)
    bare: list[_Bare] = field(default_factory=list)
    sentence: int = 0

    def __post_init__(self) -> None:
        self._quote_starts = [q.outer_start for q in self.quotes]
        self._sent_ents: list[SpacySpan] = []

    # ----- offsets and quotations -------------------------------------------------

    def _in_quote(self, pos: int) -> Quote | None:
        i = bisect.bisect_right(self._quote_starts, pos) - 1
        if i >= 0 and self.quotes[i].outer_start <= pos < self.quotes[i].outer_end:
            return self.quotes[i]
        return None

    def _trim(self, start: int, end: int) -> tuple[int, int]:
        while start < end and self.text[start] in _EDGE_PUNCT:
            start += 1
        while end > start and self.text[end - 1] in _EDGE_PUNCT + ".":
            end -= 1
        return start, end

    def _quoting(self, start: int, end: int) -> tuple[int, int, str]:
        """Content widened to whole quotations it touches, and how much of it is quoted."""
        touched = []
        i = bisect.bisect_left(self._quote_starts, end) - 1
        while i >= 0 and self.quotes[i].outer_end > start:
            touched.insert(0, self.quotes[i])
            i -= 1
        if not touched:
            return start, end, "indirect"
        start = min(start, touched[0].outer_start)
        end = max(end, touched[-1].outer_end)
        outside = self.text[start:end]
        for q in reversed(touched):
            outside = outside[: q.outer_start - start] + outside[q.outer_end - start :]
        if sum(ch.isalnum() for ch in outside) <= 2:
            return touched[0].start, touched[-1].end, "direct"
        s, e = self._trim(start, end)
        return s, e, "mixed"

    # ----- parties ---------------------------------------------------------------

    def _span(self, base: int, tokens: SpacySpan) -> Span:
        s, e = self._trim(base + tokens.start_char, base + tokens.end_char)
        return Span(self.text[s:e], s, e)

    def read_doc(self, base: int, doc: Doc) -> None:
        """Read one parsed chunk that starts at ``base`` in the article, sentence by sentence."""
        ents = {i: ent for ent in doc.ents for i in range(ent.start, ent.end)}
        by_sentence: dict[int, list[SpacySpan]] = {}
        sentences = list(doc.sents)
        starts = [sent.start for sent in sentences]
        for ent in doc.ents:
            by_sentence.setdefault(bisect.bisect_right(starts, ent.start) - 1, []).append(ent)
        for n, sent in enumerate(sentences):
            self._sent_ents = by_sentence.get(n, [])
            self.read_sentence(base, sent, ents)

    def register_entities(self, base: int, sent: SpacySpan, ents: dict[int, SpacySpan]) -> None:
        for ent in self._sent_ents:
            type_ = ENTITY_TYPES.get(ent.label_)
            if type_ is None and clean_name(ent.text).lower() not in NEWS_OUTLETS:
                continue
            pid = self.table.named(ent.text, type_ or "Organization")
            if pid is None:
                continue
            self.table.mention(pid, self._span(base, ent), self._salience(ent.root), self.sentence)
            described = list(ent.root.children)
            if ent.root.dep_ == "nsubj" and ent.root.head.lemma_ == "be":
                described += [c for c in ent.root.head.children if c.dep_ == "attr"]
            if any(c.dep_ in ("appos", "attr") and c.lemma_.lower() in ORG_NOUNS for c in described):
                self.table.vote(pid, "Organization", 3)
            doc = ent.doc
            if ent.start > 0:
                self.table.set_gender(pid, doc[ent.start - 1].lower_)
            if ent.end + 2 < len(doc) and doc[ent.end].text == "(" and doc[ent.end + 2].text == ")":
                alias = doc[ent.end + 1].text
                if alias.isupper() and len(alias) <= 8:
                    self.table.add_alias(pid, alias)
            if type_ == "Person":
                self._person_role(base, ent, pid, ents)

    @staticmethod
    def _salience(tok: Token) -> int:
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            return 3
        return 0 if tok.head.dep_ == "ROOT" else 2

    def _person_role(self, base: int, ent: SpacySpan, pid: str, ents: dict[int, SpacySpan]) -> None:
        root = ent.root
        candidates = [c for c in root.children if c.dep_ == "appos" or (c.dep_ == "compound" and c.i < ent.start)]
        if root.dep_ == "appos":
            candidates.append(root.head)
        for c in candidates:
            if c.lemma_.lower() in ROLES:
                role = self._role_text(c)
                self.table.set_role(pid, role, self._affiliation(base, c, ents))
                return

    def _affiliation(self, base: int, role_token: Token, ents: dict[int, SpacySpan]) -> str | None:
        return self._affiliation_named(base, role_token, ents)[0]

    def _affiliation_named(self, base: int, role_token: Token, ents: dict[int, SpacySpan]) -> tuple[str | None, str]:
        """The organisation a role belongs to ("AWS spokesperson"), and how the text names it."""
        for c in role_token.children:
            if c.dep_ in ("compound", "poss", "nmod") or (c.dep_ == "prep" and c.lower_ in ("of", "for", "at", "with")):
                target = c if c.dep_ != "prep" else next((g for g in c.children if g.dep_ == "pobj"), None)
                if target is None:
                    continue
                pid = self._party_of(base, target, ents, allow_generic=False)
                if pid:
                    ent = ents.get(target.i)
                    written = ent.text if ent is not None else target.text
                    if target.pos_ != "PROPN" and ent is None:
                        written = self.table[pid].name
                    return pid, clean_name(written)
        return None, ""

    def _party_of(self, base: int, tok: Token, ents: dict[int, SpacySpan], allow_generic: bool = True) -> str | None:
        """The party a noun phrase headed by ``tok`` refers to."""
        pos = base + tok.idx
        lower, lemma = tok.lower_, tok.lemma_.lower()
        ent = ents.get(tok.i)
        if ent is not None and (ent.label_ in SPEAKER_ENTITY_TYPES or clean_name(ent.text).lower() in NEWS_OUTLETS):
            type_ = SPEAKER_ENTITY_TYPES.get(ent.label_, "Organization")
            return self.table.named(ent.text, type_)
        if lower in PERSON_PRONOUNS or lower in GROUP_PRONOUNS:
            pid = self.table.resolve(lower, pos, self.sentence)
            if pid:
                self.table.set_gender(pid, lower)
                return pid
            if not allow_generic:
                return None
            return self.table.unnamed(f"unresolved '{lower}'", None, None)
        if tok.pos_ == "PROPN":
            return self._proper_name(tok)
        for c in tok.children:
            if c.dep_ == "appos" and c.i in ents and ents[c.i].label_ == "PERSON":
                pid = self.table.named(ents[c.i].text, "Person")
                if pid and lemma in ROLES:
                    self.table.set_role(pid, self._role_text(tok), self._affiliation(base, tok, ents))
                return pid
        if lemma in ROLES:
            return self._role_party(base, tok, ents)
        determined = any(
            c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "its", "our") for c in tok.children
        )
        if lemma in ORG_NOUNS and determined:
            pid = self.table.resolve(lower, pos, self.sentence, organization=True)
            if pid:
                return pid
        if lemma in DOCUMENTS:
            return self.table.maker(DOCUMENTS[lemma])
        if allow_generic and (tok.pos_ == "NUM" or lower in _QUANTIFIERS) and tok.n_lefts + tok.n_rights:
            return self.table.unnamed(clean_name(" ".join(t.text for t in tok.subtree)).lower(), None, None)
        if not allow_generic or lower in _EXPLETIVES or tok.pos_ not in ("NOUN", "PROPN"):
            return None
        return self._described(tok)

    def _described(self, tok: Token) -> str:
        """A party known only by its description: "the new survey", "many economists"."""
        words = [
            t.text_with_ws
            for t in tok.subtree
            if t.i < tok.i and t.dep_ not in ("det", "punct", "predet") and not t.is_punct
        ]
        name = "".join(words) + (tok.lemma_ if tok.tag_ == "NN" else tok.text)
        return self.table.unnamed(clean_name(name).lower(), None, None)

    @staticmethod
    def _role_text(tok: Token) -> str:
        """A role as written: "chief executive", "head of safety"; one-word roles canonical."""
        lemma = tok.lemma_.lower()
        left = [t.lower_ for t in tok.children if t.i < tok.i and t.lower_ in ROLE_MODIFIERS]
        right = []
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of" and c.i == tok.i + 1:
                obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if obj is not None and obj.pos_ == "NOUN" and not obj.ent_type_:
                    right = ["of"] + [t.lower_ for t in obj.subtree if not t.is_punct]
        words = left + [ROLE_CANONICAL.get(lemma, lemma) if not left and not right else tok.lower_] + right
        return " ".join(words)

    def _proper_name(self, tok: Token) -> str | None:
        """A name the entity tagger missed; a leading title ("Mayor Elena Ruiz") gives a role."""
        words = [
            t
            for t in tok.subtree
            if (t.pos_ == "PROPN" and t.i <= tok.i and t.dep_ in ("compound", "flat")) or t is tok
        ]
        role = None
        while len(words) > 1 and words[0].lemma_.lower().rstrip(".") in ROLES | _TITLES:
            lead = words.pop(0).lemma_.lower().rstrip(".")
            role = lead if lead in ROLES else role
        name = " ".join(t.text for t in words)
        pid = self.table.find(name) or (self.table.person(name) if len(words) == 1 else None)
        if pid is None:
            pid = self.table.named(
                name,
                "Person" if role or (len(words) in (2, 3) and all(t.text[:1].isupper() for t in words)) else "Unknown",
            )
        if pid and role:
            self.table.set_role(pid, ROLE_CANONICAL.get(role, role), None)
        return pid

    def _role_party(self, base: int, tok: Token, ents: dict[int, SpacySpan]) -> str | None:
        role = self._role_text(tok)
        affiliation, written = self._affiliation_named(base, tok, ents)
        for c in list(tok.children) + ([tok.head] if tok.dep_ == "appos" else []):
            person = ents.get(c.i)
            if person is not None and person.label_ == "PERSON" and (c.dep_ == "appos" or tok.dep_ == "appos"):
                pid = self.table.named(person.text, "Person")
                if pid:
                    self.table.set_role(pid, role, affiliation)
                return pid
        if affiliation is None and any(c.lower_ == "the" for c in tok.children):
            found = self.table.resolve(tok.lower_, base + tok.idx, self.sentence, role=role)
            if found:
                return found
        name = f"{written} {role}" if affiliation else role
        return self.table.unnamed(name, role, affiliation)

    # ----- cues ------------------------------------------------------------------

    @staticmethod
    def _subject(verb: Token) -> Token | None:
        for _ in range(3):
            for c in verb.children:
                if c.dep_ == "nsubj" and c.text.isupper() and c.i + 1 < len(c.doc) and c.nbor().text in _DASHES:
                    named = next((g for g in c.children if g.dep_ == "appos"), None)
                    if named is not None:
                        return named  # "WASHINGTON -- President Lee, ..., said": a dateline, then the speaker.
                elif c.dep_ == "nsubj":
                    return c
            if verb.dep_ == "relcl" or (verb.dep_ == "acl" and any(c.dep_ == "ccomp" for c in verb.children)):
                return verb.head
            if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
                verb = verb.head
                continue
            if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in ("VERB", "AUX"):
                verb = verb.head.head
                continue
            return None
        return None

    def _speaker_np(self, base: int, tok: Token) -> Span:
        left = tok.left_edge.i
        right = tok.i
        for c in tok.children:
            if c.dep_ == "prep" and c.i > tok.i and c.lower_ in ("of", "for", "at") and tok.lemma_.lower() in ROLES:
                right = max(right, c.right_edge.i)
        return self._span(base, tok.doc[left : right + 1])

    def _origin(self, base: int, verb: Token, made_by: str | None) -> Origin | None:
        for c in verb.children:
            if c.dep_ != "prep" or c.lower_ not in ("in", "on", "during", "via", "through"):
                continue
            for obj in c.children:
                if obj.dep_ != "pobj":
                    continue
                kind = DOCUMENTS.get(obj.lemma_.lower()) or _SOCIAL.get(obj.lower_)
                if kind:
                    span = self._span(base, obj.doc[obj.left_edge.i : obj.right_edge.i + 1])
                    when = dates.resolve(span.text, self.published)
                    return Origin(kind, span.text, span.start, span.end, made_by, when.isoformat() if when else None)
        return None

    @staticmethod
    def _clause_end(root: Token) -> Token:
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
                t.dep_ in ("advcl", "parataxis") and t.tag_ in ("VBG", "VBD", "VBZ") and (lemma in ALL_CUES)
            ) or (
                t.dep_ == "conj"
                and lemma in QUOTE_CUES
                and not any(g.dep_ in ("nsubj", "nsubjpass") for g in t.children)
            )
            aside = (
                t.dep_ in ("relcl", "appos")
                and t.right_edge.i == last.i
                and (doc[t.left_edge.i - 1].text == ",")
                and not any(g.is_quote for g in t.subtree)
            )
            if reporting or aside:
                end = t.left_edge.i - 1
                while end > root.i and (doc[end].is_punct or doc[end].is_space or doc[end].dep_ == "cc"):
                    end -= 1
                return doc[end]
        return last

    @staticmethod
    def _extended(verb: Token, last: Token) -> Token:
        """Stretch content over the cue's later dependents that carry on what was said.

        "mentioned X as examples of Y", "called on X to act": the parse hangs these on the
        cue. New clauses end it, and so do setting phrases ("in a statement", "on Friday")
        unless what was said carries on after them ("attacked rivals on stage for lying").
        """
        setting = None
        for c in verb.children:
            if c.i <= last.i or c.is_punct or c.dep_ == "cc":
                continue
            if c.dep_ == "npadvmod" or (c.dep_ == "prep" and c.lower_ in _SETTING_PREPS):
                setting = c.right_edge.i
                continue
            if setting is not None and not (c.dep_ == "prep" and c.left_edge.i == setting + 1):
                break
            carries = (
                c.dep_ in ("xcomp", "oprd", "acomp", "dobj", "ccomp")
                or (c.dep_ == "prep" and c.lower_ not in _SETTING_PREPS)
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
            last, setting = c.right_edge, None
        return last

    def _object_end(self, verb: Token, dobj: Token) -> Token:
        """Last token of an object that is the content: "praised the plan, which ..." ends at "plan".

        A closing ", which ..." is the writer's background about a thing; an aside about a
        person (", who ...") or a list (", and ...") stays, as the object is what was named.
        Otherwise the cue's later dependents may carry the content on.
        """
        doc = dobj.doc
        for t in dobj.subtree:
            if (
                t.dep_ == "relcl"
                and t.left_edge.lower_ == "which"
                and t.right_edge.i == dobj.right_edge.i
                and doc[t.left_edge.i - 1].text == ","
            ):
                return doc[t.left_edge.i - 2]
        return self._extended(verb, dobj.right_edge)

    def _content(
        self, base: int, verb: Token, sent: SpacySpan, documented: bool = False
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
        if dobj is not None and dobj.lower_ in _EXPLETIVES:
            return None, None
        for c in verb.children:
            if c.dep_ == "ccomp":
                if lemma in CLAUSE_ONLY_CUES and c.left_edge.lower_ in ("whether", "if"):
                    return None, dobj
                end = self._clause_end(c)
                return chars(c.left_edge, self._extended(verb, end) if c.i > verb.i else end), dobj
        xcomp = next((c for c in verb.children if c.dep_ == "xcomp"), None)
        if (
            lemma in CLAUSE_AS_OBJECT_CUES
            and xcomp is not None
            and xcomp.tag_ == "VBG"
            and any(c.dep_ == "ccomp" for c in xcomp.children)
        ):
            return chars(xcomp.left_edge, self._clause_end(xcomp)), None
        if lemma in XCOMP_CUES and xcomp is not None:
            first = dobj if dobj is not None and dobj.i < xcomp.i else xcomp
            return chars(first.left_edge, self._extended(verb, self._clause_end(xcomp))), dobj
        if lemma == "call" and dobj is not None:
            return chars(dobj.left_edge, self._object_end(verb, dobj)), dobj
        if lemma in CLAIM_OBJECT_CUES and (dobj is None or dobj.lemma_.lower() not in CLAIM_NOUNS):
            return None, None
        if lemma in OBJECT_CUES:
            if dobj is not None:
                return chars(dobj.left_edge, self._object_end(verb, dobj)), dobj
            prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("of", "with")), None)
            if prep is not None:
                return chars(prep, prep.right_edge), None
            return None, None
        if lemma in EVIDENCE_CUES and documented and dobj is not None:
            return chars(dobj.left_edge, self._object_end(verb, dobj)), dobj
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
                if words:
                    return chars(words[0], words[-1]), dobj
        return None, dobj

    def _parenthetical(self, base: int, verb: Token, sent: SpacySpan) -> list[tuple[int, int]]:
        """The clause a cue interrupts: "The benefit, it says, would be $300" -> both halves."""
        doc = verb.doc
        words = [t for t in verb.subtree if not t.is_punct and not t.is_space]
        left, right = words[0].i, words[-1].i
        if (
            verb.dep_ not in ("parataxis", "ccomp", "advcl")
            or left <= sent.start
            or any(c.dep_ == "mark" for c in verb.children)
        ):
            return []
        before = doc[left - 1]
        if before.text not in (",", "”", '"', "’", "'"):
            return []
        head = [(base + sent.start_char, base + before.idx + len(before))]
        rest = [t for t in doc[right + 1 : sent.end] if not t.is_punct and not t.is_space]
        if not rest:
            return head
        if doc[right + 1].text != ",":
            return []
        return head + [(base + rest[0].idx, base + sent.end_char)]

    def _kind(self, lemma: str, origin: Origin | None, content: str, dobj: Token | None) -> str:
        object_lemma = dobj.lemma_.lower() if dobj is not None else ""
        if lemma in DENIAL_CUES:
            return "denial"
        if (
            lemma == "call"
            and object_lemma in CLAIM_NOUNS
            and any(t.lower_ in DISMISSIVE_WORDS for t in dobj.head.subtree)
        ):
            return "denial"
        if lemma in ("confirm", "corroborate", "verify") or (
            lemma in CONFIRMATION_CUES and object_lemma in CLAIM_NOUNS
        ):
            return "confirmation"
        lowered = content.lower()
        if any(p in lowered for p in DENIAL_PHRASES):
            return "denial"
        if lemma in ALLEGATION_CUES or (origin is not None and origin.kind == "court filing"):
            return "allegation"
        return "claim"

    def read_sentence(self, base: int, sent: SpacySpan, ents: dict[int, SpacySpan]) -> None:
        self.register_entities(base, sent, ents)
        for tok in sent:
            if self._in_quote(base + tok.idx):
                continue
            lemma = tok.lemma_.lower()
            if tok.lower_ == "according" and tok.i + 1 < sent.end and tok.nbor().lower_ == "to":
                self._according(base, tok, sent, ents)
            elif tok.lower_ == "in" and tok.i <= sent.start + 1 and tok.dep_ == "prep":
                self._finding_in(base, tok, sent, ents)
            elif lemma in SAYING_NOUNS and tok.pos_ == "NOUN":
                self._saying_noun(base, tok, sent, ents)
            elif lemma in _MAKER_VERBS and tok.pos_ == "VERB":
                self._maker(base, tok, ents)
            if lemma in ALL_CUES and tok.tag_.startswith("VB"):
                self._cue(base, tok, sent, ents)
        self.sentence += 1

    def _maker(self, base: int, verb: Token, ents: dict[int, SpacySpan]) -> None:
        subject = self._subject(verb)
        if subject is None:
            return
        kind = _MAKER_VERBS[verb.lemma_.lower()]
        if kind is None:
            dobj = next((c for c in verb.children if c.dep_ == "dobj"), None)
            kind = DOCUMENTS.get(dobj.lemma_.lower()) if dobj is not None else None
        if kind:
            pid = self._party_of(base, subject, ents)
            if pid:
                self.table.record_maker(kind, pid)

    def _speaker(self, base: int, subject: Token, ents: dict[int, SpacySpan]) -> tuple[str | None, Span, Origin | None]:
        mention = self._speaker_np(base, subject)
        origin = None
        lemma = subject.lemma_.lower()
        if lemma in DOCUMENTS and subject.pos_ == "NOUN":
            kind = DOCUMENTS[lemma]
            maker = None
            for c in subject.children:
                if c.dep_ == "prep" and c.lower_ in ("from", "by", "of"):
                    obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                    maker = self._party_of(base, obj, ents) if obj is not None else None
            issuer = self._subject(subject.head) if subject.dep_ == "dobj" else None
            if maker is None and issuer is not None and issuer.lower_ not in _EXPLETIVES:
                maker = self._party_of(base, issuer, ents)
                mention = self._speaker_np(base, issuer) if maker else mention
            maker = maker or self.table.maker(kind) or self._described(subject)
            right = max(
                [subject.i]
                + [c.right_edge.i for c in subject.children if c.i > subject.i and c.dep_ not in ("acl", "relcl")]
            )
            span = self._span(base, subject.doc[subject.left_edge.i : right + 1])
            origin = Origin(kind, span.text, span.start, span.end, maker)
            return maker, mention, origin
        pid = self._party_of(base, subject, ents)
        if pid:
            self.table.mention(pid, mention, self._salience(subject), self.sentence)
        return pid, mention, origin

    def _cue(self, base: int, verb: Token, sent: SpacySpan, ents: dict[int, SpacySpan]) -> None:
        if (
            verb.tag_ == "VBN"
            and verb.dep_ == "advcl"
            and not any(c.dep_ in ("aux", "auxpass", "nsubj") for c in verb.children)
        ):
            return  # "Asked about the delay, she said ...": the asker is not named.
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in XCOMP_CUES:
            return  # "vowed to reject", "wants to say": an intention, reported by the verb above.
        subject = self._subject(verb)
        if subject is None or self._in_quote(base + subject.idx):
            return
        relative = subject.lower_ in ("who", "that", "which") and verb.dep_ == "relcl"
        if (subject.lower_ in _EXPLETIVES and not relative) or (
            subject.lower_ == "it" and any(c.dep_ == "auxpass" for c in verb.children)
        ):
            return
        speaker, mention, origin = self._speaker(base, verb.head if relative else subject, ents)
        if relative and subject.lower_ == "who":
            mention = self._span(base, subject.doc[subject.i : subject.i + 1])
        if speaker is None:
            return
        documented = origin is not None
        origin = origin or self._origin(base, verb, speaker)
        if origin is None and verb.dep_ in ("conj", "advcl", "xcomp"):
            origin = self._origin(base, verb.head, speaker)
        if origin is not None and origin.made_by:
            self.table.record_maker(origin.kind, origin.made_by)
        cue_end = self._cue_end(verb)
        cue = Cue(
            verb.doc[verb.i : cue_end.i + 1].text,
            base + verb.idx,
            base + cue_end.idx + len(cue_end),
            verb.lemma_.lower(),
        )
        found = Found(speaker, 0, 0, mention=mention, cue=cue, origin=origin)
        if cue_end.dep_ == "prep":
            last = self._extended(verb, cue_end.right_edge)
            content, dobj = (base + cue_end.idx + len(cue_end), base + last.idx + len(last)), None
        else:
            content, dobj = self._content(base, verb, sent, documented=documented)
        quote = self._adjacent_quote(cue, mention) if verb.lemma_.lower() in QUOTE_CUES else None
        if quote is not None and (content is None or self._within_quote(content, quote)):
            content = (quote.outer_start, quote.outer_end)
        if content is None:
            parts = self._parenthetical(base, verb, sent) if quote is None else []
            if parts:
                head = self._finish(found, parts[0], sent, base, dobj)
                for part in parts[1:]:
                    if head is not None:
                        tail = Found(speaker, 0, 0, mention=mention, cue=cue, origin=origin, continues=head)
                        self._finish(tail, part, sent, base, dobj)
            elif verb.lemma_.lower() in QUOTE_CUES:
                self.bare.append(_Bare(found, cue.start, cue.end))
            return
        self._finish(found, content, sent, base, dobj)

    @staticmethod
    def _cue_end(verb: Token) -> Token:
        """Last word of a cue: its particle and the preposition that makes it one
        ("spoke out about", "spoke warmly of", "called for"), past adverbs between."""
        cue_end, following = verb, verb.i + 1
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
                cue_end = c
            following = c.i + 1
        return cue_end

    def _within_quote(self, content: tuple[int, int], quote: Quote) -> bool:
        """Whether a parsed content is really just ``quote``: it adds no words of its own sentence.

        Words the parse adds from another sentence are a parse error, not a mixed quote.
        """
        start, end = content
        if end <= quote.outer_start or start >= quote.outer_end:
            return False
        outside = self.text[start : quote.outer_start] + " " + self.text[quote.outer_end : end]
        return not any(ch.isalnum() for ch in outside) or any(ch in outside for ch in ".!?")

    def _adjacent_quote(self, cue: Cue, mention: Span) -> Quote | None:
        """The quotation a cue introduces or closes: '"...," she said' or 'he said: "..."'."""
        lo, hi = min(cue.start, mention.start), max(cue.end, mention.end)
        i = bisect.bisect_right(self._quote_starts, lo) - 1
        if i >= 0:
            q = self.quotes[i]
            gap = self.text[q.outer_end : lo]
            if q.outer_end <= lo and len(gap) <= 4 and not any(ch.isalnum() or ch == "\n" for ch in gap):
                return q
        j = bisect.bisect_left(self._quote_starts, hi)
        if j < len(self.quotes):
            q = self.quotes[j]
            gap = self.text[hi : q.outer_start]
            gap = gap.rstrip()
            wordy = any(ch.isalnum() for ch in gap)
            if (
                len(gap) <= 40
                and (gap.endswith(":") or (gap.endswith(",") and not wordy))
                and not any(ch in gap for ch in ".!?")
            ):
                return q
        return None

    def _according(self, base: int, tok: Token, sent: SpacySpan, ents: dict[int, SpacySpan]) -> None:
        to = tok.nbor()
        obj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if obj is not None:
            self._source_phrase(base, tok, to, obj, "according to", sent, ents)

    def _finding_in(self, base: int, tok: Token, sent: SpacySpan, ents: dict[int, SpacySpan]) -> None:
        """A sentence opened by whose view or which poll it gives: "In her view, ...", "In the survey, ..."."""
        obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if obj is None:
            return
        owner = next((c for c in obj.children if c.dep_ == "poss"), None)
        if obj.lemma_.lower() in VIEW_NOUNS and owner is not None:
            self._source_phrase(base, tok, obj, owner, "in", sent, ents)
            return
        if obj.lemma_.lower() not in _FINDING_DOCUMENTS:
            return
        after = obj.doc[tok.right_edge.i + 1] if tok.right_edge.i + 1 < sent.end else None
        if (
            after is None
            or after.text != ","
            or any(t.lemma_.lower() in ALL_CUES and t.tag_.startswith("VB") and self._speaks(t) for t in sent)
        ):
            return
        self._source_phrase(base, tok, tok, obj, "in", sent, ents)

    def _saying_noun(self, base: int, noun: Token, sent: SpacySpan, ents: dict[int, SpacySpan]) -> None:
        """A possessed claim with its clause: "Ortiz's claim that the levy is too small"."""
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        clause = next(
            (
                c
                for c in noun.children
                if c.dep_ in ("acl", "ccomp")
                and c.i > noun.i
                and c.left_edge.lower_ == "that"
                and c.left_edge.i == noun.i + 1
            ),
            None,
        )
        if owner is None or clause is None:
            return
        speaker, mention, origin = self._speaker(base, owner, ents)
        if speaker is None:
            return
        lemma = _NOUN_CUE_LEMMAS.get(noun.lemma_.lower(), noun.lemma_.lower())
        cue = Cue(noun.text, base + noun.idx, base + noun.idx + len(noun), lemma)
        found = Found(speaker, 0, 0, mention=mention, cue=cue, origin=origin)
        end = self._clause_end(clause)
        content = (base + clause.left_edge.idx, base + end.idx + len(end))
        self._finish(found, content, sent, base, None)

    def _speaks(self, verb: Token) -> bool:
        """Whether a cue verb has a subject that can speak for itself, not "52% of voters"."""
        subject = self._subject(verb)
        return subject is not None and (
            subject.ent_type_ in SPEAKER_ENTITY_TYPES or subject.pos_ == "PRON" or subject.lemma_.lower() in ROLES
        )

    def _source_phrase(
        self, base: int, tok: Token, last: Token, obj: Token, lemma: str, sent: SpacySpan, ents: dict[int, SpacySpan]
    ) -> None:
        """A statement whose source is named in a phrase ("according to X", "in X's poll").

        Opening the sentence, the phrase governs the rest of it; elsewhere, what came before,
        and what comes after too when the phrase is set off by commas inside the sentence.
        """
        speaker, mention, origin = self._speaker(base, obj, ents)
        if speaker is None:
            return
        doc = tok.doc
        phrase_end = max(last.right_edge.i, obj.right_edge.i)
        rest = [t for t in doc[phrase_end + 1 : sent.end] if not t.is_punct and not t.is_space]
        tail = None
        if tok.i <= sent.start + 1:
            if not rest:
                return
            content = (base + doc[phrase_end + 1].idx, base + sent.end_char)
        else:
            content = (base + sent.start_char, base + tok.idx)
            if rest and doc[phrase_end + 1].text == "," and doc[tok.i - 1].text == ",":
                tail = (base + rest[0].idx, base + sent.end_char)
        cue = Cue(doc[tok.i : last.i + 1].text, base + tok.idx, base + last.idx + len(last), lemma)
        found = Found(speaker, 0, 0, mention=mention, cue=cue, origin=origin)
        head = self._finish(found, content, sent, base, None)
        if head is not None and tail is not None:
            self._finish(
                Found(speaker, 0, 0, mention=mention, cue=cue, origin=origin, continues=head), tail, sent, base, None
            )

    def _finish(
        self, found: Found, content: tuple[int, int], sent: SpacySpan, base: int, dobj: Token | None
    ) -> Found | None:
        start, end = self._trim(*content)
        if end <= start:
            return None
        start, end, quote = self._quoting(start, end)
        if found.cue and start <= found.cue.start < end:
            return None
        found.start, found.end, found.quote = start, end, quote
        found.kind = self._kind(found.cue.lemma if found.cue else "", found.origin, self.text[start:end], dobj)
        if found.kind in ("denial", "confirmation"):
            found.target = self._target(base, sent, start, end, found.speaker)
        context = self.text[base + sent.start_char : start] + " " + self.text[end : base + sent.end_char]
        when = dates.resolve(found.origin.text, self.published) if found.origin and found.origin.date else None
        when = when or dates.resolve(context, self.published)
        found.date = when.isoformat() if when else None
        self.found.append(found)
        return found

    def _target(self, base: int, sent: SpacySpan, start: int, end: int, speaker: str) -> str | None:
        """The party whose words a denial or confirmation answers, when it names one."""
        own = {speaker, self.table[speaker].affiliation}
        for ent in self._sent_ents:
            if ent.label_ in SPEAKER_ENTITY_TYPES and start <= base + ent.start_char < end:
                pid = self.table.find(ent.text)
                if pid and pid not in own and self.table[pid].affiliation not in own:
                    return pid
        return None

    # ----- labelled lines -----------------------------------------------------------

    def read_labelled_lines(self, paragraphs: list[tuple[int, int]]) -> None:
        """Lines that name their speaker apart from the words: "PENCE: Well, look...", or a
        quotation signed after a dash, as readers' and pull quotes are: '"..." ― Ana Ruiz, 34'."""
        taken = sorted((f.start, f.end) for f in self.found)
        for m in self._labelled(paragraphs):
            if m.re is _LABELLED:
                start, end = self._trim(m.start("content"), m.endpos)
                while end > start and self.text[end - 1] in "\"”’'":
                    end -= 1
            else:
                start, end = m.span("content")
            i = bisect.bisect_left(taken, (end,))
            if end <= start or any(s < end and e > start for s, e in taken[max(0, i - 3) : i]):
                continue
            name = m.group("name")
            pid = self.table.find(name) or self.table.person(name.title()) or self.table.named(name, "Unknown")
            if pid is None:
                continue
            mention = Span(name, m.start("name"), m.end("name"))
            self.table.mention(pid, mention, 0, self.sentence)
            cue = Cue(m.group("mark"), m.start("mark"), m.end("mark"), m.group("mark"))
            content = self.text[start:end]
            quote = "direct" if m.re is _SIGNED or self._in_quote(start) else "indirect"
            self.found.append(Found(pid, start, end, self._kind("", None, content, None), quote, mention, cue))
        self._introduced_paragraphs(paragraphs)

    def _introduced_paragraphs(self, paragraphs: list[tuple[int, int]]) -> None:
        """A paragraph that ends "..., he added:" hands its words to the next paragraph,
        quoted or set off as a block."""
        starts = [lo for lo, _ in paragraphs]
        for bare in self.bare:
            n = bisect.bisect_right(starts, bare.start)
            if n >= len(paragraphs) or self.text[bare.end : paragraphs[n - 1][1]].strip() != ":":
                continue
            f = bare.found
            start, end, quote = self._quoting(*self._trim(*paragraphs[n]))
            bare.produced = Found(
                f.speaker,
                start,
                end,
                self._kind(f.cue.lemma, f.origin, self.text[start:end], None),
                quote,
                f.mention,
                f.cue,
                f.origin,
                f.date,
            )
            self.found.append(bare.produced)

    def _labelled(self, paragraphs: list[tuple[int, int]]):
        """Matches of a speaker label opening a paragraph, or of a signature closing a line."""
        for n, (lo, hi) in enumerate(paragraphs):
            m = _LABELLED.match(self.text, lo, hi)
            if m is not None and self._label_names(m.group("name"), m.group("mark"), headline=n == 0):
                yield m
                continue
            while lo < hi:
                eol = self.text.find("\n", lo, hi)
                eol = hi if eol < 0 else eol
                m = _SIGNED.fullmatch(self.text, lo, eol)
                if m is not None:
                    yield m
                lo = eol + 1

    def _label_names(self, label: str, mark: str, headline: bool) -> bool:
        """Whether a line's label is a speaker. "SEATTLE —" opens a dateline, not a quote.
        In the body a lone capitalised word before a colon is a lead-in ("So:", "Twitter:")
        unless it is a transcript's capitals or a party the article already named; a
        headline's is its source ("Poll: ...", "Lee: ...")."""
        if label.lower() in _NOT_SPEAKERS or (mark != ":" and label.isupper()):
            return False
        return headline or " " in label or label.isupper() or self.table.find(label) is not None

    # ----- quotations ------------------------------------------------------------

    def attach_quotes(self, paragraph_of) -> None:
        """Give each quotation no cue has claimed to a nearby bare cue or the last speaker."""
        by_start = sorted(self.found, key=lambda f: f.start)
        starts = [f.start for f in by_start]
        reach = list(itertools.accumulate((f.end for f in by_start), max))
        by_end = sorted(self.found, key=lambda f: f.end)
        ends = [f.end for f in by_end]
        bare_starts = [b.start for b in self.bare]
        for q in self.quotes:
            i = bisect.bisect_left(starts, q.outer_end)
            if i and reach[i - 1] > q.outer_start:
                continue
            j = bisect.bisect_right(ends, q.outer_start)
            previous = by_end[j - 1] if j else None
            while j > 1 and previous.quote == "indirect" and by_end[j - 2].speaker == previous.speaker:
                j -= 1  # '"...," he said, referring to X. "..."': the quotation goes on past his aside.
                previous = by_end[j - 1]
            nearby = self.bare[
                bisect.bisect_left(bare_starts, q.outer_start - 200) : bisect.bisect_right(
                    bare_starts, q.outer_end + 60
                )
            ]
            found = self._quote_found(q, paragraph_of, nearby, previous)
            if found is not None:
                self.found.append(found)
                k = bisect.bisect_right(ends, found.end)
                ends.insert(k, found.end)
                by_end.insert(k, found)

    def _quote_found(self, q: Quote, paragraph_of, nearby: list[_Bare], previous: Found | None) -> Found | None:
        para = paragraph_of(q.outer_start)
        best = None
        for bare in nearby:
            if paragraph_of(bare.start) != para and paragraph_of(bare.start) != paragraph_of(q.outer_end - 1):
                continue
            if bare.start >= q.outer_end:
                gap = self.text[q.outer_end : bare.start]
            elif bare.end <= q.outer_start:
                gap = self.text[bare.end : q.outer_start]
            else:
                continue
            if len(gap) > 60 or (any(ch in gap for ch in ".?!") and len(gap.strip()) > 2):
                continue
            if best is None or len(gap) < best[0]:
                best = (len(gap), bare)
        words = len(self.text[q.start : q.end].split())
        if best is not None:
            bare = best[1]
            f = bare.found
            kind = self._kind(f.cue.lemma, f.origin, self.text[q.start : q.end], None)
            found = Found(
                f.speaker,
                q.start,
                q.end,
                kind,
                "direct",
                f.mention,
                f.cue,
                f.origin,
                f.date or (f.origin.date if f.origin else None),
                continues=bare.produced,
            )
            bare.produced = bare.produced or found
            return found
        if words < 3:
            return None
        if previous is None or para - paragraph_of(previous.start) > 1 or previous.quote == "indirect":
            return None
        f = previous
        kind = self._kind("", f.origin, self.text[q.start : q.end], None)
        if kind == "claim" and f.kind == "allegation":
            kind = "allegation"
        return Found(
            f.speaker, q.start, q.end, kind, "direct", None, None, f.origin, f.date, continues=f.continues or f
        )
