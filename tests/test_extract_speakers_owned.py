"""What a party owns speaks for it (issue 13, item 4), on sentences written for these tests: a reply, an account
or a policy that is someone's ("Ostrander's reply called ...", "its own privacy policy, which told users ...")
speaks for its owner, court papers for whoever filed them, results "posted by the county clerk's office" for the
office; "said in the release" leaves the release with the body that issued it; and an agency's credit alone ("(Bloomberg) --") is a dateline, never the subject.
"""

import pytest
from extract_support import MODELS, run, speaker


@pytest.mark.parametrize("model", MODELS)
def test_a_possessed_reply_speaks_for_its_owner(model):
    x = run(
        "Brewery case\n\n"
        "Kettle Hill Brewing sued Ostrander Malt in March. Ostrander's reply, filed on Friday, called the "
        'lawsuit "a bid to rewrite a bad bargain."',
        model,
    )
    assert speaker(x, "a bid to rewrite") == "Ostrander Malt"  # "Ostrander's" is the company named before


@pytest.mark.parametrize("model", MODELS)
def test_a_policy_that_told_users_speaks_for_the_company_that_wrote_it(model):
    x = run(
        "App suit\n\n"
        "The suit accuses Lumen Health of breaking promises in its own privacy policy, which told users their "
        'records would "never be sold."',
        model,
    )
    told = next(s for s in x.statements if s.text.startswith("their records"))
    assert x.party(told.speaker).name == "Lumen Health"


@pytest.mark.parametrize("model", MODELS)
def test_court_papers_speak_for_whoever_filed_them(model):
    x = run(
        "Court papers\n\n"
        "Vantor Cloud answered the suit on Tuesday. The longer answer arrived in Vantor's court papers the next "
        "morning, which described months of warnings about unpaid invoices.",
        model,
    )
    assert speaker(x, "months of warnings") in ("Vantor", "Vantor Cloud")


@pytest.mark.parametrize("model", MODELS)
def test_a_chief_quoted_in_the_release_leaves_it_the_companys(model):
    x = run(
        "Launch pad\n\n"
        'In a news release issued Monday, Corvane Rocket Co. said it had met every rule. "Our engines are '
        'ready," Chief Executive Dana Pike said in the release.\n\n'
        "The release said the company had answered 300 questions from regulators.",
        model,
    )
    assert speaker(x, "Our engines are ready") == "Dana Pike"
    assert speaker(x, "answered 300 questions") == "Corvane Rocket"


@pytest.mark.parametrize("model", MODELS)
def test_an_agency_credit_opening_the_story_is_no_speaker(model):
    x = run(
        "Ferry fuel\n\n"
        "(Bloomberg) -- Salish Ferries Inc. sued the state of Washington, claiming the new fuel rules broke a "
        "2019 agreement.",
        model,
    )
    assert speaker(x, "the new fuel rules broke") == "Salish Ferries"


@pytest.mark.parametrize("model", MODELS)
def test_a_possessed_person_is_no_thing_said(model):
    x = run(
        "Ballot row\n\n"
        "The Reyes campaign said the clerk had thrown out 200 ballots.\n\n"
        "The clerk, Ada Pell, denied that. Her deputy, Tom Ruiz, said turnout had been the highest in a decade.",
        model,
    )
    assert speaker(x, "turnout had been the highest") == "Tom Ruiz"


@pytest.mark.parametrize("model", MODELS)
def test_results_posted_by_an_office_are_the_offices(model):
    x = run(
        "Count\n\n"
        "With about 2,000 ballots left to count, Pruitt led by 300 votes, according to unofficial results posted "
        "by the county clerk's office on Friday.",
        model,
    )
    assert speaker(x, "Pruitt led by 300 votes") == "county clerk's office"


@pytest.mark.parametrize("model", MODELS)
def test_an_agencys_own_figures_are_the_agency_named_before(model):
    x = run(
        "Plumbers\n\n"
        "Stories like hers are at the center of a fight between the city's water agency and its workers. "
        "Lakeside Water is short about 40 plumbers, according to the agency's own figures.",
        model,
    )
    assert speaker(x, "short about 40 plumbers") == "Lakeside Water"
