"""An update's evaluation runs under the query limits before it touches the store (issue 11, item 4).

Updates run in the server process, which owns the store's writer. A parse-only trial caught
updates nested too deeply, but not one whose evaluation runs away on the data: a cross product
INSERT over 3,000 triples ran for minutes in the server, holding the write lock, and one that
builds a 700 MB literal grew the server by as much. Now each update first runs on a private copy
of the store in a worker, within the time and memory limits.
"""

from __future__ import annotations

import json
import time
from urllib.parse import quote

from server_harness import TOKEN, query_worker_pids, raw_request, running_server

AUTH = {"Authorization": f"Bearer {TOKEN}"}
UPDATE = {**AUTH, "Content-Type": "application/sparql-update"}


def _seed(base: str, n: int, value: str = "v") -> None:
    data = "".join(f'<http://e/s{i}> <http://e/p> "{value}{i}" .\n' for i in range(n)).encode()
    status, _, body = raw_request(
        base, "PUT", "/store?graph=http://e/g", data, {**AUTH, "Content-Type": "application/n-triples"}
    )
    assert status == 201, body


def _count(base: str) -> int:
    query = quote("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }")
    status, body = _answered(base, "GET", "/sparql?query=" + query, None, {"Accept": "application/json"})
    assert status == 200, body
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])


def _peak_memory_of_the_app(server) -> int:
    """Bytes the process that answers requests (granian's worker: the query workers' parent) ever held."""
    worker = min(query_worker_pids(server))
    with open(f"/proc/{worker}/stat") as stat:
        app = int(stat.read().rsplit(")", 1)[1].split()[1])
    with open(f"/proc/{app}/status") as status:
        return int(status.read().split("VmHWM:")[1].split()[0]) * 1024


def _answered(base: str, method: str, path: str, body: bytes | None, headers: dict, timeout: float = 30):
    """The answer, waiting out a 503 + Retry-After while the killed worker is replaced."""
    for _ in range(5):
        status, got, answer = raw_request(base, method, path, body, headers, timeout=timeout)
        if status != 503:
            break
        time.sleep(float(got.get("retry-after", "1")))
    return status, answer


def test_an_update_that_runs_past_the_time_limit_is_stopped_and_writes_nothing():
    with running_server(write_token=TOKEN, query_timeout=10) as (base, server):
        _seed(base, 3000)
        cross = b"INSERT { GRAPH <http://e/x> { ?a ?b ?f } } WHERE { GRAPH ?g { ?a ?b ?c . ?d ?e ?f } }"
        status, headers, body = raw_request(base, "POST", "/sparql/update", cross, UPDATE, timeout=60)
        assert status == 503, body
        assert b"time limit" in body and "retry-after" in headers
        assert server.poll() is None
        assert _count(base) == 3000
        small = b"INSERT { GRAPH <http://e/x> { ?a <http://e/q> 1 } } WHERE { GRAPH <http://e/g> { ?a ?b ?c } }"
        status, body = _answered(base, "POST", "/sparql/update", small, UPDATE)
        assert status == 204, body
        assert _count(base) == 6000


def test_an_update_past_the_memory_limit_is_503_and_the_server_does_not_grow():
    """The 700 MB literal comes from the data, so an empty store's trial would let it through."""
    grow = "".join(f'BIND(REPLACE(?c{i}, "a", "aaaaaaaaaa") AS ?c{i + 1}) ' for i in range(8))
    update = (
        "INSERT { GRAPH <http://e/x> { ?s <http://e/big> ?c8 } } "
        f"WHERE {{ GRAPH <http://e/g> {{ ?s ?p ?c0 }} {grow}}}"
    ).encode()
    with running_server(write_token=TOKEN, worker_memory=512 * 1024**2, query_timeout=60) as (base, server):
        _seed(base, 1, value="aaaaaa")
        status, headers, body = raw_request(base, "POST", "/sparql/update", update, UPDATE, timeout=120)
        assert status == 503, body
        assert b"out of memory" in body and "retry-after" in headers
        assert _peak_memory_of_the_app(server) < 400 * 1024**2
        assert _count(base) == 1  # writes after a stopped trial: the time-limit test above
