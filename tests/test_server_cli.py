"""`kg serve` and `flask --app server` start the same app."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

from server_harness import alive, query_worker_pids, raw_request

BIN = Path(sys.executable).parent


def _start(*args, env=None, **popen):
    return subprocess.Popen(
        [str(BIN / "kg"), "serve", "--port", "0", *args],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
        env=env,
        **popen,
    )


def test_kg_serve_answers_and_stops_cleanly_on_sigterm(tmp_path):
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    process = _start("--memory", "--threads", "3", "--write-token", "abc", env=env)
    try:
        line = process.stderr.readline()
        match = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        assert match, line
        base = f"http://127.0.0.1:{match.group(1)}"
        assert "(read-write)" in line
        status, _headers, body = raw_request(
            base, "GET", "/sparql?query=" + quote("ASK {}"), headers={"Accept": "text/csv"}
        )
        assert (status, body) == (200, b"true")
        status, _, _ = raw_request(
            base,
            "POST",
            "/sparql/update",
            b"CLEAR ALL",
            {"Content-Type": "application/sparql-update", "Authorization": "Bearer abc"},
        )
        assert status == 204
    finally:
        process.send_signal(signal.SIGTERM)
        assert process.wait(20) == 0
    assert not list(tmp_path.glob("quotegraph-memory-*")), "scratch store left behind"


def test_kg_serve_reports_a_busy_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        port = sock.getsockname()[1]
        result = subprocess.run(
            [str(BIN / "kg"), "serve", "--memory", "--port", str(port)], capture_output=True, text=True, timeout=60
        )
    assert result.returncode != 0
    assert result.stderr.strip().splitlines()[-1].startswith(f"kg serve: error: cannot listen on 127.0.0.1:{port}")


def test_kg_serve_refuses_a_locked_store(tmp_path):
    from kg.store import OxigraphStore

    holder = OxigraphStore(tmp_path / "store")
    try:
        result = subprocess.run(
            [str(BIN / "kg"), "serve", "--store", str(tmp_path / "store")], capture_output=True, text=True, timeout=60
        )
    finally:
        holder.close()
    assert result.returncode != 0
    assert "locked by another process" in result.stderr


def test_flask_discovers_the_factory(tmp_path):
    env = {**os.environ, "QUOTEGRAPH_STORE": str(tmp_path / "store")}
    result = subprocess.run(
        [str(BIN / "flask"), "--app", "server", "routes"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert result.returncode == 0, result.stderr
    assert "/sparql" in result.stdout and "/query" in result.stdout


def test_kg_serve_warns_about_a_store_without_the_names_graph(tmp_path):
    from rdflib import Graph, Literal, URIRef

    from kg.build.namespace import QG
    from kg.store import OxigraphStore

    store = OxigraphStore(tmp_path / "store")
    party = URIRef("https://quotegraph.org/id/party/parler")
    store.replace_graph("https://quotegraph.org/id/graph/file/raw", Graph().add((party, QG.name, Literal("Parler"))))
    store.close()
    process = _start("--store", str(tmp_path / "store"))
    try:
        assert "http://127.0.0.1:" in process.stderr.readline()
        assert "run `kg reason`" in process.stderr.readline()
    finally:
        process.send_signal(signal.SIGTERM)
        assert process.wait(20) == 0


def _serving(env, **popen):
    process = _start("--memory", env=env, **popen)
    line = process.stderr.readline()
    assert "http://127.0.0.1:" in line, line
    return process


def test_ctrl_c_on_the_terminal_stops_every_process(tmp_path):
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    for _ in range(2):
        process = _serving(env, start_new_session=True)
        os.killpg(process.pid, signal.SIGINT)
        assert process.wait(20) == 0
        assert not list(tmp_path.glob("quotegraph-memory-*")), "scratch store left behind"


def test_killing_the_main_process_stops_the_worker(tmp_path):
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    process = _serving(env)
    workers = query_worker_pids(process)
    assert workers
    process.kill()
    process.wait()
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if not any(alive(pid) for pid in workers) and not list(tmp_path.glob("quotegraph-memory-*")):
            break
        time.sleep(0.1)
    assert not any(alive(pid) for pid in workers), "query workers outlived the server"
    assert not list(tmp_path.glob("quotegraph-memory-*")), "scratch store left behind"
