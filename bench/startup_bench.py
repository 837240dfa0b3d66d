"""CLI start-up time per command: the `kg` of a git revision against the working tree's, same run.

Each command runs as a fresh process (what a user waits for at the prompt), old and new in
alternation, ``--repeat`` times; p50 and the ratio are printed side by side. The old side is
the revision's ``kg`` package (and its ontology) exported from git into a scratch folder and
put first on the path; both sides use this virtualenv's packages and one store, loaded once.

    .venv/bin/python bench/startup_bench.py --baseline b4a2cba --repeat 15
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "samples" / "parler-aws.ttl"


def tree_at(revision: str, folder: Path) -> Path:
    """The revision's kg, ontology and samples in ``folder`` (what `python -m kg` needs)."""
    archive = subprocess.run(
        ["git", "-C", str(REPO), "archive", revision, "kg", "ontology", "samples"], capture_output=True, check=True
    )
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(folder, filter="data")
    return folder


def commands(store: str, scratch: Path) -> list[tuple[str, list[str]]]:
    return [
        ("kg --version", ["--version"]),
        ("kg --help", ["--help"]),
        (
            "kg query (ASK)",
            ["query", "PREFIX qg: <https://quotegraph.org/ontology#> ASK { ?s qg:speaker ?p }", "--store", store],
        ),
        ("kg graphs", ["graphs", "--store", store]),
        (
            "kg export --format nquads",
            ["export", "--format", "nquads", "-o", str(scratch / "out.nq"), "--store", store],
        ),
        ("kg parties list", ["parties", "list", "--store", store]),
        ("kg extract --help", ["extract", "--help"]),
    ]


def timed(root: Path, argv: list[str]) -> float:
    env = dict(os.environ, PYTHONPATH=str(root))
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "kg", *argv], env=env, capture_output=True, cwd=root)
    took = time.perf_counter() - started
    if done.returncode:
        raise SystemExit(f"{' '.join(argv)} failed under {root}: {done.stderr.decode()[-500:]}")
    return took


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", default="HEAD", help="git revision of the old kg (default HEAD)")
    parser.add_argument("--repeat", type=int, default=10, help="timed runs per command and side")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="startup-bench-") as folder:
        scratch = Path(folder)
        old = tree_at(args.baseline, scratch / "old")
        store = str(scratch / "store")
        subprocess.run(
            [sys.executable, "-m", "kg", "load", str(SAMPLE), "--store", store], check=True, capture_output=True
        )
        sides = {"old": old, "new": REPO}
        print(f"# kg start-up, p50 of {args.repeat} runs per side, {args.baseline} (old) vs working tree (new)")
        print(f"{'command':<28} {'old p50':>9} {'new p50':>9} {'ratio':>7}")
        for name, argv in commands(store, scratch):
            times: dict[str, list[float]] = {side: [] for side in sides}
            for _ in range(args.repeat):
                for side, root in sides.items():
                    times[side].append(timed(root, argv))
            old_p50, new_p50 = (statistics.median(times[side]) for side in sides)
            print(f"{name:<28} {old_p50:>8.2f}s {new_p50:>8.2f}s {old_p50 / new_p50:>6.1f}x", flush=True)


if __name__ == "__main__":
    main()
