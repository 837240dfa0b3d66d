"""The benches' HTTP side: a bounded keep-alive load client and server processes started and stopped.

Kept apart from serve_bench.py, which decides what is served and compared: this module only
talks HTTP to 127.0.0.1 and owns the server processes' lifetimes.
"""

from __future__ import annotations

import http.client
import os
import selectors
import signal
import socket
import subprocess
import time
from urllib.parse import quote


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_ready(port: int, path: str, process: subprocess.Popen, limit: float) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"server exited with {process.returncode} before answering")
        try:
            status, _ = request(port, path, "ASK {}", timeout=5)
            if status == 200:
                return
        except OSError:
            pass
        time.sleep(0.25)
    raise SystemExit(f"server on port {port} not ready within {limit:g} s")


def request(port: int, path: str, query: str, conn: http.client.HTTPConnection | None = None, timeout: float = 120):
    own = conn is None
    conn = conn or http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("GET", f"{path}?query=" + quote(query), headers={"Accept": "application/sparql-results+json"})
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        if own:
            conn.close()


class _Connection:
    """One keep-alive connection of the load client, with the bytes read so far."""

    def __init__(self, port: int):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=120)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.sock.setblocking(False)
        self.buffer = b""
        self.sent = 0.0

    def response(self) -> tuple[int, bool] | None:
        """(status, keep-alive) of the first complete response in the buffer, consumed; else None."""
        head_end = self.buffer.find(b"\r\n\r\n")
        if head_end < 0:
            return None
        head = self.buffer[:head_end].decode("latin-1").lower().split("\r\n")
        fields = dict(line.split(":", 1) for line in head[1:] if ":" in line)
        body = head_end + 4
        if "content-length" in fields:
            end = body + int(fields["content-length"])
            if len(self.buffer) < end:
                return None
        elif "chunked" in fields.get("transfer-encoding", ""):
            end = body
            while True:
                line_end = self.buffer.find(b"\r\n", end)
                if line_end < 0:
                    return None
                size = int(self.buffer[end:line_end].split(b";")[0], 16)
                end = line_end + 2 + size + 2
                if len(self.buffer) < end:
                    return None
                if size == 0:
                    break
        else:
            raise SystemExit(f"response without a length: {head[0]}")
        self.buffer = self.buffer[end:]
        return int(head[0].split()[1]), fields.get("connection", "").strip() != "close"


def load(port: int, path: str, query: str, concurrency: int, duration: float) -> dict:
    """C keep-alive connections, each sending the query again as soon as its answer is in.

    One thread drives every connection through a selector and reads only the status line,
    headers and length, so the client's own share of the CPU stays small: a thread per
    connection on http.client capped Oxigraph's server at a third of this client's rate on
    this machine, which measured the client rather than the servers.
    """
    message = (
        f"GET {path}?query={quote(query)} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
        "Accept: application/sparql-results+json\r\n\r\n"
    ).encode()
    selector = selectors.DefaultSelector()
    latencies: list[float] = []
    errors = 0

    def send(conn: _Connection) -> None:
        conn.sent = time.monotonic()
        conn.sock.sendall(message)

    def open_one() -> None:
        conn = _Connection(port)
        selector.register(conn.sock, selectors.EVENT_READ, conn)
        send(conn)

    started = time.monotonic()
    stop_at = started + duration
    for _ in range(concurrency):
        open_one()
    while selector.get_map():
        ready = selector.select(120)
        if not ready:
            raise SystemExit(f"no answer from port {port} within 120 s")
        for key, _events in ready:
            conn = key.data
            try:
                data = conn.sock.recv(1 << 20)
            except BlockingIOError:
                continue
            except OSError:
                data = b""
            conn.buffer += data
            answer = conn.response() if data else None
            if answer is None and data:
                continue
            status, keep = answer or (0, False)
            now = time.monotonic()
            if status == 200:
                latencies.append(now - conn.sent)
            else:
                errors += 1
            if keep and now < stop_at:
                send(conn)
                continue
            selector.unregister(conn.sock)
            conn.sock.close()
            if now < stop_at:
                open_one()
    elapsed = time.monotonic() - started
    latencies.sort()
    pick = (
        (lambda q: latencies[min(int(q * len(latencies)), len(latencies) - 1)] * 1000)
        if latencies
        else (lambda q: float("nan"))
    )
    return {"rps": len(latencies) / elapsed, "p50": pick(0.5), "p99": pick(0.99), "n": len(latencies), "errors": errors}


def start(command: list[str], port: int, path: str, ready_limit: float) -> subprocess.Popen:
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        wait_ready(port, path, process, ready_limit)
    except BaseException:
        stop(process)
        raise
    return process


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
