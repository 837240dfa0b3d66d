"""Statements printed whole after a lead-in (issue 13): "A spokeswoman said:" over bullets, "The statement
reads:" over paragraphs, a numbered statement under a heading that names a board. Every sentence printed there
is its owner's statement, and the reporter's paragraphs after it stay the reporter's. Every sentence here was
written for these tests, in the styles of an investigation, a wire story, a sports club, a charity and a
government department.
"""

from __future__ import annotations

import pytest
from extract_support import MODELS, run, said, speaker

from kg.extract.chunks import paragraph_spans
from kg.extract.model import Extraction
from kg.extract.printed import _body


def alone(x: Extraction, words: str) -> str:
    """The speaker of the statement that begins with ``words``: one printed sentence (or point), not a blob."""
    found = [s for s in x.statements if s.text.startswith(words)]
    assert found, f"no statement begins {words!r}: {[s.text for s in x.statements]}"
    return next(p.name for p in x.parties if p.id == found[0].speaker)


INVESTIGATION = (
    "Inside the bus firm skipping safety checks\n\n"
    "Drivers at Harrow Coaches say vehicles are sent out with faults logged but never repaired, according to "
    "records seen by the Chronicle.\n\n"
    "Right of reply\n\n"
    "We put these findings to Harrow Coaches last week. A company spokesman said:\n\n"
    "- Every vehicle is inspected each morning before it leaves the depot.\n"
    "- No driver has ever been told to take out a bus with a known fault.\n"
    "- The company has no record of the logbook entries the Chronicle describes.\n\n"
    "Harrow Coaches' licence is due for renewal in the autumn."
)

WIRE = (
    "Port operator rejects union's safety claims\n\n"
    "ROTTERDAM, May 3 (Wire) - A dock workers' union accused Maasport of cutting crane inspections to save money.\n\n"
    "Maasport answered in a written statement on Friday. The statement reads:\n\n"
    "Our cranes are inspected every six weeks, as the law requires. We have increased maintenance spending in "
    "each of the past three years.\n\n"
    "We invite the union to visit any terminal at any time.\n\n"
    "The union said it would raise the matter with the labour inspectorate."
)

CLUB = (
    "Rovers hit back over stadium move\n\n"
    "Supporters' groups have accused Kilbride Rovers of planning to leave Croft Park for good.\n\n"
    "In a statement on its website, Kilbride Rovers said:\n\n"
    "1. The club has no plans to sell Croft Park.\n"
    "2. The temporary move to Lanark is for one season only while the stand is rebuilt.\n\n"
    "Season-ticket sales open on Monday."
)

CHARITY = (
    "Food bank answers volunteers' complaints\n\n"
    "Former volunteers at the Eastgate Food Bank say donations were left to rot in a storeroom.\n\n"
    "Statement from the directors of Eastgate Food Bank\n\n"
    "The directors have read the volunteers' complaints carefully.\n\n"
    "1. No donated food has been thrown away because of poor storage. Our stock records are open to inspection.\n\n"
    "2. We were asked by the council to move to a smaller store in March.\n\n"
    "Helen Marsh, Chair\n\n"
    "Asked about the stock records, one former volunteer said they were incomplete."
)

MINISTRY = (
    "Ministry defends school meals figures\n\n"
    "Opposition MPs said the free school meals figures were out of date.\n\n"
    "A Department for Education spokesperson said:\n\n"
    "The figures were published in January and are the most recent available. They cover every state school "
    "in England.\n\n"
    "Labour's education spokesman said the department was hiding behind old data."
)

PROSE = (
    "Council approves new cycle lanes\n\n"
    "The council voted on Tuesday to build four new cycle lanes. Councillor Amy Reyes said:\n\n"
    '"This is a good day for the city."\n\n'
    "Work begins in June. The lanes will cost about £2m.\n\n"
    "Shopkeepers on Bridge Street have asked for loading bays."
)


@pytest.mark.parametrize("model", MODELS)
def test_bullets_after_a_spokesmans_said_are_his_however_they_read(model):
    x = run(INVESTIGATION, model)
    for words in ("Every vehicle is inspected", "No driver has ever been told", "The company has no record"):
        assert alone(x, words) == "Harrow Coaches spokesperson", words
    assert not [s for s in x.statements if "due for renewal" in s.text]


@pytest.mark.parametrize("model", MODELS)
def test_a_statement_that_reads_colon_runs_until_the_reporter_reports_again(model):
    x = run(WIRE, model)
    assert alone(x, "Our cranes are inspected") == "Maasport"
    assert alone(x, "We have increased maintenance spending") == "Maasport"
    assert alone(x, "We invite the union") == "Maasport"
    assert not [
        s for s in x.statements if "labour inspectorate" in s.text and s.speaker == said(x, "six weeks").speaker
    ]


def test_numbered_points_after_the_club_said_are_the_clubs():
    x = run(CLUB)
    assert alone(x, "The club has no plans") == "Kilbride Rovers"
    assert alone(x, "The temporary move to Lanark") == "Kilbride Rovers"
    assert not [s for s in x.statements if "Season-ticket" in s.text]


def test_a_numbered_statement_under_a_boards_heading_is_the_bodys_down_to_the_signature():
    x = run(CHARITY)
    for words in ("No donated food has been thrown away", "Our stock records are open", "We were asked by"):
        assert alone(x, words) == "Eastgate Food Bank", words
    assert speaker(x, "they were incomplete") != "Eastgate Food Bank"


def test_a_department_spokespersons_unquoted_paragraph_is_theirs_and_the_reply_is_not():
    x = run(MINISTRY)
    assert alone(x, "The figures were published") == "Department for Education spokesperson"
    assert alone(x, "They cover every state school") == "Department for Education spokesperson"
    assert speaker(x, "hiding behind old data") != "Department for Education spokesperson"


def test_the_reporters_paragraphs_after_a_quoted_answer_are_never_printed_words():
    paragraphs = paragraph_spans(PROSE)
    assert _body(PROSE, paragraphs, 2, False) == ()
    x = run(PROSE)
    assert not [s for s in x.statements if "Work begins in June" in s.text or "loading bays" in s.text]


BELOW = (
    "Hospital trust answers nurses\n\n"
    "Nurses at St Anne's say wards were left without a senior nurse on eleven nights in March.\n\n"
    "The Northfield Hospitals Trust issued a statement on Tuesday, which we publish in full below.\n\n"
    "Safe staffing levels were met on every shift in March. A senior nurse was on call for every ward on every "
    "night.\n\n"
    "We will meet the nurses' union next week."
)

RELEASE = (
    "Chipmaker cuts jobs\n\n"
    "Vantis Semiconductor said in a release:\n\n"
    "Vantis will reduce its workforce by 8% this year. The company expects the cuts to save $120 million a year.\n\n"
    "Shares fell 4% in early trading."
)

WHAT_THEY_SAID = (
    "Ferry delays\n\n"
    "Passengers complained of four-hour delays on the Skerry crossing.\n\n"
    "What CalNorth said\n\n"
    "The delays were caused by a fault in the ramp at Skerry pier. We apologise to every passenger affected.\n\n"
    "The crossing reopened on Sunday."
)

IN_FULL = (
    "Minister resigns\n\n"
    "The transport minister, Laura Keane, resigned on Monday after a row over rail contracts.\n\n"
    "In full: Laura Keane's resignation letter\n\n"
    "I have today resigned as transport minister. I did nothing wrong, but the row has become a distraction.\n\n"
    "The prime minister accepted the resignation within the hour."
)

EDITORS_NOTE = (
    "School board vote\n\n"
    "The board voted 4-3 to close Elm Street School.\n\n"
    "Editor's note:\n\n"
    "An earlier version of this story gave the wrong date for the vote. It was held on Tuesday.\n\n"
    "Parents plan to appeal."
)


def test_a_statement_published_in_full_below_is_its_issuers_to_the_end():
    x = run(BELOW)
    assert alone(x, "Safe staffing levels were met") == "Northfield Hospitals Trust"
    assert alone(x, "A senior nurse was on call") == "Northfield Hospitals Trust"
    assert alone(x, "We will meet the nurses") == "Northfield Hospitals Trust"


def test_a_release_pasted_after_said_in_a_release_stops_where_the_company_is_no_longer_named():
    x = run(RELEASE)
    assert alone(x, "Vantis will reduce its workforce") == "Vantis Semiconductor"
    assert alone(x, "The company expects the cuts") == "Vantis Semiconductor"
    assert not [s for s in x.statements if "Shares fell" in s.text]


@pytest.mark.parametrize(
    ("text", "first", "second", "who"),
    [
        (WHAT_THEY_SAID, "The delays were caused", "We apologise", "CalNorth"),
        (IN_FULL, "I have today resigned", "I did nothing wrong", "Laura Keane"),
    ],
)
def test_a_what_they_said_or_in_full_heading_gives_the_words_under_it_to_whom_it_names(text, first, second, who):
    x = run(text)
    assert alone(x, first) == who
    assert alone(x, second) == who
    assert not [s for s in x.statements if "reopened" in s.text or "accepted the resignation" in s.text]


def test_an_editors_note_is_the_outlets_own_and_no_ones_statement():
    x = run(EDITORS_NOTE)
    assert not [s for s in x.statements if "earlier version" in s.text or "held on Tuesday" in s.text]
