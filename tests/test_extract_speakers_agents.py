"""Who a later pronoun means once the text has brought a person in without naming them as a speaker (issue 13,
item 5), on sentences written for these tests: a passive's agent ("The reply was read by the bank's company
secretary, who did not give her name"), a "who" clause's "his" on a named shareholder, a title after words that
qualify it, a role set beside a described name, a described subject of a thinking verb or set beside its
apposition, and a counted few ("Two Harbourline engineers ... They said")."""

import pytest
from extract_support import MODELS, run, speaker

from kg.extract.nlp import load_pipeline
from kg.extract.titles import titled_name

SHAREHOLDER = (
    "Omar Lindgren, a shareholder since 1998 who dialled in from his farm near Tamworth, asked why the bank had "
    "closed the branch"
)

# (title, text, words of one statement, who said them: a name, or "~word" for a description holding the word)
CASES = [
    (
        "a passive agent with a role",
        f'{SHAREHOLDER} in his town. "I want to know who decided this," Lindgren said.\n\n'
        "The reply was read by Harbourline Bank's company secretary, who did not give her name. The branch, she said, "
        'had lost money for six years. "We did not take the decision lightly," she said.',
        "We did not take the decision lightly",
        "Harbourline Bank secretary",
    ),
    (
        "a role set beside a described name",
        "The three-member tribunal, appointed by the Coastal Surf League, rejected both grounds. In a 12-page "
        "decision, its chair, the Lisbon lawyer Marta Sousa, wrote that the judge had declared a past link with the "
        "rival camp.",
        "the judge had declared a past link",
        "Marta Sousa",
    ),
    (
        "a described subject of a thinking verb",
        "Last week's column, which praised Harbourline Bank for its new app, drew mail. A reader in Tamworth "
        'thought we had been too kind. "An app is not a branch," she wrote.',
        "An app is not a branch",
        "reader in tamworth",
    ),
    (
        "a subject described by its apposition",
        "Harbourline Bank got the launch it wanted after a single post from Omar Lindgren. A former Harbourline "
        "software architect, now an independent consultant in Perth, was less impressed with the method. "
        '"They were right to ship it," he said.',
        "They were right to ship it",
        "~architect",
    ),
    (
        "a named subject with a described apposition",
        "A security researcher says he warned Harbourline Bank in March. Omar Lindgren, an independent researcher "
        "in Perth, said he emailed the bank's security team on March 3.",
        "he emailed the bank's security team",
        "Omar Lindgren",
    ),
    (
        "a counted few described as subject",
        "Harbourline Bank said a supplier's update caused the outage. Two Harbourline engineers, speaking on "
        "condition of anonymity, gave a different account. They said the update had skipped the usual testing.",
        "the update had skipped the usual testing",
        "~engineers",
    ),
]


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize(("title", "text", "words", "who"), CASES, ids=[c[0] for c in CASES])
def test_the_person_brought_in_is_who_the_pronoun_means(model, title, text, words, who):
    found = speaker(run(f"{title.capitalize()}\n\n{text}", model), words)
    assert who[1:] in found if who.startswith("~") else found == who


@pytest.mark.parametrize("model", MODELS)
def test_a_who_clause_with_his_makes_the_named_person_no_she(model):
    x = run(f"Bank meeting\n\n{SHAREHOLDER}. The branch, she said, had lost money for six years.", model)
    assert speaker(x, "had lost money for six years") != "Omar Lindgren"


def test_a_title_qualified_before_a_missed_name_leaves_the_person_and_the_role():
    doc = load_pipeline()("Municipal Commissioner Priya Wijesekera rejected that.")
    role, words = titled_name(list(doc[:4]), None)
    assert (role, [t.text for t in words]) == ("commissioner", ["Priya", "Wijesekera"])
    assert titled_name(list(doc[:4]), "mayor")[0] == "mayor"
    firm = load_pipeline()("Commissioner Street Holdings Ltd rejected that.")
    assert titled_name(list(firm[:4]), None)[0] is None
