"""Turn the model's spans into the rules' ``Found`` records, and combine the two readings.

The model says where a cue, its source and its content are; everything a statement needs
beyond spans comes from the rules' machinery: the party a source names (``Speakers``),
the kind of statement (``kinds``), its date, and later the dispute links. So a learned
statement is as complete as a rule statement.

``learned`` keeps only the model's attributions. ``hybrid`` lets each side do what it is
best at: attributions the rules found keep the rules' reading (speaker, kind, what a denial
disputes; quotation attachment and labelled lines run afterwards as usual), with the model's
boundaries where the two agree on the source, on nearly all of the content and on how many
statements it is (with ``rules_first`` off, wherever both found the cue), and the model adds
those the rules missed, when it names a source and is confident enough. An addition never
takes what the rules find at the end of the article (a quotation attached to its cue), and it
is no denial's target. So the hybrid loses nothing the rules find on our own articles.

What the model finds but is no claim becomes a not-statement, as the rules do it: a
request, a refusal to comment, a question, an intention ("plans to file"), or content with
no clause of its own ("announced its findings").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from kg.extract import dates
from kg.extract.acts import text_why, verb_why
from kg.extract.described import UNNAMED_SOURCE
from kg.extract.directives import infinitive
from kg.extract.kinds import kind
from kg.extract.learned.bounds import bounded
from kg.extract.learned.features import ChunkView, Hint
from kg.extract.learned.tagger import AttributionTagger, Predicted
from kg.extract.lexicon import CLAIM_NOUNS, FIRST_PERSON, GROUP_PRONOUNS, PERSON_PRONOUNS
from kg.extract.model import Cue, QuoteType, Span
from kg.extract.reading import Found, Reading
from kg.extract.speakers import Ents, Speakers
from kg.extract.syntax import past_dateline, quoted_as

_PERSONAL = (PERSON_PRONOUNS | FIRST_PERSON | GROUP_PRONOUNS | {"who"}) - {"it", "its"}
_KNOWING = ("know", "realize", "realise")  # the writer vouches for what someone knows: no claim of theirs
_ASKING = ("whether", "if", "what", "who", "why", "how", "when", "where", "which")
_SETTING_DEPS = ("prep", "npadvmod", "advcl", "advmod", "agent")  # "said [during an interview] [on Tuesday]"


def _root(view: ChunkView, first: int, end: int) -> Token:
    tokens = [view.tokens[n] for n in range(first, end)]
    inside = {t.i for t in tokens}
    return next((t for t in tokens if t.head.i not in inside or t.head.i == t.i), tokens[0])


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def hints_of(found: list[Found]) -> list[Hint]:
    """The rules' attributions as a stacked model sees them: one hint per cue."""
    by_cue: dict[tuple[int, int], list[Found]] = {}
    for f in found:
        if f.cue is not None:
            by_cue.setdefault((f.cue.start, f.cue.end), []).append(f)
    hints = []
    for cue, parts in by_cue.items():
        mention = next((f.mention for f in parts if f.mention is not None), None)
        source = (mention.start, mention.end) if mention is not None else None
        hints.append(Hint(cue, source, tuple((f.start, f.end) for f in parts)))
    return hints


class Combiner:
    """Reads each parsed chunk with the model after the rules have read it."""

    def __init__(self, tagger: AttributionTagger, mode: str) -> None:
        self.tagger = tagger
        self.mode = mode

    def read_doc(self, reading: Reading, speakers: Speakers, base: int, doc: Doc, ents: Ents, first: int) -> None:
        """Combine the model's attributions in this chunk with ``reading.found[first:]``, the rules'."""
        rules = reading.found[first:]
        hints = hints_of(rules) if self.tagger.stacked else None
        view = self.tagger.view(doc, base, reading.quotes, hints)
        del reading.found[first:]
        if self.mode == "learned":
            reading.bare.clear()
            rules = []
        kept_rules = list(rules)
        rules_first = self.tagger.settings.rules_first
        for found in self.tagger.predict(view):
            predicted = replace(found, content=tuple(bounded(view, found.cue, run) for run in found.content))
            cue_span = view.span(*predicted.cue)
            twin = next((f for f in rules if f.cue is not None and _overlaps((f.cue.start, f.cue.end), cue_span)), None)
            contents = [view.span(*run) for run in predicted.content]
            same = _same_cue(rules, twin)
            clashing = [f for f in rules if f in same or any(_overlaps((f.start, f.end), c) for c in contents)]
            if rules_first and clashing:
                if not self._refines(view, predicted, same, rules):
                    continue
                clashing = [
                    f
                    for f in clashing
                    if f in same
                    or not (_holds(f, cue_span) or _reported(view, f, contents, same) or _set_apart(f, contents))
                ]
            if self.mode == "hybrid" and twin is None and not self._worth_adding(view, speakers, ents, predicted):
                continue
            kept_rules = [f for f in kept_rules if f not in clashing]
            self._add(reading, speakers, view, ents, predicted, twin)
        reading.found.extend(kept_rules)
        reading.found.sort(key=lambda f: (f.start, f.end))

    @staticmethod
    def set_aside(reading: Reading) -> list[Found]:
        """Take the hybrid's additions out of ``reading`` while the rules finish it (labelled lines,
        quotations attached to their cues): a quotation the model found alone in a chunk may be one
        the rules attach to its cue at the end of the article, and then it is the rules'."""
        added = [f for f in reading.found if f.added]
        reading.found[:] = [f for f in reading.found if not f.added]
        return added

    @staticmethod
    def restore(reading: Reading, added: list[Found]) -> None:
        """Put back the additions set aside whose content no attribution of the rules now overlaps
        (all runs of one, or none). A sure addition that quotes inside words of its own (``mixed``:
        'branded the plan "a costly detour" in its report') also takes back a quotation in it that the
        rules gave a cue of another sentence (the last speaker carrying on): the quotation has its
        speaker and cue in its own sentence."""
        carried = {id(f) for f in reading.found if _carried(reading, f)}

        def takes(f: Found, quotation: Found) -> bool:
            held = f.start <= quotation.start and quotation.end <= f.end
            return f.quote == "mixed" and not f.unsure and held and id(quotation) in carried

        def rivals(f: Found) -> bool:
            return any(_overlaps((f.start, f.end), (r.start, r.end)) and not takes(f, r) for r in reading.found)

        clash = {id(f.continues or f) for f in added if rivals(f)}
        kept = [f for f in added if id(f.continues or f) not in clash]
        reading.found[:] = [r for r in reading.found if not any(takes(f, r) for f in kept)]
        reading.found.extend(kept)
        reading.found.sort(key=lambda f: (f.start, f.end))

    def _refines(self, view: ChunkView, predicted: Predicted, same: list[Found], rules: list[Found]) -> bool:
        """Whether the model's spans replace the rules' reading of a cue both found (``same``):
        when the two agree on who said it (the sources overlap, or neither has one) and on nearly
        all of what was said (``refine_min_jaccard`` of the contents' characters, or the model's
        content holds all of the rules' and more: the rules stopped short at a boundary of their own,
        "called her vote" for "called her vote a mistake", where PolNeAR's content runs on), in as many
        statements (a content the model splits where the rules read one would add a statement,
        which denials then answer; a cue the model widens over another cue of the rules, "rejected
        claims by the anglers that ...", would swallow the claim the denial answers). The rules'
        kind, target and not-statement verdict stay; the model's boundaries of source, cue and
        content are likelier PolNeAR's. Where the two disagree, the rules' reading stays."""
        if len(same) != len(predicted.content):
            return False
        cue = view.span(*predicted.cue)
        if any(f.cue is not None and f not in same and _overlaps((f.cue.start, f.cue.end), cue) for f in rules):
            return False
        ours = {n for run in predicted.content for n in range(*view.span(*run))}
        theirs = {n for f in same for n in range(f.start, f.end)}
        close = len(ours & theirs) >= self.tagger.settings.refine_min_jaccard * len(ours | theirs)
        runs_on = theirs < ours and min(ours) == min(theirs) and self._runs_on(view, predicted, theirs, same, rules)
        if not (close or runs_on):
            return False
        mentions = [(f.mention.start, f.mention.end) for f in same if f.mention is not None]
        if predicted.source is None or not mentions:
            return predicted.source is None and not mentions
        return any(_overlaps(view.span(*predicted.source), m) for m in mentions)

    def _runs_on(
        self, view: ChunkView, predicted: Predicted, theirs: set[int], same: list[Found], rules: list[Found]
    ) -> bool:
        """Whether the model's content, holding all of the rules' (``theirs``) from the same first word,
        runs on where the rules stopped short: its further words are no part of another attribution of
        the rules (taking them would drop that one), report nothing of their own (no verb of the rules'
        cue lexicon, "a decision farmers say came without warning", no quotation, no paragraph break:
        what the rules attach or read apart) and do not say where or when it was said ("during a radio
        interview", "on Tuesday")."""
        contents = [view.span(*run) for run in predicted.content]
        if any(f not in same and any(_overlaps((f.start, f.end), c) for c in contents) for f in rules):
            return False
        cues = self.tagger.vocabulary.classes["all_cues"]
        cue = view.head_of(predicted.cue)
        for first, end in predicted.content:
            for n in range(first, end):
                tok = view.tokens[n]
                if view.base + tok.idx in theirs:
                    continue
                speaks = tok.pos_ == "VERB" and tok.lemma_.lower() in cues
                setting = tok.head.i == cue.i and tok.dep_ in _SETTING_DEPS
                if speaks or setting or tok.is_quote or (n + 1 < end and _breaks_after(tok)):
                    return False
        return True

    def _worth_adding(self, view: ChunkView, speakers: Speakers, ents: Ents, predicted: Predicted) -> bool:
        """Whether the hybrid adds an attribution the rules did not find: only with a source
        (a statement by "unnamed source" tells a reader little, and on our development set
        these were mostly misreadings) and with confidence enough (``added_min_confidence``,
        chosen on PolNeAR dev and our development set). Below that, down to
        ``speaker_min_confidence``, only when the source names someone who can hold a view: a person,
        an organisation or a role, or a personal pronoun ("she", "they", "who"). The model's
        less sure finds with a thing for a source ("the bulldozer pushed the mound", "the
        resolution requires approval") are mostly no attribution; with a speaker, about half are. Nor then
        what someone knows ("knew the harvest was lost": the writer vouches for it), a question put indirectly
        or a wish (``_claimed``): our development set reads them as no statement."""
        if predicted.source is None:
            return False
        settings = self.tagger.settings
        if predicted.confidence >= settings.added_min_confidence:
            return True
        sure_enough = predicted.confidence >= settings.speaker_min_confidence
        known = view.head_of(predicted.cue).lemma_.lower() in _KNOWING
        claims = not known and all(_claimed(view, run) for run in predicted.content)
        return sure_enough and claims and _speaking(view, speakers, ents, predicted.source)

    def _add(
        self,
        reading: Reading,
        speakers: Speakers,
        view: ChunkView,
        ents: Ents,
        predicted: Predicted,
        twin: Found | None,
    ) -> None:
        text, base, settings = reading.text, view.base, self.tagger.settings
        cue_head = view.head_of(predicted.cue)
        start, end = view.span(*predicted.cue)
        cue = Cue(text[start:end], start, end, cue_head.lemma_.lower())
        origin = twin.origin if twin is not None else None
        if predicted.source is not None:
            s, e = view.span(*_past_dateline(view, predicted.source))
            mention: Span | None = Span(text[s:e], s, e)
            if (
                twin is not None
                and twin.mention is not None
                and _overlaps((s, e), (twin.mention.start, twin.mention.end))
            ):
                speaker = twin.speaker
            elif not _worded(view, predicted.source):
                speaker = reading.table.unnamed(UNNAMED_SOURCE, None, None)
            else:
                root = quoted_as(cue_head) or _root(view, *predicted.source)  # "quoted its director as saying"
                read_to, reading.sentence = reading.sentence, reading.sentence_of(s)  # the model reads a chunk
                named, _, origin = speakers.speaker(base, root, ents)  # once the rules are past its end: ask as of
                reading.sentence = read_to  # the source's sentence ("The spokesman also took issue ...")
                speaker = named or speakers.described(root)
        else:
            mention = None
            speaker = twin.speaker if twin is not None else reading.table.unnamed(UNNAMED_SOURCE, None, None)
        dobj = next((c for c in cue_head.children if c.dep_ in ("dobj", "obj")), None)
        why = verb_why(cue_head, view.tokens[predicted.cue[1] - 1]) if cue_head.pos_ in ("VERB", "AUX") else None
        head: Found | None = None
        for run in predicted.content:
            s, e = reading.trim(*view.span(*run))
            if e <= s:
                continue
            s, e, quote = _quoted(reading, s, e)
            says = twin.why if twin is not None else why or text_why(text[s:e])
            if says is None and twin is None and quote == "indirect" and not _clause(view, run):
                says = "no-content"
            found = Found(
                speaker,
                s,
                e,
                kind(cue.lemma, origin, text[s:e], dobj),
                quote,
                mention,
                cue,
                origin,
                continues=head,
                why=says,
                confidence=predicted.confidence,
                added=self.mode == "hybrid" and twin is None,
                unsure=self.mode == "hybrid" and twin is None and predicted.confidence < settings.added_min_confidence,
            )
            if twin is not None:
                found.kind, found.about = twin.kind, twin.about
            sentence = view.tokens[run[0]].sent
            context = text[base + sentence.start_char : s] + " " + text[e : base + sentence.end_char]
            when = dates.resolve(context, reading.published)
            found.date = when.isoformat() if when else (twin.date if twin is not None else None)
            reading.found.append(found)
            head = head or found


def _carried(reading: Reading, found: Found) -> bool:
    """Whether ``found`` is a quotation the rules gave a cue of another sentence, and nothing carries it on."""
    if found.quote != "direct" or found.cue is None or found.continues is None:
        return False
    elsewhere = reading.sentence_of(found.cue.start) != reading.sentence_of(found.start)
    return elsewhere and not any(f.continues is found for f in reading.found)


def _worded(view: ChunkView, source: tuple[int, int]) -> bool:
    """Whether a source holds a word a party can be named after (not the "'s" of "Let's hope")."""
    return any(len(view.tokens[n].text) > 1 and view.tokens[n].is_alpha for n in range(*source))


def _speaking(view: ChunkView, speakers: Speakers, ents: Ents, source: tuple[int, int]) -> bool:
    """Whether a source names someone who speaks, as the rules tell it (``Speakers.can_speak``), or is a personal pronoun."""
    root = _root(view, *source)
    return speakers.can_speak(root, ents) or root.lower_ in _PERSONAL


def _claimed(view: ChunkView, run: tuple[int, int]) -> bool:
    """Whether a content run can hold a claim: not a question put indirectly ("did not address whether the
    owner would sell", "says what the council says back") nor what someone should do ("wants the state to
    require a permit": a wish, with its own subject and "to")."""
    first, root = view.tokens[run[0]], _root(view, *run)
    asked = first.lower_ in _ASKING and root.pos_ in ("VERB", "AUX")
    wished = infinitive(root) and any(c.dep_ == "nsubj" for c in root.children)
    return not (asked or wished)


def _same_cue(rules: list[Found], twin: Found | None) -> list[Found]:
    """The rules' attributions of ``twin``'s cue (a content split by "she said" is several)."""
    if twin is None or twin.cue is None:
        return []
    cue = (twin.cue.start, twin.cue.end)
    return [f for f in rules if f.cue is not None and (f.cue.start, f.cue.end) == cue]


def _past_dateline(view: ChunkView, source: tuple[int, int]) -> tuple[int, int]:
    """A source without the dateline that opens its sentence ("SEATTLE — The mayor ... said"): the
    place names nobody, and the rules never take it in; nor does a source reach back over a paragraph break
    into the headline."""
    first, end = source
    first = max([first] + [i + 1 for i in range(first, end - 1) if _breaks_after(view.tokens[i])])
    while first < end - 1 and past_dateline(view.tokens[first]):
        first += 1
    return first, end


def _breaks_after(tok: Token) -> bool:
    """Whether a paragraph ends right after ``tok`` (the view leaves out the parse's whitespace tokens)."""
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return "\n" in tok.whitespace_ or (after is not None and after.is_space and "\n" in after.text)


def _reported(view: ChunkView, found: Found, contents: list[tuple[int, int]], same: list[Found]) -> bool:
    """Whether ``found`` is the claim a denial or confirmation names in its content ("denied the union's
    claims that it had ignored complaints": the claim it answers), not a rival reading of it. Any other
    attribution with its cue in the model's content is one the model reads as none ("confirmed that
    inspectors had cited the buildings", "said it reported the cases within the hours the state
    requires"), and it goes."""
    cue = found.cue
    if cue is None or not any(s <= cue.start and cue.end <= e for s, e in contents):
        return False
    noun = view.doc.char_span(cue.start - view.base, cue.end - view.base)
    named = noun is not None and noun.root.pos_ == "NOUN" and cue.lemma in CLAIM_NOUNS
    return named and any(f.kind in ("denial", "confirmation") for f in same)


def _set_apart(found: Found, contents: list[tuple[int, int]]) -> bool:
    """Whether ``found`` is a refusal the rules read inside the model's content ("The landlord
    refused to repair the boiler, the tenants said": what the refusal leaves out, "to repair the
    boiler", an action or a no-comment). It counts for no claim, so it is no rival of the claim
    reporting it, and it stays. Other not-statements inside (a request, a headline's) go, as
    before: on our sample articles they were no attribution."""
    cue = found.cue
    refusal = found.why in ("action", "no-comment")
    return refusal and cue is not None and any(s <= cue.start and cue.end <= e for s, e in contents)


def _holds(found: Found, cue: tuple[int, int]) -> bool:
    """Whether ``cue`` lies in ``found``'s content: an attribution reported inside another
    ("said the office had refused to count them") is no rival of the one that reports it."""
    return found.start <= cue[0] and cue[1] <= found.end


def _clause(view: ChunkView, run: tuple[int, int]) -> bool:
    """Whether a content run says something of its own: it holds a finite verb, and is no noun phrase whose only
    verbs are in a clause describing it ("singles out Lund Freight, a company that it says bought ...")."""
    if _root(view, *run).pos_ in ("NOUN", "PROPN"):
        return False
    return any("Fin" in view.tokens[n].morph.get("VerbForm", []) for n in range(*run))


def _quoted(reading: Reading, start: int, end: int) -> tuple[int, int, QuoteType]:
    """A content inside one quotation is direct, and its text the words inside the marks (the
    JSON contract's ``text``); one that takes in a quotation and more is mixed, and widened to
    the whole quotation, closing mark included, as the rules read it."""
    quote = reading.in_quote(start)
    if quote is not None and end <= quote.outer_end:
        return max(start, quote.start), min(end, quote.end), "direct"
    return reading.quoting(start, end)
