"""A body named beside its description (issue 13): "The union, Local 212 of the Amalgamated Transit Workers, said"
is Local 212, not the organisation the text named last nor the larger union inside the branch's name; and "the
Canadian Manufacturers & Exporters", whose nationality the tagger sets apart, keeps it in its name.
Sentences written for this test in labour, business and local-news styles."""

import pytest
from extract_support import run, speaker


@pytest.mark.parametrize(
    "text, words, body",
    [
        (  # labour desk
            "The Harbour Employers Council accused the union of stalling. "
            "The union, Local 212 of the Amalgamated Transit Workers, said the talks broke down over pensions.",
            "the talks broke down over pensions",
            "Local 212 of the Amalgamated Transit Workers",
        ),
        (  # local news
            "Brennan Logistics said the strike had cost it two contracts. "
            "The union, Local 9 of the National Union of Postal Clerks, said it would meet on Friday.",
            "it would meet on Friday",
            "Local 9 of the National Union of Postal Clerks",
        ),
    ],
)
def test_a_branch_set_beside_the_union_is_the_speaker(text, words, body):
    assert speaker(run(text), words) == body


@pytest.mark.parametrize(
    "text, words, body",
    [
        (
            "The Canadian Manufacturers & Exporters said in a statement that factories were short of parts.",
            "factories were short of parts",
            "Canadian Manufacturers & Exporters",
        ),
        (
            "The American Booksellers Guild said sales of printed atlases had doubled.",
            "sales of printed atlases had doubled",
            "American Booksellers Guild",
        ),
    ],
)
def test_a_nationality_after_the_opens_the_name(text, words, body):
    assert speaker(run(text), words) == body
