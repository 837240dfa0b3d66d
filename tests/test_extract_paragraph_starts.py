"""The start of an article's body, on sentences written for these tests. A paragraph's first word is never a sentence
of its own: after a headline without a full stop the parser used to cut it off ("Corvane | Aerospace said", "Parler |
went dark"), so a company opening the lede lost its first name word. A headline's surname the tagger reads as a
common noun ("Porter blasts ...") is the person the lede names, and a denial naming him by surname ("denied Porter's
allegation") answers his charges.
"""

import pytest
from extract_support import MODELS, run, said, speaker

from kg.extract.nlp import load_pipeline


@pytest.mark.parametrize(
    "text, first",
    [
        ("Rocket maker appeals fine\n\nCorvane Aerospace, a rocket maker, said it would appeal.", "Corvane Aerospace"),
        ("Ep. 12: the outage\n\nParler went dark just before midnight.", "Parler went dark"),
        ("Detention\n\nPatrick Donnelly said the boat was seized.", "Patrick Donnelly said"),
    ],
)
def test_the_first_word_of_a_paragraph_stays_in_its_sentence(text, first):
    start = text.index("\n\n") + 2
    body = next(s.text for s in load_pipeline()(text).sents if s.start_char == start)
    assert body.startswith(first)


def test_a_paragraph_of_short_sentences_keeps_them():
    assert [s.text.strip() for s in load_pipeline()("Poll\n\nYes. It is.").sents] == ["Poll", "Yes.", "It is."]


@pytest.mark.parametrize("model", MODELS)
def test_a_company_opening_the_lede_is_named_whole(model):
    x = run(
        "Toy maker widens recall\n\n"
        "Bramwell Toys said on Tuesday it would recall 40,000 wooden trains after two children were hurt.",
        model,
    )
    assert speaker(x, "recall 40,000 wooden trains") == "Bramwell Toys"


@pytest.mark.parametrize("model", MODELS)
def test_a_headline_surname_read_as_a_noun_is_the_person_the_lede_names(model):
    x = run(
        "Porter blasts Comets: 'They sat me down to save money'\n\n"
        "Keshawn Porter says the Kansas City Comets benched him for the last two weeks of the season.",
        model,
    )
    assert speaker(x, "They sat me down to save money") == "Keshawn Porter"
    assert [p.name for p in x.parties] == ["Keshawn Porter"]


@pytest.mark.parametrize("model", MODELS)
def test_a_denial_naming_a_person_by_surname_answers_all_his_charges(model):
    x = run(
        "Porter blasts Comets: 'They sat me down to save money'\n\n"
        "Keshawn Porter says the Kansas City Comets benched him to avoid paying a $1.5 million bonus. He also "
        "accused the team of lying about the state of his knee.\n\n"
        "The Comets denied Porter's allegation on Wednesday.",
        model,
    )
    denial = said(x, "Porter's allegation")
    assert {s.text[:24] for s in x.statements if s.id in denial.disputes} >= {
        "the Kansas City Comets b",
        "lying about the state of",
    }
