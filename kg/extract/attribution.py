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

from spacy.tokens import Doc, Span as SpacySpan, Token

from kg.extract import dates
from kg.extract.lexicon import (
    ALL_CUES, ALLEGATION_CUES, CLAIM_NOUNS, CLAIM_OBJECT_CUES, CLAUSE_AS_OBJECT_CUES,
    CLAUSE_ONLY_CUES, CONFIRMATION_CUES, DENIAL_CUES, DENIAL_PHRASES, DISMISSIVE_WORDS,
    DOCUMENTS, GROUP_PRONOUNS, NEWS_OUTLETS, OBJECT_CUES, ORG_NOUNS, PERSON_PRONOUNS,
    QUOTE_CUES, ROLE_CANONICAL, ROLE_MODIFIERS, ROLES, XCOMP_CUES,
)
from kg.extract.model import Cue, Origin, Span
from kg.extract.parties import PartyTable, clean_name
from kg.extract.quotes import Quote

ENTITY_TYPES = {"PERSON": "Person", "ORG": "Organization"}
SPEAKER_ENTITY_TYPES = {**ENTITY_TYPES, "GPE": "Organization", "NORP": "Organization",
                        "FAC": "Organization", "PRODUCT": "Organization"}
_EDGE_PUNCT = " \t\n\r\xa0,;:—–-"
_SOCIAL = {"twitter": "social media post", "facebook": "social media post",
           "instagram": "social media post", "x": "social media post"}
_MAKER_VERBS = {"sue": "court filing", "file": None, "issue": None, "release": None}
_SETTING_PREPS = {"in", "on", "at", "during", "after", "before", "since", "via", "through", "from",
                  "to", "while", "amid", "in front of", "by", "outside", "inside"}
_LABELLED = re.compile(
    r"[ \t]*[\"“]?(?P<name>[A-Z][\w.’'&-]*(?: [A-Z][\w.’'&-]*){0,3})[ \t]*(?P<mark>:|―|—|--)[ \t]+(?P<content>\S)"
)
_NOT_SPEAKERS = {"note", "update", "updated", "correction", "photo", "related", "watch", "read more",
                 "editor's note", "editor’s note", "source", "sources", "q", "a", "video", "listen",
                 "see also", "warning", "caption", "credit", "image", "graphic", "getty images"}
_REASON_MARKS = {"because", "although", "though", "unless", "if"}
_TITLES = {"mr", "mrs", "ms", "miss", "dr", "sen", "rep", "gov", "gen", "prof", "lt", "sgt", "rev"}
_EXPLETIVES = {"there", "this", "that", "which", "who", "what"}


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
        determined = any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "its", "our")
                         for c in tok.children)
        if lemma in ORG_NOUNS and determined:
            pid = self.table.resolve(lower, pos, self.sentence, organization=True)
            if pid:
                return pid
        if lemma in DOCUMENTS:
            return self.table.maker(DOCUMENTS[lemma])
        if not allow_generic or lower in _EXPLETIVES or tok.pos_ not in ("NOUN", "PROPN"):
            return None
        words = [t.text_with_ws for t in tok.subtree
                 if t.i < tok.i and t.dep_ not in ("det", "punct", "predet") and not t.is_punct]
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
        words = [t for t in tok.subtree if t.pos_ == "PROPN" and t.i <= tok.i and t.dep_ in ("compound", "flat") or t is tok]
        role = None
        while len(words) > 1 and words[0].lemma_.lower().rstrip(".") in ROLES | _TITLES:
            lead = words.pop(0).lemma_.lower().rstrip(".")
            role = lead if lead in ROLES else role
        name = " ".join(t.text for t in words)
        pid = self.table.find(name) or (self.table.person(name) if len(words) == 1 else None)
        if pid is None:
            pid = self.table.named(name, "Person" if role or len(words) in (2, 3) and all(
                t.text[:1].isupper() for t in words) else "Unknown")
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
                if c.dep_ == "nsubj":
                    return c
            if verb.dep_ == "relcl" or verb.dep_ == "acl" and any(c.dep_ == "ccomp" for c in verb.children):
                return verb.head
            if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
                verb = verb.head
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
                    return Origin(kind, span.text, span.start, span.end, made_by,
                                  when.isoformat() if when else None)
        return None

    @staticmethod
    def _clause_end(root: Token) -> Token:
        """Last token of a reported clause, stopping before a further reporting verb joined to it."""
        for c in root.children:
            if c.dep_ == "conj" and c.i > root.i and c.lemma_.lower() in ALL_CUES:
                cut = min(t.i for t in c.subtree)
                prev = [t for t in root.subtree if t.i < cut and not (t.dep_ in ("cc", "punct") and t.head in (root, c))]
                return max(prev, key=lambda t: t.i) if prev else root
        return root.right_edge

    @staticmethod
    def _extended(verb: Token, last: Token) -> Token:
        """Stretch content over the cue's later dependents that carry on what was said.

        "mentioned X as examples of Y", "called on X to act": the parse hangs these on the
        cue. Setting phrases ("in a statement", "on Friday") and new clauses end it.
        """
        for c in verb.children:
            if c.i <= last.i or c.is_punct or c.dep_ == "cc":
                continue
            carries = c.dep_ in ("xcomp", "oprd", "acomp", "dobj", "ccomp") or (
                c.dep_ == "prep" and c.lower_ not in _SETTING_PREPS) or (
                c.dep_ == "conj" and c.lemma_.lower() not in ALL_CUES
                and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)) or (
                c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in _REASON_MARKS for g in c.children))
            if not carries:
                break
            last = c.right_edge
        return last

    def _content(self, base: int, verb: Token, sent: SpacySpan) -> tuple[tuple[int, int] | None, Token | None]:
        """Character range of what ``verb`` reports, and its object if that is the content."""
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
        if lemma in XCOMP_CUES and xcomp is not None:
            first = dobj if dobj is not None and dobj.i < xcomp.i else xcomp
            return chars(first.left_edge, self._extended(verb, self._clause_end(xcomp))), dobj
        if lemma == "call" and dobj is not None:
            return chars(dobj.left_edge, self._extended(verb, dobj.right_edge)), dobj
        if lemma in CLAIM_OBJECT_CUES and (dobj is None or dobj.lemma_.lower() not in CLAIM_NOUNS):
            return None, None
        if lemma in OBJECT_CUES:
            if dobj is not None:
                return chars(dobj.left_edge, self._extended(verb, dobj.right_edge)), dobj
            prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("of", "with")), None)
            if prep is not None:
                return chars(prep, prep.right_edge), None
            return None, None
        if lemma in CLAUSE_ONLY_CUES:
            return None, dobj
        if lemma in CLAUSE_AS_OBJECT_CUES and dobj is not None and dobj.right_edge.i - dobj.left_edge.i >= 3:
            last = max(dobj.right_edge, verb.right_edge, key=lambda t: t.i)
            if last.is_punct and last.i > dobj.right_edge.i:
                last = dobj.right_edge
            return chars(dobj.left_edge, last), dobj
        for c in verb.children:
            if c.dep_ == "punct" and c.text == ":" and c.i > verb.i and c.i + 1 < sent.end:
                return chars(doc[c.i + 1], sent[-1]), dobj
        return None, dobj

    def _parenthetical(self, base: int, verb: Token, sent: SpacySpan) -> list[tuple[int, int]]:
        """The clause a cue interrupts: "The benefit, it says, would be $300" -> both halves."""
        doc = verb.doc
        words = [t for t in verb.subtree if not t.is_punct and not t.is_space]
        left, right = words[0].i, words[-1].i
        if verb.dep_ not in ("parataxis", "ccomp", "advcl") or left <= sent.start or any(
                c.dep_ == "mark" for c in verb.children):
            return []
        before = doc[left - 1]
        if before.text not in (",", "”", "\"", "’", "'"):
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
        if lemma == "call" and object_lemma in CLAIM_NOUNS and any(
                t.lower_ in DISMISSIVE_WORDS for t in dobj.head.subtree):
            return "denial"
        if lemma in ("confirm", "corroborate", "verify") or (
                lemma in CONFIRMATION_CUES and object_lemma in CLAIM_NOUNS):
            return "confirmation"
        lowered = content.lower()
        if any(p in lowered for p in DENIAL_PHRASES):
            return "denial"
        if lemma in ALLEGATION_CUES or origin is not None and origin.kind == "court filing":
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
            maker = maker or self.table.maker(kind)
            span = self._span(base, subject.doc[subject.left_edge.i : subject.right_edge.i + 1])
            origin = Origin(kind, span.text, span.start, span.end, maker)
            return maker, mention, origin
        pid = self._party_of(base, subject, ents)
        if pid:
            self.table.mention(pid, mention, self._salience(subject), self.sentence)
        return pid, mention, origin

    def _cue(self, base: int, verb: Token, sent: SpacySpan, ents: dict[int, SpacySpan]) -> None:
        subject = self._subject(verb)
        if subject is None or self._in_quote(base + subject.idx):
            return
        relative = subject.lower_ in ("who", "that") and verb.dep_ == "relcl"
        if subject.lower_ in _EXPLETIVES and not relative or subject.lower_ == "it" and any(
                c.dep_ == "auxpass" for c in verb.children):
            return
        speaker, mention, origin = self._speaker(base, verb.head if relative else subject, ents)
        if relative:
            mention = self._span(base, subject.doc[subject.i : subject.i + 1])
        if speaker is None:
            return
        origin = origin or self._origin(base, verb, speaker)
        if origin is None and verb.dep_ in ("conj", "advcl", "xcomp"):
            origin = self._origin(base, verb.head, speaker)
        if origin is not None and origin.made_by:
            self.table.record_maker(origin.kind, origin.made_by)
        cue_end = verb
        for c in verb.children:
            if c.i == verb.i + 1 and (c.dep_ == "prt" or c.dep_ == "prep" and verb.lemma_ == "call" and c.lower_ in ("for", "on")):
                cue_end = c
        cue = Cue(verb.doc[verb.i : cue_end.i + 1].text, base + verb.idx,
                  base + cue_end.idx + len(cue_end), verb.lemma_.lower())
        found = Found(speaker, 0, 0, mention=mention, cue=cue, origin=origin)
        if cue_end.dep_ == "prep":
            last = self._extended(verb, cue_end.right_edge)
            content, dobj = (base + cue_end.idx + len(cue_end), base + last.idx + len(last)), None
        else:
            content, dobj = self._content(base, verb, sent)
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
            if len(gap) <= 40 and (gap.endswith(":") or gap.endswith(",") and not wordy) and not any(
                    ch in gap for ch in ".!?"):
                return q
        return None

    def _according(self, base: int, tok: Token, sent: SpacySpan, ents: dict[int, SpacySpan]) -> None:
        to = tok.nbor()
        obj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if obj is None:
            return
        speaker, mention, origin = self._speaker(base, obj, ents)
        if speaker is None:
            return
        doc = tok.doc
        phrase_end = max(to.right_edge.i, obj.right_edge.i)
        if tok.i <= sent.start + 1:
            if phrase_end + 1 >= sent.end:
                return
            content = (base + doc[phrase_end + 1].idx, base + sent.end_char)
        else:
            content = (base + sent.start_char, base + tok.idx)
        cue = Cue(doc[tok.i : to.i + 1].text, base + tok.idx, base + to.idx + len(to), "according to")
        found = Found(speaker, 0, 0, mention=mention, cue=cue, origin=origin)
        self._finish(found, content, sent, base, None)

    def _finish(self, found: Found, content: tuple[int, int], sent: SpacySpan, base: int,
                dobj: Token | None) -> Found | None:
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
        """Transcript and headline lines that name their speaker first: "PENCE: Well, look..."."""
        taken = sorted((f.start, f.end) for f in self.found)
        for lo, hi in paragraphs:
            m = _LABELLED.match(self.text, lo, hi)
            if m is None or m.group("name").lower() in _NOT_SPEAKERS:
                continue
            start, end = self._trim(m.start("content"), hi)
            while end > start and self.text[end - 1] in "\"”’'":
                end -= 1
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
            quote = "direct" if self._in_quote(start) else "indirect"
            self.found.append(Found(pid, start, end, self._kind("", None, content, None), quote, mention, cue))

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
            nearby = self.bare[bisect.bisect_left(bare_starts, q.outer_start - 200):
                               bisect.bisect_right(bare_starts, q.outer_end + 60)]
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
            if len(gap) > 60 or any(ch in gap for ch in ".?!") and len(gap.strip()) > 2:
                continue
            if best is None or len(gap) < best[0]:
                best = (len(gap), bare)
        words = len(self.text[q.start : q.end].split())
        if best is not None:
            bare = best[1]
            f = bare.found
            kind = self._kind(f.cue.lemma, f.origin, self.text[q.start : q.end], None)
            found = Found(f.speaker, q.start, q.end, kind, "direct", f.mention, f.cue, f.origin,
                          f.date or (f.origin.date if f.origin else None), continues=bare.produced)
            bare.produced = bare.produced or found
            return found
        if words < 4:
            return None
        if previous is None or para - paragraph_of(previous.start) > 1 or previous.quote != "direct":
            return None
        f = previous
        kind = self._kind("", f.origin, self.text[q.start : q.end], None)
        if kind == "claim" and f.kind == "allegation":
            kind = "allegation"
        return Found(f.speaker, q.start, q.end, kind, "direct", None, None, f.origin, f.date,
                     continues=f.continues or f)
