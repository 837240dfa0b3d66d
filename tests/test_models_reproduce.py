"""The learned parts fitted on the development set are what their commands write from this code and data.

The guide's rule: models we train are reproducible from a command in the repo. The charge recogniser, the
counter-account recogniser and the dispute linker read the rules' output as they train, so a change to the rules
can leave the shipped weights fitted on a reading the code no longer gives. Each test runs the command `make
models` runs, with the shipped weights of the parts before it in place (the counters train on what the charges
make of the claims, the linker on both), and compares its file with the shipped one. A failure means: run
`make models`, measure, and commit the rebuilt weights with the change.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

from cli_support import run

from kg.extract import charges, counters
from kg.extract.pairs import LINKS
from kg.train import charges as charge_training
from kg.train import counters as counter_training

DEVSET = Path(__file__).resolve().parents[1] / "devset"
ASIDE = {"scikit_learn"}  # the version that fitted the trees: recorded, not part of what is fitted


def differences(shipped: object, rebuilt: object, at: str = "") -> list[str]:
    """Where two model files differ: their keys, strings and counts exactly, their numbers to 1e-9."""
    if isinstance(shipped, dict) and isinstance(rebuilt, dict):
        keys = (shipped.keys() | rebuilt.keys()) - ASIDE
        return [d for k in sorted(keys) for d in differences(shipped.get(k), rebuilt.get(k), f"{at}.{k}")]
    if isinstance(shipped, list) and isinstance(rebuilt, list) and len(shipped) == len(rebuilt):
        return [d for i, (a, b) in enumerate(zip(shipped, rebuilt)) for d in differences(a, b, f"{at}[{i}]")]
    numbers = (int, float)
    if isinstance(shipped, numbers) and isinstance(rebuilt, numbers) and not isinstance(shipped, bool):
        return [] if math.isclose(shipped, rebuilt, rel_tol=0, abs_tol=1e-9) else [f"{at}: {shipped} != {rebuilt}"]
    return [] if shipped == rebuilt else [f"{at}: {str(shipped)[:60]} != {str(rebuilt)[:60]}"]


def assert_rebuilt(shipped: Path, rebuilt: Path, command: str) -> None:
    found = differences(json.loads(shipped.read_text("utf-8")), json.loads(rebuilt.read_text("utf-8")))
    assert not found, (
        f"{shipped.name} is not what `{command}` writes from this code ({len(found)} differences, first: "
        f"{found[:3]}): run `make models`, measure, and commit the rebuilt weights"
    )


def test_the_shipped_charge_recogniser_is_what_its_command_writes(tmp_path):
    out = tmp_path / "charges.json"
    assert charge_training.main(["--devset", str(DEVSET), "--out", str(out)]) == 0
    assert_rebuilt(charges.WEIGHTS, out, "python -m kg.train.charges")


def test_the_shipped_counter_recogniser_is_what_its_command_writes(tmp_path):
    out = tmp_path / "counters.json"
    assert counter_training.main(["--devset", str(DEVSET), "--out", str(out)]) == 0
    assert_rebuilt(counters.WEIGHTS, out, "python -m kg.train.counters")


def test_the_shipped_dispute_linker_is_what_its_command_writes(capsys, tmp_path):
    out = tmp_path / "links.json"
    code, _, err = run(capsys, "train", "--linker", "--devset", str(DEVSET), "--out", str(out))
    assert code == 0, err
    assert_rebuilt(LINKS, out, "kg train --linker --out kg/extract/pairs/links.json")
