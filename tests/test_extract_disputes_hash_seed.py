"""Which side an answer points at never turns on the process's hash seed.

An answer's words can name two sides ("the warnings cited by the Harbour Board reached Marlow Fisheries"): the one
they point at is the one named first after "cited by". Read from a set of party ids, the choice followed the
iteration order of that set, which follows ``PYTHONHASHSEED``: the same article linked a denial to different claims
from one run to the next. Each seed runs in a process of its own, since the seed is fixed when Python starts.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parent

PROBE = """
import re, sys
sys.path.insert(0, sys.argv[1])
from extract_support import run, said
from kg.extract.whose import Whose

x = run(
    "Harbour fees row\\n\\nWHITBY, England — The Harbour Board said on Monday that mooring fees would double "
    "because skippers had ignored repeated warnings about unpaid bills.\\n\\nMarlow Fisheries, which owns six of the "
    "boats, said the board was punishing small crews for its own debts.\\n\\nThe Whitby Skippers' Association "
    "denied that the warnings cited by the Harbour Board reached Marlow Fisheries or its crews.\\n"
)
starts = [0] + [m.end() for m in re.finditer(r"(?<=[.!?])\\s+|\\n\\n", x.article.text)]
sides = Whose(x.statements, x.parties, x.article.text, starts)
answer = said(x, "the warnings cited by")
earlier = [s for s in x.statements if s.start < answer.start]
names = {p.id: p.name for p in x.parties}
print(sorted(names[p] for p in sides.referred_side(answer, earlier, {answer.speaker})))
"""


def test_the_side_an_answer_points_at_is_the_one_it_names_first_whatever_the_hash_seed():
    seen = set()
    for seed in ("0", "1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", PROBE, str(TESTS)], capture_output=True, text=True, env=env, check=False
        )
        assert done.returncode == 0, done.stderr
        seen.add(done.stdout.strip())
    assert seen == {"['Harbour Board']"}
