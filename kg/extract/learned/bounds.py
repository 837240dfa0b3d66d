"""Where a content the model found stops: before a relative clause set off by a comma.

The role tagger reads tokens, not clauses, and it often runs a content on into the writer's
background: "acknowledged the reality of the drought[, which makes him an outlier]". PolNeAR's
annotators stop before such an aside, as the rules' own contents do (``content.clause_end``), so a
model content right of its cue that ends in one stops before its comma. Quoted words are never cut.
"""

from __future__ import annotations

from kg.extract.learned.features import ChunkView


def bounded(view: ChunkView, cue: tuple[int, int], run: tuple[int, int]) -> tuple[int, int]:
    """``run`` (token positions of ``view``) without a closing ", which ..." aside."""
    first, end = run
    if first < cue[1]:
        return run
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
