"""Writers' blocks (issue 13): a body of text that belongs to a writer or issuer named once, without quote marks.

A letters page, a reader's letter to an advice column, a memo and an open letter printed in full, a post set as
a block quote or embedded with its signature, a statement box on a broadcaster's site and a letters page's
"X writes:" reply each give a party's words with no verb of saying in each sentence. Every sentence of such a
block is its writer's statement (cue null), and the reporter's own paragraphs around it stay out. Every sentence
here was written for these tests.
"""

from __future__ import annotations

import pytest
from extract_support import MODELS, run, said, speaker

from kg.extract.blocks import find_blocks
from kg.extract.chunks import paragraph_spans

LETTERS_PAGE = (
    "Letters: the Mill Street bus lane\n\n"
    "YOUR LETTERS\n\n"
    "A lane nobody uses\n\n"
    "Sir, the new bus lane on Mill Street has doubled my journey to work. I counted four buses in an hour on "
    "Tuesday. The borough promised a review after six months and has not held one.\n\n"
    "Gareth Pryce, Eastbrook\n\n"
    "Give it time\n\n"
    "Sir, I drive the number 12 along Mill Street every day. The lane has cut eleven minutes from the route.\n\n"
    "Sunita Rahman, Westfield Road\n\n"
    "The Courier welcomes letters. Please include your full address."
)

TO_THE_EDITOR = (
    "Readers write: school start times\n\n"
    "To the editor:\n\n"
    "The district's plan to move high school start times to 7:15 a.m. ignores what pediatricians have said for "
    "a decade. Teenagers need more sleep, not less.\n\n"
    "My daughter already leaves the house before sunrise. The board never surveyed parents before the vote. I "
    "would like to know who asked for this change.\n\n"
    "Rosa Delacroix, Fairview Heights\n\n"
    "Letters should be 200 words or fewer and may be edited for length."
)

ADVICE_COLUMN = (
    "Your rights: a landlord kept our deposit\n\n"
    "Q: We moved out of our flat in June and left it spotless. The letting agent has kept our £1,200 deposit "
    "for cleaning. We have photographs of every room. What can we do?\n"
    "Tomasz and Ewa Nowak, Reading\n\n"
    "A: The agent must protect your deposit in a government-backed scheme, and you can ask the scheme to rule."
)

MEMO = (
    "Plant closure memo tells staff jobs will move to Ohio\n\n"
    "Brightline Appliances told workers at its Dayton plant on Monday that their jobs would move. The memo, "
    "which a worker shared with the Ledger, read in full:\n\n"
    "Dear colleagues,\n\n"
    "Production of our dishwasher line will move to Columbus by March. Every employee will be offered a role "
    "there or a severance package.\n\n"
    "We know this news is hard to hear.\n\n"
    "Sincerely,\n"
    "Janet Okafor\n"
    "Chief Operating Officer\n\n"
    "The union said it had not been consulted."
)

OPEN_LETTER = (
    "Pilots urge port authority to delay dredging contract\n\n"
    "Forty harbour pilots have signed an open letter to the port authority. It is reproduced below.\n\n"
    "Dear Commissioner Lindqvist,\n\n"
    "The dredging plan approved last month leaves the north channel two metres shallower than the charts "
    "show. Two tankers touched bottom there in August.\n\n"
    "Signed,\n"
    "Captain Erik Haugen, President, North Sound Pilots Association"
)

STATEMENT_BOX = (
    "Families say care home ignored complaints; operator says inspections were clean\n\n"
    "RIVERTON, Ore. — Families of residents at Maple Court say staff ignored their complaints for months.\n\n"
    "Maple Court's operator sent KRVT the statement below.\n\n"
    "STATEMENT FROM EVERGREEN SENIOR LIVING\n\n"
    "Evergreen Senior Living is committed to the safety of every resident. Maple Court passed its last three "
    "state inspections.\n\n"
    "We have met with every family that raised a concern.\n\n"
    "The state licensing office said it had opened a review.\n\n"
    "If you have a story about a care home, email our newsroom."
)

STATEMENT_HEADING = (
    "District defends bus contract\n\n"
    "Parents packed Tuesday's board meeting to complain about late buses.\n\n"
    "Read the full statement from Fairview Unified:\n\n"
    "Fairview Unified added six drivers to its contract in September. Our buses were on time on 91% of "
    "routes last month.\n\n"
    "Parents said the figure did not match what they saw at their stops."
)

BLOCK_QUOTE = (
    "Startup founder says cloud host cut him off without warning\n\n"
    "Dev Malhotra posted about the shutdown on Saturday night:\n\n"
    "> Our host gave us six hours' notice. We had paid every invoice on time.\n"
    "> — Dev Malhotra on Mastodon, March 2, 2024\n\n"
    "The host, Nimbus Cloud, said the account broke its terms."
)

EMBEDDED_POST = (
    "Mayor's post on the budget draws fire\n\n"
    "The mayor defended the cuts in a post on Sunday morning.\n\n"
    "The library budget is not being cut. Branch hours are moving, not shrinking.\n"
    "— Carla Moreno (@MayorMoreno) June 9, 2024\n\n"
    "Library staff said the new hours would close two branches on Saturdays."
)

WRITES = (
    "Letters: the quarry plan\n\n"
    "THE COUNCIL RESPONDS\n\n"
    "Cllr Peter Hale, cabinet member for planning, writes: I have read your readers' letters with care. No "
    "decision has been taken on the quarry.\n\n"
    "Our officers will publish the noise study before any vote. I would urge residents to read it.\n\n"
    "The Chronicle welcomes letters. Please keep them under 250 words."
)

REPORTER_PROSE = (
    "Council approves harbour plan\n\n"
    "The council approved the harbour plan on Tuesday by seven votes to two.\n\n"
    "Councillor Dana Whitlow said the plan would bring 300 jobs.\n\n"
    "Harbour Plan Approved\n\n"
    "Opponents said they would appeal.\n"
    "— Reporting by Jane Ames; Editing by Tom Birch"
)


@pytest.mark.parametrize("model", MODELS)
def test_a_letters_page_gives_each_letter_to_its_signatory(model):
    x = run(LETTERS_PAGE, model)
    assert speaker(x, "has doubled my journey to work") == "Gareth Pryce"
    assert speaker(x, "I counted four buses in an hour") == "Gareth Pryce"
    assert speaker(x, "has not held one") == "Gareth Pryce"
    assert speaker(x, "I drive the number 12") == "Sunita Rahman"
    assert speaker(x, "cut eleven minutes") == "Sunita Rahman"
    assert said(x, "I counted four buses").cue is None
    assert not [s for s in x.statements if "Please include" in s.text or "Give it time" in s.text]


TITLED_LETTERS = (
    "Letters: the Mill Street bus lane\n\n"
    "Our story on the new bus lane drew forty letters. A selection follows, edited for length.\n\n"
    "A lane nobody uses\n\n"
    "The new lane on Mill Street has doubled my journey to work. I counted four buses in an hour on Tuesday.\n\n"
    "The borough promised a review after six months and has not held one.\n\n"
    "— Gareth Pryce, Eastbrook\n\n"
    "Give it time\n\n"
    "I drive the number 12 along Mill Street every day. The lane has cut eleven minutes from the route.\n\n"
    "— Sunita Rahman, Westfield Road\n\n"
    "From the depot\n\n"
    "I am a driver at Mill Street Buses and write only for myself. The timetable was set before the lane opened.\n\n"
    "— Name withheld, Eastbrook\n\n"
    "Letters may be sent to the editor; please include a town and a daytime phone number."
)


@pytest.mark.parametrize("model", MODELS)
def test_a_letter_under_its_title_and_over_a_dashed_signature_is_the_signers(model):
    x = run(TITLED_LETTERS, model)
    writers = {
        "doubled my journey": "Gareth Pryce",
        "has not held one": "Gareth Pryce",
        "eleven minutes": "Sunita Rahman",
    }
    assert {words: speaker(x, words) for words in writers} == writers
    assert said(x, "I counted four buses").cue is None
    outlets = ("selection follows", "daytime phone", "A lane nobody uses", "Give it time")
    assert [s.text for s in x.statements if any(words in s.text for words in outlets)] == []


def test_a_letter_signed_name_withheld_is_its_writers_as_the_letter_describes_them():
    x = run(TITLED_LETTERS)
    assert speaker(x, "timetable was set before the lane opened") == "driver at Mill Street Buses"
    assert said(x, "timetable was set before the lane opened").cue is None


def test_a_letters_pages_rubric_on_the_headline_never_speaks():
    x = run(TITLED_LETTERS)
    assert not [s for s in x.statements if "the Mill Street bus lane" in s.text]


@pytest.mark.parametrize("model", MODELS)
def test_a_letter_to_the_editor_runs_over_its_paragraphs_to_the_signature(model):
    x = run(TO_THE_EDITOR, model)
    assert speaker(x, "ignores what pediatricians have said") == "Rosa Delacroix"
    assert speaker(x, "Teenagers need more sleep") == "Rosa Delacroix"
    assert speaker(x, "never surveyed parents") == "Rosa Delacroix"
    assert [n.why for n in x.not_statements if "who asked for this change" in n.text] == ["question"]
    assert not [s for s in x.statements if "200 words" in s.text]


def test_a_readers_letter_to_an_advice_column_is_the_readers_and_its_question_no_claim():
    x = run(ADVICE_COLUMN)
    assert speaker(x, "left it spotless") == "Tomasz and Ewa Nowak"
    assert speaker(x, "We have photographs of every room") == "Tomasz and Ewa Nowak"
    assert "What can we do" in " ".join(n.text for n in x.not_statements if n.why == "question")
    assert not [s for s in x.statements if "government-backed" in s.text and s.speaker == said(x, "spotless").speaker]


@pytest.mark.parametrize("model", MODELS)
def test_a_memo_printed_in_full_is_its_signers_up_to_the_sign_off(model):
    x = run(MEMO, model)
    assert speaker(x, "will move to Columbus by March") == "Janet Okafor"
    assert speaker(x, "this news is hard to hear") == "Janet Okafor"
    assert not [s for s in x.statements if "Sincerely" in s.text or "Chief Operating Officer" in s.text]
    assert speaker(x, "had not been consulted") != "Janet Okafor"


def test_an_open_letter_is_its_signatorys():
    x = run(OPEN_LETTER)
    assert speaker(x, "two metres shallower than the charts") == "Erik Haugen"
    assert speaker(x, "Two tankers touched bottom") == "Erik Haugen"


@pytest.mark.parametrize("model", MODELS)
def test_a_statement_box_is_its_issuers_and_the_reporters_paragraphs_after_it_are_not(model):
    x = run(STATEMENT_BOX, model)
    assert speaker(x, "committed to the safety of every resident") == "Evergreen Senior Living"
    assert speaker(x, "passed its last three state inspections") == "Evergreen Senior Living"
    assert speaker(x, "We have met with every family") == "Evergreen Senior Living"
    assert speaker(x, "had opened a review") != "Evergreen Senior Living"
    assert not [s for s in x.statements if "email our newsroom" in s.text]


def test_a_read_the_full_statement_heading_gives_the_paragraph_under_it_to_its_issuer():
    x = run(STATEMENT_HEADING)
    assert speaker(x, "added six drivers") == "Fairview Unified"
    assert speaker(x, "on time on 91% of routes") == "Fairview Unified"
    assert speaker(x, "did not match what they saw") != "Fairview Unified"


@pytest.mark.parametrize("text", [BLOCK_QUOTE, EMBEDDED_POST])
def test_a_post_signed_under_a_dash_is_its_authors(text):
    x = run(text)
    who = "Dev Malhotra" if text is BLOCK_QUOTE else "Carla Moreno"
    first = "six hours' notice" if text is BLOCK_QUOTE else "is not being cut"
    second = "paid every invoice" if text is BLOCK_QUOTE else "moving, not shrinking"
    assert speaker(x, first) == who
    assert speaker(x, second) == who
    assert not [s for s in x.statements if "Mastodon" in s.text or "@MayorMoreno" in s.text]


@pytest.mark.parametrize("model", MODELS)
def test_writes_hands_the_rest_of_the_reply_to_its_writer_but_not_the_outlets_note(model):
    x = run(WRITES, model)
    assert speaker(x, "No decision has been taken") == "Peter Hale"
    assert speaker(x, "publish the noise study before any vote") == "Peter Hale"
    assert not [s for s in x.statements if "welcomes letters" in s.text and s.speaker == said(x, "No decision").speaker]


def test_a_headline_a_subheading_and_a_credit_line_are_no_signatures():
    assert find_blocks(REPORTER_PROSE, paragraph_spans(REPORTER_PROSE)) == []
    x = run(REPORTER_PROSE)
    assert speaker(x, "would bring 300 jobs") == "Dana Whitlow"


LISTED_TRADE = (
    "Northwind sues freight broker over lost loads\n\n"
    "Northwind Logistics filed suit against Carrow Freight in Denver on Tuesday. Among its claims:\n\n"
    "• Carrow double-booked 40 loads in March and billed for both.\n"
    "• Carrow's dispatchers ignored temperature alarms on two refrigerated trailers.\n\n"
    "Carrow did not respond to a request for comment."
)

LISTED_REPORT = (
    "Audit faults county over ambulance response times\n\n"
    "Auditor General Mara Quist released her review of the county ambulance contract on Monday. Its key "
    "findings:\n\n"
    "- Ambulances missed the 12-minute target on a third of rural calls.\n"
    "- The county never fined the contractor for a missed target.\n\n"
    "What happens next:\n\n"
    "- The board votes on the contract in June.\n"
    "- Residents can comment at the May 3 hearing."
)

SIDES = (
    "Bus drivers' strike: where things stand\n\n"
    "The strike entered its second week on Monday.\n\n"
    "- Harbor Transit's claim: the union walked away from a 9% raise over three years.\n"
    "- Local 12's answer: the raise was tied to split shifts with two unpaid hours a day.\n\n"
    "Talks resume Thursday."
)


@pytest.mark.parametrize("model", MODELS)
def test_bullets_under_among_its_claims_are_the_filers_allegations(model):
    x = run(LISTED_TRADE, model)
    assert speaker(x, "double-booked 40 loads") == "Northwind Logistics"
    assert speaker(x, "ignored temperature alarms") == "Northwind Logistics"
    assert said(x, "double-booked 40 loads").kind == "allegation"


def test_bullets_under_its_key_findings_are_the_reports_and_a_plain_list_is_no_ones():
    x = run(LISTED_REPORT)
    assert speaker(x, "missed the 12-minute target") == "Mara Quist"
    assert speaker(x, "never fined the contractor") == "Mara Quist"
    assert not [s for s in x.statements if "votes on the contract" in s.text or "May 3 hearing" in s.text]


@pytest.mark.parametrize("model", MODELS)
def test_a_bullet_labelled_with_a_partys_claim_or_answer_is_that_partys(model):
    x = run(SIDES, model)
    assert speaker(x, "walked away from a 9% raise") == "Harbor Transit"
    assert said(x, "walked away from a 9% raise").kind == "allegation"
    assert speaker(x, "tied to split shifts") == "Local 12"
    assert said(x, "tied to split shifts").kind == "denial"
