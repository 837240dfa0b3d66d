"""Speech under speaker labels (issue 13): transcripts read turn by turn.

A Hansard extract, a court transcript, a deposition's Q./A., an earnings call and a radio interview give each
speaker's words after a label, with no verb of saying. Each turn's sentences are statements of the label's
party (cue null), questions and the formulae of procedure are no claims, and prose with colons ("Why it
matters:", a dateline, a headline's "X blasts Y: '...'") is never read as a transcript. Every sentence here
was written for these tests.
"""

from __future__ import annotations

import pytest
from extract_support import MODELS, disputed, run, said, speaker

from kg.extract.chunks import paragraph_spans
from kg.extract.turns import find_turns

HANSARD = (
    "Ferry timetable\n\n"
    "LEGISLATIVE ASSEMBLY\n\n"
    "Wednesday 3 September 2025\n\n"
    "QUESTIONS WITHOUT NOTICE\n\n"
    "Mr OKAFOR (Bellbird—Greens) (14:05): My question is to the Minister for Transport. Minister, the 6.10 a.m. "
    "ferry from Bellbird has been cancelled eleven times since July. Commuters are paying for a service that is "
    "not running. Will you restore it?\n\n"
    "Ms PRENDERGAST (Minister for Transport) (14:06): I thank the member for his question. The 6.10 sailing was "
    "cancelled because the vessel failed a hull survey. A replacement vessel enters service on Monday.\n\n"
    "Mr OKAFOR: Point of order, Mr Speaker. The minister was asked about the timetable.\n\n"
    "The SPEAKER: There is no point of order. The minister is answering the question.\n\n"
    "Opposition members interjecting.\n\n"
    "Ms PRENDERGAST: The survey found corrosion in the stern plates.\n\n"
    "Time expired."
)

COURT = (
    "Transcript excerpt: the bail hearing\n\n"
    "The following is an excerpt of Tuesday's hearing in Marlow County Circuit Court, as recorded by the court "
    "reporter.\n\n"
    "THE COURT: Counsel, your client missed two check-ins last month.\n\n"
    "MS. ABERNATHY: Your Honor, both were rescheduled by the probation office. My client was at work on both "
    "days.\n\n"
    "MR. FULTON: The State has no record of any rescheduling.\n\n"
    "THE COURT: I will hear from the probation officer on Friday."
)

DEPOSITION = (
    "In his own words: the foreman's deposition\n\n"
    "Harlan Voigt, the site foreman, was deposed in March by lawyers for the families. An excerpt:\n\n"
    "Q. Did you inspect the scaffold that morning?\n\n"
    "A. Yes. I walked it at seven. The guardrail on the east side was loose.\n\n"
    "Q. Did you report that to anyone?\n\n"
    "A. I told the site manager. He said it would be fixed by noon."
)

EARNINGS = (
    "Call transcript: Corvid Robotics third quarter\n\n"
    "Operator\n\n"
    "Good afternoon and welcome to the Corvid Robotics earnings call.\n\n"
    "Elena Marsh -- Chief Executive Officer\n\n"
    "Orders rose 14% in the quarter. Our backlog is the largest in the company's history.\n\n"
    "Operator\n\n"
    "Our next question comes from Paul Ibsen with Tallis Partners.\n\n"
    "Paul Ibsen -- Tallis Partners -- Analyst\n\n"
    "Your margins fell for a third quarter. Is pricing the problem?\n\n"
    "Elena Marsh -- Chief Executive Officer\n\n"
    "Pricing is not the problem. Component costs rose faster than we expected."
)

RADIO = (
    "Transcript: the council's budget, with Mayor Ines Calderon\n\n"
    "Host Grant Whitby spoke to Mayor Ines Calderon on Thursday's program. This transcript has been edited.\n\n"
    "WHITBY: The auditor says the city overspent on roads by $2 million. Is that right?\n\n"
    "CALDERON: No. The auditor counted the bridge repair twice. We spent what the council approved.\n\n"
    "WHITBY: Will you release the contracts?\n\n"
    "CALDERON: Every contract is already on the city's website."
)

ESTIMATES = (
    "Drought fund questioned at estimates\n\n"
    "The following exchange took place at Senate estimates on Thursday.\n\n"
    "Senator McALLISTER: The fund was meant to open in July. It did not open. Why not?\n\n"
    "Ms Okonjo: The guidelines were not finalised until August. The minister signed them on the fourteenth.\n\n"
    "Senator McALLISTER: So farmers were misled.\n\n"
    "Ms Okonjo: I reject that. Every applicant was written to in June.\n\n"
    "CHAIR: We will need to move on, Senator."
)

BROADCAST = (
    "Governor defends bridge inspections\n\n"
    "DANA WHITFIELD, KTVB ANCHOR: Governor, the inspectors say the bridge should have closed a year ago.\n\n"
    "GOV. RAY TELLMAN (R), IDAHO: That is not what the inspectors told us. The report we got in May rated the deck "
    "fair.\n\n"
    "(CROSSTALK)\n\n"
    "WHITFIELD: Will you release that report?\n\n"
    "TELLMAN: It goes online tomorrow. Anyone can read it.\n\n"
    "UNIDENTIFIED MALE: Shame!\n\n"
    "WHITFIELD: We have to leave it there."
)

BY_EMAIL = (
    "Q&A: the harbor master on mooring fees\n\n"
    "The harbor board, chaired by Tom Reyes, raised mooring fees by 30% in May. Harbor master Lena Vos answered "
    "our questions by email.\n\n"
    "Q: Boat owners say the increase was never explained. Is that fair?\n\n"
    "A: No. We held two public meetings and posted the budget online.\n\n"
    "Q: What will the money pay for?\n\n"
    "A: The north breakwater. It has not been repaired since 1998."
)

ON_AIR = (
    "Mayor Calderon on the budget\n\n"
    "Host Grant Whitby spoke to Mayor Ines Calderon on Thursday's program.\n\n"
    "Q: The auditor says the city overspent on roads. Is that right?\n\n"
    "A: The auditor counted the bridge repair twice.\n\n"
    "Q: Will you release the contracts?\n\n"
    "A: Every contract is already on the city's website."
)

PODCAST = (
    "Ep. 12: the ferry strike, with union organiser Mara Quist\n\n"
    "Show transcript, lightly edited.\n\n"
    "[00:01:10] NOOR HADDAD: The operator says the crews turned down a 6% raise. Did they?\n\n"
    "[00:01:18] MARA QUIST: They never saw a 6% offer. What they saw was 3% with the overtime cut.\n\n"
    "[00:02:40] HADDAD: So the 6% figure is wrong?\n\n"
    "[00:02:45] QUIST: It's wrong. It counts a bonus that nobody qualifies for."
)

BRIEF = (
    "Council budget vote slips a week\n\n"
    "SPRINGVALE — The council delayed its budget vote on Tuesday.\n\n"
    "Why it matters: The delay pushes back the library's new hours.\n\n"
    "Driving the news: Two members asked for more time.\n\n"
    "The big picture: The city faces a $3 million gap.\n\n"
    '- Council member Rosa Diaz: "We need one more week."\n\n'
    "What's next: The vote is set for Jan. 21."
)


def test_a_hansard_turn_is_its_members_sentences():
    x = run(HANSARD)
    assert speaker(x, "cancelled eleven times since July") == "Okafor"
    assert speaker(x, "failed a hull survey") == "Prendergast"
    assert speaker(x, "corrosion in the stern plates") == "Prendergast"
    assert said(x, "A replacement vessel enters service").continues == said(x, "failed a hull survey").id
    statement = said(x, "failed a hull survey")
    assert statement.cue is None and statement.quote == "indirect"
    assert statement.text == "The 6.10 sailing was cancelled because the vessel failed a hull survey"


def test_a_chair_speaks_by_post_and_procedure_is_no_claim():
    x = run(HANSARD)
    ruling = said(x, "There is no point of order")
    assert x.party(ruling.speaker).role == "speaker"
    apart = {n.text: n.why for n in x.not_statements}
    assert apart["Will you restore it?"] == "question"
    assert apart["I thank the member for his question"] == "no-content"
    assert apart["My question is to the Minister for Transport"] == "no-content"
    assert not [s for s in x.statements if "interjecting" in s.text or "Time expired" in s.text]


@pytest.mark.parametrize("model", MODELS)
def test_a_court_transcript_names_its_speakers_in_capitals(model):
    x = run(COURT, model)
    assert speaker(x, "both were rescheduled by the probation office") == "Abernathy"
    assert speaker(x, "no record of any rescheduling") == "Fulton"
    assert x.party(said(x, "missed two check-ins").speaker).role == "judge"


def test_a_dateline_before_a_transcript_is_no_turn():
    text = (
        "Deposition excerpt\n\nSEATTLE (Reuters) - Harlan Voigt was deposed in March.\n\n"
        + DEPOSITION.split("\n\n", 2)[2]
    )
    (block,) = find_turns(text, paragraph_spans(text))
    assert [t.name for t in block] == ["Q", "A", "Q", "A"]


def test_a_deposition_answer_is_the_deponents_and_its_question_no_claim():
    x = run(DEPOSITION)
    assert speaker(x, "The guardrail on the east side was loose").endswith("Voigt")
    assert speaker(x, "I walked it at seven").endswith("Voigt")
    assert not [s for s in x.statements if "inspect the scaffold" in s.text]


@pytest.mark.parametrize(("text", "who"), [(BY_EMAIL, "Lena Vos"), (ON_AIR, "Ines Calderon")])
def test_a_is_whom_the_introduction_says_was_interviewed(text, who):
    x = run(text)
    answers = [s for s in x.statements if s.cue is None]
    assert answers and {x.party(s.speaker).name for s in answers} == {who}


def test_an_earnings_call_heading_names_the_speaker_and_the_operator_says_nothing():
    x = run(EARNINGS)
    assert speaker(x, "Orders rose 14% in the quarter") == "Elena Marsh"
    assert speaker(x, "Component costs rose faster") == "Elena Marsh"
    assert speaker(x, "Your margins fell for a third quarter") == "Paul Ibsen"
    assert not [s for s in x.statements if "next question" in s.text or "welcome" in s.text]


@pytest.mark.parametrize("model", MODELS)
def test_a_radio_answer_denies_what_the_question_put(model):
    x = run(RADIO, model)
    assert speaker(x, "counted the bridge repair twice") == "Ines Calderon"
    assert speaker(x, "already on the city's website") == "Ines Calderon"
    assert said(x, "No").kind == "denial" and said(x, "counted the bridge repair twice").kind == "denial"
    assert said(x, "We spent what the council approved").kind == "claim"
    assert said(x, "the city overspent on roads").speaker != said(x, "counted the bridge repair twice").speaker


def test_estimates_labels_keep_their_names_and_a_rejection_denies():
    x = run(ESTIMATES)
    assert speaker(x, "It did not open") == "McAllister"
    assert speaker(x, "Every applicant was written to in June") == "Okonjo"
    assert said(x, "I reject that").kind == "denial"
    assert said(x, "I reject that").disputes == [said(x, "So farmers were misled").id]
    assert {n.text: n.why for n in x.not_statements}["We will need to move on, Senator"] == "no-content"


def test_a_broadcast_transcript_names_in_full_then_by_surname():
    x = run(BROADCAST)
    assert speaker(x, "rated the deck fair") == "Ray Tellman"
    assert speaker(x, "It goes online tomorrow") == "Ray Tellman"
    assert said(x, "That is not what the inspectors told us").kind == "denial"
    assert not [s for s in x.statements if "Shame" in s.text or "leave it there" in s.text]


NOTICE = (
    "Space heaters recalled\n\n"
    "PRODUCT: Warmline 1500 oil-filled heaters.\n\n"
    "HAZARD: The thermostat can fail and the heater can overheat.\n\n"
    "REMEDY: Stop using the heater and contact Warmline for a refund.\n\n"
    "UNITS: About 41,000."
)


def test_time_stamped_turns_and_an_answer_that_calls_the_figure_wrong():
    x = run(PODCAST)
    assert speaker(x, "They never saw a 6% offer") == "Mara Quist"
    assert speaker(x, "It counts a bonus") == "Mara Quist"
    assert said(x, "It's wrong").kind == "denial"
    assert disputed(x, "It's wrong") == ["the crews turned down a 6% raise"]


def test_prose_with_colons_is_no_transcript():
    headline = "Porter blasts Comets: 'We were robbed'\n\nPorter said the referee erred."
    for text in (BRIEF, NOTICE, headline):
        assert find_turns(text, paragraph_spans(text)) == []
    x = run(BRIEF)
    assert speaker(x, "We need one more week") == "Rosa Diaz"


# The last answer of a block runs on over paragraphs of its own, in the first person, until the writer speaks
# again: a weekly's Q&A, a broadcast transcript in capitals, and a council's verbatim minutes.
LAST_ANSWERS = [
    (
        "Q&A: The harbour master on the new mooring fees\n\n"
        "Harbour master Lena Vos answered our questions by phone on Tuesday.\n\n"
        "Q: Why did the fees double?\n\n"
        "A: The breakwater needs rebuilding. The old fee never covered the dredging.\n\n"
        "Q: Will small boats pay the same?\n\n"
        "A: No. Boats under six metres keep the old rate.\n\n"
        "We checked every berth on the east wall last winter, and half of the cleats were loose.\n\n"
        "After the interview, the boat owners' club said the fee was set without asking its members.",
        "Lena Vos",
        "half of the cleats were loose",
        "the fee was set without asking",
    ),
    (
        "Ferry strike: the union answers\n\n"
        "HADLEY: Ms Brandt, the company says crews turned down a fair offer.\n\n"
        "BRANDT: That is not the offer my members saw. It cut overtime.\n\n"
        "HADLEY: And the sailings cancelled this week?\n\n"
        "BRANDT: Every one of them could have run.\n\n"
        "Our crews turned up at five every morning and were sent home by the managers.\n\n"
        "The company told the station on Friday that the talks would resume next week.",
        "Brandt",
        "sent home by the managers",
        "the talks would resume next week",
    ),
    (
        "Minutes of the parks committee\n\n"
        "THE CHAIR: The item is the skate park lighting. Cr Moreau.\n\n"
        "Cr MOREAU: Residents on Elm Street have complained about the floodlights for a year.\n\n"
        "THE CHAIR: The officer will respond.\n\n"
        "Mr DELACROIX (parks officer): The lights switch off at nine.\n\n"
        "I measured the spill at the nearest house myself, and it was under the limit.\n\n"
        "Residents said the lights were still on at ten on most nights.",
        "Delacroix",
        "it was under the limit",
        "the lights were still on at ten",
    ),
]


@pytest.mark.parametrize(("text", "who", "spoken", "reported"), LAST_ANSWERS)
def test_the_last_answer_keeps_its_paragraphs_in_the_first_person(text, who, spoken, reported):
    x = run(text)
    assert speaker(x, spoken).endswith(who)
    assert not speaker(x, reported).endswith(who)


# A bare label used once is a speaker's when the article names that person in full: a cable news transcript and a
# radio phone-in. A one-off label that names nobody ("Context:") stays out.
ONE_OFF = [
    (
        "Cloud host cuts off app\n\n"
        "Parler's chief executive, John Matze, spoke to the network on Monday night, as did the analyst Rhea Sandoval.\n\n"
        "HOST: Rhea, is this a free speech fight?\n\n"
        "SANDOVAL: It's a contract fight. The host can end service on thirty days' notice.\n\n"
        "HOST: And it gave less than two.\n\n"
        "SANDOVAL: It did, and that is the weak point in its case.\n\n"
        "MATZE: They never warned us once before they pulled the plug.\n\n"
        "HOST: We'll leave it there.",
        "John Matze",
        "They never warned us once",
    ),
    (
        "Phone-in: the bin collection changes\n\n"
        "Councillor Margaret Doyle took calls from listeners on the morning show.\n\n"
        "Interviewer: First caller, go ahead.\n\n"
        "Audience: My bins were missed three weeks running on Larch Road.\n\n"
        "Interviewer: Councillor?\n\n"
        "Doyle: The new rounds started on the 4th, and Larch Road was left off the schedule by mistake.\n\n"
        "Interviewer: Thanks for joining us.",
        "Margaret Doyle",
        "Larch Road was left off the schedule",
    ),
]


@pytest.mark.parametrize(("text", "who", "words"), ONE_OFF)
def test_a_label_used_once_speaks_when_the_article_names_the_person_in_full(text, who, words):
    x = run(text)
    assert speaker(x, words).endswith(who)
    assert said(x, words).cue is None  # read as a turn, as its speaker's other words would be, not as a lone label


def test_a_one_off_label_naming_nobody_is_no_turn():
    text = (
        "Ferry strike: the union answers\n\n"
        "HADLEY: Ms Brandt, the company says crews turned down a fair offer.\n\n"
        "BRANDT: That is not the offer my members saw.\n\n"
        "Context: The last strike, in 2019, lasted nine days.\n\n"
        "HADLEY: And the sailings cancelled this week?\n\n"
        "BRANDT: Every one of them could have run."
    )
    x = run(text)
    assert "Context" not in [p.name for p in x.parties]
    assert [t.name for t in find_turns(text, paragraph_spans(text))[0]] == ["HADLEY", "BRANDT", "HADLEY", "BRANDT"]


BULLETIN = (
    "0800 bulletin: harbour dredging\n\n"
    "SCRIPT | 0800 NEWS | READ BY: Dana Kerr\n\n"
    "READER: Good morning. The port's dredging plan goes before the council tonight, and the fishermen are angry.\n\n"
    "The cooperative says the work will wreck the oyster beds. The port disagrees, and it sent us a statement.\n\n"
    'READER (PORT STATEMENT, READ IN FULL): "The beds lie two miles from the channel."\n\n'
    "[CLIP 1 - ORTIZ]\n\n"
    "READER: Lena Ortiz chairs the cooperative.\n\n"
    'ORTIZ (CLIP): "They have never once come out on the boats with us. The silt will drift, and the beds will '
    'die."\n\n'
    "READER: The council votes at seven. Showers this afternoon, highs near 12."
)


@pytest.mark.parametrize("model", MODELS)
def test_a_bulletins_reader_is_the_stations_voice_and_the_clip_is_the_speakers(model):
    x = run(BULLETIN, model)
    station = ("Good morning", "Showers this afternoon", "chairs the cooperative", "The council votes")
    assert [s.text for s in x.statements if any(words in s.text for words in station)] == []
    assert speaker(x, "the beds will die") == "Lena Ortiz"
    assert not [p for p in x.parties if p.name.lower() == "reader"]
