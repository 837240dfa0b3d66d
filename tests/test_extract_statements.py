"""Extraction on sentences written for these tests: who said what, how, and about whom.

Every extraction here is checked for the offset invariant: a statement's text, its cue,
its speaker mention and every party mention are exactly the article's characters there.
"""

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.extract import EXTRACTOR_VERSION, extract, extract_many
from kg.extract.model import Article, Extraction


def check(x: Extraction) -> Extraction:
    text = x.article.text
    for s in x.statements:
        assert text[s.start : s.end] == s.text and s.text, s
        for span in (s.cue, s.speaker_mention, s.origin):
            if span is not None:
                assert text[span.start : span.end] == span.text, span
        assert s.speaker in {p.id for p in x.parties}
        assert s.direct == (s.quote == "direct")
    for p in x.parties:
        for m in p.mentions:
            assert text[m.start : m.end] == m.text
    return x


def run(text: str, published: str | None = "2021-01-12") -> Extraction:
    return check(extract(Article("test", text, published=published)))


def only(x: Extraction, **expected):
    matching = [s for s in x.statements if all(getattr(s, k) == v for k, v in expected.items())]
    assert len(matching) == 1, (expected, [(s.text, s.speaker, s.kind) for s in x.statements])
    return matching[0]


def name(x: Extraction, party_id: str | None) -> str | None:
    return x.party(party_id).name if party_id else None


# ----- direct quotes -------------------------------------------------------------


def test_quote_then_speaker():
    x = run('"We will appeal the ruling," Dana Whitfield said on Monday.')
    s = only(x, text="We will appeal the ruling")
    assert name(x, s.speaker) == "Dana Whitfield" and s.quote == "direct" and s.direct
    assert s.cue.lemma == "say" and s.speaker_mention.text == "Dana Whitfield"
    assert s.date == "2021-01-11"


def test_speaker_inverted_after_quote():
    x = run("“The budget is balanced,” said Tom Becker, the city treasurer.")
    s = only(x, text="The budget is balanced")
    assert name(x, s.speaker) == "Tom Becker"
    assert x.party(s.speaker).role == "treasurer"


def test_speaker_before_colon_quote():
    x = run("Maria Chen said: “Safety comes before everything else.”")
    s = only(x, text="Safety comes before everything else.")
    assert name(x, s.speaker) == "Maria Chen" and s.direct


def test_split_quote_gives_two_statements_of_one_speaker():
    x = run('"We have waited a decade for this," Mayor Elena Ruiz said, "and the city deserves it."')
    first = only(x, text="We have waited a decade for this")
    second = only(x, text="and the city deserves it.")
    assert first.speaker == second.speaker and name(x, first.speaker) == "Elena Ruiz"
    assert second.continues == first.id
    assert x.party(first.speaker).role == "mayor"


def test_quote_continues_over_paragraphs():
    text = (
        'Councilman Tom Becker voted no. "The budget does not add up," he said. "We are borrowing.\n\n'
        '"Nobody has explained the loans."\n\nThe vote passed.'
    )
    x = run(text)
    first = only(x, text="The budget does not add up")
    rest = only(x, text="We are borrowing")
    last = only(x, text="Nobody has explained the loans.")
    assert name(x, rest.speaker) == name(x, last.speaker) == "Tom Becker" and rest.direct and last.direct
    assert (rest.continues, last.continues) == (first.id, rest.id)


def test_typographic_marks_of_every_kind():
    for opening, closing in ("«»", "„“", "‹›", "「」", "‘’", "“”", '""'):
        x = run(f"{opening}Prices reflect our costs{closing}, said Ingrid Solberg.")
        s = only(x, text="Prices reflect our costs")
        assert name(x, s.speaker) == "Ingrid Solberg", opening


def test_unbalanced_quote_is_recovered_not_dropped():
    x = run(
        "Amir Haddad runs a fan forum. “The lineup is worth every cent, Haddad said on Friday.\n\n"
        "He said fans were happy."
    )
    s = only(x, text="The lineup is worth every cent")
    assert name(x, s.speaker) == "Amir Haddad"
    assert any(t.text == "fans were happy" for t in x.statements)


def test_scare_quotes_make_mixed_quotes():
    x = run('The senator said the bill was "a total disgrace" and would fail.')
    s = only(x, speaker_mention=x.statements[0].speaker_mention)
    assert s.quote == "mixed" and not s.direct
    assert s.text == 'the bill was "a total disgrace" and would fail'


# ----- indirect speech -----------------------------------------------------------


def test_said_that_content_is_the_clause():
    x = run("Voltra Motors said on Thursday that it would recall 12,000 sedans.")
    s = only(x, quote="indirect")
    assert s.text == "that it would recall 12,000 sedans"
    assert name(x, s.speaker) == "Voltra Motors" and s.kind == "claim"


def test_alleged_is_an_allegation():
    x = run("Rachel Okafor alleged that Greystone Construction had overbilled the city.")
    s = only(x, cue=x.statements[0].cue)
    assert s.kind == "allegation" and s.text == "that Greystone Construction had overbilled the city"


def test_told_outlet():
    x = run("Parler CEO John Matze told Fox News that the company had 24 hours' notice.")
    s = x.statements[0]
    assert s.text == "that the company had 24 hours' notice" and s.cue.lemma == "tell"
    matze = x.party(s.speaker)
    assert matze.name == "John Matze" and matze.role == "ceo" and name(x, matze.affiliation) == "Parler"


def test_according_to():
    x = run("According to the National Weather Service, winds could reach 90 miles per hour.")
    s = x.statements[0]
    assert s.cue.text == "According to" and s.text == "winds could reach 90 miles per hour"
    assert name(x, s.speaker) == "National Weather Service"


def test_according_to_at_sentence_end():
    x = run("Apple had already pulled the app, according to The Wall Street Journal.")
    s = x.statements[0]
    assert s.text == "Apple had already pulled the app"
    assert name(x, s.speaker) == "The Wall Street Journal"
    assert x.party(s.speaker).type == "Organization"


def test_outlet_reports():
    x = run("The Wall Street Journal reported that Parler sued Amazon.")
    s = only(x, cue=x.statements[0].cue)
    assert name(x, s.speaker) == "The Wall Street Journal" and s.text == "that Parler sued Amazon"


def test_interrupted_clause():
    x = run("The average weekly benefit, the agency says, would be $300.")
    (s,) = x.statements  # one claim, its span running over the aside (statements are contiguous)
    assert s.text == "The average weekly benefit, the agency says, would be $300" and s.cue.text == "says"


def test_parenthetical_after_content():
    x = run("Secret talks had begun in March, officials said.")
    s = x.statements[0]
    assert s.text == "Secret talks had begun in March" and s.speaker_mention.text == "officials"


# ----- documents, roles, spokespeople ----------------------------------------------


def test_complaint_origin_and_speaker():
    text = (
        "Parler sued Amazon in federal court on Monday. In a complaint filed Monday, Parler alleged "
        "that AWS acted out of political animus. The complaint also alleged a breach of contract."
    )
    x = run(text)
    first = only(x, text="that AWS acted out of political animus")
    assert first.kind == "allegation" and first.origin.kind == "court filing"
    assert name(x, first.origin.made_by) == "Parler" and first.date == "2021-01-11"
    second = only(x, text="a breach of contract")
    assert name(x, second.speaker) == "Parler" and second.origin.kind == "court filing"
    assert second.speaker_mention.text == "The complaint"


def test_according_to_the_complaint():
    text = "Parler sued Amazon on Monday. According to the complaint, Amazon breached its contract."
    x = run(text)
    s = only(x, text="Amazon breached its contract")
    assert name(x, s.speaker) == "Parler" and s.origin.kind == "court filing" and s.kind == "allegation"


def test_statement_origin():
    x = run("Amazon said in a statement that the suit had no merit.")
    s = x.statements[0]
    assert s.origin.kind == "press statement" and name(x, s.origin.made_by) == "Amazon"


def test_unnamed_spokesperson_speaks_for_the_organisation():
    text = (
        'Amazon Web Services (AWS) suspended the site. "There is no merit to these claims," '
        "an AWS spokesperson said. The spokesperson said the site hosted violent posts."
    )
    x = run(text)
    first = only(x, text="There is no merit to these claims")
    spokes = x.party(first.speaker)
    assert spokes.type == "Person" and spokes.role == "spokesperson" and spokes.name == "AWS spokesperson"
    assert name(x, spokes.affiliation) == "Amazon Web Services" and first.on_behalf_of == spokes.affiliation
    second = only(x, text="the site hosted violent posts")
    assert second.speaker == first.speaker and second.on_behalf_of == spokes.affiliation
    aws = x.party(spokes.affiliation)
    assert "AWS" in aws.aliases


def test_named_spokesman_with_role_title():
    x = run('"These allegations are false," said Greystone spokesman Victor Lane.')
    s = x.statements[0]
    lane = x.party(s.speaker)
    assert lane.name == "Victor Lane" and lane.role == "spokesperson"
    assert name(x, lane.affiliation) == "Greystone" and s.on_behalf_of == lane.affiliation


def test_appositive_role_with_possessive_company():
    x = run("Parler is a social network. John Matze, the company's CEO, said the app would return.")
    s = only(x, text="the app would return")
    matze = x.party(s.speaker)
    assert matze.name == "John Matze" and matze.role == "ceo" and name(x, matze.affiliation) == "Parler"


# ----- coreference ---------------------------------------------------------------


def test_pronouns_surnames_and_the_company():
    text = (
        "Voltra Motors recalled 12,000 sedans on Thursday. The company said no injuries had been reported. "
        "Maria Chen, its head of safety, said the fault was found in testing. Chen said owners would be "
        "contacted. She added that repairs take an hour."
    )
    x = run(text)
    company = only(x, text="no injuries had been reported")
    assert name(x, company.speaker) == "Voltra Motors"
    chen = {
        only(x, text=t).speaker
        for t in ("the fault was found in testing", "owners would be contacted", "that repairs take an hour")
    }
    assert len(chen) == 1 and name(x, chen.pop()) == "Maria Chen"


def test_pronoun_prefers_the_main_subject():
    text = "In a complaint, Parler alleged that AWS acted in bad faith. It also accused Amazon of breach of contract."
    x = run(text)
    s = only(x, text="breach of contract")
    assert name(x, s.speaker) == "Parler" and s.kind == "allegation" and name(x, s.about) == "Amazon"


def test_acronym_resolves_to_the_full_name():
    text = (
        "The National Highway Traffic Safety Administration said it was reviewing the recall. "
        "NHTSA said owners could check online."
    )
    x = run(text)
    a = only(x, text="it was reviewing the recall")
    b = only(x, text="owners could check online")
    assert a.speaker == b.speaker and "NHTSA" in x.party(a.speaker).aliases


# ----- denials and confirmations ---------------------------------------------------


def test_denial_disputes_the_named_partys_allegations():
    text = (
        "The city's auditor, Rachel Okafor, alleged on Monday that Greystone Construction had overbilled "
        "the city. Greystone Construction denied Okafor's accusations. A foreman, Luis Ortega, "
        "confirmed the auditor's account."
    )
    x = run(text)
    allegation = only(x, kind="allegation")
    assert name(x, allegation.speaker) == "Rachel Okafor"
    denial = only(x, kind="denial")
    assert name(x, denial.speaker) == "Greystone Construction"
    assert denial.disputes == [allegation.id] and denial.disputes_party == allegation.speaker
    confirmation = only(x, kind="confirmation")
    assert name(x, confirmation.speaker) == "Luis Ortega"
    assert confirmation.confirms == [allegation.id] and confirmation.confirms_party == allegation.speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "Amazon rejected the claims.",
        "Amazon disputed that account.",
        "Amazon called the allegations baseless.",
        '"There is no merit to these claims," Amazon said.',
    ],
)
def test_denial_wordings(sentence):
    x = run("Parler alleged that Amazon broke its contract. " + sentence)
    allegation = only(x, kind="allegation")
    denial = only(x, kind="denial")
    assert name(x, denial.speaker) == "Amazon"
    assert denial.disputes == [allegation.id] and name(x, denial.disputes_party) == "Parler"


@pytest.mark.parametrize(
    "text",
    [
        "Harbor Freight denied wrongdoing.",
        'The council rejected the proposal. "We will not change course," the mayor said.',
        "Nobody else spoke. The ferry operator flatly denied the reports of overcrowding.",
    ],
)
def test_a_denial_links_only_what_the_article_reports(text):
    """With nothing reported to answer, a denial disputes nothing (tests/test_extract_denials_unanswered.py)."""
    x = run(text)
    for s in x.statements:
        if s.kind == "denial":
            assert not s.disputes and s.disputes_party is None, s
        if s.kind == "confirmation":
            assert s.confirms or s.confirms_party, s


def test_denial_before_the_claim_it_answers():
    x = run("Amazon denied the allegations. Parler alleged that Amazon broke its contract.")
    denial = only(x, kind="denial")
    assert name(x, denial.disputes_party) == "Parler" and denial.disputes


def test_supporting_an_account_is_a_confirmation():
    x = run("Rachel Okafor alleged that the firm overbilled the city. The mayor's office supported Okafor's findings.")
    c = only(x, kind="confirmation")
    assert name(x, c.confirms_party) == "Rachel Okafor" and len(c.confirms) == 1


# ----- dates -------------------------------------------------------------------


@pytest.mark.parametrize(
    "words, expected",
    [
        ("on Monday", "2021-01-11"),
        ("yesterday", "2021-01-11"),
        ("on Jan. 8", "2021-01-08"),
        ("on Tuesday", "2021-01-12"),
        ("on Wednesday", "2021-01-06"),
        ("on Dec. 30", "2020-12-30"),
    ],
)
def test_statement_dates_from_publication(words, expected):
    x = run(f"Parler said {words} that it would sue.")
    assert x.statements[0].date == expected


def test_no_publication_date_means_weekday_is_not_guessed():
    x = run("Parler said on Monday that it would sue.", published=None)
    assert x.statements[0].date is None


# ----- robustness and the batch API ----------------------------------------------------


def test_empty_and_blank_texts_give_nothing():
    for text in ("", "   \n\n  "):
        x = run(text)
        assert x.statements == [] and x.parties == []


def test_extract_many_keeps_order_and_matches_single():
    articles = [
        Article(f"a{i}", t)
        for i, t in enumerate(
            ["Amazon said the suit had no merit.", "", "“Hello,” she said.", "Parler alleged fraud, officials said."]
        )
    ]
    many = list(extract_many(articles, batch_size=2))
    assert [x.article.source for x in many] == ["a0", "a1", "a2", "a3"]
    for x, article in zip(many, articles):
        assert check(x).to_json() == extract(article).to_json()


def test_offsets_survive_chunking(monkeypatch):
    from kg.extract import chunks

    paragraph = "Filler words about the weather fill this paragraph. " * 8
    text = "\n\n".join(
        [
            paragraph,
            '"The storm was fierce," Dana Whitfield said.',
            paragraph,
            "The coast guard warned that residents should stay indoors.",
        ]
        * 3
    )
    whole = run(text)
    monkeypatch.setattr(chunks, "CHUNK_CHARS", 300)
    small = run(text)
    assert [(s.start, s.end, name(small, s.speaker)) for s in small.statements] == [
        (s.start, s.end, name(whole, s.speaker)) for s in whole.statements
    ]
    assert len(small.statements) == 6


def test_a_new_extractor_version_extracts_unchanged_articles_again(tmp_path, monkeypatch, capsys):
    """The version stored with an article graph decides whether `kg load` may skip the article."""
    from kg.build.namespace import QG
    from kg.cli import main
    from kg.store import open_store

    article = tmp_path / "story.txt"
    article.write_text("Parler said on Monday that it would sue Amazon.\n", encoding="utf-8")
    store = str(tmp_path / "store")

    def load() -> str:
        assert main(["load", str(article), "--store", store]) == 0
        return capsys.readouterr().out.split()[0]

    assert [load(), load()] == ["loaded", "unchanged"]
    monkeypatch.setattr("kg.extract.EXTRACTOR_VERSION", EXTRACTOR_VERSION + "+next")
    assert [load(), load()] == ["loaded", "unchanged"]
    opened = open_store(store, read_only=True)
    try:
        rows = opened.query(f"SELECT ?v WHERE {{ ?a a <{QG.ArticleGraph}> ; <{QG.extractorVersion}> ?v }}")
        assert {row["v"].value for row in rows} == {EXTRACTOR_VERSION + "+next"}
    finally:
        opened.close()


_ODD = list("abcXYZ .,;:!?'’‘\"“”„«»‹›「」\n\t\u00a0\u200b\u0301é漢字🙂שלום") + [
    " said ",
    " told ",
    "Parler ",
    "Amazon ",
    " he ",
    " according to ",
    " that ",
    "\n\n",
]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_ODD), max_size=60).map("".join))
def test_odd_unicode_never_raises_and_offsets_hold(text):
    run(text)


def test_megabyte_text_is_parsed_in_chunks_below_the_model_limit():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.max_length = 50_000
    paragraph = 'Officials said the bridge would reopen. "It is safe," the mayor said. '
    text = ("\n\n".join([paragraph * 20] * 800))[:1_050_000]
    assert len(text) > 1_000_000
    x = check(extract(Article("long", text), nlp=nlp))
    assert x.article.text is text


def test_transcript_and_headline_lines_name_their_speaker():
    text = (
        "Mayor Ruiz: Library Expansion Is Worth Every Cent\n\n"
        "The interview, in part:\n\n"
        "HOST: Why now?\n\n"
        "RUIZ: Because the children of this city have waited a decade.\n\n"
        "Note: This transcript was edited for length."
    )
    x = run(text)
    ruiz = only(x, text="Because the children of this city have waited a decade")
    assert ruiz.cue.text == ":" and ruiz.speaker_mention.text == "RUIZ"
    headline = only(x, text="Library Expansion Is Worth Every Cent")
    assert headline.speaker_mention.text == "Mayor Ruiz"
    assert not any(s.text.startswith("This transcript") for s in x.statements)


def test_quotation_signed_after_a_dash_is_its_signers():
    text = (
        "Readers told us what they think of the new stadium.\n"
        "“It will bring jobs to the east side. I am all for it.” ― Marisol Ortega, 41, Fresno\n"
        "“Nobody asked the neighbours.”― Tom Becker."
    )
    x = run(text)
    s = only(x, text="It will bring jobs to the east side")
    assert name(x, s.speaker) == "Marisol Ortega" and s.cue.text == "―" and s.direct
    assert only(x, text="I am all for it.").continues == s.id
    assert name(x, only(x, text="Nobody asked the neighbours.").speaker) == "Tom Becker"


def test_datelines_and_lead_ins_are_not_speakers():
    text = (
        "SEATTLE — The ferry schedule will change in May, officials said.\n\n"
        "So: what does it mean for riders?\n\n"
        "Harbor Freight: Ferry Delays Were Not Our Fault"
    )
    x = run(text)
    assert not any(s.speaker_mention and s.speaker_mention.text in ("SEATTLE", "So") for s in x.statements)
    assert only(x, text="Ferry Delays Were Not Our Fault").speaker_mention.text == "Harbor Freight"


def test_dateline_before_the_speaker_is_skipped():
    x = run("SEATTLE — The mayor, speaking at a rally, said the levy would pass.")
    s = only(x, text="the levy would pass")
    assert s.speaker_mention.text == "The mayor"


def test_closing_which_clause_is_not_part_of_an_object_content():
    x = run("Councilwoman Dana Whitfield rejected the audit, which was published last week.")
    assert only(x, text="the audit").cue.text == "rejected"


def test_content_runs_past_a_setting_phrase_to_what_was_said():
    x = run("Senator Lee attacked his rivals on stage for taking money from lobbyists.")
    s = only(x, speaker_mention=x.statements[0].speaker_mention)
    assert s.text == "his rivals on stage for taking money from lobbyists"
    y = run("Senator Lee accused his rivals on Friday of taking money from lobbyists.")
    assert only(y, speaker_mention=y.statements[0].speaker_mention).text == "taking money from lobbyists"


def test_paragraph_ending_with_a_colon_introduces_the_next():
    text = (
        "The council met on Monday.\n\n"
        "Ortiz said:\n\n"
        '"We will rebuild the bridge by spring. Nobody should doubt that."\n\n'
        "The council chair, Dana Whitfield, added:\n\n"
        "The budget is tight, but we found the money for the repairs."
    )
    x = run(text)
    quoted = only(x, text="We will rebuild the bridge by spring")
    assert name(x, quoted.speaker) == "Ortiz" and quoted.direct
    assert only(x, text="Nobody should doubt that.").continues == quoted.id
    block = only(x, text="The budget is tight, but we found the money for the repairs")
    assert name(x, block.speaker) == "Dana Whitfield" and block.cue.text == "added"


def test_according_to_inside_a_sentence_governs_both_halves():
    x = run("Ticket sales rose 10 percent last year, according to the Tourism Board, and hotel prices fell.")
    head = only(x, text="Ticket sales rose 10 percent last year")
    tail = only(x, text="and hotel prices fell")
    assert head.cue.text == "according to" and tail.continues == head.id


@pytest.mark.parametrize(
    "sentence, cue, content",
    [
        ("Mayor Ruiz spoke warmly of her predecessor.", "spoke warmly of", "her predecessor"),
        ("The senator spoke out about the closures.", "spoke out about", "the closures"),
        ("Residents complained about the noise from the plant.", "complained about", "the noise from the plant"),
        ("Lee responded by cutting the fee in half.", "responded by", "cutting the fee in half"),
    ],
)
def test_cues_made_by_a_preposition(sentence, cue, content):
    """The cue takes in its preposition, whether what follows says something ("complained about the noise") or only
    names what was spoken of ("spoke warmly of her predecessor", kept apart as no content)."""
    x = run(sentence)
    found = [s for s in [*x.statements, *x.not_statements] if s.text == content]
    assert len(found) == 1 and found[0].cue.text == cue, found


def test_speaking_alone_is_not_a_statement():
    assert not run("Mayor Ruiz spoke for an hour in the rain.").statements


def test_a_sign_reads_its_quotation():
    x = run("Outside the hall, one banner read: “Save our library.”")
    assert x.statements == []  # a slogan asks: kept apart as a request, with who "said" it
    (s,) = x.not_statements
    assert (s.text, s.why, s.cue.lemma, s.speaker_mention.text) == (
        "Save our library.",
        "request",
        "read",
        "one banner",
    )


def test_quotation_goes_on_past_the_speakers_own_aside():
    x = run('"We remain ready to talk," Dana Whitfield said, referring to the union. "The offer still stands."')
    first = only(x, text="We remain ready to talk")
    second = only(x, text="The offer still stands.")
    assert second.continues == first.id and second.speaker == first.speaker


@pytest.mark.parametrize(
    "sentence, who",
    [
        ("In the survey, nine in 10 said they thought the levy was too high.", "nine in 10"),
        ("Most of the residents said they thought the levy was too high.", "most of the residents"),
    ],
)
def test_a_share_of_those_polled_speaks_for_itself(sentence, who):
    x = run(sentence)
    assert name(x, only(x, text="they thought the levy was too high").speaker) == who


def test_a_possessed_claim_with_its_clause_is_the_possessors_statement():
    x = run("The council rejected Mayor Lena Ortiz's claim that the levy is too small.")
    claim = only(x, text="the levy is too small")
    assert claim.text == "the levy is too small"  # without "that", as any reported clause
    assert name(x, claim.speaker) == "Lena Ortiz" and claim.cue.text == "claim" and claim.kind == "claim"
    denial = only(x, kind="denial")
    assert denial.disputes == [claim.id]


def test_in_her_view_gives_the_view_of_the_person_named_before():
    x = run("Dana Price runs the port. In her view, the harbour expansion will pay for itself within a decade.")
    s = only(x, text="the harbour expansion will pay for itself within a decade")
    assert name(x, s.speaker) == "Dana Price" and s.cue.text == "In her view"


def test_a_survey_finds_what_a_person_only_happens_upon():
    x = run("A survey by the Coastal Institute found wide support for the ferry subsidy.")
    s = only(x, text="wide support for the ferry subsidy")
    assert name(x, s.speaker) == "Coastal Institute" and s.cue.lemma == "find"
    assert run("Maria Lopez found her keys in the car.").statements == []


@pytest.mark.parametrize(
    "sentence, cue, text",
    [
        ("Rita Gomez warned of delays at the border crossing.", "warned of", "delays at the border crossing"),
        (
            "Chen Wei referred to the audit as a turning point for the agency.",
            "referred to",
            "the audit as a turning point for the agency",
        ),
    ],
)
def test_cues_that_report_through_a_preposition(sentence, cue, text):
    s = only(run(sentence), text=text)
    assert s.cue.text == cue


def test_the_unnamed_asker_and_an_intention_are_not_statements():
    x = run("Asked about the delay, Transport Minister Sara Lind said the trains would run by May.")
    assert [(name(x, s.speaker), s.text) for s in x.statements] == [("Sara Lind", "the trains would run by May")]
    x = run("Ali Khan vowed to reject the offer.")
    assert [(s.cue.text, s.text) for s in x.statements] == [("vowed", "to reject the offer")]


def test_a_share_of_people_can_speak_and_a_saying_clause_is_its_own_statement():
    x = run("Nine in 10 voters said the economy was their top concern.")
    assert name(x, only(x, text="the economy was their top concern").speaker).lower() == "nine in 10 voters"
    x = run("Governor Amy Holt said the budget was balanced, saying the reserves were intact.")
    assert {s.text for s in x.statements} == {"the budget was balanced", "the reserves were intact"}


@pytest.mark.parametrize(
    "text, called, charge",
    [
        (
            "School protest\n\nIn a statement, the school board called the protest unnecessary and accused parent "
            "groups of spreading false rumors.",
            "the protest unnecessary",
            "spreading false rumors",
        ),
        (
            "Audit fight\n\nThe county called the audit unfair and accused state officials of ignoring its records.",
            "the audit unfair",
            "ignoring its records",
        ),
    ],
)
def test_a_second_cue_joined_to_called_x_y_is_its_own_statement(text, called, charge):
    x = extract(Article("test", text, published="2024-05-14"))
    texts = {s.text: s for s in x.statements}
    assert called in texts and charge in texts, list(texts)
    assert texts[charge].kind == "allegation" and texts[charge].speaker == texts[called].speaker
