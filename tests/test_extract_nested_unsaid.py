"""What is inside another statement's words and reports no speech of its own (issue 13, statement precision).

"She said the company's own records showed more than 4,000 edits" is one claim, hers: the records say
nothing. The same for what figures, findings or studies "show", "found", "suggest" or "help explain", an
undertaking or an order told of ("said the team had agreed to stay", "told her to 'fix the log'"). Speech
reported inside speech ("said a manager had told workers that ...") is a statement of its own, and stays. Sentences written for these tests, in several
outlets' styles.
"""

import pytest

from kg.extract import DEFAULT_MODE, extract
from kg.extract.model import Article, Extraction


def run(text: str) -> Extraction:
    x = extract(Article("test", text, published="2024-03-05"), model=DEFAULT_MODE)
    for s in x.statements:
        assert x.article.text[s.start : s.end] == s.text
    return x


def holding(x: Extraction, words: str) -> list[str]:
    return [s.text for s in x.statements if words in s.text]


@pytest.mark.parametrize(
    "text, words",
    [
        (  # business
            "Chief financial officer Lena Marsh said Corvane's own figures showed sales rose 4% in the quarter.",
            "sales rose 4%",
        ),
        (  # court
            "Defence counsel Omar Reyes told the jury that Vodafone's phone records showed his client was at home "
            "that night.",
            "at home that night",
        ),
        (  # health desk
            "The hospital said Dr. Ana Ruiz's study found that the drug cut readmissions by a third.",
            "cut readmissions",
        ),
        (  # local politics
            "The union alleges that the two councils agreed to cap pay for bin crews.",
            "cap pay for bin crews",
        ),
        (  # business court filing
            "The suit accuses Meridian of breaking its contract, and of conspiring with Voltaic, which agreed last "
            "month to buy the cells.",
            "to buy the cells",
        ),
    ],
)
def test_what_bears_out_or_is_thought_inside_a_statement_is_part_of_it(text, words):
    x = run(text)
    assert len(holding(x, words)) == 1, [s.text for s in x.statements]


def test_speech_told_inside_speech_is_a_statement_of_its_own():
    x = run(
        "The letter says the chief executive, Colleen Maddox, told investors in 2022 that the plant would pay for "
        "itself within three years."
    )
    assert len(holding(x, "pay for itself")) == 2, [s.text for s in x.statements]
