"""Names as the sentences are read: each name the tagger found, a company it missed as a subject, a known name it
took for a place, registered in the article's ``PartyTable`` with what its sentence says of it (type, role,
organisation, gender, alias, kind of body), so that a later "he said" or "the insurer" finds it.

Run on every sentence before its cues ask ``kg.extract.speakers`` who speaks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract.described import introduced, local, relative_possessive, who_clauses
from kg.extract.employers import ELECTED
from kg.extract.identity import AGENTS
from kg.extract.lexicon import (
    ALL_CUES,
    BENCH_ROLES,
    CABINET_MEMBER,
    GENDERED_TITLES,
    INSTITUTION_NOUNS,
    NEWS_OUTLETS,
    ORG_NAME_WORDS,
    ORG_NOUNS,
    ROLES,
)
from kg.extract.mentions import (
    ENTITY_TYPES,
    Ents,
    entitled,
    entity_type,
    institution,
    own_pronoun,
    salience,
    titled,
)
from kg.extract.names import clean_name
from kg.extract.syntax import in_dateline

if TYPE_CHECKING:
    from kg.extract.speakers import Speakers

# Titles of elected members before a name: "Cllr Dafydd Rees", "Sen. Ana Ruiz".
_ELECTED_TITLES = frozenset(("cllr", "cr", "sen", "rep", "gov"))
# Verbs of a relative clause that say a person now leads a body, and so speaks for it: "who heads the union".
_LEADS = {"head", "lead", "chair", "run", "own", "direct", "manage", "co-chair", "helm"}
# Words making a "member" one of a council's executive: "the cabinet member for finance", "the executive member
# responsible for markets".
_CABINETS = frozenset(("cabinet", "executive"))


class Registration:
    def __init__(self, speakers: Speakers) -> None:
        self.speakers = speakers
        self.reading = speakers.reading
        self.table = speakers.table

    def sentence(self, base: int, sent: SpacySpan, ents: Ents) -> None:
        """Every name of the sentence as the party it denotes, with what the sentence says of it: its type, its
        role and organisation, a gender, an alias in parentheses, the kind of body it is."""
        self._couple(base, sent)
        self._untagged_company(base, sent, ents)
        self._untagged_subject(base, sent, ents)
        self._described_subject(base, sent, ents)
        self._apposed_body(base, sent, ents)
        for ent in self.reading.sent_ents:
            if len(ent) == 1 and ent.root.lemma_.lower() in ROLES:
                continue  # "CFO" is a role, whatever the tagger says
            if ent.label_ == "WORK_OF_ART" and len(ent) > 1 and ent[0].lower_ in ("a", "an"):
                ent = ent[1:]  # "A Bay of Plenty Regional Council spokeswoman": the article is no part of the name
            type_ = entity_type(ent) if ent.label_ in ENTITY_TYPES or entitled(ent) or institution(ent) else None
            if _given_age(ent):
                type_ = "Person"  # "Giorgos Markakis, 64," whatever place or body the tagger took it for
            outlet = clean_name(ent.text).lower() in NEWS_OUTLETS
            if (type_ is None and not outlet) or (in_dateline(ent.root) and not outlet):
                continue
            head = ent.root.head.lemma_.lower()
            if ent.root.dep_ == "appos" and head in ROLES - INSTITUTION_NOUNS and ent.root.head.i < ent.start:
                type_ = "Person"  # "A spokeswoman for the airport authority, Marie-Claude Arsenault," is a person
            pid = self.table.named(
                honoured(ent).text, type_ or "Organization", titled=type_ == "Person" and titled(ent)
            )
            if pid is None:
                continue
            if type_ == "Person" and ent.label_ != "PERSON":
                self.table.vote(pid, "Person", 3)  # a title or role settles it: "council member Ada Brandt"
            span = self.reading.span(base, ent)
            quoted = self.reading.in_quote(span.start) is not None
            self.table.mention(pid, span, salience(ent.root), self.reading.sentence, antecedent=not quoted)
            described = list(ent.root.children)
            if ent.root.dep_ == "nsubj" and ent.root.head.lemma_ == "be":
                described += [c for c in ent.root.head.children if c.dep_ == "attr"]
            if ent.root.dep_ == "appos":
                described.append(ent.root.head)
            kinds = [c.lemma_.lower() for c in described if c.dep_ in ("appos", "attr") or c.i == ent.root.head.i]
            if ent[-1].lower_ == "local":
                kinds.append("union")  # "the United Food and Commercial Workers local": the union
            who = any(c.dep_ == "relcl" and c.left_edge.lower_ == "who" for c in ent.root.children) or _given_age(ent)
            for kind in (k for k in kinds if k in ORG_NOUNS and not who):  # "Gabriel Ortiz, who ..." is no body, nor
                # "Rupa Begum, 26, a sewing operator"
                self.table.vote(pid, "Organization", 3)
                self.table[pid].kinds.add(kind)  # "their insurer, Calloway Mutual": "the insurer" later
            self.table[pid].places |= _based_in(ent.root)
            doc = ent.doc
            if ent.start > 0:
                self.table.set_gender(pid, doc[ent.start - 1].lower_)
            if ent.root.dep_ == "appos" and ent.root.head.i < ent.start:
                self.table.set_gender(pid, ent.root.head.lower_)  # "Markakis's daughter, Katerina,"
            own = own_pronoun(ent.root)
            if own is not None:
                self.table.set_gender(pid, own)
            if type_ == "Person":
                self.table.set_gender(pid, relative_possessive(who_clauses(ent.root)))
            owned = self._place_owned(ent) if type_ == "Organization" else None
            if owned is not None:
                self.table.add_alias(pid, owned)
            if ent.end + 2 < len(doc) and doc[ent.end].text == "(" and doc[ent.end + 2].text == ")":
                alias = doc[ent.end + 1].text
                if alias.isupper() and len(alias) <= 8:
                    self.table.add_alias(pid, alias)
            if type_ == "Person":
                self._person_role(base, ent, pid, ents)
                self._represented(base, ent, pid, ents)
                self._person_of(base, ent, pid, ents)
                if any(c.dep_ in ("appos", "relcl", "acl") and c.i >= ent.end for c in ent.root.children):
                    self.table.introduce(pid)

    @staticmethod
    def _place_owned(ent: SpacySpan) -> str | None:
        """A body's name with the place that owns it, as the text writes it: "Makati City's Office of the Building
        Official", where the tagger found the place and the office apart. The place is part of what the body is
        called (another city has its own office of that name), so the whole is a name of it too."""
        owner = next((c for c in ent.root.children if c.dep_ == "poss" and c.i < ent.start), None)
        if owner is None or owner.ent_type_ != "GPE" or owner.i + 2 < ent.start:
            return None
        return ent.doc[owner.left_edge.i : ent.end].text

    def _untagged_company(self, base: int, sent: SpacySpan, ents: Ents) -> None:
        """A company or a public institution the tagger missed, named as a sentence's subject: "Harlow Mining halted
        the dig", "Ridgeview Zoo on Wednesday released" (a place's word the tagger read as a common noun), "The
        Kjalar police district closed the trail" (a kind of body after its place's name), which a later "Police
        said" means as surely as if the district had spoken first."""
        subj = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.pos_ == "NOUN" and subj.lemma_.lower() in ORG_NOUNS:
            words = [t for t in subj.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
            if local(self.table, subj):
                return  # "the Seattle company" says where a company is, not what it is called
        elif (
            subj is None
            or subj.pos_ != "PROPN"
            or subj.i in ents
            or subj.lower_ not in ORG_NAME_WORDS | INSTITUTION_NOUNS
        ):
            return
        else:
            words = [t for t in subj.lefts if t.dep_ == "compound" and (t.pos_ == "PROPN" or t.is_title)]
        if words:
            name = subj.doc[words[0].i : subj.i + 1]
            proper = subj.doc[words[0].i : words[-1].i + 1].text
            known = self.table.begun_by(proper) if subj.pos_ == "NOUN" else None  # "The Driftless group": that body
            pid = known or self.table.named(name.text, "Organization")
            if pid:
                self.table.mention(pid, self.reading.span(base, name), salience(subj), self.reading.sentence)

    def _untagged_subject(self, base: int, sent: SpacySpan, ents: Ents) -> None:
        """A known party's name the tagger missed or took for a place, as a subject ("Ambrose, pressed on the
        timing, held firm."; "Calloway has replanted" tagged a town): a later "he said" means them, not whoever
        was named before."""
        first = next((t.i for t in sent if not (t.is_punct or t.is_space)), sent.start)  # after a bullet's dash
        for tok in sent:
            opening = tok.i == first  # the parse often loses a name set off by commas
            if tok.dep_ != "nsubj" and not opening:
                continue  # asked first: most words are neither (0.19 to 0.15 CPU s over PolNeAR dev)
            tagged = tok.i in ents and ents[tok.i].label_ in ENTITY_TYPES
            named = tok.pos_ == "PROPN" or (tok.text.isupper() and len(tok.text) > 1)  # "AWS", parsed a noun
            named = named or (opening and tok.is_title)  # "- Whitaker disputes that.", parsed a noun
            owner = tok.dep_ == "poss" or (tok.dep_ == "compound" and tok.head.dep_ == "poss")
            if not named or tagged or (opening and owner):
                continue  # "Copper Kettle's trainer, Anne Botha, said": the subject is the trainer
            span = self.reading.span(base, tok.doc[tok.i : tok.i + 1])
            pid = self.table.find(tok.text) or self.table.person(tok.text)
            if pid is not None and self.reading.in_quote(span.start) is None:
                self.table.mention(pid, span, 0 if opening else salience(tok), self.reading.sentence)

    def _couple(self, base: int, sent: SpacySpan) -> None:
        """Two people "and" joins before the surname they share, "Aisha and Callum Macleod": Aisha Macleod, then
        Callum Macleod (a later "Mrs Macleod" is the one not known a "he"), whatever the tagger made of either."""
        doc = sent.doc
        for ent in self.reading.sent_ents:
            given = doc[ent.start - 2] if ent.start >= sent.start + 2 else None
            if given is None or doc[ent.start - 1].lower_ != "and" or len(ent) != 2 or not all(t.is_title for t in ent):
                continue
            if given.pos_ != "PROPN" or not given.is_title or (given.ent_type_ and given.ent_iob_ != "B"):
                continue
            for name in (doc[given.i : given.i + 1], ent):
                pid = self.table.named(f"{name[0].text} {ent[-1].text}", "Person")
                if pid is not None:
                    self.table.vote(pid, "Person", 3)
                    self.table.mention(pid, self.reading.span(base, name), salience(name.root), self.reading.sentence)

    def _apposed_body(self, base: int, sent: SpacySpan, ents: Ents) -> None:
        """A name the tagger missed, set beside the kind of body it names ("a complaint with the labour inspectorate,
        ACT,"): that body, which a later "the inspectorate" means."""
        for tok in sent:
            body = tok.head
            # "the union, Local 375 of the ...": a branch (``branch_name``); "(ACMA)": an alias of the name before
            whole = tok.right_edge.i == tok.i and sent.doc[tok.left_edge.i - 1].text == ","
            if tok.dep_ != "appos" or tok.pos_ != "PROPN" or tok.i in ents or body.i > tok.i or not whole:
                continue
            if body.lemma_.lower() not in ORG_NOUNS or not any(c.lower_ == "the" for c in body.children):
                continue
            name = sent.doc[tok.left_edge.i : tok.i + 1]
            pid = self.table.named(name.text, "Organization")
            if pid is not None:
                self.table[pid].kinds.add(body.lemma_.lower())
                self.table.mention(pid, self.reading.span(base, name), salience(body), self.reading.sentence)

    def _described_subject(self, base: int, sent: SpacySpan, ents: Ents) -> None:
        """One person described as the subject of a sentence that reports no words ("A former moderator pushes back
        in the second episode."), whom the quotation after it gives a "she says" (a cue's subject is its speaker);
        so is one known by the role she holds for a party ("Parler's lawyer went first"), whom a "he said" after
        it means, not the party. A cue's described subject counts too ("A reader in Boise thought ..."), and a
        passive's agent stands for a subject ("The answer was read by Amazon's corporate secretary")."""
        subj = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
        cue = sent.root.lemma_.lower() in ALL_CUES
        pid = introduced(self.table, subj) if subj is not None else None  # "A reader in Boise thought ..."
        if pid is None and (subj is None or cue):
            subj = _agent(sent.root)  # "The reply was read by ...": a cue's passive names no speaker of its own
        if subj is None:
            return
        if pid is None and _held_role(subj):
            pid = self.speakers.party_of(base, subj, ents, allow_generic=False)
            if pid is not None:  # "The answer was read by Amazon's secretary, who did not give her name."
                self.table.set_gender(pid, relative_possessive(who_clauses(subj)))
        span = self.reading.span(base, sent.doc[subj.left_edge.i : subj.i + 1])
        if pid is not None and self.reading.in_quote(span.start) is None:
            self.table.mention(pid, span, 0, self.reading.sentence)

    def _person_role(self, base: int, ent: SpacySpan, pid: str, ents: Ents) -> None:
        """A named person's role and organisation from the words beside the name. A member of a council's cabinet
        ("Cllr Martin Shaw, the cabinet member for culture,") holds an office of the council's executive and speaks
        for the council the article names (``PartyTable.settle``: the one body named a council), as the annotators give
        every such member of the studied splits; a councillor alone speaks for herself or her party."""
        root = ent.root
        candidates = [c for c in root.children if c.dep_ == "appos" or (c.dep_ == "compound" and c.i < ent.start)]
        if root.dep_ == "appos":
            candidates.append(root.head)
        candidates += [g for c in candidates for g in c.conjuncts if g.i > c.i]  # "a junior and an organizer with"
        candidates += _role_clause(root)
        if any(c.lemma_.lower() == "member" and {g.lower_ for g in c.lefts} & _CABINETS for c in candidates):
            self.table.set_role(pid, CABINET_MEMBER, None)  # the council: ``PartyTable.settle``
            return
        for c in candidates:
            if c.dep_ == "compound" and c.is_title and c.lemma_.lower() in BENCH_ROLES - ROLES:
                self.table.set_role(pid, "judge", None)  # "Justice Miriama Harcourt", a title no role noun names
                return
            if c.lemma_.lower() in ROLES:
                self.speakers.employers.set_role(pid, base, c, ents)
                self.table.set_gender(pid, c.lower_)  # "A spokeswoman for the airport, Marie Arsenault,"
                return

    def _represented(self, base: int, ent: SpacySpan, pid: str, ents: Ents) -> None:
        """A person who represents someone, or acts on their behalf, speaks for them, whatever firm employs her:
        "Nadia Ellery, a Seattle attorney who represents the runners", "a lawyer at the Housing Justice Center who
        represents the tenants", "Jonas Reed, a lawyer who filed the suit on the families' behalf"."""
        if self.table[pid].role in ELECTED or ent[0].lower_.rstrip(".") in ELECTED | _ELECTED_TITLES:
            return  # "Cllr Dafydd Rees, who represents Llandysul North,": a ward, no client
        holders = [ent.root, *(c for c in ent.root.children if c.dep_ == "appos")]
        for clause in (c for h in holders for c in h.children if c.dep_ in ("relcl", "acl")):
            if clause.lemma_ == "represent" and clause.tag_ in ("VBZ", "VBP", "VBG"):
                client = next((g for g in clause.children if g.dep_ == "dobj"), None)
            else:
                client = _on_behalf(clause)
            if client is None:
                continue
            party = self.speakers.party_of(base, client, ents, allow_generic=False)
            if party is None and client.pos_ == "NOUN":
                party = self.speakers.described(client)
            if party is not None and party != pid:
                self.table[pid].affiliation = party
                return

    def _person_of(self, base: int, ent: SpacySpan, pid: str, ents: Ents) -> None:
        """A person named "of" an organisation works there and speaks for it: "Sam Ortega of Plainsboro Securities
        wrote", "Dominic Achterberg of the research firm Cirrus Metrics said" (never "Keisha Barnes of Oakland");
        so does one who now leads it, told in a relative clause: "Dale Oberlin, who heads the Driftless Dairy
        Producers, said" (never "who founded Brightline Labs", which she may have left). A person given an age is
        "of" her home town ("Kevin Mullins, 52, of Richland,", "81-year-old Eileen Marsh of Burlington"), whatever
        the tagger made of the town."""
        if self.table[pid].affiliation is not None or self.table[pid].role in BENCH_ROLES:
            return  # "Judge Barbara Rothstein of the U.S. District Court" rules for no side
        for c in ent.root.children:
            if c.dep_ == "prep" and c.lower_ == "of" and not _aged(ent):
                body = next((g for g in c.children if g.dep_ == "pobj"), None)
            elif c.dep_ == "relcl" and c.lemma_.lower() in _LEADS and c.tag_ in ("VBZ", "VBP"):
                body = next((g for g in c.children if g.dep_ == "dobj"), None)
            elif c.dep_ == "relcl":
                body = _whose_body(c)
            else:
                body = None
            if body is None:
                continue
            tagged = ents.get(body.i)
            if (tagged is None or tagged.label_ != "ORG") and body.lemma_.lower() not in ORG_NOUNS:
                continue
            org = self.speakers.party_of(base, body, ents, allow_generic=False)
            if org is not None and org != pid and self.table[org].type == "Organization":
                self.table[pid].affiliation = org


def _role_clause(root: Token) -> list[Token]:
    """The role a relative clause says its person holds now: "Martin Oduya, who started the firm in 2009 and is still
    its managing director," (never "who was its chief executive until 2019", which she has left)."""
    holders = [root, *(c for c in root.children if c.dep_ == "appos")]  # "Ann Lee, the founder, who is ..."
    clauses = [c for h in holders for c in h.children if c.dep_ == "relcl"]
    clauses += [g for c in clauses for g in c.conjuncts if g.i > c.i]
    held = [c for c in clauses if c.lemma_ == "be" and c.tag_ in ("VBZ", "VBP")]
    return [g for c in held for g in c.children if g.dep_ == "attr"]


def _agent(verb: Token) -> Token | None:
    """Who does what a passive main verb tells ("The answer was read by the firm's secretary"): its subject in
    all but the grammar, whom a "she said" after it means."""
    by = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None


def _whose_body(clause: Token) -> Token | None:
    """The body a "whose" clause names as its person's own: "Wiremu Horomona, whose company Horomona Shearing Ltd
    employs 60 shearers," owns the company and speaks for it."""
    owned = (g for g in clause.children if g.dep_ in ("nsubj", "nsubjpass", "dobj") and g.lemma_.lower() in ORG_NOUNS)
    whose = next((g for g in owned if any(x.lower_ == "whose" for x in g.children)), None)
    return next((x for x in whose.children if x.dep_ == "appos"), None) if whose is not None else None


def _held_role(tok: Token) -> bool:
    """Whether a subject is one person's role held for a party the text names before it, "Parler's lawyer", or the
    lawyers it speaks through ("AWS's lawyers were more expansive. The case, they wrote, ..."); not other plurals,
    nor a body's word such as "the company"."""
    lemma = tok.lemma_.lower()
    agents = tok.tag_ == "NNS" and lemma in AGENTS
    if (tok.tag_ != "NN" and not agents) or lemma not in ROLES or lemma in ORG_NOUNS:
        return False
    return any(c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN") for c in tok.children)


def _aged(ent: SpacySpan) -> bool:
    """Whether a name comes with its bearer's age, as news gives a member of the public: "Kevin Mullins, 52,",
    "81-year-old Eileen Marsh"."""
    doc = ent.doc
    after = ent.end + 1 < len(doc) and doc[ent.end].text == "," and doc[ent.end + 1].like_num
    before = "".join(t.text for t in doc[max(ent.start - 5, 0) : ent.start]).lower()
    return after or before.endswith(("year-old", "years-old"))


def honoured(ent: SpacySpan) -> SpacySpan:
    """A surname with the honorific the tagger left out before it ("Mr Lindqvist"), which says the person's sex."""
    before = ent.doc[ent.start - 1] if ent.start > 0 and len(ent) == 1 else None
    return ent.doc[ent.start - 1 : ent.end] if before is not None and before.lower_ in GENDERED_TITLES else ent


def _given_age(ent: SpacySpan) -> bool:
    """Whether a capitalised name is set beside an age, as news introduces people: "Giorgos Markakis, 64, climbs",
    "Katerina, 31, who"; never a place and a date ("Paris, 12 March")."""
    doc = ent.doc
    if ent.end + 2 >= len(doc) or not all(t.is_title for t in ent):
        return False
    comma, age, after = doc[ent.end], doc[ent.end + 1], doc[ent.end + 2]
    return comma.text == "," and age.text.isdigit() and 0 < int(age.text) < 120 and after.text in (",", ")")


def _on_behalf(clause: Token) -> Token | None:
    """Whom a clause acts for: "filed suit on the families' behalf", "acting on behalf of the workers"."""
    for prep in (c for c in clause.children if c.dep_ == "prep" and c.lower_ == "on"):
        for behalf in (g for g in prep.children if g.dep_ == "pobj" and g.lower_ == "behalf"):
            owner = next((g for g in behalf.children if g.dep_ == "poss"), None)
            of = next((g for g in behalf.children if g.dep_ == "prep" and g.lower_ == "of"), None)
            return owner or (next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None)
    return None


def _based_in(root: Token) -> set[str]:
    """The places a name or the description set beside it says its bearer is based in ("Parler, the social network
    based in Henderson, Nevada,"), lower case: a later "the Seattle company" is another body."""
    phrases = [root, *(c for c in root.children if c.dep_ == "appos")]
    based = [t for p in phrases for t in p.children if t.dep_ == "acl" and t.lemma_ == "base"]
    places = [g for t in based for p in t.children if p.lower_ == "in" for g in p.subtree if g.ent_type_ == "GPE"]
    return {g.lower_ for g in places}
