"""The name of a party no one quotes is subject matter an answer and the charge it answers share (issue 13,
targets), on sentences written for these tests in several outlets' styles.

The sides name each other in nearly every statement, so their names show nothing of what an answer takes up; a
third party's name does: "denied that Twitter had any part in the decision" answers the charge that the shutdown
was meant to shield Twitter, not the accuser's other complaint.
"""

import pytest
from extract_support import answers, run

CASES = [
    pytest.param(
        (
            "Kestrel Shipping has accused the Port of Vallis of unfair treatment.\n\n"
            "Kestrel said in a statement that the port had handed the best berths to Oceanic Lines in return for a "
            "long contract. It said the port had kept its vessels waiting at anchor for four days in March.\n\n"
            "The port's harbour master, Ines Duarte, denied that Oceanic Lines had received any favours."
        ),
        "Oceanic Lines had received any favours",
        ("best berths to Oceanic Lines",),
        ("waiting at anchor",),
        id="shipping_a_third_party_named_by_both_is_what_they_share",
    ),
    pytest.param(
        (
            "Residents of Alder Street say the city has neglected their neighbourhood.\n\n"
            "The residents' association said the city had given the paving contract to Brightway Paving without a "
            "tender. It said the city had left potholes on the street unrepaired for two years.\n\n"
            "The city's roads director, Omar Haddad, denied that Brightway Paving was chosen as a favour."
        ),
        "Brightway Paving was chosen as a favour",
        ("contract to Brightway Paving",),
        ("potholes",),
        id="local_a_contractor_named_by_both_is_what_they_share",
    ),
]


@pytest.mark.parametrize(("text", "answer", "meant", "not_meant"), CASES)
def test_a_third_party_named_by_both_is_shared(
    text: str, answer: str, meant: tuple[str, ...], not_meant: tuple[str, ...]
) -> None:
    answers(run(text), answer, meant=meant, not_meant=not_meant)
