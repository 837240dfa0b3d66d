"""Who speaks through a document: the issuer of a complaint, report, statement or letter.

"The complaint says" is the plaintiff's claim, with the complaint as its origin; "it says" after a
sentence about a document is the same issuer's. Issuers are learned as the article is read ("Parler
sued", "the agency released a report", "Parler's lawsuit") and asked when a document speaks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract.captions import note_caption
from kg.extract.described import described
from kg.extract.documents import (
    MAKER_VERBS,
    calls_it_a_document,
    document_before,
    document_channel,
    document_kind,
    document_noun,
    is_record,
    said_in_it,
)
from kg.extract.identity import client
from kg.extract.lexicon import (
    ALLEGATION_CUES,
    CHANNEL_NOUNS,
    CLAIM_NOUNS,
    DOCUMENTS,
    INSTITUTION_NOUNS,
    ORG_NOUNS,
    REPLY_NOUNS,
)
from kg.extract.mentions import Ents
from kg.extract.model import Origin, Span
from kg.extract.syntax import EXPLETIVES, definite, group_possessive, subject

if TYPE_CHECKING:
    from kg.extract.speakers import Speakers

# Participles that say who made a document: "prepared by", "commissioned by", "written for", "filed by" (a suit).
_MADE = {
    "prepare", "commission", "write", "produce", "compile", "release", "issue", "publish", "conduct", "draft", "sign",
    "lead", "author", "co-author", "coauthor", "carry", "undertake", "perform", "run", "file", "lodge", "bring",
}  # fmt: skip
# Verbs whose subject wrote or sent the document a clause describes ("the letter AWS sent Parler").
_WROTE = frozenset(MAKER_VERBS) | _MADE
# Participles of a suit, whose "for" names the court's district, never its maker: "filed in U.S. District Court for
# the Western District of Washington".
_FILED = frozenset(("file", "lodge", "bring"))
# Those a document is "by" in person, named or described: "a memo signed by 230 employees", "a study led by
# University of Vermont biologists", "a paper authored by two economists".
_AUTHORED = {"sign", "lead", "author", "co-author", "coauthor"}


def _thing_said(noun: Token) -> bool:
    """Whether a possessed noun is something said or written, which speaks for its owner: a reply, an account, a
    version ("Ostrander's reply called"), or a thing the text calls "which" ("its own privacy policy, which told
    users"); "Her deputy, Tom Ruiz, said" is a person."""
    lemma = noun.lemma_.lower()
    which = any(c.dep_ == "relcl" and any(g.lower_ == "which" for g in c.children) for c in noun.children)
    return lemma in REPLY_NOUNS or lemma in CLAIM_NOUNS or lemma in CHANNEL_NOUNS or which


def _headline_doer(verb: Token) -> Token | None:
    """Who did what a headline's verb with no subject before it says: its second clause ("Crumbworks drops appeal,
    sues Harlow Mills"; "Parler drops federal case, sues Amazon again", where the parse reads Amazon as the one
    suing) is done by the first clause's subject; with none, nobody the text names (a maker verb has no subject
    after it in a headline). In the body a clause before the verb is no such thing ("The Twitter rival, knocked
    offline ..., sued": the parse's subject of "knocked" is no other party)."""
    for clause in (c for c in verb.lefts if c.dep_ in ("ccomp", "conj", "advcl") and c.pos_ == "VERB"):
        doer = next((g for g in clause.lefts if g.dep_ == "nsubj"), None)
        if doer is not None:
            return doer
    return None


def _pronoun_owner(document: Token) -> Token | None:
    """Whose "its" document is: the subject of the verb that acts on it ("Parler has dropped its lawsuit"), or of
    the clause a phrase naming it leads ("In its opposition brief, filed Tuesday, it called ...": the one who
    called, named after the phrase)."""
    if document.dep_ == "dobj":
        owner = subject(document.head)
        return owner if owner is not None and owner.i < document.i else None
    if document.dep_ != "pobj" or document.head.dep_ != "prep" or document.head.i != document.sent.start:
        return None
    verb = document.head.head
    for _ in range(3):
        owner = subject(verb) if verb.pos_ in ("VERB", "AUX") else None
        if owner is not None or verb.dep_ == "ROOT":
            return owner
        verb = verb.head
    return None


class Issuers:
    def __init__(self, speakers: Speakers) -> None:
        self.speakers = speakers
        self.reading = speakers.reading
        self.table = speakers.table
        self.last_named: tuple[int, str] | None = None  # the latest document noun read: (sentence, noun)

    def client_filing(self, pid: str, filing: Token) -> str:
        """Lawyers writing in the filing their client issued ("In the complaint, Parler's lawyers wrote", after
        "Parler sued") write the client's claim; in a filing the text only now brings in ("Copperline's lawyers
        maintained in a pretrial filing") they speak as the client's lawyers, on its behalf."""
        agent_of = client(self.table[pid])
        issuer = self.table.maker("court filing", document_noun(filing)) if definite(filing) else None
        if agent_of is None or issuer is None:
            return pid
        named = self.table[agent_of].name  # "Halden's lawyers" of "Halden Farms", tagged apart
        return issuer if issuer == agent_of or self.table[issuer].name.startswith(named + " ") else pid

    def note_document(self, base: int, sent: SpacySpan, ents: Ents) -> None:
        """A sentence about a document ("The lawsuit, filed Monday, names ...") lets the next
        "it accuses" speak for whoever issued the document."""
        root = sent.root
        subj = root if root.pos_ == "NOUN" else next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.pos_ == "NOUN" and document_noun(subj) in DOCUMENTS:
            self.speakers.speaker(base, subj, ents)
        note_caption(self.speakers, base, sent, ents)

    def spoken_through(self, base: int, subj: Token, ents: Ents) -> tuple[str | None, Span, Origin | None] | None:
        """Who speaks through the document a cue's subject names ("the complaint says", "it says" after
        one), its mention, and the document; None when the subject is no document."""
        mention = self.speakers.speaker_np(base, subj)
        lemma = document_noun(subj) or subj.lemma_.lower()
        document = self.reading.document
        channel = document_channel(subj.head) is not None  # "in a letter to Parler, it said": "it" wrote the letter
        recent = document is not None and self.reading.sentence - document[0] <= 1
        aside = subj.head.dep_ == "parataxis"  # "AWS, it says, made ...": the document speaks of AWS
        spoke = document is not None and not aside and self.table.spoke_between(document[1].end, base + subj.idx)
        if subj.lower_ == "it" and document is not None and recent and not channel and not spoke:
            origin = document[1]
            self.reading.document = (self.reading.sentence, origin)  # "It claims ... And it says ..."
            return origin.made_by or self.table.maker(origin.kind), mention, origin
        named = document_before(subj) if subj.lower_ == "it" and not channel else None
        if named is not None and calls_it_a_document(named) and (called := self._called(base, named)) is not None:
            return called[0], mention, called[1]  # "... filed a complaint. It is an angry document. It says ..."
        spoken = self.spoken_through(base, named, ents) if named is not None else None
        if spoken is not None:  # "Noor reads the line from the complaint: AWS's decision, it says, was ...": the
            return spoken[0], mention, spoken[2]  # complaint's issuer, mentioned as "it"
        according = subj.dep_ == "pobj" and subj.head.lower_ == "to" and subj.head.head.lower_ == "according"
        owned = according or (any(c.dep_ == "poss" for c in subj.children) and _thing_said(subj))
        if owned and lemma not in DOCUMENTS and is_record(subj):  # "Ostrander's reply called", "its policy, which told"
            return self._owned_record(base, subj, ents, mention)
        if lemma in DOCUMENTS and subj.pos_ == "NOUN":
            kind = DOCUMENTS[lemma]
            maker = None
            for c in subj.children:
                if c.dep_ == "prep" and c.lower_ in ("from", "by", "of"):
                    obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                    dated = obj is not None and obj.ent_type_ in ("DATE", "TIME")  # "Its letter of Jan. 9"
                    maker = self.speakers.party_of(base, obj, ents) if obj is not None and not dated else maker
                elif c.dep_ == "poss" and c.lower_ == "whose" and subj.head.dep_ == "relcl":
                    maker = self.speakers.party_of(base, subj.head.head, ents)  # "Lindqvist, whose report says ..."
                elif (c.dep_ == "poss" and c.lower_ not in ("its", "their", "his", "her", "whose")) or (
                    c.dep_ == "compound" and c.pos_ == "PROPN"
                ):
                    group = c.dep_ == "poss" and c.tag_ == "NNS"  # "the growers' lawsuit": the growers named before
                    maker = self.speakers.party_of(base, c, ents, allow_generic=group) or maker
                elif c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() in ORG_NOUNS:
                    maker = self._body(base, c) or maker  # "a police report", "a company statement"
                elif group_possessive(c):  # "AWS answered. Its brief denies"
                    maker = self.table.subject_before(base + c.idx, self.reading.sentence) or maker
                elif c.dep_ == "poss" and c.lower_ in ("his", "her"):  # "Varga ruled. Her order said": Varga's
                    maker = self.speakers.party_of(base, c, ents, allow_generic=False) or maker
            maker = (
                maker
                or self._made_for(base, subj, ents, kind)
                or (self._accuser(base, subj, ents) if according else None)
            )
            issuer = subject(subj.head) if subj.dep_ == "dobj" else None
            if maker is None and issuer is not None and issuer.lower_ not in EXPLETIVES:
                maker = self.speakers.party_of(base, issuer, ents)
                mention = self.speakers.speaker_np(base, issuer) if maker else mention
            maker = (
                maker
                or self.table.maker(kind, lemma)
                or self._last_speaker(subj, kind)
                or self._unknown_issuer(subj, kind)
            )
            right = max(
                [subj.i] + [c.right_edge.i for c in subj.children if c.i > subj.i and c.dep_ not in ("acl", "relcl")]
            )
            span = self.reading.span(base, subj.doc[subj.left_edge.i : right + 1])
            origin = Origin(kind, span.text, span.start, span.end, maker)
            self.reading.document = (self.reading.sentence, origin)
            return maker, mention, origin
        return None

    def _called(self, base: int, noun: Token) -> tuple[str | None, Origin] | None:
        """The document "It is an angry document" calls so: the one last named, in the sentence before, when the
        article knows who issued it; its issuer speaks in the "It says" after it."""
        if self.last_named is None or self.reading.sentence - self.last_named[0] > 2:
            return None
        kind = DOCUMENTS[self.last_named[1]]
        maker = self.table.maker(kind, self.last_named[1])
        if maker is None:
            return None
        span = self.reading.span(base, noun.doc[noun.left_edge.i : noun.i + 1])
        origin = Origin(kind, span.text, span.start, span.end, maker)
        self.reading.document = (self.reading.sentence, origin)
        return maker, origin

    def _owned_record(
        self, base: int, record: Token, ents: Ents, mention: Span
    ) -> tuple[str | None, Span, Origin | None] | None:
        """A thing that cannot speak speaks for whoever owns it: "according to the SMA's resolution", "the agency's
        own figures", "results posted by the clerk's office", "screenshots in the filing" (the filing's issuer);
        None when nothing owns it (then it is a party known by its description, as before)."""
        for c in record.children:
            target = None
            if c.dep_ == "poss":
                target = c
            elif c.dep_ == "acl":
                agent = next((g for g in c.children if g.dep_ == "agent"), None)
                target = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
            elif c.dep_ == "prep" and c.lower_ in ("in", "from", "of"):
                inner = next((g for g in c.children if g.dep_ == "pobj"), None)
                if inner is not None and inner.pos_ == "NOUN" and inner.lemma_.lower() in DOCUMENTS:
                    spoken = self.spoken_through(base, inner, ents)
                    return (spoken[0], mention, spoken[2]) if spoken is not None else None
            maker = self._owner(base, target, ents) if target is not None else None
            if maker is not None:
                right = max([record.i] + [g.right_edge.i for g in record.children if g.i > record.i])
                span = self.reading.span(base, record.doc[record.left_edge.i : right + 1])
                return maker, mention, Origin("document", span.text, span.start, span.end, maker)
        return None

    def _owner(self, base: int, owner: Token, ents: Ents) -> str | None:
        """The party that owns a record: one the article named, or a body or role known by its description
        ("results posted by the city clerk's office"), never a description of something that cannot speak."""
        found = self.speakers.party_of(base, owner, ents, allow_generic=False)
        if found is None and owner.pos_ == "NOUN" and self.speakers.can_speak(owner, ents):
            found = self.speakers.party_of(base, owner, ents)
        return found

    def _known(self, document: Token, kind: str | None) -> bool:
        """Whether a verb speaks through a document the article already gave an issuer ("said in the release"),
        which whoever speaks in it does not take over."""
        return definite(document) and self.table.maker(kind or "", document_noun(document)) is not None

    def _body(self, base: int, noun: Token) -> str:
        """The body a noun before a document names: "a company statement" is the company's (the organisation
        named before), "a police report" the police's."""
        lemma = noun.lemma_.lower()
        generic = lemma not in INSTITUTION_NOUNS
        found = self.table.resolve_organization([lemma], base + noun.idx, self.reading.sentence, generic)
        return found or described(self.table, noun)

    def _accuser(self, base: int, document: Token, ents: Ents) -> str | None:
        """Who issued the document a sentence's charge is given "according to": "Nineteen former workers have
        accused the company of ..., according to a complaint filed this week" is their complaint."""
        verb = document.head.head.head  # the complaint <- to <- according <- accused
        doer = subject(verb) if verb.pos_ == "VERB" and verb.lemma_.lower() in ALLEGATION_CUES else None
        if doer is None or doer.lower_ in EXPLETIVES or not (self.speakers.can_speak(doer, ents) or doer.tag_ == "NNS"):
            return None
        return self.speakers.party_of(base, doer, ents)

    def _made_for(self, base: int, document: Token, ents: Ents, kind: str) -> str | None:
        """The issuer a participle names: "a report prepared by engineers for the state Department of
        Transportation" (whom it was made for issues it), "a study released by the agency", "a survey carried out by
        the Harbor Institute"; those who signed or led it, named or described ("a memo signed by its chief people
        officer", "a letter signed by 230 employees", "a study led by University of Vermont biologists")."""
        for verb in (c for c in document.children if c.dep_ == "acl" and c.lemma_.lower() in _MADE):
            whose = ("by",) if verb.lemma_.lower() in _FILED else ("for", "by")  # "filed in the court for the ..."
            preps = [t for t in verb.subtree if t.dep_ in ("prep", "agent") and t.lower_ in whose]
            for prep in sorted(preps, key=lambda t: t.lower_ != "for"):  # "by engineers for the agency"
                obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
                signers = verb.lemma_.lower() in _AUTHORED and prep.lower_ == "by"
                pid = self.speakers.party_of(base, obj, ents, allow_generic=signers) if obj is not None else None
                if pid:
                    self.table.record_maker(kind, pid, document_noun(document))
                    return pid
        return None

    def _unknown_issuer(self, document: Token, kind: str) -> str:
        """A document whose issuer is not yet named ("according to a state inspection report"): a stand-in
        the issuer replaces once the article names it ("The report, prepared for the Department of ...")."""
        pid = described(self.table, document)
        self.table.await_maker(pid, kind, document_noun(document))
        return pid

    def _last_speaker(self, document: Token, kind: str) -> str | None:
        """Who issued "the statement" no sentence has introduced: the party that spoke in the sentence
        before ("Casa Lupita said the district had moved too fast. '...,' the statement read.")."""
        if kind == "court filing":
            return None  # a suit is brought by a party, never by whoever spoke last
        if not definite(document):
            return None
        reading = self.reading
        said = [f for f in reading.found if not f.why and f.start < reading.sentence_starts[-1]]
        if not said:
            return None
        last = max(said, key=lambda f: f.start)
        party = self.table[last.speaker]
        if party.type == "Unknown" or party.outlet:
            return None
        first = reading.sentence_starts[max(0, len(reading.sentence_starts) - 3)]
        return last.speaker if last.start >= first else None

    def owner(self, base: int, document: Token, ents: Ents) -> None:
        """Remember who issued a document named with its owner: "Parler's lawsuit", "the Voltaic filing",
        "a report by a group called Citizens for Clean Counts", "the letter AWS sent Parler"."""
        noun = document.lemma_.lower()
        if calls_it_a_document(document):
            return  # "It is an angry document": the one named before
        self.last_named = (self.reading.sentence, noun)
        for c in document.children:
            by = c.dep_ == "prep" and c.lower_ == "by"
            owner = next((g for g in c.children if g.dep_ == "pobj"), None) if by else c
            if c.dep_ == "relcl" and c.i > document.i:
                owner = subject(c)  # the document is what the clause's verb acts on: "the letter AWS sent Parler"
                by = owner is not None and owner.i != document.i and owner.lower_ not in EXPLETIVES
                by = by and c.lemma_.lower() in _WROTE  # not its reader: "Its complaint, which Oduya quotes"
            if owner is None:
                continue
            pronoun = group_possessive(c)
            if pronoun:  # "Parler has dropped its federal lawsuit": Parler's, when "its" can be the subject
                owner = _pronoun_owner(document)
                if owner is None or owner.lower_ in EXPLETIVES:
                    continue
                by = True
            if c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() in ORG_NOUNS:
                self.table.record_maker(DOCUMENTS[noun], self._body(base, c), noun)  # "a police report"
            elif (
                by or (c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")) or (c.dep_ == "compound" and c.pos_ == "PROPN")
            ):
                pid = self.speakers.party_of(base, owner, ents, allow_generic=False)
                if pronoun and pid and not self.table.fits(pid, c.lower_):
                    continue  # "The judge dismissed its lawsuit": a judge is no "its"
                if pid and not self.table[pid].outlet:  # "which BuzzFeed News first published": not its author
                    self.table.record_maker(DOCUMENTS[noun], pid, noun)

    def maker(self, base: int, verb: Token, ents: Ents) -> None:
        """Remember who issued a document ("Parler sued", "the agency released a report")."""
        filed = verb.lemma_.lower() == "file" and verb.dep_ == "acl" and verb.head.pos_ == "NOUN"
        if filed and DOCUMENTS.get(verb.head.lemma_.lower()) != "court filing":  # "a reply, filed in court"
            self._filed(base, verb, ents)
            return
        subj = subject(verb)
        if self.reading.sentence == 0 and (subj is None or (subj.i > verb.i and subj.head == verb)):
            subj = _headline_doer(verb)
        if subj is None or subj.lower_ in EXPLETIVES:
            return
        lemma = verb.lemma_.lower()
        if lemma in MAKER_VERBS:  # "filed a lawsuit", "released a report"
            document = next((c for c in verb.children if c.dep_ == "dobj" and document_noun(c) is not None), None)
        else:  # "answered the suit in a brief": the brief is what it issued, not the suit
            document = next(
                (o for c in verb.children if c.dep_ == "prep" for o in c.children if document_noun(o) is not None),
                None,
            )
        kind = MAKER_VERBS.get(lemma)
        if kind is None and document is not None:
            kind = document_kind(document)
        if kind is None:
            kind = document_channel(verb)
        named = self.last_named
        if kind is None and named is not None and self.reading.sentence - named[0] <= 1 and said_in_it(verb):
            pid = self.speakers.party_of(base, subj, ents, allow_generic=False)
            if pid:  # "... in a letter it sent Parler. In it, AWS said"
                self.table.record_maker(DOCUMENTS[named[1]], pid, named[1])
            return
        if document is not None and self._known(document, kind):
            return  # "Chief Executive Dana Pike said in the release": the one the company issued, still its own
        if kind:
            pid = self.speakers.party_of(base, subj, ents)
            suit = kind == "court filing" and document is None  # "Parler sued", "took Amazon to court"
            noun = "suit" if suit else document_noun(document) if document is not None else None
            if pid:
                self.table.record_maker(kind, pid, noun)  # "Parler sued": Parler's is "the complaint", not the brief

    def _filed(self, base: int, verb: Token, ents: Ents) -> None:
        """What a party "filed" in court, or once a court exchange is under way, is its court filing, whatever the
        text calls it: "AWS's reply, filed in court last week" makes AWS the author of the next "the filing", not
        the party whose complaint came first (whose claim AWS's own answer was then read as)."""
        noun = verb.head
        in_court = any(g.lemma_.lower() == "court" for c in verb.children if c.dep_ == "prep" for g in c.children)
        if not (in_court or self.table.maker("court filing") is not None):
            return
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")), None)
        pid = self.speakers.party_of(base, owner, ents, allow_generic=owner.pos_ == "NOUN") if owner else None
        if pid and not self.table[pid].outlet:  # "the city's response": the city the suit named
            self.table.record_maker("court filing", pid, noun.lemma_.lower())
