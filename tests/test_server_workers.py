"""Query workers: a memory limit with a clear 503, and a fair share between clients (issue 11, item 3)."""

from __future__ import annotations

import http.client
import json
import threading
import time
from urllib.parse import urlencode, urlsplit

from server_harness import TOKEN, raw_request, running_server

AUTH = {"Authorization": f"Bearer {TOKEN}"}
CROSS = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i"


def _seed(base: str, n: int) -> None:
    data = "".join(f'<http://e/s{i}> <http://e/p> "{"x" * 40}{i}" .\n' for i in range(n)).encode()
    status, _, body = raw_request(
        base, "PUT", "/store?graph=http://e/g", data, {**AUTH, "Content-Type": "application/n-triples"}
    )
    assert status == 201, body


def _get(base: str, query: str, source: str = "127.0.0.1", timeout: float = 60):
    parts = urlsplit(base)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout, source_address=(source, 0))
    try:
        conn.request("GET", "/sparql?" + urlencode({"query": query}), headers={"Accept": "application/json"})
        response = conn.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        conn.close()


def test_a_query_past_the_memory_limit_gets_503_and_the_server_goes_on():
    with running_server(write_token=TOKEN, worker_memory=512 * 1024**2, query_timeout=60) as (base, _):
        _seed(base, 400)
        status, headers, body = _get(base, CROSS)
        assert status == 503, body
        assert b"out of memory" in body and "retry-after" in headers
        for _ in range(3):  # the killed worker is being replaced: a busy machine may say 503 + Retry-After once
            status, headers, body = _get(base, "ASK {}")
            if status != 503:
                break
            time.sleep(float(headers.get("retry-after", "1")))
        assert status == 200 and json.loads(body)["boolean"] is True, body


def test_one_client_looping_slow_queries_does_not_starve_another():
    """127.0.0.2 loops expensive queries on two connections; 127.0.0.1's quick queries keep being answered."""
    with running_server(write_token=TOKEN, query_timeout=4, query_workers=2) as (base, _):
        _seed(base, 300)
        stop = threading.Event()

        def hog():
            while not stop.is_set():
                _get(base, CROSS, source="127.0.0.2")

        hogs = [threading.Thread(target=hog) for _ in range(2)]
        for thread in hogs:
            thread.start()
        time.sleep(0.5)
        answered = []
        for n in range(8):
            status, _, _ = _get(base, f"ASK {{ ?s ?p ?o FILTER(?o != {n}) }}")
            answered.append(status)
            time.sleep(0.5)
        stop.set()
        for thread in hogs:
            thread.join(30)
        assert answered.count(200) == len(answered), answered
