"""Interviews set as questions in paragraphs of their own, each over its unlabelled answer.

A magazine Q&A often drops the "Q:" and "A:" labels: the question stands alone ("What does the agreement
actually say?") and the paragraphs under it, down to the next question, are the interviewee's words, with no
verb of saying and no quotation marks. Read as prose, they are nobody's, or the outlet's own.

An explainer has the same shape ("What happened?" over the reporter's answer), so the form is recognised by
its frame, never by its words: two question paragraphs at least, each with an answer under it, and an
introduction that says this is an interview ("Q&A:", "We asked an analyst ...", "Her answers have been edited
for length"). The last answer goes on past its first paragraph only while the paragraphs read in the
interviewee's voice (``kg.extract.turns.spoken``), so the outlet's "X did not respond" after it stays out. The
interviewee is who the introduction says was interviewed, else the first person its last paragraph names.
"""

from __future__ import annotations

import re

from kg.extract.reading import Reading
from kg.extract.turns import interviewee, spoken
from kg.extract.voiced import read_words

_INTERVIEW = re.compile(
    r"\bQ ?& ?A\b|\b(?:[Ww]e|I) (?:asked|spoke|talked|sat down|put (?:our|these|some|the) questions)\b"
    r"|\b(?:this|our|the following) interview\b|\binterview (?:has|have) been\b"
    r"|\b(?:answers|responses|conversation|exchange) (?:has|have) been (?:\w+ )?(?:edited|condensed)\b"
    r"|\bedited for (?:length|clarity|brevity)\b"
)
_QUESTION_WORDS = 40  # a question paragraph is one line of a question, at most a sentence of context before it


def _question(text: str, lo: int, hi: int) -> bool:
    para = text[lo:hi].strip()
    return "\n" not in para and para.endswith("?") and len(para.split()) <= _QUESTION_WORDS


def find_answers(text: str, paragraphs: list[tuple[int, int]]) -> tuple[tuple[int, int], list[tuple[int, int]]]:
    """The paragraph introducing an interview set as question paragraphs, and its answer paragraphs in order;
    no answers where the article is not one (the headline paragraph is never a question)."""
    asked = [n for n, (lo, hi) in enumerate(paragraphs) if n > 0 and _question(text, lo, hi)]
    if len(asked) < 2 or not _INTERVIEW.search(text, 0, paragraphs[asked[0]][0]):
        return (0, 0), []
    answers: list[tuple[int, int]] = []
    for i, n in enumerate(asked):
        if i + 1 < len(asked):
            under = paragraphs[n + 1 : asked[i + 1]]
        else:
            under = paragraphs[n + 1 : n + 2]
            for lo, hi in paragraphs[n + 2 :]:
                if not spoken(text[lo:hi]):
                    break
                under.append((lo, hi))
        if not under:
            return (0, 0), []  # two questions in a row: a list of questions, not an interview
        answers += under
    return paragraphs[asked[0] - 1], answers


def _answering(reading: Reading, intro: tuple[int, int]) -> str | None:
    """Who answers: whom the introduction says was interviewed, else the first person named in its last
    paragraph, ``intro`` ("Priya Ramanathan, principal analyst at ..., has spent a decade ...")."""
    lo, hi = intro
    found = interviewee(reading, hi)
    if found is not None:
        return found
    named = [
        (m.start, p.id) for p in reading.table.parties() if p.type == "Person" for m in p.mentions if lo <= m.start < hi
    ]
    return min(named)[1] if named else None


def read_interview(reading: Reading, paragraphs: list[tuple[int, int]], taken: set[int]) -> set[int]:
    """Each answer's sentences as statements of the interviewee, unless another reader took the interview's
    lines (``taken``: where a transcript's turn or a writer's block starts, as "Q: ..." over "A: ..." are).
    Returns where each answer paragraph starts."""
    intro, answers = find_answers(reading.text, paragraphs)
    if not answers or any(intro[1] <= line < answers[-1][1] for line in taken):
        return set()
    pid = _answering(reading, intro)
    if pid is None:
        return set()
    for lo, hi in answers:
        read_words(reading, lo, hi, pid, None)
    return {lo for lo, _ in answers}
