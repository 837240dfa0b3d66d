"""Loading articles into the store: idempotent, atomic per article, continue-on-error, kill -9 safe."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

import kg.load.articles
from kg.build.iris import Minter, source_key
from kg.build.namespace import QG
from kg.build.triples import extraction_to_graph
from kg.extract import extract
from kg.load.articles import article_key
from kg.load.loader import Loader, load_articles
from kg.load.validate import ValidationError, Violation
from kg.paths import SAMPLES_DIR
from kg.sources.documents import read_document
from kg.store import OxigraphStore, StoreError

ARTICLES = SAMPLES_DIR / "articles"
KG = Path(sys.executable).parent / "kg"

NAMES = ["Ana Ortiz", "Ben Okoro", "Chloe Martin", "Dev Patel", "Eva Novak", "Finn Walsh"]
TOPICS = ["the bridge", "the clinic", "the library", "the harbor", "the stadium", "the school"]


def story(n: int) -> str:
    """Our own short article, different for each n."""
    name, topic = NAMES[n % len(NAMES)], TOPICS[(n // len(NAMES)) % len(TOPICS)]
    return (
        f"{name} said on Monday that {topic} would reopen in {n + 2} weeks.\n\n"
        f'"We have done the work and the money is there," {name} told reporters. '
        f"The city council denied that the project was late.\n"
    )


def write_stories(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        path = folder / f"story-{n:03d}.txt"
        path.write_text(story(n), encoding="utf-8")
        paths.append(path)
    return paths


def statement_count(store, graph: str) -> int:
    rows = store.query(f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s <{QG.speaker}> ?p }} }}")
    return int(next(iter(rows))["n"].value)


def expected(path: Path) -> tuple[str, int, int]:
    """(graph IRI, triples, statements) a fresh extraction of the file gives (validation aside)."""
    article = read_document(str(path))
    key = article_key(article)
    extraction = extract(article)
    graph = extraction_to_graph(extraction, Minter(), key=key)
    return str(Minter().article_graph(key)), len(graph), len(extraction.statements)


@pytest.fixture
def store():
    with OxigraphStore(None) as memory:
        yield memory


def triple_count(store, graph: str) -> int:
    return dict(store.graphs()).get(graph, 0)


def test_samples_load_then_are_unchanged(store):
    first = load_articles(store, [str(ARTICLES)], progress=False)
    assert [Path(r.source).name for r in first] == sorted(p.name for p in ARTICLES.glob("*.txt"))
    assert {r.status for r in first} == {"loaded"}
    for result in first:
        iri, triples, statements = expected(Path(result.source))
        assert result.graph == iri
        assert triple_count(store, iri) == triples == result.triples
        assert statement_count(store, iri) == statements > 0
    again = load_articles(store, [str(ARTICLES)], progress=False)
    assert [(r.source, r.status) for r in again] == [(r.source, "unchanged") for r in first]


def test_changed_article_replaces_its_graph(store, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(story(0), encoding="utf-8")
    [first] = load_articles(store, [str(path)], progress=False)
    before = {
        row["s"].value for row in store.query(f"SELECT ?s WHERE {{ GRAPH <{first.graph}> {{ ?s <{QG.speaker}> ?p }} }}")
    }
    path.write_text("Ruth Baker said the museum would close for good.\n", encoding="utf-8")
    [second] = load_articles(store, [str(path)], progress=False)
    assert second.status == "loaded" and second.graph == first.graph
    after = {
        row["s"].value for row in store.query(f"SELECT ?s WHERE {{ GRAPH <{first.graph}> {{ ?s <{QG.speaker}> ?p }} }}")
    }
    assert len(after) == 1 and not before & after
    assert triple_count(store, first.graph) == expected(path)[1]
    (tmp_path / "a.json").write_text('{"title": "Museum closes"}', encoding="utf-8")
    [third] = load_articles(store, [str(path)], progress=False)
    assert third.status == "loaded"


def test_the_loader_extracts_with_the_model_it_is_given(store):
    """A loader set to the rules extracts with them and stamps their version; an article it stored is
    unchanged for it and out of date for a loader of the default extractor, which extracts it again."""
    from kg.extract import DEFAULT_MODE, extractor_version

    assert DEFAULT_MODE != "rules"
    path = ARTICLES / "council-vote.txt"
    [rules] = load_articles(store, [str(path)], progress=False, model="rules")
    article = read_document(str(path))
    graph = extraction_to_graph(
        extract(article, model="rules"),
        Minter(),
        key=article_key(article),
        extractor_version=extractor_version("rules"),
    )
    assert rules.status == "loaded" and rules.triples == len(graph)
    stamped = store.query(f"SELECT ?v WHERE {{ GRAPH <{rules.graph}> {{ ?a <{QG.extractorVersion}> ?v }} }}")
    assert [row["v"].value for row in stamped] == [extractor_version("rules")]
    [again] = load_articles(store, [str(path)], progress=False, model="rules")
    assert again.status == "unchanged"
    [default] = load_articles(store, [str(path)], progress=False)
    assert default.status == "loaded"


def test_key_is_the_url_when_known(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(story(1), encoding="utf-8")
    (tmp_path / "a.json").write_text('{"url": "https://example.com/a"}', encoding="utf-8")
    article = read_document(str(path))
    assert article_key(article) == source_key("https://example.com/a")
    (tmp_path / "a.json").unlink()
    assert article_key(read_document(str(path))) == source_key(str(path.resolve()))


def test_bad_inputs_fail_alone_and_in_order(store, tmp_path):
    good = write_stories(tmp_path / "in", 2)
    empty = tmp_path / "in" / "empty.txt"
    empty.write_bytes(b"")
    specs = [str(good[0]), str(empty), str(tmp_path / "missing.txt"), str(good[1])]
    results = load_articles(store, specs, progress=False)
    assert [r.status for r in results] == ["loaded", "failed", "failed", "loaded"]
    assert results[1].message == f"{empty}: empty input"
    assert results[2].message == f"{tmp_path / 'missing.txt'}: no such file"
    assert results[1].graph is None
    articles = [g for g, _ in store.graphs() if "/graph/article/" in g]
    assert sorted(articles) == sorted(r.graph for r in results if r.status == "loaded")


def test_invalid_graph_is_not_written(store, tmp_path, monkeypatch):
    [path] = write_stories(tmp_path, 1)

    def reject(graph, source, triples=None):
        raise ValidationError(source, [Violation("qgsh:Test", "sh:Test", "<x>", "", "made up")])

    monkeypatch.setattr(kg.load.articles, "check", reject)  # the worker's check (jobs=1 runs it here)
    [result] = load_articles(store, [str(path)], progress=False)
    assert result.status == "failed" and "SHACL violation" in result.message
    assert not [g for g, _ in store.graphs() if "/graph/article/" in g]


def test_failed_write_leaves_store_as_it_was(store, tmp_path, monkeypatch):
    paths = write_stories(tmp_path, 2)
    load_articles(store, [str(paths[0])], progress=False)
    before = sorted(store.dump().splitlines())

    def broken(graphs):
        raise StoreError("disk full")

    monkeypatch.setattr(store, "replace_graphs", broken)
    [result] = load_articles(store, [str(paths[1])], progress=False)
    assert result.status == "failed" and result.message == f"{paths[1]}: disk full"
    monkeypatch.undo()
    assert sorted(store.dump().splitlines()) == before


def test_worker_processes_give_the_same_graphs(tmp_path):
    paths = write_stories(tmp_path / "in", 3)
    dumps = []
    for jobs in (1, 2):
        with OxigraphStore(None) as store:
            results = load_articles(store, [str(tmp_path / "in")], jobs=jobs, progress=False)
            assert [r.source for r in results] == [str(p) for p in paths]
            assert {r.status for r in results} == {"loaded"}
            dumps.append(
                {
                    line
                    for line in store.dump().splitlines()
                    if b"/graph/article/" in line and b"generatedAtTime" not in line
                }
            )
    assert dumps[0] == dumps[1] and len(dumps[0]) > 100


def test_kill_9_leaves_whole_articles_and_a_rerun_completes(tmp_path):
    """kill -9 mid-batch on the on-disk store: every stored article is complete, rerun finishes."""
    if not KG.exists():
        pytest.skip(f"kg console script not installed at {KG}")
    paths = write_stories(tmp_path / "in", 16)
    store_dir = tmp_path / "store"
    command = [str(KG), "load", str(tmp_path / "in"), "--store", str(store_dir)]
    main, child = pty.openpty()  # a terminal on stderr turns the progress bar on: it says what is committed
    fcntl.ioctl(child, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=child, stdin=subprocess.DEVNULL)
    os.close(child)
    seen, shown = b"", 0
    deadline = time.monotonic() + 120
    try:
        while shown < 2 and time.monotonic() < deadline and process.poll() is None:
            ready, _, _ = select.select([main], [], [], 0.05)
            if ready:
                try:
                    seen += os.read(main, 4096)
                except OSError:
                    break
                counts = re.findall(rb"(\d+)/16", seen)
                shown = int(counts[-1]) if counts else 0
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    finally:
        os.close(main)
    assert shown >= 2, f"progress never reached 2 articles: {seen[-300:]!r}"

    wanted = {p: expected(p) for p in paths}
    with OxigraphStore(store_dir) as store:
        present = {g: n for g, n in store.graphs() if "/graph/article/" in g}
        for iri, triples, statements in wanted.values():
            if iri in present:
                assert present[iri] == triples
                assert statement_count(store, iri) == statements
    assert 2 <= len(present) < len(paths), "kill -9 should land mid-batch"

    rerun = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    with OxigraphStore(store_dir) as store:
        graphs = dict(store.graphs())
        for iri, triples, statements in wanted.values():
            assert graphs[iri] == triples and statement_count(store, iri) == statements
    assert rerun.stdout.count("unchanged ") == len(present)


def test_any_worker_failure_comes_back_as_a_picklable_message(tmp_path, monkeypatch):
    """A worker's failure crosses the process boundary as a message: an error that cannot be
    pickled broke the pool, and every article after it."""
    import pickle

    [path] = write_stories(tmp_path, 1)
    article = read_document(str(path))

    class Unpicklable(Exception):
        def __init__(self, a, b):
            super().__init__(f"{a}/{b}")

    def explode(*args, **kwargs):
        raise Unpicklable(1, 2)

    monkeypatch.setattr("kg.extract.extract", explode)
    monkeypatch.setattr("kg.extract.extract_many", explode)
    [failed] = kg.load.articles.build_articles([(7, article)], Minter().base)
    copy = pickle.loads(pickle.dumps(failed))
    assert (copy.index, copy.message) == (7, f"{path}: extraction failed (Unpicklable: 1/2)")


def test_a_bug_in_inference_fails_that_article_alone(store, tmp_path, monkeypatch):
    paths = write_stories(tmp_path, 3)
    real = Loader.plan

    def flaky(self, writes, refresh=(), local=None):
        if any("Ben Okoro" in str(o) for graph in writes.values() if graph is not None for o in graph.objects()):
            raise TypeError("a bug")
        return real(self, writes, refresh, local)

    monkeypatch.setattr(Loader, "plan", flaky)
    results = load_articles(store, [str(p) for p in paths], progress=False)
    assert [r.status for r in results] == ["loaded", "failed", "loaded"]
    assert results[1].message == f"{paths[1]}: inference failed (TypeError: a bug)"


def test_a_batch_that_fails_is_written_again_one_article_at_a_time(store, tmp_path, monkeypatch):
    """The writer groups waiting articles into one update; one bad article must not cost the others."""
    paths = write_stories(tmp_path, 4)
    loader = Loader(store)
    loader.ensure_ontology()
    items = [(i, read_document(str(p))) for i, p in enumerate(paths)]
    built = kg.load.articles.build_articles(items, store.minter.base)
    real = Loader.plan

    def flaky(self, writes, refresh=(), local=None):
        if any("Chloe Martin" in str(o) for graph in writes.values() if graph is not None for o in graph.objects()):
            raise TypeError("a bug")
        return real(self, writes, refresh, local)

    monkeypatch.setattr(Loader, "plan", flaky)
    results = {}
    loader._write_batch(built, lambda index, result: results.__setitem__(index, result))
    assert [results[i].status for i in range(4)] == ["loaded", "loaded", "failed", "loaded"]
    assert [g for g, _ in store.graphs() if "/graph/article/" in g and g == results[2].graph] == []


def test_articles_written_together_equal_articles_written_one_by_one(tmp_path):
    """A batch's inference sees the articles before it as a load one by one does: same quads."""
    paths = write_stories(tmp_path, 6)
    items = [(i, read_document(str(p))) for i, p in enumerate(paths)]
    dumps = []
    for together in (False, True):
        with OxigraphStore(None) as store:
            loader = Loader(store)
            loader.ensure_ontology()
            built = kg.load.articles.build_articles(items, store.minter.base)
            for batch in [built] if together else [[b] for b in built]:
                loader._write_batch(batch, lambda index, result: None)
            # blank nodes (the ontology's lists) are named afresh by each parse
            dumps.append(
                {line for line in store.dump().splitlines() if b"generatedAtTime" not in line and b"_:" not in line}
            )
    assert dumps[0] == dumps[1] and len(dumps[0]) > 500


def test_the_store_is_checkpointed_as_the_load_goes(tmp_path, monkeypatch):
    paths = write_stories(tmp_path / "in", 5)
    flushed = []
    with OxigraphStore(tmp_path / "store") as store:
        monkeypatch.setattr(store, "checkpoint", lambda: flushed.append(len(store.graphs())))
        results = Loader(store, checkpoint=2).load_articles([str(p) for p in paths], progress=False)
    assert {r.status for r in results} == {"loaded"}
    assert len(flushed) == 2
