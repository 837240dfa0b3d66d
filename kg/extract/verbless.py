"""Quotations whose speaker is named with no verb of saying, read after a sentence's cues.

'"...," an AWS spokesperson.' signs a quotation with a bare noun phrase; 'The reply came in one line
from an AWS spokesperson: "..."' introduces one by whom it comes from; 'Its complaint: the council broke
the lease ...' heads a clause with the document it comes from. All are common in real copy and, missed, hand the
words to whoever spoke before.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract.blocks import BULLET
from kg.extract.lexicon import ALL_CUES, DOCUMENTS, FIRST_PERSON, REPLY_NOUNS, ROLES, SAYING_NOUNS
from kg.extract.mentions import role_text
from kg.extract.model import Origin
from kg.extract.reading import Found, Reading
from kg.extract.speakers import Ents, Speakers
from kg.extract.syntax import group_possessive, subject

_POINTING = ("those", "these", "that", "this")
_SHOWING = (":", "—", "–", "--")  # marks that open a quotation its sender introduces: 'from a spokesperson — "..."'
# How many words may set the scene between a sender and its quotation: "on the day of the suit, in six words".
_SETTING_WORDS = 10
# How many words may head a clause with whose words it gives: "The union's position on Tuesday:".
_HEADING_WORDS = 6

Finish = Callable[[Found, tuple[int, int], SpacySpan, int, Token | None], Found | None]
OriginOf = Callable[[int, Token, str | None], Origin | None]


class Verbless:
    """``finish`` records a found attribution with its content (``Cues._finish``); ``origin_of`` reads the
    document a word speaks through (``Cues._origin``)."""

    def __init__(self, reading: Reading, speakers: Speakers, finish: Finish, origin_of: OriginOf) -> None:
        self.reading = reading
        self.speakers = speakers
        self._finish = finish
        self._origin = origin_of

    def read_sentence(self, base: int, sent: SpacySpan, ents: Ents) -> None:
        self._unverbed(base, sent, ents)
        self._sent_from(base, sent, ents)
        self._headed(base, sent, ents)
        self._words_from(base, sent, ents)

    def _unverbed(self, base: int, sent: SpacySpan, ents: Ents) -> None:
        """A quotation signed by a bare noun phrase, with no verb: '"...," an AWS spokesperson.',
        '"...": the company in a statement.', or after a colon that shows it ('a caption reads: "..." — an AWS
        spokesperson'). The phrase's head must be able to speak: a name, a role, an organisation noun or a
        document."""
        reading = self.reading
        for quote in reading.quotes_ending_in(base + sent.start_char, base + sent.end_char):
            before = reading.text[base + sent.start_char : quote.outer_start].rstrip()
            if any(ch.isalnum() for ch in before) and not before.endswith(":"):
                continue  # the quotation must open its sentence or a colon's clause: not 'appeared on "GMA," ...'
            tail = [t for t in sent if base + t.idx >= quote.outer_end]
            while tail and (tail[0].is_punct or tail[0].is_space):
                tail.pop(0)
            while tail and (tail[-1].is_punct or tail[-1].is_space):
                tail.pop()
            if not tail or any(t.pos_ in ("VERB", "AUX") or t.is_quote for t in tail):
                continue
            if reading.text[quote.outer_end : base + tail[0].idx].strip() not in ("", ",", ":", "—", "–", "-", "--"):
                continue
            inside = range(tail[0].i, tail[-1].i + 1)
            head = next((t for t in tail if t.head.i not in inside or t.head.i == t.i), None)
            if head is None or not self.speakers.can_speak(head, ents):
                continue
            speaker, mention, origin = self.speakers.speaker(base, head, ents)
            if speaker is None:
                continue
            found = Found(speaker, 0, 0, mention=mention, origin=origin or self._origin(base, head, speaker))
            self._finish(found, (quote.outer_start, quote.outer_end), sent, base, None)

    def _sent_from(self, base: int, sent: SpacySpan, ents: Ents) -> None:
        """A quotation after a colon or a dash, introduced by whom it comes from and no verb of saying: 'The reply
        came in one sentence from an AWS spokesperson: "..."', 'A statement from the district on Friday: "..."',
        'First a single sentence from a spokesperson — "..."'.
        The speaker is the object of the last "from" before the colon; nothing but a short phrase without a
        verb may follow it ("on Friday", "in full"), and no cue of the sentence has taken the quotation."""
        reading = self.reading
        for colon in sent:
            shows = colon.text in _SHOWING
            quote = reading.quote_after_colon(base + colon.idx, _SHOWING) if shows else None
            if quote is None or reading.in_quote(base + colon.idx) or reading.in_quote(base + sent.start_char):
                continue
            if any(f.start < quote.outer_end and quote.outer_start < f.end for f in reading.found):
                continue
            obj, noun = self._sender(sent.doc[sent.start : colon.i], ents)
            if obj is None or noun is None:
                continue
            speaker, mention, origin = self.speakers.speaker(base, _bound(obj, noun), ents)
            if speaker is None:
                continue
            speaker = self._through(speaker, sent.doc[obj.i + 1 : colon.i])
            if origin is None and noun.lemma_.lower() in DOCUMENTS and noun.pos_ == "NOUN":
                span = self.reading.span(base, noun.doc[noun.left_edge.i : noun.i + 1])
                origin = Origin(DOCUMENTS[noun.lemma_.lower()], span.text, span.start, span.end, speaker)
            found = Found(speaker, 0, 0, mention=mention, origin=origin)
            self._finish(found, (quote.outer_start, quote.outer_end), sent, base, None)

    def _headed(self, base: int, sent: SpacySpan, ents: Ents) -> None:
        """A clause headed by the document or words it comes from and a colon, with no verb of saying: 'Its
        complaint: the council's decision was "driven by spite"', 'The union's letter: the plant is unsafe.', 'His
        claim that night: the big firms had acted together'. The words before the colon are only the owned document
        or words ("its", "the union's") and a short setting; the owner speaks, through the document if it is one."""
        colon = next((t for t in sent if t.text == ":"), None)
        if colon is None or colon.i + 2 >= sent.end or self.reading.in_quote(base + colon.idx):
            return
        before = [t for t in sent.doc[sent.start : colon.i] if not t.is_punct]
        noun = next((t for t in before if _owned_words(t)), None)
        if noun is None or len(before) > _HEADING_WORDS or any(t.pos_ in ("VERB", "AUX") for t in before):
            return
        line = self.reading.text.rfind("\n", 0, base + sent.start_char) + 1
        if BULLET.match(self.reading.text, line, base + sent.end_char):
            return  # "- Parler's claim: ...": a labelled bullet, whose label gives its kind (kg.extract.blocks)
        after = sent.doc[colon.i + 1 : sent.end]
        if not any(t.pos_ in ("VERB", "AUX") and not self.reading.in_quote(base + t.idx) for t in after):
            return  # a quotation alone is read as one ('The company's reply: "..."')
        start, end = base + after.start_char, base + sent.end_char
        if any(f.start < end and start < f.end for f in self.reading.found):
            return
        document = noun.lemma_.lower() in DOCUMENTS
        owner = noun if document else next(c for c in noun.children if c.dep_ == "poss")
        speaker, mention, origin = self.speakers.speaker(base, owner, ents)
        if speaker is None:
            return
        if origin is None and document:
            span = self.reading.span(base, sent.doc[noun.left_edge.i : noun.i + 1])
            origin = Origin(DOCUMENTS[noun.lemma_.lower()], span.text, span.start, span.end, speaker)
        self._finish(Found(speaker, 0, 0, mention=mention, origin=origin), (start, end), sent, base, None)

    def _words_from(self, base: int, sent: SpacySpan, ents: Ents) -> None:
        """A quotation standing alone, named in the next sentence by whom it came from: '"There is no merit to
        these claims." Those seven words, from an AWS spokesperson, were ...', '"..." That line, from the mayor's
        office, ...'. The sentence must open with a demonstrative and a noun for words ("those words", "that
        line") taking "from" and one who can speak, right after the quotation, which no cue has taken."""
        reading = self.reading
        start = base + sent.start_char
        opener = sent[0]
        noun = opener.head
        if opener.lower_ not in _POINTING or opener.dep_ != "det" or not _gives_words(noun) or noun.i > sent.start + 3:
            return
        verb = noun.head if noun.dep_ == "nsubj" else noun
        beside = [c for c in verb.children if noun.i < c.i < verb.i]  # the parse may hang "from" on the verb
        prep = next((c for c in [*noun.children, *beside] if c.dep_ == "prep" and c.lower_ == "from"), None)
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        quote = next(iter(reading.quotes_ending_in(start - 4, start + 1)), None)
        if obj is None or quote is None or not self.speakers.can_speak(obj, ents):
            return
        if any(ch.isalnum() for ch in reading.text[quote.outer_end : start]) or reading.in_quote(start):
            return
        if any(f.start < quote.outer_end and quote.outer_start < f.end for f in reading.found):
            return
        speaker, mention, origin = self.speakers.speaker(base, obj, ents)
        if speaker is None:
            return
        found = Found(speaker, 0, 0, mention=mention, origin=origin)
        self._finish(found, (quote.outer_start, quote.outer_end), sent, base, None)

    def _through(self, owner: str, after: SpacySpan) -> str:
        """Who gave words its owner sent "via a spokesperson" ("AWS's response, via a spokesperson:"): the
        owner's spokesperson, speaking for the owner; else the owner."""
        via = next((t for t in after if t.lower_ in ("via", "through") and t.dep_ == "prep"), None)
        role = next((c for c in via.children if c.dep_ == "pobj"), None) if via is not None else None
        if role is None or role.lemma_.lower() not in ROLES or any(c.dep_ == "poss" for c in role.children):
            return owner
        table = self.speakers.table
        title = role_text(role)
        return table.unnamed(f"{table[owner].name} {title}", title, owner)

    def _sender(self, before: SpacySpan, ents: Ents) -> tuple[Token | None, Token | None]:
        """Who words after a colon come from, and the noun they are given as: the object of the last "from"
        ("a sentence from an AWS spokesperson", "a statement from the district on Friday"), else the owner of
        a reply heading the clause ("The company's answer, in full", "Amazon's reply came in one line").
        Only a phrase without a verb, setting the scene, may stand between them and the colon."""
        prep = next((t for t in reversed(before) if t.lower_ == "from" and t.dep_ == "prep"), None)
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        noun = prep.head if prep is not None else None
        if obj is None:
            noun = next((t for t in before if t.dep_ in ("nsubj", "ROOT") and t.lemma_.lower() in REPLY_NOUNS), None)
            obj = next((c for c in noun.children if c.dep_ == "poss"), None) if noun is not None else None
            last = noun
        else:
            last = obj
        if noun is not None and noun.pos_ not in ("VERB", "AUX") and not _gives_words(noun):
            return None, None  # "A lesson from Loretta Lynch:": a lesson is no one's words
        if obj is None or last is None or not self.speakers.can_speak(obj, ents):
            return None, None
        after = before.doc[last.right_edge.i + 1 : before.end]

        def heads(t: Token) -> bool:  # the lead-in's own root, wherever the parse hangs it ("came" on the quotation)
            return not before.start <= t.head.i < before.end or t.head.i == t.i

        if len(after) > _SETTING_WORDS or any(t.pos_ in ("VERB", "AUX") and not heads(t) for t in after):
            return None, None
        if any(t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in ALL_CUES for t in before):
            return None, None
        root = next((t for t in before if heads(t)), None)
        doer = subject(root) if root is not None and root.pos_ in ("VERB", "AUX") else None
        if doer is not None and doer.lemma_.lower() not in REPLY_NOUNS and self.speakers.can_speak(doer, ents):
            return None, None  # "Pike disagreed, in a post from her account:": the words are the subject's
        return obj, noun


def _bound(obj: Token, noun: Token) -> Token:
    """Who "its" or "their" owning the sender means when the phrase it stands in has a named owner: "the
    district's position, from its note to parents:" is the district's note, whatever the sentence before was about."""
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
    if owner is None or not any(group_possessive(c) for c in obj.children):
        return obj
    return owner


def _owned_words(noun: Token) -> bool:
    """A noun for a document or for what its owner holds or says, owned by someone other than the writer: "Its
    complaint", "His claim that night", "Her view" (not "My view")."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    lemma = noun.lemma_.lower()
    words = lemma in DOCUMENTS or lemma in SAYING_NOUNS
    return noun.pos_ == "NOUN" and words and bool(owners) and owners[0].lower_ not in FIRST_PERSON


def _gives_words(noun: Token) -> bool:
    """Whether a noun is something said or written: a reply, a line, a statement, a letter."""
    lemma = noun.lemma_.lower()
    return lemma in REPLY_NOUNS or lemma in DOCUMENTS or lemma in SAYING_NOUNS
