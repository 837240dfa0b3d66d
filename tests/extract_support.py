"""What the extraction tests share: extract a text written for the test, find a statement by its words."""

from __future__ import annotations

from kg.extract import DEFAULT_MODE, extract
from kg.extract.model import Article, Extraction, Statement

MODELS = ("rules", "hybrid")


def run(text: str, model: str | None = None) -> Extraction:
    """Extract ``text`` as an article of a fixed date with ``model`` (None: the default); every statement's
    offsets must select its words."""
    x = extract(Article("test", text, published="2024-05-14"), model=model or DEFAULT_MODE)
    for s in x.statements:
        assert x.article.text[s.start : s.end] == s.text
    return x


def claims(text: str, model: str) -> list[str]:
    """The words of every statement extracted from ``text``."""
    return [s.text for s in run(text, model).statements]


def apart(text: str, model: str) -> dict[str, str]:
    """Words kept apart from the statements, each with why it is no claim."""
    return {n.text: n.why for n in run(text, model).not_statements}


def said(x: Extraction, words: str) -> Statement:
    """The one statement holding ``words`` (the message lists every statement when there is not exactly one)."""
    found = [s for s in x.statements if words in s.text]
    assert len(found) == 1, (words, [(s.text, s.kind, s.speaker) for s in x.statements])
    return found[0]


def speaker(x: Extraction, words: str) -> str:
    """The name of the party that said the statement holding ``words``."""
    return x.party(said(x, words).speaker).name


def behalf(x: Extraction, words: str) -> str | None:
    """The name of the party on whose behalf the statement holding ``words`` speaks, if the extractor gave one."""
    statement = said(x, words)
    return x.party(statement.on_behalf_of).name if statement.on_behalf_of else None


def disputed(x: Extraction, words: str) -> list[str]:
    """The words of the statements that the statement holding ``words`` disputes."""
    by_id = {s.id: s for s in x.statements}
    return [by_id[t].text for t in said(x, words).disputes]


def answers(x: Extraction, answer: str, meant: tuple[str, ...] = (), not_meant: tuple[str, ...] = ()) -> None:
    """``answer`` is a denial disputing a statement holding each of ``meant`` and none holding ``not_meant``."""
    assert said(x, answer).kind == "denial"
    targets = disputed(x, answer)
    for words in meant:
        assert any(words in t for t in targets), (words, targets)
    for words in not_meant:
        assert not any(words in t for t in targets), (words, targets)
