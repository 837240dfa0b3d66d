"""What the hybrid adds below its bar (``added_min_confidence``): the model's less sure finds, down to
``speaker_min_confidence``, when their source names someone who speaks and their content can hold a claim;
and such an addition is linked to nothing (issue 14: PolNeAR recall without losing our own articles)."""

from __future__ import annotations

import pytest

from kg.extract.learned import WEIGHTS, Combiner, load
from kg.extract.learned.features import ChunkView
from kg.extract.learned.tagger import Predicted
from kg.extract.link import statements
from kg.extract.model import Cue, Party
from kg.extract.nlp import load_pipeline
from kg.extract.reading import Found, Reading
from kg.extract.speakers import Speakers

_TAGGER = load(WEIGHTS / "learned")


def _worth(text: str, source: str, cue: str, content: str, confidence: float) -> bool:
    """Whether the hybrid adds the model's find of ``cue`` in ``text`` (no rule found it)."""
    doc = load_pipeline()(text)
    view = ChunkView(doc, 0, [], _TAGGER.vocabulary)

    def at(phrase: str) -> tuple[int, int]:
        start = text.index(phrase)
        inside = [n for n, t in enumerate(view.tokens) if start <= t.idx < start + len(phrase)]
        return inside[0], inside[-1] + 1

    ents = {i: ent for ent in doc.ents for i in range(ent.start, ent.end)}
    predicted = Predicted(at(cue), at(source), (at(content),), confidence)
    speakers = Speakers(Reading(text, []))
    return Combiner(_TAGGER, "hybrid")._worth_adding(view, speakers, ents, predicted)


def test_the_shipped_bars():
    settings = _TAGGER.settings
    assert settings.speaker_min_confidence < settings.added_min_confidence


@pytest.mark.parametrize(
    "text, source, cue, content",
    [
        ("Councillor Priya Nand doubted the sea wall would last another winter.", "Councillor Priya Nand",
         "doubted", "the sea wall would last another winter"),
        ("She doubted the sea wall would last another winter.", "She", "doubted",
         "the sea wall would last another winter"),
        ("The harbour board doubted the sea wall would last another winter.", "The harbour board", "doubted",
         "the sea wall would last another winter"),
    ],
)  # fmt: skip
def test_a_less_sure_find_is_added_for_a_speaker(text, source, cue, content):
    assert _worth(text, source, cue, content, 0.6)
    assert not _worth(text, source, cue, content, 0.5)  # under the lower bar


@pytest.mark.parametrize(
    "text, source, cue, content",
    [
        ("The bulldozer pushed the gravel to the edge of the new road.", "The bulldozer", "pushed",
         "the gravel to the edge of the new road"),
        ("It pushed the gravel to the edge of the new road.", "It", "pushed",
         "the gravel to the edge of the new road"),
    ],
)  # fmt: skip
def test_a_less_sure_find_with_a_thing_for_source_is_not_added(text, source, cue, content):
    assert not _worth(text, source, cue, content, 0.6)
    assert _worth(text, source, cue, content, 0.75)  # above the bar, as before


@pytest.mark.parametrize(
    "text, source, cue, content",
    [
        ("Farmer Dan Pike knew the harvest was lost.", "Farmer Dan Pike", "knew", "the harvest was lost"),
        ("The statement from Mayor Ines Vale did not address whether the town would sell the pier.",
         "Mayor Ines Vale", "address", "whether the town would sell the pier"),
        ("The ferry workers' union wants the county to require shade breaks for deck crews.",
         "The ferry workers' union", "wants", "the county to require shade breaks for deck crews"),
    ],
)  # fmt: skip
def test_what_is_known_asked_or_wished_is_no_less_sure_addition(text, source, cue, content):
    assert not _worth(text, source, cue, content, 0.6)


def test_a_less_sure_addition_is_linked_to_nothing():
    """A denial the model found alone answers the claims before it; one it was less sure of answers nothing."""
    text = "Acme alleged that Bolt stole its chip designs. Bolt denied the allegations."
    parties = [Party("p1", "Acme", "Organization"), Party("p2", "Bolt", "Organization")]
    start = text.index("Bolt stole")
    claim = (start, start + len("Bolt stole its chip designs"))
    denied = text.index("denied")
    cue = Cue("denied", denied, denied + len("denied"), "deny")
    answer = (text.index("the allegations"), text.index("the allegations") + len("the allegations"))

    def disputes(unsure: bool) -> list[str]:
        found = [
            Found("p1", *claim, kind="allegation"),
            Found("p2", *answer, kind="denial", cue=cue, added=True, unsure=unsure, confidence=0.6),
        ]
        result, _ = statements(found, parties, text, [0, text.index("Bolt denied")])
        return result[1].disputes

    assert disputes(unsure=False) == ["s1"]
    assert disputes(unsure=True) == []
