"""Speech reported inside speech (issue 13, goal 1): "said the landlord had told her that the repairs were paid
for" is two statements as the rules read it, the tenant's and the landlord's (the hybrid keeps the learned model's
outer reading alone: keeping the inner one too drew more false dispute pairs than true ones); "said he had told a
supervisor that the boiler should be replaced" is one, the speaker telling of his own earlier words. Text written
for these tests.
"""

import pytest

from tests.extract_support import MODELS, disputed, run, said


def test_another_speakers_words_told_inside_are_a_statement_of_their_own(model="rules"):
    x = run(
        "Tenants at Dunmore Court say repairs were never done\n\n"
        "One tenant, who asked not to be named, said the landlord had told her in March that the repairs were "
        '"already paid for."\n',
        model,
    )
    assert x.party(said(x, "the landlord had told her").speaker).name != "landlord"
    inner = [s for s in x.statements if s.text.startswith("that the repairs")]
    assert len(inner) == 1 and x.party(inner[0].speaker).name == "landlord"


@pytest.mark.parametrize("model", MODELS)
def test_a_speaker_telling_of_his_own_earlier_words_is_one_statement(model):
    x = run(
        "Dunmore mill boiler failed twice in a year\n\n"
        "Harlan Ostby, a former mechanic at the Dunmore mill, said he had told a supervisor in May that the boiler "
        "should be replaced, not patched.\n",
        model,
    )
    assert [s.text for s in x.statements if "boiler" in s.text] == [
        "he had told a supervisor in May that the boiler should be replaced, not patched"
    ]


@pytest.mark.parametrize("model", MODELS)
def test_a_denial_answers_the_account_not_the_words_told_inside_it(model):
    x = run(
        "Dunmore mill boiler failed twice in a year\n\n"
        "Harlan Ostby, a former mechanic at the Dunmore mill, said a supervisor had told him in May that "
        "new parts were on back order.\n\n"
        "Dunmore Milling Co. called that account false.\n",
        model,
    )
    targets = disputed(x, "that account")
    assert any(t.startswith("a supervisor had told him") for t in targets), targets
    assert not any(t.startswith("that new parts") or t.startswith("new parts") for t in targets), targets


@pytest.mark.parametrize("model", MODELS)
def test_words_a_denial_names_to_answer_them_stay_its_target(model):
    x = run(
        "Dunmore mill boiler failed twice in a year\n\n"
        "Mill owner Petra Lund rejected the account of a former mechanic, who told the Dunmore Courier last month "
        "that managers had ordered staff to skip boiler checks.\n",
        model,
    )
    told = [s for s in x.statements if "managers had ordered staff" in s.text and not s.text.startswith("the account")]
    assert len(told) == 1
    assert told[0].id in said(x, "the account of a former mechanic").disputes
