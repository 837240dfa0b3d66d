"""The sample articles' gold truth, checked against the extractor.

Each expectation names a few words of a gold content span (samples/articles/NAME.ann) and
what is true of it: who said it, what kind of statement it is, whether it is quoted, and
which other statements it disputes or confirms. The statement the extractor gives for those
words (the one overlapping them most) must agree.
"""

from __future__ import annotations

from functools import cache

import pytest

from kg.build.triples import is_named
from kg.extract import extract
from kg.paths import SAMPLES_DIR
from kg.sources.brat import parse_ann
from kg.sources.documents import read_document

ARTICLES = SAMPLES_DIR / "articles"

# sample: [(words, speaker, kind, quote, extra)]; speaker "~X" = an unnamed party described as X
# extra: role/of (speaker's role, or its normalised forms, and organisation), for (on behalf of), disputes/confirms (words
# of the statements it targets), party (whose account a denial or confirmation targets)
EXPECTED: dict[str, list[tuple[str, str, str, str, dict]]] = {
    "parler-aws": [
        ("AWS had acted out of political animus", "Parler", "allegation", "indirect", {}),
        ("Amazon of breach of contract", "Parler", "allegation", "indirect", {}),
        (
            "There is no merit to these claims",
            "~spokesperson",
            "denial",
            "direct",
            {
                "role": "spokesperson",
                "of": "Amazon Web Services",
                "for": "Amazon Web Services",
                "disputes": ["political animus", "breach of contract"],
                "party": "Parler",
            },
        ),
        (
            "Parler had hosted posts that incited violence",
            "~spokesperson",
            "allegation",  # a charge of wrongdoing against another party, as devset/README.md's guideline reads
            "indirect",
            {"for": "Amazon Web Services"},
        ),
        ("given only 24 hours' notice", "John Matze", "claim", "indirect", {"role": "ceo", "of": "Parler"}),
        ("Parler had asked the court", "Wall Street Journal", "claim", "indirect", {}),
    ],
    "council-vote": [
        ("We have waited a decade for this", "Elena Ruiz", "claim", "direct", {"role": "mayor"}),
        ("and the children of this city deserve it", "Elena Ruiz", "claim", "direct", {}),
        ("The budget does not add up", "Tom Becker", "claim", "direct", {}),
        ("We are borrowing money we do not have", "Tom Becker", "claim", "direct", {}),
        ("Nobody on this council has explained", "Tom Becker", "claim", "direct", {}),
        ("I asked three times and got three different answers", "Tom Becker", "claim", "direct", {}),
        (
            "that argument",
            "Elena Ruiz",
            "denial",
            "indirect",
            {
                "disputes": ["budget does not add up", "borrowing money", "Nobody on this council", "I asked three"],
                "party": "Tom Becker",
            },
        ),
        (
            "the loans were covered by a state grant",
            "Elena Ruiz",
            "denial",
            "indirect",
            {
                "disputes": ["budget does not add up", "borrowing money", "Nobody on this council", "I asked three"],
                "party": "Tom Becker",
            },
        ),
    ],
    "storm-ports": [
        ("the port of Seabrook would stay closed", "~harbor officials", "claim", "indirect", {}),
        ("winds could reach 90 miles per hour", "National Weather Service", "claim", "indirect", {}),
        ("the state had opened 40 emergency shelters", "Dana Whitfield", "claim", "indirect", {"role": "governor"}),
        ("was the strongest to hit the region", "Dana Whitfield", "claim", "indirect", {}),
        ("Residents should stay indoors", "~coast guard", "claim", "indirect", {}),
    ],
    "carmaker-recall": [
        ("it would recall 12,000 sedans", "Voltra Motors", "claim", "indirect", {}),
        ("no injuries had been reported", "Voltra Motors", "claim", "indirect", {}),
        (
            "the fault was found during routine testing",
            "Maria Chen",
            "claim",
            "indirect",
            {"role": "head of safety", "of": "Voltra Motors"},
        ),
        ("owners would be contacted by mail", "Maria Chen", "claim", "indirect", {}),
        ("repairs would take about an hour", "Maria Chen", "claim", "indirect", {}),
        ("it was reviewing the recall", "National Highway Traffic Safety Administration", "claim", "indirect", {}),
        ("owners could check their vehicle", "National Highway Traffic Safety Administration", "claim", "indirect", {}),
        (
            "the recall would not change the company's forecast",
            "Paul Brandt",
            "claim",
            "indirect",
            {"role": ("chief executive", "ceo"), "of": "Voltra Motors"},
        ),
        ("Safety comes before everything else", "Paul Brandt", "claim", "direct", {}),
    ],
    "contractor-dispute": [
        (
            "Greystone Construction had overbilled Riverton",
            "Rachel Okafor",
            "allegation",
            "indirect",
            {"role": "auditor"},
        ),
        ("charging for work that was never done", "Rachel Okafor", "allegation", "indirect", {}),
        (
            "the accusations",
            "Greystone Construction",
            "denial",
            "indirect",
            {"disputes": ["had overbilled", "charging for work"], "party": "~city"},  # its auditor speaks for the city
        ),
        (
            "These allegations are false",
            "Victor Lane",
            "denial",
            "direct",
            {
                "role": ("spokesman", "spokesperson"),
                "of": "Greystone Construction",
                "for": "Greystone Construction",
                "disputes": ["had overbilled", "charging for work"],
                "party": "~city",
            },
        ),
        (
            "the auditor's account",
            "Luis Ortega",
            "confirmation",
            "indirect",
            {
                "role": "foreman",
                "for": None,  # a former foreman speaks for himself, not for the company he left
                "confirms": ["had overbilled", "charging for work"],
                "party": "Rachel Okafor",
            },
        ),
        # the foreman's account of the contractor's wrongdoing: a charge, as devset/README.md's guideline reads
        ("crews had been told to log hours", "Luis Ortega", "allegation", "indirect", {}),
        (
            "Okafor's findings",
            "~mayor's office",
            "confirmation",
            "indirect",
            {"confirms": ["had overbilled", "charging for work"], "party": "Rachel Okafor"},
        ),
        ("it would ask Greystone to repay", "~mayor's office", "claim", "indirect", {}),
    ],
    "festival-prices": [
        ("Prices reflect what the artists cost us", "Ingrid Solberg", "claim", "direct", {"role": "director"}),
        ("We sold out in two days", "Ingrid Solberg", "claim", "direct", {}),
        ("It is a festival for the rich", "Amir Haddad", "claim", "direct", {}),
        ("fans couldn’t afford the $400 passes", "Amir Haddad", "claim", "indirect", {}),
        ("The lineup is worth every cent", "Ingrid Solberg", "claim", "direct", {}),
    ],
}


@cache
def extraction(name: str):
    return extract(read_document(str(ARTICLES / f"{name}.txt")))


def where(text: str, words: str) -> tuple[int, int]:
    assert text.count(words) == 1, f"{words!r} must occur once in the sample"
    start = text.index(words)
    return start, start + len(words)


def best(name: str, words: str):
    """The extracted statement overlapping these words most, or None."""
    result = extraction(name)
    start, end = where(result.article.text, words)

    def overlap(s):
        return min(end, s.end) - max(start, s.start)

    candidates = [s for s in result.statements if overlap(s) > 0]
    return max(candidates, key=overlap, default=None)


def plain(name: str) -> str:
    name = name.strip()
    return name[4:] if name.lower().startswith("the ") else name


def check_party(name: str, party_id: str, expected: str) -> None:
    party = extraction(name).party(party_id)
    if expected.startswith("~"):
        assert not is_named(party), f"{party.name!r} should be an unnamed party"
        described = expected[1:].lower().removesuffix("s")
        assert described in party.name.lower(), f"{party.name!r} is not the {expected[1:]}"
    else:
        assert plain(party.name) == plain(expected), f"speaker is {party.name!r}, expected {expected!r}"


# Known misses, each a strict expected failure so that a fix shows: (article, words) -> why.
KNOWN_MISSES = {
    ("contractor-dispute", "crews had been told to log hours"): "a charge the charge recogniser rebuilt by `make "
    "models` from rules 1.15 reads as a claim (the rules 1.7 reading's weights turned it into an allegation)",
}
CASES = [
    pytest.param(
        name,
        *row,
        id=f"{name}:{row[0][:30]}",
        marks=[pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[name, row[0]])]
        if (name, row[0]) in KNOWN_MISSES
        else [],
    )
    for name, rows in EXPECTED.items()
    for row in rows
]


def test_expectations_cover_the_gold_annotations():
    for name, rows in EXPECTED.items():
        text = (ARTICLES / f"{name}.txt").read_text(encoding="utf-8")
        gold = parse_ann((ARTICLES / f"{name}.ann").read_text(encoding="utf-8"), text_length=len(text))
        covered = set()
        for words, *_ in rows:
            start, end = where(text, words)
            hits = [i for i, a in enumerate(gold) if any(s <= start and end <= e for s, e in a.content)]
            assert len(hits) == 1, f"{name}: {words!r} is not inside exactly one gold content"
            covered.add(hits[0])
        assert covered == set(range(len(gold))), f"{name}: gold attributions without an expectation"


@pytest.mark.parametrize("name, words, speaker, kind, quote, extra", CASES)
def test_sample_statement(name, words, speaker, kind, quote, extra):
    statement = best(name, words)
    assert statement is not None, f"no statement found for {words!r}"
    result = extraction(name)
    check_party(name, statement.speaker, speaker)
    assert statement.kind == kind
    assert statement.quote == quote
    if "role" in extra:
        party = result.party(statement.speaker)
        roles = extra["role"] if isinstance(extra["role"], tuple) else (extra["role"],)
        assert (party.role or "").lower() in roles
    if "of" in extra:
        party = result.party(statement.speaker)
        assert party.affiliation, f"{party.name} has no affiliation"
        check_party(name, party.affiliation, extra["of"])
    if extra.get("for", "") is None:
        assert statement.on_behalf_of is None, "on_behalf_of where the speaker speaks for himself"
    elif "for" in extra:
        assert statement.on_behalf_of, "no on_behalf_of"
        check_party(name, statement.on_behalf_of, extra["for"])
    for link, party_field in (("disputes", "disputes_party"), ("confirms", "confirms_party")):
        targets = getattr(statement, link)
        if link in extra:
            by_id = {s.id: s for s in result.statements}
            expected_ids = {best(name, w).id for w in extra[link] if best(name, w)}
            assert len(expected_ids) >= 1 and set(targets) == expected_ids, (
                f"{link} {[by_id[t].text for t in targets if t in by_id]}, expected those with {extra[link]}"
            )
            assert getattr(statement, party_field), f"no {party_field}"
            check_party(name, getattr(statement, party_field), extra["party"])
        else:
            assert not targets, f"unexpected {link}: {targets}"
