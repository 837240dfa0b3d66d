"""A title the entity tagger takes into a person's name ("Spokesperson Lin Wei", "Det Insp Gareth Lowe") is the
person's role, not a word of her name (issue 13, on whose behalf): she is the same party as the "Lin said" that
follows, and the role is read as for "spokesman Tom Reed", so a spokesperson speaks for the body she speaks for.
A school superintendent whose district nothing names beside her speaks for the school district the article named,
before any organisation the last sentence happened to start with. Sentences written for these tests, in a state
agency's wire style, a police appeal in local news and a local paper's schools page."""

import pytest
from extract_support import MODELS, behalf, run, speaker
from spacy.tokens import Span

from kg.extract.nlp import load_pipeline
from kg.extract.titles import untitled


@pytest.mark.parametrize("model", MODELS)
def test_a_spokespersons_title_is_her_role_not_her_name(model):
    x = run(
        "BEIJING, May 14 (Xinhua) -- China's foreign ministry on Tuesday rejected Mongolian accusations that a "
        "Chinese mine had polluted the Kherlen River.\n\n"
        "Spokesperson Lin Wei told a regular briefing the claims were groundless.",
        model,
    )
    assert speaker(x, "claims were groundless") == "Lin Wei"
    assert behalf(x, "claims were groundless") == "China foreign ministry"


def test_a_police_rank_is_no_part_of_the_officers_name():
    x = run(
        "Avon Valley Police are appealing for witnesses after a cyclist was hit on the A38 on Sunday.\n\n"
        "Det Insp Gareth Lowe, who is leading the investigation, said the driver did not stop."
    )
    assert speaker(x, "the driver did not stop") == "Gareth Lowe"


def test_a_superintendent_speaks_for_the_district_not_the_last_subject():
    x = run(
        "The Fairview Unified School District will ban phones in class from September.\n\n"
        "Phones will have to be locked away from first bell to last, according to the policy.\n\n"
        "Superintendent Dana Pike said teachers had asked for the ban.",
    )
    assert behalf(x, "teachers had asked for the ban") == "Fairview Unified School District"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Spokeswoman Angela Reyes said the company had not been told.", "Angela Reyes"),
        ("Constable Helen Marsh said officers had followed every lead.", "Helen Marsh"),
        ("Det Insp Gareth Lowe said the driver did not stop.", "Gareth Lowe"),
        ("Councillor Ruth Abernethy said the survey was flawed.", "Ruth Abernethy"),
        ("Chief Abbott said the claims were false.", "Chief Abbott"),  # a name is left two words at least
        ("Deputy Director said nothing.", "Deputy Director"),  # a title alone is no name
        ("Assistant Lena Ruiz said nothing.", "Assistant Lena Ruiz"),  # a title's modifier alone holds no role
    ],
)
def test_title_words_leave_the_tagged_name(text, name):
    doc = load_pipeline()(text)
    said = next(t.i for t in doc if t.lower_ == "said")
    assert untitled(Span(doc, 0, said, label="PERSON")).text == name
    assert untitled(Span(doc, 0, said, label="ORG")).text == doc[:said].text  # a body's name is left whole
