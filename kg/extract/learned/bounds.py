"""Where a content the model found stops: at the end of its cue's sentence, and before a relative
clause set off by a comma.

The role tagger reads tokens, not clauses, and it often runs a content on past what was said: into
the writer's background ("acknowledged the reality of the drought[, which makes him an outlier]"),
or into the next sentence ("laid out her plans for the port[. She wants to ...]"). PolNeAR's
annotators stop before an aside, as the rules' own contents do (``content.clause_end``), and an
unquoted content right of its cue rarely runs on into another sentence, so a model content right of
its cue stops there too. Quoted words are never cut: a quotation may run over clauses and sentences.
"""

from __future__ import annotations

from kg.extract.learned.features import ChunkView


def bounded(view: ChunkView, cue: tuple[int, int], run: tuple[int, int]) -> tuple[int, int]:
    """``run`` (token positions of ``view``) without a stray mark of a quotation it holds no word of,
    and, when it lies right of its cue, within its cue's sentence and without a closing ", which ..."
    aside."""
    run = _without_stray_marks(view, run)
    if run[0] < cue[1]:
        return run
    return _without_aside(view, _in_sentence(view, cue, run))


def _without_stray_marks(view: ChunkView, run: tuple[int, int]) -> tuple[int, int]:
    """``run`` without a last token that only opens the next quotation ("... taught in schools. ''Throughout")
    or a first one that only closes the last: taken in, the mark would take the whole quotation into the content."""
    first, end = run
    if end - first > 1 and _stray(view, end - 1, end - 2):
        end -= 1
    if end - first > 1 and _stray(view, first, first + 1):
        first += 1
    return first, end


def _stray(view: ChunkView, mark: int, beside: int) -> bool:
    """Whether token ``mark`` is a quotation mark whose quotation the token ``beside`` it is no part of."""
    return view.tokens[mark].is_quote and view.quote[mark] >= 0 and view.quote[beside] != view.quote[mark]


def _in_sentence(view: ChunkView, cue: tuple[int, int], run: tuple[int, int]) -> tuple[int, int]:
    """``run`` up to the end of its cue's sentence, when it starts inside it and quotes nothing."""
    first, end = run
    sentence = view.sentence[cue[0]]
    if view.sentence[first] != sentence or any(view.tokens[n].is_quote for n in range(first, end)):
        return run
    return first, next((n for n in range(first + 1, end) if view.sentence[n] != sentence), end)


def _without_aside(view: ChunkView, run: tuple[int, int]) -> tuple[int, int]:
    """``run`` without a closing ", which ..." aside (never one holding quoted words)."""
    first, end = run
    tokens = view.tokens
    last = tokens[end - 1].i
    for n in range(first + 1, end - 1):
        comma, clause = tokens[n], tokens[n + 1]
        aside = next((a for a in (clause, *clause.ancestors) if a.dep_ == "relcl"), None)
        if (
            comma.text == ","
            and aside is not None
            and aside.left_edge.i == clause.i
            and aside.right_edge.i >= last
            and not any(tokens[k].is_quote for k in range(n, end))
        ):
            return first, n
    return run
