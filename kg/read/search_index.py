"""Full-text search over party names, aliases, statement words and source titles.

SPARQL has no ranked text search that stays fast at a million triples, so a SQLite FTS5
index sits beside the store (``STORE/search.sqlite`` for an on-disk store, in memory for a
memory or remote store). It is kept per named graph: loaders call ``index_graphs`` after
writing graphs and ``remove_graphs`` after dropping them, and ``sync`` compares a cheap
per-graph stamp with the store so the index is right even when someone else wrote to the
store (another process, a remote endpoint, ``kg reason``).
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
import threading
import time
import weakref
from collections.abc import Iterable
from pathlib import Path

from kg.build.namespace import sparql_prologue
from kg.store import OxigraphStore, Store

INDEX_FILE = "search.sqlite"
_PROLOGUE = sparql_prologue()
_KINDS = {"name": "party", "alias": "party", "content": "statement", "title": "source"}
_INDEXED = "qg:name|qg:alias|qg:content|qg:title"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS graphs (g TEXT PRIMARY KEY, stamp TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS doc_graph (id INTEGER PRIMARY KEY, g TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS doc_graph_g ON doc_graph (g);
CREATE VIRTUAL TABLE IF NOT EXISTS docs USING fts5(
    iri UNINDEXED, kind UNINDEXED, name, body, tokenize = 'unicode61 remove_diacritics 2');
"""
_memory_indexes: weakref.WeakKeyDictionary[Store, SearchIndex] = weakref.WeakKeyDictionary()
_file_indexes: dict[Path, SearchIndex] = {}
_open_lock = threading.Lock()


def index_location(store: Store) -> Path | None:
    """Where the index of this store lives on disk, or None when it is kept in memory."""
    if isinstance(store, OxigraphStore) and store.path is not None:
        return store.path / INDEX_FILE
    return None


class SearchIndex:
    """One SQLite FTS5 index; thread-safe so a threaded server can share it."""

    def __init__(self, path: str | Path | None = None):
        self.path = Path(path) if path is not None else None
        self._db = sqlite3.connect(str(self.path) if self.path else ":memory:", check_same_thread=False)
        self._lock = threading.RLock()
        self._synced_at = float("-inf")
        self._synced_generation: object = None
        with self._lock, self._db:
            self._db.executescript(_SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # ----------------------------------------------------------------- keeping in step

    def stamps(self) -> dict[str, str]:
        with self._lock:
            return dict(self._db.execute("SELECT g, stamp FROM graphs"))

    def sync(self, store: Store) -> dict[str, int]:
        """Re-index every graph whose stamp changed and forget graphs that are gone."""
        current = store_stamps(store)
        known = self.stamps()
        changed = [g for g, stamp in current.items() if known.get(g) != stamp]
        gone = [g for g in known if g not in current]
        self._forget(gone)
        self._index(store, changed, current)
        self._synced_at = time.monotonic()
        return {"indexed": len(changed), "removed": len(gone)}

    def sync_if_due(self, store: Store, max_age: float, generation: object = None) -> None:
        """Sync when the store's write generation moved, or (no generation known, as for a remote
        store) when the last check is older than max_age seconds: the check scans the text triples."""
        if generation is not None:
            if generation != self._synced_generation:
                self.sync(store)
                self._synced_generation = generation
        elif time.monotonic() - self._synced_at >= max_age:
            self.sync(store)

    def index_graphs(self, store: Store, graphs: Iterable[str]) -> None:
        graphs = [str(g) for g in graphs]
        current = store_stamps(store, graphs)
        self._forget([g for g in graphs if g not in current])
        self._index(store, [g for g in graphs if g in current], current)

    def remove_graphs(self, graphs: Iterable[str]) -> None:
        self._forget([str(g) for g in graphs])

    def rebuild(self, store: Store) -> dict[str, int]:
        with self._lock, self._db:
            self._db.execute("DELETE FROM docs")
            self._db.execute("DELETE FROM doc_graph")
            self._db.execute("DELETE FROM graphs")
        return self.sync(store)

    def _forget(self, graphs: list[str]) -> None:
        if not graphs:
            return
        with self._lock, self._db:
            pairs = [(g,) for g in graphs]
            self._db.executemany("DELETE FROM docs WHERE rowid IN (SELECT id FROM doc_graph WHERE g = ?)", pairs)
            self._db.executemany("DELETE FROM doc_graph WHERE g = ?", pairs)
            self._db.executemany("DELETE FROM graphs WHERE g = ?", pairs)

    def _index(self, store: Store, graphs: list[str], stamps: dict[str, str]) -> None:
        if not graphs:
            return
        docs = _documents(store, graphs, everything=len(graphs) > 200)
        self._forget(graphs)
        with self._lock, self._db:
            for (g, iri, kind), fields in docs.items():
                cursor = self._db.execute("INSERT INTO doc_graph (g) VALUES (?)", (g,))
                self._db.execute(
                    "INSERT INTO docs (rowid, iri, kind, name, body) VALUES (?, ?, ?, ?, ?)",
                    (cursor.lastrowid, iri, kind, " ; ".join(fields["name"]), " ".join(fields["body"])),
                )
            self._db.executemany(
                "INSERT OR REPLACE INTO graphs (g, stamp) VALUES (?, ?)", [(g, stamps[g]) for g in graphs]
            )

    # ----------------------------------------------------------------- searching

    def search(self, q: str, page: int = 1, per_page: int = 20) -> dict:
        """Ranked hits, one per IRI (a party named in many graphs appears once)."""
        expression = fts_expression(q)
        result = {"q": q, "hits": [], "total": 0, "page": 1, "per_page": per_page, "pages": 1}
        if not expression:
            return result
        with self._lock:
            rows = self._ranked(expression, q.strip(), per_page, page)
            if not rows and page > 1:
                total = self._db.execute(
                    "SELECT COUNT(DISTINCT iri) FROM docs WHERE docs MATCH ?", (expression,)
                ).fetchone()[0]
                page = max(1, -(-total // per_page))
                rows = self._ranked(expression, q.strip(), per_page, page)
            hits = []
            for iri, kind, score, rowid, _exact, _total in rows:
                name, body = self._db.execute(
                    "SELECT highlight(docs, 2, char(2), char(3)), highlight(docs, 3, char(2), char(3)) "
                    "FROM docs WHERE docs MATCH ? AND rowid = ?",
                    (expression, rowid),
                ).fetchone()
                hits.append(
                    {"iri": iri, "kind": kind, "score": round(-score, 3), "name": _marked(name), "text": _marked(body)}
                )
        total = rows[0][5] if rows else 0
        return dict(result, hits=hits, total=total, page=page if rows else 1, pages=max(1, -(-total // per_page)))

    def _ranked(self, expression: str, q: str, per_page: int, page: int) -> list[tuple]:
        """One page of (iri, kind, score, rowid of its best document, exact, total hits).

        Exact name or alias matches first, then bm25 (names weigh 8x statement words);
        highlighting is left to the caller for the page's rows only: it is the costly part.
        """
        return self._db.execute(
            """WITH hits AS MATERIALIZED (
                 SELECT rowid AS id, iri, kind, bm25(docs, 0.0, 0.0, 8.0, 1.0) AS score, name
                 FROM docs WHERE docs MATCH ?)
               SELECT iri, kind, MIN(score) AS best, id,
                      MAX(instr(' ; ' || lower(name) || ' ; ', ' ; ' || lower(?) || ' ; ') > 0) AS exact,
                      COUNT(*) OVER () AS total
               FROM hits GROUP BY iri ORDER BY exact DESC, best, kind = 'statement', iri LIMIT ? OFFSET ?""",
            (expression, q, per_page, (page - 1) * per_page),
        ).fetchall()


def _marked(text: str) -> list[dict]:
    """Highlighted text as [{text, hit}] pieces, so templates escape every piece themselves."""
    pieces, hit = [], False
    for part in re.split("([\x02\x03])", text or ""):
        if part == "\x02":
            hit = True
        elif part == "\x03":
            hit = False
        elif part:
            pieces.append({"text": part, "hit": hit})
    return pieces


def fts_expression(q: str) -> str:
    """User words as an FTS5 query: every word must match, as a prefix; operators are not exposed."""
    words = re.findall(r"\w+", q or "")
    return " ".join(f'"{w}"*' for w in words[:16])


def store_stamps(store: Store, graphs: list[str] | None = None) -> dict[str, str]:
    """A stamp per graph holding searchable text, changing whenever that text can have changed.

    A load's own provenance (content hash, time written) pins every change a loader makes; the
    count and total length of the searchable values catch most edits made without it. Both are
    cheap index scans (a hash of every value costs seconds at a million triples).
    """
    values = ""
    if graphs is not None:
        if not graphs:
            return {}
        values = "VALUES ?g { " + " ".join(f"<{g}>" for g in graphs) + " }"
    sizes = store.query(
        _PROLOGUE
        + f"""
        SELECT ?g (COUNT(*) AS ?n) (SUM(STRLEN(STR(?o))) AS ?len) WHERE {{ {values} GRAPH ?g {{ ?s {_INDEXED} ?o }} }}
        GROUP BY ?g"""
    )
    provenance = store.query(
        _PROLOGUE
        + f"""
        SELECT ?g ?v WHERE {{ {values} VALUES ?p {{ qg:contentHash prov:generatedAtTime }} GRAPH ?g {{ ?g ?p ?v }} }}"""
    )
    loads: dict[str, list[str]] = {}
    for row in provenance:
        loads.setdefault(row["g"].value, []).append(row["v"].value)
    stamps = {}
    for row in sizes:
        g = row["g"].value
        parts = (row["n"].value, _value(row["len"]), *sorted(loads.get(g, [])))
        stamps[g] = hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:16]
    return stamps


def _value(term) -> str:
    return "" if term is None else term.value


def _documents(store: Store, graphs: list[str], everything: bool = False):
    """Searchable documents per (graph, IRI, kind); one scan of the store when most graphs changed."""
    scope = "" if everything else "VALUES ?g { " + " ".join(f"<{g}>" for g in graphs) + " }"
    wanted = set(graphs)
    rows = store.query(
        _PROLOGUE
        + f"""
        SELECT ?g ?s ?p ?o WHERE {{ {scope} VALUES ?p {{ {_INDEXED.replace("|", " ")} }}
          GRAPH ?g {{ ?s ?p ?o }} FILTER(isLiteral(?o)) }}"""
    )
    docs: dict[tuple[str, str, str], dict[str, list[str]]] = {}
    for row in rows:
        g = row["g"].value
        if g not in wanted:
            continue
        prop = row["p"].value.rsplit("#", 1)[-1]
        fields = docs.setdefault((g, row["s"].value, _KINDS[prop]), {"name": [], "alias": [], "body": []})
        fields["body" if prop == "content" else "alias" if prop == "alias" else "name"].append(row["o"].value)
    return {key: {"name": sorted(f["name"]) + sorted(f["alias"]), "body": f["body"]} for key, f in docs.items()}


# ----------------------------------------------------------------- the functions loaders call


def open_index(store: Store) -> SearchIndex:
    """The index of a store: the file beside an on-disk store, else one in memory per store object."""
    location = index_location(store)
    with _open_lock:
        index = _memory_indexes.get(store)
        if index is None:
            index = SearchIndex(location)
            _memory_indexes[store] = index
    return index


def index_graphs(store: Store, graphs: Iterable[str]) -> None:
    """Call after writing named graphs to the store."""
    open_index(store).index_graphs(store, graphs)


def remove_graphs(store: Store, graphs: Iterable[str]) -> None:
    """Call after dropping named graphs from the store."""
    open_index(store).remove_graphs(graphs)


def rebuild(store: Store) -> dict[str, int]:
    return open_index(store).rebuild(store)


def index_at(location: str | Path) -> SearchIndex:
    """The index in this file, opened once per process (a query worker reads a store's index by its
    path, as its store is a checkpoint of the store the index belongs to)."""
    path = Path(location)
    with _open_lock:
        index = _file_indexes.get(path)
        if index is None:
            index = _file_indexes[path] = SearchIndex(path)
    return index


def search(
    store: Store,
    q: str,
    page: int = 1,
    per_page: int = 20,
    *,
    max_age: float = 5.0,
    generation: object = None,
    location: str | Path | None = None,
) -> dict:
    """Search, first catching up with writes made behind the index's back (see SearchIndex.sync_if_due);
    ``location`` names the index file when it is not the store's own (see index_at)."""
    index = open_index(store) if location is None else index_at(location)
    index.sync_if_due(store, max_age, generation)
    return index.search(q, page, per_page)


__all__ = [
    "INDEX_FILE",
    "SearchIndex",
    "fts_expression",
    "index_at",
    "index_graphs",
    "index_location",
    "open_index",
    "rebuild",
    "remove_graphs",
    "search",
    "store_stamps",
]
