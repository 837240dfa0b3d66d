"""Who a later "she" means after a passive or a "who" clause (issue 13, item 5), on sentences written for these
tests: "The reply was read by the bank's company secretary, who did not give her name" brings in the secretary
as surely as a subject would, and "who dialled in from his farm" says the shareholder is a man, so neither
"she said" is his."""

import pytest
from extract_support import MODELS, run, speaker

from kg.extract.nlp import load_pipeline
from kg.extract.titles import titled_name

TEXT = (
    "Bank meeting\n\n"
    "Omar Lindgren, a shareholder since 1998 who dialled in from his farm near Tamworth, asked why the bank had "
    'closed the branch in his town. "I want to know who decided this," Lindgren said.\n\n'
    "The reply was read by Harbourline Bank's company secretary, who did not give her name. The branch, she said, "
    'had lost money for six years. "We did not take the decision lightly," she said.'
)


@pytest.mark.parametrize("model", MODELS)
def test_a_passive_agent_with_a_role_is_who_the_next_she_means(model):
    x = run(TEXT, model)
    assert speaker(x, "had lost money for six years") == "Harbourline Bank secretary"
    assert speaker(x, "We did not take the decision lightly") == "Harbourline Bank secretary"


@pytest.mark.parametrize("model", MODELS)
def test_a_who_clause_with_his_makes_the_named_person_no_she(model):
    x = run(
        "Bank meeting\n\n"
        "Omar Lindgren, a shareholder since 1998 who dialled in from his farm near Tamworth, asked why the bank had "
        "closed the branch. The branch, she said, had lost money for six years.",
        model,
    )
    assert speaker(x, "had lost money for six years") != "Omar Lindgren"


def test_a_title_qualified_before_a_missed_name_leaves_the_person_and_the_role():
    doc = load_pipeline()("Municipal Commissioner Priya Wijesekera rejected that.")
    role, words = titled_name(list(doc[:4]), None)
    assert (role, [t.text for t in words]) == ("commissioner", ["Priya", "Wijesekera"])
    assert titled_name(list(doc[:4]), "mayor")[0] == "mayor"
    firm = load_pipeline()("Commissioner Street Holdings Ltd rejected that.")
    assert titled_name(list(firm[:4]), None)[0] is None


@pytest.mark.parametrize("model", MODELS)
def test_a_role_set_beside_a_described_name_is_the_named_person(model):
    x = run(
        "Surf appeal\n\n"
        "The three-member tribunal, appointed by the Coastal Surf League, rejected both grounds. In a 12-page "
        "decision, its chair, the Lisbon lawyer Marta Sousa, wrote that the judge had declared a past link with the "
        "rival camp.",
        model,
    )
    assert speaker(x, "the judge had declared a past link") == "Marta Sousa"


@pytest.mark.parametrize("model", MODELS)
def test_a_described_subject_of_a_thinking_verb_is_who_the_next_she_means(model):
    x = run(
        "Letters\n\n"
        "Last week's column, which praised Harbourline Bank for its new app, drew mail. A reader in Tamworth "
        'thought we had been too kind. "An app is not a branch," she wrote.',
        model,
    )
    assert speaker(x, "An app is not a branch") == "reader in tamworth"


@pytest.mark.parametrize("model", MODELS)
def test_a_subject_described_by_its_apposition_is_who_the_next_he_means(model):
    x = run(
        "Bank app\n\n"
        "Harbourline Bank got the launch it wanted after a single post from Omar Lindgren. A former Harbourline "
        "software architect, now an independent consultant in Perth, was less impressed with the method. "
        '"They were right to ship it," he said.',
        model,
    )
    assert "architect" in speaker(x, "They were right to ship it")


@pytest.mark.parametrize("model", MODELS)
def test_a_named_subject_with_a_described_apposition_stays_the_named_person(model):
    x = run(
        "Data leak\n\n"
        "A security researcher says he warned Harbourline Bank in March. Omar Lindgren, an independent researcher "
        "in Perth, said he emailed the bank's security team on March 3.",
        model,
    )
    assert speaker(x, "he emailed the bank's security team") == "Omar Lindgren"


@pytest.mark.parametrize("model", MODELS)
def test_a_counted_few_described_as_subject_are_who_the_next_they_means(model):
    x = run(
        "App outage\n\n"
        "Harbourline Bank said a supplier's update caused the outage. Two Harbourline engineers, speaking on "
        "condition of anonymity, gave a different account. They said the update had skipped the usual testing.",
        model,
    )
    assert "engineers" in speaker(x, "the update had skipped the usual testing")
