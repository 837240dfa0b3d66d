"""Where a token sits against a cue's head in the parse, for the role features (``ChunkView.role_features``).

Kept apart from the feature strings because they are pure functions of the parse: the cue head's subtree split
into its branches, and the tokens above it labelled by the path the cue hangs from.
"""

from __future__ import annotations

from spacy.tokens import Token


def branches(head: Token) -> dict[int, tuple[str, bool, bool]]:
    """Tokens in the cue head's subtree: which branch of it, and whether at its edges."""
    relation: dict[int, tuple[str, bool, bool]] = {}
    for child in head.children:
        branch = child.dep_
        if branch == "prep":
            branch += ":" + child.lower_
        elif branch in ("ccomp", "advcl") and child.left_edge.dep_ == "mark":
            branch += ":" + child.left_edge.lower_
        left, right = child.left_edge.i, child.right_edge.i
        for t in child.subtree:
            relation[t.i] = (branch, t.i == left, t.i == right)
    return relation


def ancestry(head: Token) -> dict[int, str]:
    """Tokens outside the cue's subtree, labelled by how the cue hangs off them."""
    above: dict[int, str] = {}
    path: list[str] = []
    below, node = head, head.head
    while below.head.i != below.i and len(path) < 3:
        path.append(below.dep_)
        tag = ">".join(path)
        above.setdefault(node.i, "anc:" + tag)
        for sibling in node.children:
            if sibling.i != below.i:
                for t in sibling.subtree:
                    above.setdefault(t.i, tag + "/" + sibling.dep_)
        below, node = node, node.head
    return above
