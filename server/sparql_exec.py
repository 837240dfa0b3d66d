"""Run a SPARQL query job and serialize its answer within a row and a byte limit.

This is what a query worker (server.pool) does with each job, against the checkpoint the job
names (server.snapshots), so a query never sees data older than the last write acknowledged
to a client.

Results are serialized with pyoxigraph's own writers. The limits are applied on the
line-per-row formats (TSV for solutions, N-Triples for triples) by a writer that stops the
serializer, and so the query, once a limit is passed; other formats are converted from
those natively, and the byte limit is applied again to what the client receives. A cut
answer says so inside itself where the format can (a ``link`` in SPARQL JSON and XML results).
"""

from __future__ import annotations

import contextlib
import io
import json
import resource
import signal
import threading
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection

import pyoxigraph as ox

from kg.errors import KgError
from kg.read.renderers import natives
from kg.store import OxigraphStore, QuerySyntaxError, StoreError
from kg.store.syntax import explain

from . import sandbox

RESULTS_FORMATS = natives("solutions")
RDF_FORMATS = natives("triples", "quads")


@dataclass(frozen=True)
class QueryJob:
    """One query and how its answer must look.

    ``results_format`` is used if the query turns out to be SELECT/ASK and ``rdf_format``
    if CONSTRUCT/DESCRIBE (media types; None when the client accepts none of that kind).
    ``default_graphs`` and ``named_graphs`` are the dataset the request names (None: it names
    none). Without one, the default graph is the union of all graphs, unless ``union_default``
    is False because the query names its own dataset with FROM / FROM NAMED.
    """

    query: str
    results_format: str | None = "application/sparql-results+json"
    rdf_format: str | None = "text/turtle"
    default_graphs: tuple[str, ...] | None = None
    named_graphs: tuple[str, ...] | None = None
    max_rows: int | None = None
    max_bytes: int | None = None
    base_iri: str | None = None
    union_default: bool = True


@dataclass(frozen=True)
class QueryOutcome:
    kind: str  # "solutions", "boolean" or "triples"
    media_type: str | None  # None: the client accepts no format for this kind of result
    body: bytes
    truncated: str | None = None  # "rows" or "bytes" when the answer was cut


class _Full(Exception):
    pass


class _LineLimitWriter(io.RawIOBase):
    """Keeps whole lines up to ``limit`` lines (plus ``header``) and ``max_bytes``, then stops the writer."""

    def __init__(self, limit: int | None, header: int, max_bytes: int | None):
        self.limit = None if limit is None else limit + header
        self.max_bytes = max_bytes
        self.buffer = bytearray()
        self.pending = bytearray()
        self.lines = 0
        self.truncated: str | None = None

    def writable(self):
        return True

    def write(self, data) -> int:
        if self.truncated:
            raise _Full  # the serializer may write its buffer again after the first refusal
        self.pending += data
        end = self.pending.rfind(b"\n") + 1
        if not end:
            if self.max_bytes is not None and len(self.buffer) + len(self.pending) > self.max_bytes:
                self._stop("bytes")
            return len(data)
        for line in bytes(self.pending[:end]).splitlines(keepends=True):
            if self.limit is not None and self.lines >= self.limit:
                self._stop("rows")
            if self.max_bytes is not None and len(self.buffer) + len(line) > self.max_bytes:
                self._stop("bytes")
            self.buffer += line
            self.lines += 1
        del self.pending[:end]
        return len(data)

    def _stop(self, why: str):
        self.truncated = why
        raise _Full

    def finish(self) -> None:
        """Keep a last line without a newline (formats end lines, but be safe)."""
        if self.pending and not self.truncated:
            self.buffer += self.pending


def _dataset_kwargs(job: QueryJob) -> dict:
    if job.default_graphs is None and job.named_graphs is None:
        return {"use_default_graph_as_union": True} if job.union_default else {}
    kwargs = {"default_graph": [ox.NamedNode(g) for g in job.default_graphs or ()]}
    if job.named_graphs is not None:
        kwargs["named_graphs"] = [ox.NamedNode(g) for g in job.named_graphs]
    return kwargs


def first_line(error: Exception) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def _limited(serialize, job: QueryJob, header: int) -> tuple[bytes, str | None]:
    writer = _LineLimitWriter(job.max_rows, header, job.max_bytes)
    with contextlib.suppress(_Full):
        serialize(writer)
        writer.finish()
    return bytes(writer.buffer), writer.truncated


def truncation_link(why: str, job: QueryJob) -> str:
    """The IRI a cut answer links to: names the limit that cut it."""
    limit = job.max_rows if why == "rows" else job.max_bytes
    return f"urn:quotegraph:truncated:{why}={limit}"


def _note(body: bytes, fmt: ox.QueryResultsFormat, link: str) -> bytes:
    """Say inside a SPARQL JSON or XML answer that it was cut: a ``link`` in its head."""
    if fmt == ox.QueryResultsFormat.JSON:
        head = body.index(b"]", body.index(b'"vars":[')) + 1
        return body[:head] + b',"link":' + json.dumps([link]).encode() + body[head:]
    if fmt == ox.QueryResultsFormat.XML:
        end = body.index(b"</head>")
        return body[:end] + f'<link href="{link}"/>'.encode() + body[end:]
    return body


def _fit(
    body: bytes, header: int, convert: Callable[[bytes, str | None], bytes], truncated: str | None, job: QueryJob
) -> tuple[bytes, str | None]:
    """The answer in the client's format, rows dropped from its end until that fits ``max_bytes``.

    The line-per-row form was cut by its own size, and the client's format can be several times
    larger (SPARQL XML: about 4x TSV): the cap is on the bytes the client receives.
    """
    out = convert(body, truncated)
    if job.max_bytes is None or len(out) <= job.max_bytes:
        return out, truncated
    lines = body.splitlines(keepends=True)
    head, rows = lines[:header], lines[header:]
    keep = len(rows)
    while keep and len(out) > job.max_bytes:
        keep = min(keep - 1, int(keep * job.max_bytes / len(out)))
        out = convert(b"".join(head + rows[:keep]), "bytes")
    return out, "bytes"


def serialize_results(results, job: QueryJob) -> QueryOutcome:
    """Serialize pyoxigraph query results as the job asks, cut at ``max_rows`` and ``max_bytes``."""
    if isinstance(results, ox.QueryBoolean):
        if job.results_format is None:
            return QueryOutcome("boolean", None, b"")
        fmt = RESULTS_FORMATS[job.results_format]
        return QueryOutcome("boolean", fmt.media_type, _bytes(results.serialize(format=fmt)))
    if isinstance(results, ox.QuerySolutions):
        if job.results_format is None:
            return QueryOutcome("solutions", None, b"")
        tsv = ox.QueryResultsFormat.TSV
        body, truncated = _limited(lambda w: results.serialize(w, format=tsv), job, 1)
        fmt = RESULTS_FORMATS[job.results_format]

        def solutions(lines: bytes, why: str | None) -> bytes:
            out = lines if fmt == tsv else _bytes(ox.parse_query_results(lines, format=tsv).serialize(format=fmt))
            return _note(out, fmt, truncation_link(why, job)) if why else out

        body, truncated = _fit(body, 1, solutions, truncated, job)
        return QueryOutcome("solutions", fmt.media_type, body, truncated)
    if job.rdf_format is None:
        return QueryOutcome("triples", None, b"")
    nt = ox.RdfFormat.N_TRIPLES
    body, truncated = _limited(lambda w: ox.serialize(results, w, format=nt), job, 0)
    rdf = RDF_FORMATS[job.rdf_format]

    def triples(lines: bytes, _why: str | None) -> bytes:
        if rdf == nt:
            return lines
        quads = ox.parse(lines, format=nt)
        if rdf.supports_datasets:
            return _bytes(ox.serialize(quads, format=rdf))
        return _bytes(ox.serialize((q.triple for q in quads), format=rdf))

    body, truncated = _fit(body, 0, triples, truncated, job)
    return QueryOutcome("triples", rdf.media_type, body, truncated)


def _bytes(serialized: bytes | None) -> bytes:
    """A serializer's output when it was given no file to write to (never None then)."""
    return serialized or b""


def execute(store: ox.Store, job: QueryJob) -> QueryOutcome:
    """Run a job on a pyoxigraph store in this process (no time limit)."""
    try:
        results = store.query(job.query, base_iri=job.base_iri, **_dataset_kwargs(job))
        return serialize_results(results, job)
    except SyntaxError as error:
        raise QuerySyntaxError(explain(str(error), job.query)) from None
    except ValueError as error:
        raise StoreError(first_line(error)) from None


# Stack of the thread that runs updates on the store (server.state), and of the trial run here.
# Oxigraph's parser and planner recurse once per level of nesting (brackets, but also chains of
# operators, joins or path steps), and its evaluator no deeper: every shape tried overflowed at
# the same size on an empty store as on a store with data. So an update that passes the trial
# with half the stack cannot overflow the real run, whatever RLIMIT_STACK the server started with
# (glibc gives threads 2 MiB when it is unlimited, while a main thread then grows without bound).
UPDATE_STACK = 16 * 1024 * 1024
TRIAL_STACK = UPDATE_STACK // 2


def with_stack(size: int, task: Callable[[], None]) -> threading.Thread:
    """A started thread running ``task`` on a stack of ``size`` bytes."""
    before = threading.stack_size(size)
    try:
        thread = threading.Thread(target=task, daemon=True)
        thread.start()
    finally:
        threading.stack_size(before)
    return thread


def _update_trial(text: str, base_iri: str | None, copy: str | None) -> None:
    """Run an update on a private copy of the store (or an empty store), on half the stack the
    real run gets, under this worker's time and memory limits: what would crash the server, or
    exhaust its memory or time, does so here and costs this worker only."""
    refused: list[QuerySyntaxError] = []

    def trial() -> None:
        store = ox.Store(copy) if copy else ox.Store()
        try:
            store.update(text, base_iri=base_iri)
        except SyntaxError as error:
            refused.append(QuerySyntaxError(explain(str(error), text)))
        except Exception:
            pass  # the real run reports what the update asked for that cannot be done
        finally:
            del store  # closes the copy before the server deletes it

    with_stack(TRIAL_STACK, trial).join()
    if refused:
        raise refused[0]


def _answer(kind: str, store: OxigraphStore | None, payload):
    if kind == "query":
        assert store is not None
        return execute(store.native, payload)
    if kind == "view":
        from .page_jobs import run_view

        assert store is not None
        return run_view(store, *payload)
    if kind == "update":
        return _update_trial(*payload)
    if kind == "probe":
        return sandbox.can_connect(*payload)
    raise ValueError(f"unknown job kind {kind!r}")


def worker_main(read_fd: int, write_fd: int, *, walled: bool = True, memory: int = 0) -> None:
    """Worker loop: leave the network, cap memory, then answer jobs until the pipe closes.

    Ctrl-C reaches every process of the terminal's group; the server stops its workers
    itself, so a worker ignores it rather than dying mid-job with a traceback.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    jobs = Connection(read_fd, writable=False)
    replies = Connection(write_fd, readable=False)
    wall = sandbox.isolate() if walled else "not asked for"
    if memory:
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    replies.send(("ready", wall))
    path, store = None, None
    while True:
        try:
            kind, snapshot, payload = jobs.recv()
        except (EOFError, OSError):
            return
        try:
            if snapshot is not None and snapshot != path:
                path, store = None, None
                store = OxigraphStore(snapshot, read_only=True)
                path = snapshot
            reply = ("ok", _answer(kind, store, payload))
        except QuerySyntaxError as error:
            reply = ("syntax", str(error))
        except StoreError as error:
            reply = ("error", str(error))
        except KgError as error:  # a view's own answer (NotFound, ...): it pickles
            reply = ("raise", error)
        except MemoryError:
            reply = ("memory", "")
        except Exception as error:  # the store or the engine failed, not the query
            reply = ("fault", first_line(error))
        replies.send(reply)
