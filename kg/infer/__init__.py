"""Inference: what the store knows beyond what was loaded, kept in graphs of its own."""

RULES_VERSION = "quotegraph-inference/4"
"""Which rules derived a store's graphs, stamped in the store (``kg.infer.stale``): bump it whenever a
change to inference changes what it writes, so a store reasoned by older rules says so instead of
answering from graphs the new queries misread (2: the shared party map, qg:answerableParty;
4: claim keys of 15 characters, which an older store's keys never equal)."""
