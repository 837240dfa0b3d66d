"""Dispute links drawn by the rules alone (``Answers``) on statements built by hand on a text written for a test, so a
rule is tested apart from what the models score."""

from kg.extract.disputes import Answers
from kg.extract.model import Origin, Party, Statement

# One statement: (id, speaker, kind, its words, the words of the court filing it is given as, or None).
Said = tuple[str, str, str, str, str | None]


def linked(text: str, parties: list[Party], said: list[Said], sentences: tuple[str, ...]) -> list[str]:
    """What the last of ``said`` disputes, the text cut into sentences where each of ``sentences`` begins."""
    statements = []
    for sid, speaker, kind, words, filing in said:
        start = text.index(words)
        origin = None
        if filing is not None:
            at = text.index(filing)
            origin = Origin("court filing", filing, at, at + len(filing))
        statements.append(Statement(sid, speaker, kind, words, start, start + len(words), False, origin=origin))  # type: ignore[arg-type]
    Answers(statements, parties, text, [0, *(text.index(s) for s in sentences)]).link()
    return statements[-1].disputes
