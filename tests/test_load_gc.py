"""A bulk load quiets Python's garbage collector while it writes, and puts it back as it was."""

from __future__ import annotations

import gc
from contextlib import contextmanager

import pytest

import kg.load.loader
from kg.load.loader import bulk_gc, load_articles
from kg.store import OxigraphStore


def collector() -> tuple:
    return gc.get_threshold(), gc.get_freeze_count()


def test_bulk_gc_freezes_what_exists_and_puts_everything_back():
    before = collector()
    with bulk_gc():
        assert gc.get_freeze_count() > before[1] and gc.get_threshold()[0] == 10_000
    assert collector() == before
    with pytest.raises(RuntimeError), bulk_gc():
        raise RuntimeError("a load that fails half way")
    assert collector() == before


def test_a_load_writes_its_articles_under_bulk_gc(tmp_path, monkeypatch):
    seen = []

    @contextmanager
    def watched():
        with bulk_gc():
            seen.append(gc.get_threshold()[0])
            yield

    monkeypatch.setattr(kg.load.loader, "bulk_gc", watched)
    path = tmp_path / "a.txt"
    path.write_text("Ana Ortiz said on Monday that the bridge would reopen in two weeks.\n", encoding="utf-8")
    before = collector()
    with OxigraphStore(None) as store:
        [result] = load_articles(store, [str(path)], progress=False)
    assert result.status == "loaded" and seen == [10_000]
    assert collector() == before
