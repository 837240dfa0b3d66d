"""What "call" does with its object: name it something, which says something of it, or phone or summon it.

"called the ruling a disgrace" is speech about the ruling; "called the police", "called 999" and "called a
meeting" are deeds that say nothing of anything (``kg.extract.acts.verb_why`` keeps them apart as actions).
The parse tells them apart only by whether the object is given a name, and the parser often hides the name.
"""

from __future__ import annotations

from spacy.tokens import Token


def names(verb: Token, dobj: Token) -> bool:
    """Whether "call" gives its object a name, which says something of it ("called the ruling a disgrace"), rather
    than phoning or summoning it ("called the police", "called 999", "called a meeting").

    The name may hang from the verb or, as the parser reads "called AWS's move a pretext" and "called AWS's decision
    politically motivated", inside the object after its head; the parser may take a quoted name for the object
    itself ("called Parler's count "speculation ..."", "called that "a way to ...""); and the object may be missing
    from its place, the relative clause's head ("a claim experts called a long shot", "which the filing calls ...").
    Still missed: a name the parser joins to the object as one noun phrase ("called Amazon's decision censorship").
    """
    if any(c.dep_ in ("oprd", "xcomp", "ccomp", "attr", "acomp") for c in verb.children):
        return True
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) > 1:  # "a claim experts called a long shot" parsed with the claim a second subject
        return True
    if verb.dep_ in ("relcl", "acl") and (not subjects or subjects[0].lower_ not in _RELATIVES):
        return True  # "who called 999" is the caller's clause, not the thing's
    phrase = list(dobj.subtree)
    if phrase[0].lower_ in _RELATIVES | _POINTING or any(t.is_quote for t in phrase):
        return True
    if any(t.i > dobj.i and (t.dep_ in _NAMING or (t.dep_ == "acl" and t.tag_ in ("VBN", "JJ"))) for t in phrase):
        return True
    after = dobj.right_edge.i + 1
    return after < len(dobj.doc) and dobj.doc[after].is_quote


_NAMING = frozenset(["npadvmod", "appos", "oprd", "attr", "acomp", "amod", "nmod"])
_RELATIVES = frozenset(["who", "which", "that", "whom"])
_POINTING = frozenset(["this", "these", "those"])
