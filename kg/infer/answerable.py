"""Who answers for each statement, materialised so that pages never choose at read time.

The party a statement was made for (``qg:onBehalfOf``: AWS, for an AWS spokesperson's denial),
else its speaker: the other side a party page lists a dispute under, and the party the home page
counts a statement for. A statement made for several parties answers to each of them.
"""

from __future__ import annotations

from kg.build.namespace import QG
from kg.infer.lookup import Facts


def triples(facts: Facts) -> set:
    """``qg:answerableParty`` of every statement with a speaker or a party it was made for, in ``facts``."""
    statements = {s for s, _ in facts.pairs(QG.speaker)} | {s for s, _ in facts.pairs(QG.onBehalfOf)}
    return {
        (s, QG.answerableParty, party)
        for s in statements
        for party in facts.objects(s, QG.onBehalfOf) or facts.objects(s, QG.speaker)
    }
