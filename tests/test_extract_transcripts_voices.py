"""Whose voice a transcript's turn is (issue 13): a moderator's or host's turns are the outlet's, and a guest who
retells another's words says them too.

A debate or panel transcript labels its moderator by name with the post as a note ("JANE ROE, MODERATOR:") and then
by surname alone; her scene-setting and her questions are the broadcaster's, never a party's claims, while the speech
she reports ("The council says ...") stays the council's. A guest's answer that retells a party's words ("The
council says the pool loses money") is the guest's statement as well as the council's, unless the turn puts a
question, where the report is only the premise put to the other. Every sentence here was written for these tests.
"""

from __future__ import annotations

import pytest
from extract_support import MODELS, run, said, speaker

DEBATE = (
    "Transcript: Should the city close the lido?\n\n"
    "THE CIVIC HOUR | Channel 4 Harbourside | Aired Tuesday\n\n"
    "JANE ROE, MODERATOR: Good evening. The lido on Marsh Lane shut for the winter last week. The council says the "
    "pool loses money every week it is open. Tonight, two people who disagree. Omar Pike, you swim there every "
    "morning. Should it stay open?\n\n"
    "OMAR PIKE, LIDO USERS' GROUP: The pool pays for itself in the summer. The council counts the winter and "
    "forgets July.\n\n"
    "ROE: Helen Vos, you chaired the leisure committee for four years.\n\n"
    "HELEN VOS, FORMER COUNCILLOR: The council says the boiler alone costs ninety thousand pounds a year. Nobody has "
    "shown me a cheaper one.\n\n"
    "ROE: We will be watching the vote on Thursday."
)


@pytest.mark.parametrize("model", MODELS)
def test_a_moderators_turns_are_the_outlets_and_her_reports_stay_the_reported(model):
    x = run(DEBATE, model)
    outlet = ("shut for the winter", "two people who disagree", "you swim there", "chaired the leisure", "watching")
    assert [s.text for s in x.statements if any(words in s.text for words in outlet)] == []
    assert speaker(x, "the pool loses money every week it is open") == "council"
    assert speaker(x, "pays for itself in the summer") == "Omar Pike"
    assert not [p for p in x.parties if p.name in ("Jane Roe", "Roe")]


@pytest.mark.parametrize("model", MODELS)
def test_a_guest_who_retells_a_partys_words_says_them_too(model):
    x = run(DEBATE, model)
    retold = [s for s in x.statements if "The council says the boiler" in s.text]
    assert [x.party(s.speaker).name for s in retold] == ["Helen Vos"]
    assert retold[0].cue is None
    reported = [s for s in x.statements if s.text == "the boiler alone costs ninety thousand pounds a year"]
    assert [x.party(s.speaker).name for s in reported] == ["council"]
    assert speaker(x, "Nobody has shown me a cheaper one") == "Helen Vos"


def test_a_report_put_in_a_question_is_no_statement_of_the_asker():
    x = run(
        "Harbour fees\n\n"
        "Mr DRAKE (Eastport) - The harbour board says mooring fees will double in May. Will the minister step in?\n\n"
        "Ms OSEI (Minister for Ports) - The board sets its own fees. I have asked it to consult the boat owners.\n\n"
        "Mr DRAKE - That is not what the boat owners were told."
    )
    assert speaker(x, "mooring fees will double in May") == "harbour board"
    assert not [s for s in x.statements if s.text.startswith("The harbour board says")]
    assert said(x, "The board sets its own fees").cue is None
