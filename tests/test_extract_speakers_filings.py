"""Whose words "the filing said" gives when both sides have filed (issue 13, items 2 and 4), on sentences written
for these tests in several outlets' styles: once the defendant's lawyers have spoken "in court papers" (or "in a
brief", "in a filing"), the next "the filing said" is the defendant's, not the plaintiff's whose suit came first;
and the defendant's own denial never disputes it (a party does not dispute its own side).
"""

import pytest
from extract_support import MODELS, disputed, run, said, speaker

CASES = [
    (  # business weekly
        "Judge sides with data-center operator\n\n"
        "Brightline Analytics sued Korvex Hosting on March 3, accusing it of cutting off service in breach of their "
        "contract.\n\n"
        'In court papers filed last week, Korvex\'s lawyers called the breach claim "baseless" and said the '
        "shutdown followed months of unpaid invoices.\n\n"
        '"This dispute is not about service quality," the filing said. "It is about a customer that stopped '
        'paying."\n\n'
        'A Korvex spokeswoman said on Monday: "There is no merit to these claims."',
        ("This dispute is not about service quality", "It is about a customer that stopped paying"),
        "Korvex Hosting",
        "no merit to these claims",
    ),
    (  # wire copy with a dateline
        "Fishery sues regulator\n\n"
        "HALIFAX, Nova Scotia (Reuters) - Seacrest Fisheries sued the Atlantic Catch Board on Tuesday, alleging the "
        "board set its quota unlawfully.\n\n"
        "In court papers, the board's lawyers said the quota followed the scientists' advice and denied any "
        "unfairness.\n\n"
        '"The quota reflects the stock survey and nothing else," the filing said.\n\n'
        "A board spokesman later said the allegations were unfounded.",
        ("The quota reflects the stock survey",),
        "Atlantic Catch Board",
        "the allegations were unfounded",
    ),
    (  # trade press
        "Payments startup's suit against card network moves ahead\n\n"
        "Tallyfin filed suit against Orbis Card Network in January, claiming Orbis throttled its transactions to "
        "protect a rival.\n\n"
        "Orbis's attorneys, in court papers submitted Friday, said every delay came from Tallyfin's own fraud "
        "flags.\n\n"
        '"Orbis treats every processor the same way," the filing said.\n\n'
        "Orbis said in a statement that the claims were without merit.",
        ("Orbis treats every processor the same way",),
        "Orbis Card Network",
        "the claims were without merit",
    ),
]


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("text, filed, defendant, denial", CASES)
def test_the_filing_after_the_defendants_court_papers_is_the_defendants(model, text, filed, defendant, denial):
    x = run(text, model)
    for words in filed:
        assert speaker(x, words) in (defendant, defendant.split()[0]), words
    targets = disputed(x, denial)
    assert said(x, denial).kind == "denial"
    assert not any(words in t for words in filed for t in targets), targets
