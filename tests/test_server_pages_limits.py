"""Pages and exports run under the query limits, in the workers (issue 11, item 2).

A big graph's page once took 93 s in the server process, and eight of them left every other
request unanswered; its ``?format=nt`` export had no cap.
"""

from __future__ import annotations

import json
import threading
from urllib.parse import quote

from server_harness import TOKEN, raw_request, running_server

from kg.settings import DEFAULT_BASE

AUTH = {"Authorization": f"Bearer {TOKEN}"}


def _big_graph(base: str, n: int) -> str:
    graph = DEFAULT_BASE + "graph/big"
    data = "".join(f'<{graph}/s{i}> <http://e/p{i % 7}> "value {i}" .\n' for i in range(n)).encode()
    status, _, body = raw_request(
        base,
        "PUT",
        "/store?graph=" + quote(graph, safe=""),
        data,
        {**AUTH, "Content-Type": "application/n-triples"},
        timeout=300,
    )
    assert status == 201, body
    return "/id/graph/big"


def test_a_big_graph_page_is_cut_off_by_the_time_limit_and_others_are_answered():
    with running_server(write_token=TOKEN, query_timeout=1, max_rows=1000, result_cache=0) as (base, _):
        page = _big_graph(base, 40_000)
        results: list = []

        def heavy(path):
            results.append(raw_request(base, "GET", path, None, {"Accept": "application/n-triples"}))

        threads = [threading.Thread(target=heavy, args=(page + f"?page={n}",)) for n in range(1, 4)]
        for thread in threads:
            thread.start()
        status, _, body = raw_request(  # sent with the pages; the client's timeout guards a hang (it was 30 s+)
            base, "GET", "/sparql?query=" + quote("ASK {}"), None, {"Accept": "application/json"}, timeout=30
        )
        for thread in threads:
            thread.join(60)
        assert status == 200 and b"true" in body
        for status, headers, body in results:
            if status == 200:
                assert headers.get("x-quotegraph-truncated") == "true; limit=1000"
                assert body.count(b"\n") == 1000
            else:
                assert status == 503 and "retry-after" in headers, (status, body[:200])


def test_rdf_export_of_a_graph_is_capped_and_says_so():
    with running_server(write_token=TOKEN, max_rows=50) as (base, _):
        page = _big_graph(base, 400)
        status, headers, body = raw_request(base, "GET", page + "?format=nt")
        assert status == 200
        assert headers["x-quotegraph-truncated"] == "true; limit=50" and body.count(b"\n") == 50
        status, headers, body = raw_request(base, "GET", page, None, {"Accept": "text/html"})
        assert status == 200 and b"value 1" in body


def test_a_graph_is_paged_by_keys_every_triple_once_in_order():
    """Page N starts after the key page N-1's link carries (no OFFSET, no re-sort from the start)."""
    graph = DEFAULT_BASE + "graph/keyed"
    lines = [f'<{graph}/s{i % 97}> <http://e/p{i % 5}> "value {i}" .' for i in range(230)]
    lines += [f"_:b{i % 3} <http://e/q> <http://e/o{i}> ." for i in range(12)]
    with running_server(write_token=TOKEN) as (base, _):
        status, _, body = raw_request(
            base,
            "PUT",
            "/store?graph=" + quote(graph, safe=""),
            "\n".join(lines).encode(),
            {**AUTH, "Content-Type": "application/n-triples"},
        )
        assert status == 201, body
        seen, path, pages = [], "/id/graph/keyed.json", 0
        while path:
            status, _, body = raw_request(base, "GET", path)
            assert status == 200, body
            data = json.loads(body)["graph"]
            seen += [(t["subject"], t["predicate"], t["object"]) for t in data["triples"]]
            assert data["pagination"]["last"] == len(seen) and data["pagination"]["total"] == len(lines)
            pages += 1
            nxt = data["pagination"]["next"]
            path = f"/id/graph/keyed.json?after={nxt}" if nxt else None
        assert pages == 3 and len(seen) == len(set(seen)) == len(lines)
        named = [t for t in seen if not t[0].startswith("_:")]
        assert [t for t in seen if t[0].startswith("_:")] == seen[:12]  # blank nodes first, as ORDER BY puts them
        assert named == sorted(named)
        status, _, body = raw_request(
            base, "GET", f"/id/graph/keyed?after={nxt or 'AAAA'}", None, {"Accept": "text/html"}
        )
        assert status == 400 and b"page link" in body


def test_search_is_computed_in_a_query_worker():
    """/search reads the full-text index in a worker, under the query limits, like every page."""
    from pages_support import STORY, app_with

    with app_with(STORY, query_workers=1) as app:
        pool = app.extensions["quotegraph"].pool
        asked, call = [], pool.call

        def spy(kind, payload, **options):
            asked.append((kind, payload[0] if kind == "view" else None))
            return call(kind, payload, **options)

        pool.call = spy
        response = app.test_client().get("/search.json?q=parler")
        assert response.status_code == 200 and response.get_json()["hits"], response.data[:300]
        assert ("view", "search") in asked
