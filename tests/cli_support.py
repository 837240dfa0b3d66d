"""What the command-line tests share: run `kg` in this process, and a store loaded with the sample."""

from __future__ import annotations

import pytest
from conftest import SAMPLE

from kg.cli import main


def run(capsys, *argv) -> tuple[int, str, str]:
    """`kg ARGV` in this process: its exit code, standard output and standard error."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def loaded(capsys, tmp_path) -> str:
    """A store (its path) with the sample loaded through `kg load`."""
    store = str(tmp_path / "store")
    code, _, err = run(capsys, "load", str(SAMPLE), "--store", store)
    assert code == 0, err
    return store
