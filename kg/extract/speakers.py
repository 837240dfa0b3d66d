"""Who a noun phrase in the parse is: a named party, a role ("an AWS spokesperson"), a
pronoun resolved to an earlier party, a document speaking for whoever issued it.

Every rule that meets a speaker or an affiliation asks ``Speakers``; it registers the
mentions in the article's ``PartyTable`` as the sentences are read, in order, so that
coreference only ever looks back. How a phrase reads on its own is ``kg.extract.mentions``.
"""

from __future__ import annotations

import itertools

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract.apposition import apposed_person, described_body
from kg.extract.asides import interrupted, rooted_aside
from kg.extract.conjoined import TITLED_PLURAL, conjunct_owner, coordinated_start, joined_names
from kg.extract.coreference import SOMEONE
from kg.extract.described import STAFF, apposed, branch_name, described, local, one_of, role_group
from kg.extract.documents import channel_document, document_kind, is_maker_verb
from kg.extract.employers import Employers, held_body, unauthorised
from kg.extract.issuers import Issuers
from kg.extract.lexicon import (
    BENCH_ROLES,
    CHANNEL_NOUNS,
    DOCUMENTS,
    GROUP_PRONOUNS,
    INSTITUTION_NOUNS,
    NEWS_OUTLETS,
    ORG_NAME_WORDS,
    ORG_NOUNS,
    PERSON_PRONOUNS,
    ROLE_CANONICAL,
    ROLES,
)
from kg.extract.mentions import (
    ENTITY_TYPES,
    QUANTIFIERS,
    SPEAKER_ENTITY_TYPES,
    TITLES,
    UNIT_NOUNS,
    Ents,
    aged,
    entity_type,
    is_initials,
    joined_others,
    name_tail,
    neuter,
    place_body,
    plural_owner,
    role_text,
    salience,
    stand_in,
    titled,
)
from kg.extract.model import Origin, Span
from kg.extract.names import clean_name
from kg.extract.reading import Reading
from kg.extract.registration import Registration, honoured
from kg.extract.syntax import (
    EXPLETIVES,
    antecedent,
    capitalised_name,
    group_possessive,
    hyphened,
    in_dateline,
    past_dateline,
)
from kg.extract.titles import portfolio_holder, titled_name

__all__ = ["SPEAKER_ENTITY_TYPES", "Ents", "Speakers", "is_maker_verb"]


class Speakers:
    def __init__(self, reading: Reading) -> None:
        self.reading = reading
        self.table = reading.table
        self.units: dict[int, str | None] = {}
        self.issuers = Issuers(self)
        self.registration = Registration(self)
        self.employers = Employers(self)

    def can_speak(self, tok: Token, ents: Ents) -> bool:
        """Whether a noun phrase's head names something that speaks: a person or organisation,
        a role ("spokeswoman"), an organisation noun ("the company") or a document."""
        ent = ents.get(tok.i)
        if ent is not None:
            return ent.label_ in SPEAKER_ENTITY_TYPES
        lemma = tok.lemma_.lower()
        return tok.pos_ == "PROPN" or lemma in ROLES or lemma in ORG_NOUNS or lemma in DOCUMENTS

    def register_entities(self, base: int, sent: SpacySpan, ents: Ents) -> None:
        """Register the names a sentence holds, before any of its cues asks who speaks (``kg.extract.registration``)."""
        self.registration.sentence(base, sent, ents)

    def party_of(self, base: int, tok: Token, ents: Ents, allow_generic: bool = True) -> str | None:
        """The party a noun phrase headed by ``tok`` refers to."""
        pos = base + tok.idx
        lower, lemma = tok.lower_, tok.lemma_.lower()
        sentence = self.reading.sentence
        ent = ents.get(tok.i)
        if ent is not None and len(ent) == 1 and lemma in ROLES:
            ent = None  # "Halden's CFO, Dana Lee," with "CFO" tagged as a company
        joint = self.joint(tok, ents)
        if joint is not None:
            return joint
        if ent is not None and (ent.label_ in SPEAKER_ENTITY_TYPES or clean_name(ent.text).lower() in NEWS_OUTLETS):
            company = self.table.namesake_company(clean_name(ent.text)) if len(ent) == 1 else None
            if company is not None and neuter(tok):  # "A Harlan spokeswoman" beside "Lorraine Harlan"
                return company
            type_ = entity_type(ent) or "Organization"
            return self.table.named(honoured(ent).text, type_, titled=type_ == "Person" and titled(ent))
        stand = stand_in(tok)
        if stand or aged(tok):  # "the person said", "said the 61-year-old": the person named just before
            start = base + tok.sent[0].idx if stand else pos  # before the sentence: "Volta Andina, the person said,"
            pid = self.table.resolve(SOMEONE, start, sentence, window=2)
            if pid:
                return pid
        owner = conjunct_owner(tok, ents)
        if owner is not None:
            return self.party_of(base, owner, ents, allow_generic)
        if lower in PERSON_PRONOUNS or lower in GROUP_PRONOUNS:
            pid = self.table.resolve(lower, pos, sentence)
            cut = interrupted(tok.head)
            if pid and tok.head.dep_ == "parataxis" and (not self.table.fits(pid, lower) or cut is not None):
                # "Parler, he said, had taken down the posts": a brand the words name is no "he" (but "Quintero got
                # her money back, she said" is Quintero), and "Parler, it said, had been warned" is not Parler
                # either: the aside cuts its speaker's words after their subject, so look before the words
                edge = (cut if cut is not None else tok.head.head).left_edge
                pid = self.table.resolve(lower, base + edge.idx, sentence) or pid
            if pid:
                self.table.set_gender(pid, lower)
                return pid
            if not allow_generic:
                return None
            return self.table.pronoun(lower, pos, sentence)
        determined = any(
            c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "its", "our") for c in tok.children
        )
        anchor = ents.get(tok.head.i) if tok.dep_ == "appos" and tok.pos_ == "NOUN" else None
        labels = ("GPE", *ENTITY_TYPES) if lemma in ORG_NOUNS else tuple(ENTITY_TYPES)  # "Retail Ireland, the group,"
        if anchor is not None and anchor.label_ in labels and anchor.root.i == tok.head.i:
            return self.party_of(base, tok.head, ents)  # "said Dennis Hoyle, a Kent resident who said ...": Hoyle
        known = self.table.find(tok.text) if tok.text.isupper() and len(tok.text) > 1 and lemma not in ROLES else None
        if known is not None:  # "An OSHA spokesperson", the acronym tagged as an adjective
            return known
        known = self.table.person(tok.text) if tok.pos_ == "NOUN" and tok.is_title and not determined else None
        if known is not None and self.table[known].type == "Person":  # "Okonkwo on July 16 conceded", the surname
            return known  # of the Paul Okonkwo named before, parsed as a common noun
        if tok.pos_ == "PROPN" and lemma not in ROLES and not tok.is_lower:  # "Parler's CEO, John Matze," is the
            return self._proper_name(tok)  # person; "the cruise council", tagged a name, is a common noun
        branch = branch_name(tok) if lemma in ORG_NOUNS and determined else None
        if branch is not None:
            return self.table.named(branch, "Organization")
        body_named = lemma in ROLES and described_body(tok)
        for c in tok.children:
            if c.dep_ == "appos" and c.i in ents and body_named:  # "A spokesman for one of them, Northline Milling,"
                org, role = self.table.named(ents[c.i].text, "Organization"), role_text(tok)
                return self.table.unnamed(f"{clean_name(ents[c.i].text)} {role}", role, org)
            if c.dep_ == "appos" and c.i in ents and ents[c.i].label_ == "PERSON" and not held_body(tok):
                pid = self.joint(c, ents) or self.table.named(ents[c.i].text, "Person")
                if pid and lemma in ROLES:
                    self.employers.set_role(pid, base, tok, ents)
                    self.table.set_gender(pid, tok.lower_)
                return pid
            body = ents.get(c.i) if c.dep_ == "appos" else None
            firm = body is not None and (len(body) > 2 or body[-1].lower_ in ORG_NAME_WORDS or lemma in ORG_NOUNS)
            if body is not None and body.label_ == "ORG" and firm:
                pid = self.table.named(body.text, "Organization")  # "Evergreen's owner, Cascade Inc.,"
                if pid and determined and lemma in ORG_NOUNS:  # "The group, the Pachyderm Network," is the group
                    self.table.same_as(self.table.described_as(lemma, lemma, definite=True), pid)  # described before
                return pid
            if c.dep_ == "acl" and c.lemma_ in ("call", "name") and lemma in ORG_NOUNS:  # "a group called X"
                named = next((g for g in c.children if g.dep_ == "oprd" and g.is_title), None)
                if named is not None:
                    phrase = tok.doc[named.i : max(named.right_edge.i, *(g.right_edge.i for g in c.rights)) + 1]
                    name = " ".join(t.text for t in itertools.takewhile(lambda t: t.text not in ",;(", phrase))
                    return self.table.named(name, "Organization")
        if lemma in ROLES:
            person = None if described_body(tok) else apposed_person(tok, ents) or portfolio_holder(tok, ents)
            if person is not None:
                pid = self.table.named(person.text, "Person")
                if pid:
                    self.employers.set_role(pid, base, tok, ents)
                    self.table.set_gender(pid, tok.lower_)
                    return pid
            return self._role_party(base, tok, ents)
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if lemma in UNIT_NOUNS and owner is not None:  # "the company's cloud unit": Amazon's is AWS
            if pos not in self.units:  # asked again for a second cue, "the company" may mean the unit itself
                parent = self.party_of(base, owner, ents, allow_generic=False)
                self.units[pos] = self.table.unit_of(parent) if parent else None
                if parent and self.units[pos] is None and allow_generic:  # "Amazon.com Inc's cloud unit urged", the
                    unit = described(self.table, tok)  # unit named further on: that one, once it is
                    self.table.await_unit(unit, parent)
                    self.units[pos] = unit
            if self.units[pos] is not None:
                return self.units[pos]
        if lemma in STAFF and owner is not None and allow_generic:  # "AWS's trust and safety team wrote", "the
            parent = self.party_of(base, owner, ents, allow_generic=False)  # senator's legal team": on its behalf
            if parent:
                return role_group(self.table, tok, parent)
        if lemma in CHANNEL_NOUNS and owner is not None:  # "IronPeak's website tells members": IronPeak does
            pid = self.party_of(base, owner, ents, allow_generic=False)
            if pid is not None:
                return pid
        follows = ents.get(tok.i + 1)
        if lemma in ORG_NOUNS and follows is not None and follows.start == tok.i + 1 and follows.label_ == "ORG":
            return self.table.named(follows.text, "Organization")  # "the e-bike maker Voltride"
        described_by = [c for c in tok.children if c.dep_ == "poss" and c.pos_ == "NOUN" and c.i < tok.i]
        determined = determined or any(g.lower_ == "the" for c in described_by for g in c.children)
        proper = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i]
        place = next((c for c in tok.children if c.dep_ == "poss" and ents.get(c.i) is not None), None)
        if lemma in ORG_NOUNS and place is not None and ents[place.i].label_ == "GPE":
            possessor = tok.doc[min(place.left_edge.i, ents[place.i].start) : ents[place.i].end]  # "Health" untagged
            pid = self.table.named(place_body(tok, possessor), "Organization")
            if pid is not None:  # "France's maritime ministry", as the text names it, is a name of it too
                self.table.add_alias(pid, tok.doc[possessor.start : tok.i + 1].text)
            return pid
        whole = self.table.find(tok.doc[tok.left_edge.i : tok.i + 1].text) if proper else None
        if lemma in ORG_NOUNS and determined and whole is not None:
            return whole  # "the Highland health board" is the body of that name, not the headline's "health board"
        if lemma in ORG_NOUNS and determined:  # "the water authority", "the anglers' club"
            words = [c.lower_ for c in tok.children if c.dep_ in ("compound", "amod", "poss") and c.i < tok.i]
            defined = any(c.dep_ == "relcl" and tok.doc[c.left_edge.i - 1].text != "," for c in tok.children)
            generic = lemma not in INSTITUTION_NOUNS and not proper and not defined  # "the Ortega-Reyes campaign"
            pid = self.table.resolve_organization([*words, lemma], pos, sentence, generic)
            if pid is None and lemma in INSTITUTION_NOUNS and not words:  # "packed a Water Authority meeting
                pid = self.table.resolve(lemma, pos, sentence, organization=True, window=0)  # ... accused the utility"
            if pid is None and lemma in INSTITUTION_NOUNS and not words:  # "Meridian denied ... . The carmaker said"
                pid = self.table.resolve(lemma, pos, sentence, organization=True, window=1, subjects=True)
            if pid:
                return pid
            if local(self.table, tok):  # "the Seattle company": the one based there, else described by its place
                return self.table.based_at({c.lower_ for c in tok.lefts}) or described(self.table, tok)
        bare = not any(c.dep_ in ("compound", "amod", "nmod", "poss") for c in tok.children)
        if determined and bare and tok.is_lower and lemma not in ROLES and lemma not in DOCUMENTS:
            pid = self.table.headed(lemma)  # "the symphony": the Harbor City Symphony
            if pid is not None:
                return pid
        if lemma in ORG_NOUNS and proper and tok.pos_ == "NOUN":  # "the Kestrel Bay harbour board": named, untagged
            return self.table.named(tok.doc[min(c.left_edge.i for c in proper) : tok.i + 1].text, "Organization")
        if lemma in DOCUMENTS:  # "Its brief denies" after "AWS answered": AWS's (a parse may call "brief" an ADJ)
            its = next((c for c in tok.children if group_possessive(c)), None)
            before = self.table.subject_before(base + its.idx, sentence) if its is not None else None
            return before or self.table.maker(DOCUMENTS[lemma], lemma)
        beside = apposed(self.table, tok, ents) if allow_generic else None
        if beside is not None:
            return beside
        counted = allow_generic and (tok.pos_ == "NUM" or lower in QUANTIFIERS or lower == "another")
        said_to_be = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "NOUN"), None)
        if counted and said_to_be is not None:  # "Another, a retired software engineer, said"
            return self.party_of(base, said_to_be, ents)
        group = one_of(self.table, tok, base + tok.idx, self.reading.sentence) if counted else None
        if group is not None:
            return group
        if counted and tok.n_lefts + tok.n_rights:
            return self.table.unnamed(clean_name(" ".join(t.text for t in tok.subtree)).lower(), None, None)
        if not allow_generic or lower in EXPLETIVES or tok.pos_ not in ("NOUN", "PROPN"):
            return None
        if determined and tok.pos_ == "NOUN" and tok.tag_ == "NN":  # "the airport": the Fundy Coast Airport Authority
            pid = self.table.resolve_organization([lemma], pos, sentence, False)
            if pid is not None:
                return pid
        return described(self.table, tok)

    def joint(self, tok: Token, ents: Ents) -> str | None:
        """Named people or bodies joined by "and" who speak as one ("Derek and Anne Whitfield said", "his parents,
        Gareth and Lynne Price, said", "Apple and Google said"): one party named by the names as written."""
        names = joined_names(tok, ents)
        return None if names is None else self.table.named(clean_name(TITLED_PLURAL.sub("", names.text)), "Unknown")

    def described(self, tok: Token) -> str:
        """A party known only by its description (``kg.extract.described``); the learned model asks too."""
        return described(self.table, tok)

    def _proper_name(self, tok: Token) -> str | None:
        """A name the entity tagger missed; a leading title ("Mayor Elena Ruiz") gives a role."""
        words = [
            t
            for t in tok.subtree
            if (t.pos_ == "PROPN" and t.i <= tok.i and t.dep_ in ("compound", "flat")) or t.i == tok.i
        ]
        inside = tok.doc[words[0].i : tok.i]
        if all(t in words or (t.dep_ == "compound" and t.is_title) for t in inside):  # "Amazon Web Services", the
            words = [*inside, tok]  # capitalised "Web" tagged a common noun, is a word of the name
        plural = next((c for c in tok.children if c.dep_ == "poss" and plural_owner(c)), None)
        if plural is not None:  # "the Championship Players' Association": the players' is part of the name
            words = sorted({*words, *(t for t in plural.subtree if t.pos_ in ("PROPN", "PART"))}, key=lambda t: t.i)
        joined = next((c for c in tok.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.i > tok.i), None)
        if joined is not None and any(c.text == "&" for c in tok.children):  # "Bramble & Finch"
            words += list(tok.doc[tok.i + 1 : joined.i + 1])
        words = hyphened(capitalised_name(words))
        start = coordinated_start(tok.doc, words[0].i, tok.i + 1) if words[-1] == tok else None
        words = list(tok.doc[start : tok.i + 1]) if start is not None else words  # "Competition and Consumer ..."
        role = None
        while len(words) > 1 and words[0].lemma_.lower().rstrip(".") in ROLES | TITLES:
            lead = words.pop(0).lemma_.lower().rstrip(".")
            role = lead if lead in ROLES else role
        role, words = titled_name(words, role)
        kind = next((c.lemma_.lower() for c in tok.children if c.dep_ == "appos" and c.i > tok.i), None)
        body = kind in ORG_NOUNS  # "The Authors Guild of the Plains, a group of about 2,000 writers,"
        initials = next((c for c in tok.children if c.dep_ == "appos" and is_initials(c)), None)
        body = body or initials is not None  # "The Superintendency of the Environment (SMA)"
        if body or tok.lemma_.lower() in INSTITUTION_NOUNS:  # "The Regional District of Okanagan-Similkameen"
            words += name_tail(tok)
        name = "".join(t.text + (t.whitespace_ if t.i + 1 == n.i else " ") for t, n in itertools.pairwise(words))
        name += words[-1].text
        known = self.table.find(initials.text) if initials is not None else None
        if known is not None:  # "(SMA)", tagged on its own: the same body
            self.table.add_alias(known, name)
            return known
        if len(words) == 1:
            pid = self.table.named(name, "Person") if self.table.person(name) else self.table.find(name)
        else:
            pid = self.table.find(name)
        if pid is None:
            capitalised = len(words) in (2, 3) and all(t.text[:1].isupper() for t in words)
            company = words[-1].lower_ in ORG_NAME_WORDS or "&" in name or body
            pid = self.table.named(name, "Organization" if company else "Person" if role or capitalised else "Unknown")
        if pid and role:
            self.table.set_role(pid, ROLE_CANONICAL.get(role, role), None)
        if pid and body and kind:
            self.table.vote(pid, "Organization", 3)
            self.table[pid].kinds.add(kind)  # "the group said" later
        return pid

    def _role_party(self, base: int, tok: Token, ents: Ents) -> str | None:
        role = role_text(tok)
        affiliation, written = self.employers.named(base, tok, ents)
        if tok.tag_ == "NNS" and not any(c.dep_ == "nummod" for c in tok.children):
            return role_group(self.table, tok, affiliation)
        roles = [c for c in tok.children if c.dep_ == "appos" and c.lemma_.lower() in ROLES]  # "its chair, the
        named = [g for c in roles for g in c.children if g.dep_ == "appos"]  # Lisbon lawyer Teresa Avelar,"
        for c in list(tok.children) + named + ([tok.head] if tok.dep_ == "appos" else []):
            person = ents.get(c.i)
            if person is not None and person.label_ == "PERSON" and (c.dep_ == "appos" or tok.dep_ == "appos"):
                pid = self.table.named(person.text, "Person")
                if pid:
                    self.table.set_role(pid, role, affiliation)
                    self.table.set_gender(pid, tok.lower_)
                return pid
        if affiliation is None and any(c.lower_ == "the" for c in tok.children):
            found = self.table.resolve(tok.lower_, base + tok.idx, self.reading.sentence, role=role)
            if found:
                return found
        definite = any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "another") for c in tok.children)
        known = self.table.holder(role, affiliation) if definite and affiliation else None
        if known is not None:
            return known  # "Mr. Wren's lawyer, Ingrid Solvang, said ... according to his lawyer"
        owned = any(c.dep_ in ("poss", "compound", "nmod", "prep") for c in tok.children)  # "the brand's founder"
        bench = tok.lemma_.lower() in BENCH_ROLES  # "A federal judge ruled": no body named before employs her
        if affiliation is None and not owned and not bench:  # "The council disputed that. A spokesman said": its
            affiliation = self.employers.affiliation(base, tok, ents) or self.table.body_before(
                base + tok.idx, self.reading.sentence, window=1, subjects=False
            )  # "I asked Hearthguard to look again. A spokeswoman told me": the one the sentence before asked
            written = self.table[affiliation].name if affiliation else written
        name = f"{written} {role}" if affiliation and " of " not in role else role  # "chief of the district"
        pid = self.table.unnamed(name, role, None if unauthorised(tok) else affiliation)
        self.table.set_gender(pid, tok.lower_)  # "A spokeswoman for the club said": no later "he"
        return pid

    def speaker_np(self, base: int, tok: Token, last: int | None = None) -> Span:
        """The words naming a speaker, from the left edge of its phrase (past a dateline) to its head, a role's
        "of"/"for"/"at" phrase, or ``last``, the last word of the names it is joined to ("Derek and Anne Whitfield")."""
        left = tok.left_edge.i
        while left < tok.i and past_dateline(tok.doc[left]):
            left += 1
        right = tok.i if last is None else last
        for c in tok.children:
            if c.dep_ == "prep" and c.i > tok.i and c.lower_ in ("of", "for", "at") and tok.lemma_.lower() in ROLES:
                right = max(right, c.right_edge.i)
        return self.reading.span(base, tok.doc[left : right + 1])

    def speaker(self, base: int, subj: Token, ents: Ents) -> tuple[str | None, Span, Origin | None]:
        """The party a cue's subject names, its mention, and the document it spoke through."""
        subj = antecedent(subj)
        later = next((c for c in subj.head.children if c.dep_ == "nsubj" and c.i > subj.i), None)
        doc = subj.doc
        fronted = subj.right_edge.i + 1 < len(doc) and doc[subj.right_edge.i + 1].text == ","
        fronted = fronted and subj.tag_ == "NN" and len(list(subj.subtree)) <= 3 and not self.can_speak(subj, ents)
        aside = later is not None and rooted_aside(subj.head) is not None  # "Parler, AWS told the judge, had ..."
        if later is not None and (in_dateline(subj) or subj.ent_type_ == "GPE" or fronted or aside):
            subj = later  # "SEATTLE, Jan 12 (Reuters) - Amazon.com Inc's cloud unit urged": the place is no subject,
            # nor a phrase set off before it ("Outside court, Ms Moyo told reporters"), nor the words' own
        spoken = self.issuers.spoken_through(base, subj, ents)
        if spoken is not None:
            return spoken
        names = joined_names(subj, ents)
        mention = self.speaker_np(base, subj, None if names is None else names.end - 1)
        others = next((c for c in subj.children if c.dep_ == "conj" and joined_others(c)), None)
        pid = self.party_of(base, others if others is not None else subj, ents)  # "Pohl and other farmers said"
        filing = channel_document(subj.head)
        if pid and filing is not None and document_kind(filing) == "court filing":
            pid = self.issuers.client_filing(pid, filing)
        if pid:
            self.table.mention(pid, mention, salience(subj), self.reading.sentence)
        return pid, mention, None
