"""Every KgError survives pickling: extraction workers send failures back across processes."""

from __future__ import annotations

import importlib
import inspect
import pickle
import pkgutil

import pytest

import kg
import server
from kg.errors import KgError
from kg.load.validate import ValidationError, Violation

VIOLATION = Violation("qgsh:StatementCue", "sh:MaxCountConstraintComponent", "<https://x/s>", "qg:cue", "at most one")

# Subclasses whose __init__ takes more than a message, with the arguments they are raised with.
REALISTIC = {
    ValidationError: ("article.txt", [VIOLATION, VIOLATION]),
}


def _modules() -> None:
    for package in (kg, server):
        for info in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
            if not info.name.endswith("__main__"):
                importlib.import_module(info.name)


def _subclasses(cls: type) -> list[type]:
    found = []
    for sub in cls.__subclasses__():
        found += [sub, *_subclasses(sub)]
    return found


def _errors() -> list[type[KgError]]:
    _modules()
    return sorted(set(_subclasses(KgError)) | {KgError}, key=lambda c: f"{c.__module__}.{c.__qualname__}")


@pytest.mark.parametrize("cls", _errors(), ids=lambda c: c.__qualname__)
def test_survives_pickling(cls):
    custom = inspect.signature(cls.__init__) != inspect.signature(Exception.__init__)
    if custom:
        assert cls in REALISTIC, f"{cls.__qualname__} has its own __init__: add realistic arguments to REALISTIC"
    error = cls(*REALISTIC.get(cls, ("article.txt: something the user can fix",)))
    error.__cause__ = None
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is cls
    assert str(copy) == str(error)
    assert copy.args == error.args
    assert vars(copy) == vars(error)
    assert copy.exit_code == error.exit_code


def test_validation_error_keeps_its_violations():
    copy = pickle.loads(pickle.dumps(ValidationError("a.txt", [VIOLATION])))
    assert copy.violations == [VIOLATION]
    assert str(copy) == f"a.txt: SHACL violation: {VIOLATION}"
