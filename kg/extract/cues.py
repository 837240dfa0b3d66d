"""Find who said what in one parsed sentence: cue verbs and phrases, their speakers, their content.

A cue is a reporting verb (or "according to", "in her view", "X's claim that") outside
any quotation. Its speaker is its grammatical subject; its content comes from
``kg.extract.content``. A quote cue with no content of its own ('she said:') is kept as
bare, for a quotation nearby to fill.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract import accusations, dates
from kg.extract import content as spans
from kg.extract.acts import names_only, text_why, verb_why
from kg.extract.asides import rooted_aside, set_off
from kg.extract.handed import document_colon
from kg.extract.kinds import kind
from kg.extract.lexicon import (
    ALL_CUES,
    DENIAL_CUES,
    DOCUMENTS,
    FIRST_PERSON,
    MENTIONING_CUES,
    OPINION_CUES,
    PHRASAL_CUES,
    QUOTE_CUES,
    ROLES,
    SAYING_NOUNS,
    VIEW_NOUNS,
    XCOMP_CUES,
)
from kg.extract.model import Cue, Origin, OriginKind
from kg.extract.participles import sayer
from kg.extract.quotes import Quote
from kg.extract.reading import Bare, Found, Reading
from kg.extract.speakers import SPEAKER_ENTITY_TYPES, Ents, Speakers, is_maker_verb
from kg.extract.syntax import EXPLETIVES, anyones_view, byline, cue_end, phrased, rubric, shown_by_thing, subject
from kg.extract.trailing import Trailing
from kg.extract.verbless import Verbless

_SOCIAL: dict[str, OriginKind] = {
    "twitter": "social media post",
    "facebook": "social media post",
    "instagram": "social media post",
    "x": "social media post",
}
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
# Verbs that put forward the claim they take as object: "made the claim that ...", "raised the allegation".
_MAKING = {"make", "raise", "level", "press", "repeat", "lodge", "advance"}
_REFERRING = {"it", "its", "they", "their", "he", "his", "she", "her"}
_FINDING_DOCUMENTS = {"poll", "survey", "study", "report", "analysis", "audit"}


def speaks(verb: Token) -> bool:
    """Whether a cue verb has a subject that can speak for itself, not "52% of voters"."""
    subj = subject(verb)
    return subj is not None and (
        subj.ent_type_ in SPEAKER_ENTITY_TYPES or subj.pos_ == "PRON" or subj.lemma_.lower() in ROLES
    )


_CLOSING = ('"', "”", "’", "'")


class Cues:
    def __init__(self, reading: Reading, speakers: Speakers) -> None:
        self.reading = reading
        self.speakers = speakers
        self._verbless = Verbless(reading, speakers, self._finish, self._origin)
        self._trailing = Trailing(reading, speakers, self._finish)

    def read_sentence(self, base: int, sent: SpacySpan, ents: Ents) -> None:
        if byline(sent):
            self.reading.sentence += 1
            return
        self.speakers.register_entities(base, sent, ents)
        self.speakers.issuers.note_document(base, sent, ents)
        for tok in sent:
            if self.reading.in_quote(base + tok.idx):
                continue
            lemma = tok.lemma_.lower()
            if lemma in DOCUMENTS and tok.pos_ == "NOUN":
                self.speakers.issuers.owner(base, tok, ents)
            if tok.lower_ == "according" and tok.i + 1 < sent.end and tok.nbor().lower_ == "to":
                self._according(base, tok, sent, ents)
            elif tok.lower_ == "in" and tok.i <= sent.start + 1 and tok.dep_ == "prep":
                self._finding_in(base, tok, sent, ents)
            elif tok.lower_ == "in" and tok.dep_ == "prep" and set_off(tok):
                self._view_inside(base, tok, sent, ents)
            elif lemma in SAYING_NOUNS and tok.pos_ == "NOUN":
                self._saying_noun(base, tok, sent, ents)
            elif is_maker_verb(tok):
                self.speakers.issuers.maker(base, tok, ents)
            cue = lemma in ALL_CUES or lemma in PHRASAL_CUES
            if cue and tok.tag_.startswith("VB") and not rubric(tok):  # not "What they're saying:"
                self._cue(base, tok, sent, ents)
            elif tok.tag_.startswith("VB"):
                document_colon(self.reading, self.speakers, base, tok, sent, ents)
        self._verbless.read_sentence(base, sent, ents)
        self._trailing.read_sentence(base, sent, ents)
        self.reading.sentence += 1

    def _origin(self, base: int, verb: Token, made_by: str | None, handed: bool = False) -> Origin | None:
        """The document a cue verb speaks through: "said in a statement", "denied the claims in a letter";
        ``handed``, the verb the cue hangs on, also by handing one over: "filed suit in Seattle, arguing that
        ...", "issued a statement saying ..."."""
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        documents = [o for o in objects if handed and DOCUMENTS.get(o.lemma_.lower())]
        for c in [*verb.children, *(g for o in objects for g in o.children)]:
            if c.dep_ != "prep" or c.lower_ not in ("in", "on", "during", "via", "through"):
                continue
            documents += [obj for obj in c.children if obj.dep_ == "pobj"]
        for obj in documents:
            kind_ = DOCUMENTS.get(obj.lemma_.lower()) or _SOCIAL.get(obj.lower_)
            if kind_:
                said = spans.misread_complement(verb)  # "in a letter that the fees ...": the letter ends before it
                last = said[0].left_edge.i - 1 if said and said[0].head.i == obj.i else obj.right_edge.i
                span = self.reading.span(base, obj.doc[obj.left_edge.i : last + 1])
                when = dates.resolve(span.text, self.reading.published)
                return Origin(kind_, span.text, span.start, span.end, made_by, when.isoformat() if when else None)
        return None

    def _cue(self, base: int, verb: Token, sent: SpacySpan, ents: Ents) -> None:
        if not phrased(verb):
            return  # "stood by the door", "pushed back on Sunday": no denial
        if (
            verb.tag_ == "VBN"
            and verb.dep_ == "advcl"
            and not any(c.dep_ in ("aux", "auxpass", "nsubj") for c in verb.children)
        ):
            return  # "Asked about the delay, she said ...": the asker is not named.
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in XCOMP_CUES:
            return  # "vowed to reject", "wants to say": an intention, reported by the verb above.
        infinitive = verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        went_on = verb.head.lemma_.lower() == "go" and any(c.lower_ == "on" for c in verb.head.children)
        if infinitive and verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() not in ALL_CUES and not went_on:
            return  # "wants the state to require apps to show couriers how ...": no one has said anything yet
        subj = subject(verb)
        if subj is None or self.reading.in_quote(base + subj.idx):
            return
        subj = sayer(self.reading.table, base, self.reading.sentence, verb, subj, ents)
        relative = subj.lower_ in ("who", "that", "which") and verb.dep_ == "relcl"
        if (subj.lower_ in EXPLETIVES and not relative) or (
            subj.lower_ == "it" and any(c.dep_ == "auxpass" for c in verb.children)
        ):
            return
        if shown_by_thing(verb, verb.head if relative else subj) or (relative and anyones_view(verb)):
            return  # "court records showed", "a friend who still thinks ...": evidence, no one in particular
        speaker, mention, origin = self.speakers.speaker(base, verb.head if relative else subj, ents)
        if relative:  # the party is the antecedent; the words that name it here are the pronoun
            mention = self.reading.span(base, subj.doc[subj.i : subj.i + 1])
        if speaker is None:
            return
        if verb.lemma_.lower() in OPINION_CUES and self._own_words(base, verb, speaker):
            return  # "Osei said he thought the ban went too far": one statement, reported by "said"
        documented = origin is not None
        origin = origin or self._origin(base, verb, speaker)
        if origin is None and verb.dep_ in ("conj", "advcl", "xcomp"):
            origin = self._origin(base, verb.head, speaker, handed=True)
        if origin is not None and origin.made_by:
            self.reading.table.record_maker(origin.kind, origin.made_by)
        last = cue_end(verb)
        cue = Cue(
            verb.doc[verb.i : last.i + 1].text,
            base + verb.idx,
            base + last.idx + len(last),
            verb.lemma_.lower(),
        )
        found = Found(speaker, 0, 0, mention=mention, cue=cue, origin=origin, why=verb_why(verb, last))
        content: tuple[int, int] | None
        charged, accused = accusations.charges(base, verb)
        if accused is not None and accused.pos_ in ("PROPN", "PRON", "NOUN"):
            found.about = self.speakers.party_of(base, accused, ents, allow_generic=False)
        if charged:
            for part in charged:
                self._finish(replace(found), part, sent, base, accused)
            return
        if verb.lemma_.lower() == "charge" and not any(c.dep_ == "ccomp" for c in verb.children):
            return  # "had charged $300,000 in expenses", "charges a fee": billing, not an accusation
        if last.dep_ == "prep":
            stop = spans.extended(verb, last.right_edge)
            content, dobj = (base + last.idx + len(last), base + stop.idx + len(stop)), None
        else:
            content, dobj = spans.content(base, verb, sent, documented=documented)
        quote = self.reading.adjacent_quote(cue, mention) if verb.lemma_.lower() in QUOTE_CUES else None
        if quote is not None and _heads_quote(base, verb, quote):
            quote = None
        if quote is not None and (content is None or self.reading.within_quote(content, quote)):
            content = (quote.outer_start, quote.outer_end)
        elif quote is not None and content is not None and quote.outer_end <= cue.start < cue.end <= content[0]:
            # '"She'd come in at four," said Castillo, "and she'd leave ...": the cue's clause is the second half
            found.continues = self._finish(replace(found), (quote.outer_start, quote.outer_end), sent, base, None)
        elif dobj is not None and content is not None and (colon := self.reading.quote_after_colon(content[1])):
            content = (colon.outer_start, colon.outer_end)  # "blasted the club: 'They ...'": the quote was said
        if content is None or rooted_aside(verb) is not None:  # "Two of the bills, she told the judge, were ..."
            parts = spans.parenthetical(base, verb, sent) if quote is None else []
            if parts:  # "The theory, Feld said, is harder still": one statement, the aside inside it.
                self._finish(found, (parts[0][0], parts[-1][1]), sent, base, dobj, interrupted=len(parts) > 1)
            elif verb.lemma_.lower() in QUOTE_CUES:
                self.reading.bare.append(Bare(found, cue.start, cue.end))
            return
        named = dobj is not None and content[0] == base + dobj.left_edge.idx
        named = named or (last.dep_ == "prep" and verb.lemma_.lower() in MENTIONING_CUES)  # "referred to the audit"
        words = verb.doc.char_span(content[0] - base, content[1] - base, alignment_mode="expand")
        if named and words is not None and not self.reading.in_quote(content[0]) and names_only(verb, words):
            found.why = found.why or "no-content"
        self._finish(found, content, sent, base, dobj)

    def _own_words(self, base: int, verb: Token, speaker: str) -> bool:
        """Whether a verb of thinking lies in what its own speaker is told to have said: "said she thought ...",
        "said he believed ...". The view is part of those words, not a second statement."""
        told, at = verb, base + verb.idx
        while told.dep_ in ("ccomp", "conj") and told.head.i != told.i:
            told = told.head  # "said [she supported limits but] thought ...", not "the roof she believes is ..."
        return any(
            f.cue is not None and f.cue.start == base + told.idx and f.speaker == speaker and f.start <= at < f.end
            for f in self.reading.found
        )

    def _according(self, base: int, tok: Token, sent: SpacySpan, ents: Ents) -> None:
        to = tok.nbor()
        obj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if obj is not None:
            self._source_phrase(base, tok, to, obj, "according to", sent, ents)

    def _finding_in(self, base: int, tok: Token, sent: SpacySpan, ents: Ents) -> None:
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
            or any(t.lemma_.lower() in ALL_CUES and t.tag_.startswith("VB") and speaks(t) for t in sent)
        ):
            return
        self._source_phrase(base, tok, tok, obj, "in", sent, ents)

    def _view_inside(self, base: int, tok: Token, sent: SpacySpan, ents: Ents) -> None:
        """Whose account a sentence gives, in a phrase set off inside it: "The attack, in his account today, was
        real", "The outage, in their telling, was of its own making"."""
        obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        owner = next((c for c in obj.children if c.dep_ == "poss"), None) if obj is not None else None
        if obj is None or owner is None or obj.lemma_.lower() not in VIEW_NOUNS:
            return
        speaker, mention, origin = self.speakers.speaker(base, owner, ents)
        if speaker is None:
            return
        cue = Cue(tok.doc[tok.i : obj.i + 1].text, base + tok.idx, base + obj.idx + len(obj), "in")
        found = Found(speaker, 0, 0, mention=mention, cue=cue, origin=origin)
        self._finish(found, (base + sent.start_char, base + sent.end_char), sent, base, None, interrupted=True)

    def _saying_noun(self, base: int, noun: Token, sent: SpacySpan, ents: Ents) -> None:
        """A claim with its owner and clause: "Ortiz's claim that the levy is too small", "claims by the
        anglers' club that its dredging killed the beds", "AWS's position, set out in a filing, is that ..." (not
        the writer's "My own view is that ..."). Denied ("rejected claims by X that Y"), it is X's
        charge against the denier."""
        by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" and c.i > noun.i), None)
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is None and by is not None:
            owner = next((g for g in by.children if g.dep_ == "pobj"), None)
        first = noun
        if owner is None and noun.dep_ == "dobj" and noun.head.lemma_.lower() in _MAKING:
            owner, first = subject(noun.head), noun.head  # "The filing also makes an antitrust claim: that ..."
        opens = (by.right_edge.i if by is not None and owner is not None and owner.head.i == by.i else noun.i) + 1
        if opens < len(noun.doc) and noun.doc[opens].text == ":":
            opens += 1
        clause = next(
            (
                c
                for c in noun.children
                if c.dep_ in ("acl", "ccomp")
                and c.pos_ in ("VERB", "AUX")  # not "His claim that night: ..."
                and c.i > noun.i
                and c.left_edge.lower_ == "that"
                and c.left_edge.i == opens
            ),
            None,
        )
        if clause is None and owner is not None and owner.lower_ not in FIRST_PERSON and noun.head.lemma_ == "be":
            after = [c for c in noun.head.children if c.dep_ == "ccomp" and c.i > noun.i and noun.dep_ == "nsubj"]
            clause = next((c for c in after if c.left_edge.lower_ == "that"), None)
        if owner is None or clause is None:
            return
        speaker, mention, origin = self.speakers.speaker(base, owner, ents)
        if speaker is None:
            return
        lemma = _NOUN_CUE_LEMMAS.get(noun.lemma_.lower(), noun.lemma_.lower())
        cue = Cue(noun.doc[first.i : noun.i + 1].text, base + first.idx, base + noun.idx + len(noun), lemma)
        found = Found(speaker, 0, 0, mention=mention, cue=cue, origin=origin)
        end = spans.clause_end(clause)
        content = (base + clause.left_edge.idx + len(clause.left_edge), base + end.idx + len(end))
        added = self._finish(found, content, sent, base, None)
        denier = subject(noun.head) if noun.dep_ == "dobj" and noun.head.lemma_.lower() in DENIAL_CUES else None
        lead = {t.lower_ for t in clause.doc[clause.left_edge.i + 1 : clause.left_edge.i + 4]}
        charged = denier is not None and bool(lead & (_REFERRING | {denier.lower_}))  # "that its dredging killed ..."
        if added is not None and denier is not None and charged and added.kind == "claim":
            added.kind = "allegation"
            added.about = self.speakers.party_of(base, denier, ents, allow_generic=False)

    def _source_phrase(
        self, base: int, tok: Token, last: Token, obj: Token, lemma: str, sent: SpacySpan, ents: Ents
    ) -> None:
        """A statement whose source is named in a phrase ("according to X", "in X's poll").

        Opening the sentence, the phrase governs the rest of it; elsewhere, what came before,
        and what comes after too when the phrase is set off by commas inside the sentence.
        """
        speaker, mention, origin = self.speakers.speaker(base, obj, ents)
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
        self,
        found: Found,
        content: tuple[int, int],
        sent: SpacySpan,
        base: int,
        dobj: Token | None,
        interrupted: bool = False,
    ) -> Found | None:
        """Record ``found`` with its content; ``interrupted``: the attribution sits inside the content."""
        reading = self.reading
        start, end = content
        mention = found.mention
        signed = mention is not None and start < mention.start < end and not interrupted
        if mention is not None and signed and reading.text[start : mention.start].rstrip()[-1:] in _CLOSING:
            end = mention.start  # '"...," the engineer, Ivo Brandt, said' parsed into the quote's clause
        start, end = reading.trim(start, end)
        if end <= start:
            return None
        start, end, quote = reading.quoting(start, end)
        if found.cue and start <= found.cue.start < end and not interrupted:
            return None
        found.start, found.end, found.quote = start, end, quote
        why = text_why(reading.text[start:end])
        warned = why == "request" and found.cue is not None and found.cue.lemma == "warn"  # a danger, reported
        found.why = found.why or (None if warned else why)
        found.kind = kind(found.cue.lemma if found.cue else "", found.origin, reading.text[start:end], dobj)
        context = reading.text[base + sent.start_char : start] + " " + reading.text[end : base + sent.end_char]
        when = dates.resolve(found.origin.text, reading.published) if found.origin and found.origin.date else None
        when = when or dates.resolve(context, reading.published)
        found.date = when.isoformat() if when else None
        reading.found.append(found)
        return found


def _heads_quote(base: int, verb: Token, quote: Quote) -> bool:
    """Whether the cue ``verb`` hangs on stands between it and ``quote`` ('"...," the chief said, adding
    that ...'): the quotation is that cue's, and ``verb`` says only its own clause. Both share the
    speaker's mention, so the quotation is adjacent to both."""
    head = verb.head
    if head.i == verb.i or verb.dep_ not in ("advcl", "conj", "xcomp") or head.lemma_.lower() not in QUOTE_CUES:
        return False
    at, own = base + head.idx, base + verb.idx
    return quote.outer_end <= at < own or own < at < quote.outer_start
