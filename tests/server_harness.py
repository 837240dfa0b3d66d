"""A real `kg serve` on 127.0.0.1 (random port) for the server tests: the server that ships."""

from __future__ import annotations

import http.client
import os
import re
import resource
import signal
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

TOKEN = "test-write-token"
BIN = Path(sys.executable).parent
_FLAGS = {
    "write_token": "--write-token",
    "query_timeout": "--query-timeout",
    "query_workers": "--query-workers",
    "max_rows": "--max-rows",
    "result_cache": "--result-cache",
    "max_bytes": "--max-bytes",
    "worker_memory": "--worker-memory",
    "client_queries": "--client-queries",
    "service_allow": "--service-allow",
}
_ENV = {"max_body": "QUOTEGRAPH_MAX_BODY"}


@contextmanager
def running_server(**config):
    """Yield (base URL, process) of `kg serve` over a throw-away store; stop it afterwards."""
    stack_limit = config.pop("stack_limit", None)  # RLIMIT_STACK the server starts with
    settings = {"query_workers": 2, **config}
    command = [str(BIN / "kg"), "serve", "--memory", "--port", "0", "--threads", "4"]
    env = dict(os.environ)
    for key, value in settings.items():
        if key in _FLAGS:
            command += [_FLAGS[key], str(value)]
        else:
            env[_ENV[key]] = str(value)
    process = subprocess.Popen(
        command,
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
        env=env,
        preexec_fn=None if stack_limit is None else lambda: resource.setrlimit(resource.RLIMIT_STACK, stack_limit),
    )
    try:
        line = process.stderr.readline()
        match = re.search(r"http://(127\.0\.0\.1:\d+)/", line)
        assert match, f"kg serve did not start: {line}{process.stderr.read() if not line else ''}"
        yield f"http://{match.group(1)}", process
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        process.stderr.close()


def query_worker_pids(server: subprocess.Popen) -> set[int]:
    """Process ids of the query workers under a running `kg serve`."""
    parents, commands = {}, {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as stat:
                parents[int(entry)] = int(stat.read().rsplit(")", 1)[1].split()[1])
            with open(f"/proc/{entry}/cmdline", "rb") as cmdline:
                commands[int(entry)] = cmdline.read()
        except OSError:
            continue

    def under(pid: int) -> bool:
        while pid > 1:
            if pid == server.pid:
                return True
            pid = parents.get(pid, 0)
        return False

    return {pid for pid, command in commands.items() if b"worker_main" in command and under(pid)}


def alive(pid: int) -> bool:
    """Whether a process exists and is not a zombie."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def raw_request(
    base: str, method: str, path: str, body: bytes | None = None, headers: dict | None = None, timeout: float = 30
):
    """Send exactly these bytes and headers (no client-side defaults beyond Host/length)."""
    parts = urlsplit(base)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
    try:
        conn.putrequest(method, path, skip_accept_encoding=True)
        for name, value in (headers or {}).items():
            conn.putheader(name, value)
        if body is not None or method in ("POST", "PUT"):
            conn.putheader("Content-Length", str(len(body or b"")))
        conn.endheaders(body)
        response = conn.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        conn.close()
