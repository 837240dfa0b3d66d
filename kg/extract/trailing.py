"""Trailing attributions the parser misread: "<words>, <speaker> <verb of saying>." closing a sentence.

"The team has lodged an appeal, a spokeswoman for the team confirmed." and "The child had been infectious, the
medical officer of health, Dr. Farah Qureshi, said in a news release." are the commonest shape of reported
speech, but the parser sometimes hangs the verb on the clause it reports, reads the speaker as an apposition, or
takes a verb of the clause for a noun ("The website names Harbourside ..., she said"), and the cue then finds
no speaker or no content. Read from the sentence's shape instead: a verb of saying with nothing after it but a
setting ("in a news release", "on Friday"), a speaker phrase between it and a comma (no verb in it, its head
one that can speak), and the words before the comma as what was said, if they read as a clause (a verb, or
words enough to hold one the parser misread). Only where no cue of the sentence read
those words already.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract.acts import verb_why
from kg.extract.lexicon import ALL_CUES, ROLES
from kg.extract.model import Cue
from kg.extract.reading import Found, Reading
from kg.extract.speakers import Ents, Speakers
from kg.extract.syntax import shown_by_thing
from kg.extract.verbless import Finish

_SPEAKER_TOKENS = 12  # "the medical officer of health, Dr. Farah Qureshi"
_SETTING_TOKENS = 8  # "in a news release on Friday"
_UNPARSED_CLAUSE_WORDS = 6  # a clause whose verb the parser read as a noun ("Every practice's website names ...")


class Trailing:
    """``finish`` records a found attribution with its content (``Cues._finish``)."""

    def __init__(self, reading: Reading, speakers: Speakers, finish: Finish) -> None:
        self.reading = reading
        self.speakers = speakers
        self._finish = finish

    def read_sentence(self, base: int, sent: SpacySpan, ents: Ents) -> None:
        reading = self.reading
        verb = _closing_verb(sent)
        if verb is None or reading.in_quote(base + sent.start_char) or reading.in_quote(base + verb.idx):
            return
        phrase = _speaker_phrase(sent, verb)
        if phrase is None:
            return
        comma, speaking = phrase
        words = [t for t in sent.doc[sent.start : comma.i] if not t.is_punct]
        clause = any(t.pos_ in ("VERB", "AUX") for t in words) or _unparsed_clause(sent.doc[sent.start : comma.i])
        if not clause or any(t.is_quote for t in sent.doc[sent.start : comma.i]):
            return  # "Precision Route's owner, Martin Keogh, answered ...": a title, no words
        content = (base + sent.start_char, base + comma.idx)
        cue_at = base + verb.idx
        if any(f.cue is not None and f.cue.start == cue_at for f in reading.found if f.start or f.end):
            return
        if any(f.start < content[1] and content[0] < f.end for f in reading.found):
            return
        head = _head(speaking, ents, self.speakers)
        if head is None or shown_by_thing(verb, head):
            return
        speaker, mention, origin = self.speakers.speaker(base, head, ents)
        if speaker is None:
            return
        reading.bare = [b for b in reading.bare if b.start != cue_at]
        cue = Cue(verb.text, cue_at, cue_at + len(verb), verb.lemma_.lower())
        found = Found(speaker, 0, 0, mention=mention, cue=cue, origin=origin, why=verb_why(verb, verb))
        self._finish(found, content, sent, base, None)


def _unparsed_clause(words: SpacySpan) -> bool:
    """Whether words without a verb may still be a clause the parser misread: long enough to hold one, opening
    with their subject (not "On Saturday, a day before ...", a setting), in one piece."""
    opening = words[0].pos_ not in ("ADP", "SCONJ", "ADV", "PUNCT")
    return opening and len(words) >= _UNPARSED_CLAUSE_WORDS and not any(t.text == "," for t in words)


def _closing_verb(sent: SpacySpan) -> Token | None:
    """The sentence's last verb, if it is a verb of saying followed by nothing but a short setting without a verb."""
    verbs = [t for t in sent if t.pos_ in ("VERB", "AUX")]
    if not verbs:
        return None
    verb = verbs[-1]
    after = [t for t in sent.doc[verb.i + 1 : sent.end] if not t.is_punct and not t.is_space]
    if verb.lemma_.lower() not in ALL_CUES or not verb.tag_.startswith("VB") or len(after) > _SETTING_TOKENS:
        return None
    if after and after[0].dep_ != "prep":
        return None  # "said the council" (a speaker after the verb) is the cue rules' own shape
    return verb


def _speaker_phrase(sent: SpacySpan, verb: Token) -> tuple[Token, SpacySpan] | None:
    """The comma before the speaker phrase and the phrase: the run after the last comma before the verb, with no
    verb and no quotation mark in it; a name there takes in the title set before it ("the county's health
    officer, Dr. Ines Varga"), and nothing else before the comma (an apposition of the reported clause's last noun
    stays in the clause)."""
    doc = sent.doc
    commas = []
    for i in range(verb.i - 1, max(sent.start, verb.i - _SPEAKER_TOKENS - 1), -1):
        tok = doc[i]
        if tok.pos_ in ("VERB", "AUX") or tok.is_quote:
            break
        if tok.text == "," and i + 1 < verb.i and doc[i + 1].text != ",":
            commas.append(tok)
    if not commas:
        return None
    comma = commas[0]
    name = doc[comma.i + 1 : verb.i]
    if len(commas) > 1 and all(t.pos_ == "PROPN" or t.is_punct for t in name):
        title = doc[commas[1].i + 1 : comma.i]
        if any(t.lemma_.lower() in ROLES for t in title):
            comma = commas[1]
    phrase = doc[comma.i + 1 : verb.i]
    while len(phrase) and phrase[-1].is_punct:
        phrase = doc[phrase.start : phrase.end - 1]
    return (comma, phrase) if len(phrase) else None


def _head(phrase: SpacySpan, ents: Ents, speakers: Speakers) -> Token | None:
    """Who the phrase names: its person's name where it gives one ("..., Dr. Farah Qureshi"), else its head
    ("a spokeswoman for the team"); None unless it can speak."""
    named = [t for t in phrase if (ent := ents.get(t.i)) is not None and ent.label_ == "PERSON"]
    if named:
        return named[-1] if speakers.can_speak(named[-1], ents) else None
    inside = range(phrase.start, phrase.end)
    head = next((t for t in phrase if t.head.i not in inside or t.head.i == t.i), None)
    if head is None or not (head.pos_ == "PRON" or speakers.can_speak(head, ents)):
        return None
    return head
