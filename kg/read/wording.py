"""How a statement reads on a page as reported speech: the words between the speaker and what they said."""

from __future__ import annotations

THAT_VERBS = frozenset(
    [
        "say",
        "allege",
        "claim",
        "argue",
        "add",
        "state",
        "insist",
        "assert",
        "contend",
        "maintain",
        "suggest",
        "deny",
        "warn",
        "note",
        "report",
        "write",
        "believe",
        "think",
        "acknowledge",
        "admit",
        "confirm",
        "announce",
        "explain",
        "predict",
        "complain",
        "estimate",
        "concede",
        "charge",
        "reply",
        "respond",
        "testify",
        "declare",
        "stress",
        "emphasise",
        "emphasize",
        "reiterate",
        "acknowledge",
        "agree",
        "promise",
        "vow",
    ]
)


# Cues that name whom they charge before what with: "accused Amazon of breach of contract".
CHARGING = {"accuse": "of", "charge": "with", "blame": "for"}


def lead(cue: str | None, lemma: str | None, verbatim: bool, content: str = "", about: str | None = None) -> str:
    """The words between the speaker and what they said, so a paraphrase reads as reported speech:
    "alleged that" (a verb taking a that-clause), "accused Amazon of" (a charge and whom it is
    about), "accused:" (any other cue), "said:" for a quote; just the cue when the words already
    begin with "that"."""
    preposition = CHARGING.get((lemma or "").lower())
    if cue and about and preposition:
        if verbatim or content.lower().startswith(f"{preposition} "):
            return f"{cue} {about}:" if verbatim else f"{cue} {about}"
        return f"{cue} {about} {preposition}"
    if not verbatim and cue and content.lower().startswith("that "):
        return cue
    if not cue:
        return "said:" if verbatim else "said that"
    if verbatim or (lemma or cue).lower() not in THAT_VERBS:
        return f"{cue}:"
    return f"{cue} that"
