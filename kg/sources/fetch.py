"""Fetching an article over HTTP(S), within a policy of where a fetch may connect.

The CLI fetches for the user on the user's machine; a server fetching for a remote client
connects only to public addresses, checked on every redirect hop and pinned so a name that
resolves differently the second time cannot slip through.
"""

from __future__ import annotations

import contextlib
import ipaddress
import re
import socket
import time
from dataclasses import dataclass

from kg.extract.model import Article
from kg.sources.content import InputError, decode_text, html_article, text_article

DEFAULT_TIMEOUT = 20.0
MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class FetchPolicy:
    """Where a fetch may connect. The CLI fetches for the user on the user's machine: anything goes.
    A server fetching for a remote client must not reach its own host or network: with
    ``private=False`` every connection, redirects included, goes only to public addresses."""

    private: bool = True


class BlockedAddress(OSError):
    """A fetch would connect to a loopback, private, link-local, multicast or unspecified address."""


def is_public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def public_address(host: str, port: int) -> str:
    """The address to connect to for host:port, checked: every address the name resolves to must be public."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    addresses = [str(info[4][0]) for info in infos]
    blocked = [a for a in addresses if not is_public(a)]
    if blocked or not addresses:
        raise BlockedAddress(f"{host} resolves to {blocked[0] if blocked else 'nothing'}, not a public address")
    return addresses[0]


def _session(policy: FetchPolicy):
    """A requests session; under a public-only policy each connection goes to the address that was checked
    (resolve, check, connect to that address: a name that resolves differently the second time cannot
    slip through), on every redirect hop, and no proxy from the environment is used."""
    import requests
    from requests.adapters import HTTPAdapter
    from urllib3.connection import HTTPConnection, HTTPSConnection
    from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

    session = requests.Session()
    if policy.private:
        return session

    @contextlib.contextmanager
    def pinned(connection: HTTPConnection):
        """Connect to the checked address of the connection's host (TLS still checks the host name)."""
        resolved = connection._dns_host
        connection._dns_host = public_address(resolved, connection.port)
        try:
            yield
        finally:
            connection._dns_host = resolved

    class CheckedHTTP(HTTPConnection):
        def _new_conn(self):
            with pinned(self):
                return super()._new_conn()

    class CheckedHTTPS(HTTPSConnection):
        def _new_conn(self):
            with pinned(self):
                return super()._new_conn()

    class HTTPPool(HTTPConnectionPool):
        ConnectionCls = CheckedHTTP

    class HTTPSPool(HTTPSConnectionPool):
        ConnectionCls = CheckedHTTPS

    class PublicOnly(HTTPAdapter):
        def init_poolmanager(self, *args, **kwargs):
            super().init_poolmanager(*args, **kwargs)
            self.poolmanager.pool_classes_by_scheme = {"http": HTTPPool, "https": HTTPSPool}

    session.trust_env = False
    session.mount("http://", PublicOnly())
    session.mount("https://", PublicOnly())
    return session


def fetch_url(
    url: str, *, timeout: float = DEFAULT_TIMEOUT, max_bytes: int = MAX_BYTES, policy: FetchPolicy | None = None
) -> Article:
    """An article fetched over HTTP(S); its content type decides between text and HTML."""
    import requests

    deadline = time.monotonic() + timeout
    try:
        with (
            _session(policy or FetchPolicy()) as session,
            session.get(
                url, timeout=timeout, stream=True, headers={"User-Agent": "quotegraph (+https://quotegraph.org)"}
            ) as response,
        ):
            if response.status_code >= 400:
                raise InputError(f"{url}: HTTP {response.status_code} {response.reason or ''}".rstrip())
            content_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
            is_html = content_type in ("text/html", "application/xhtml+xml")
            if not (is_html or content_type.startswith("text/") or not content_type):
                raise InputError(f"{url}: unsupported content type {content_type}")
            chunks, size = [], 0
            for chunk in response.iter_content(64 * 1024):
                size += len(chunk)
                if size > max_bytes:
                    raise InputError(f"{url}: larger than {max_bytes // (1024 * 1024)} MB")
                if time.monotonic() > deadline:
                    raise InputError(f"{url}: timed out after {timeout:g} s")
                chunks.append(chunk)
            charset = response.encoding if "charset" in response.headers.get("Content-Type", "") else None
            final_url = response.url
    except requests.Timeout:
        raise InputError(f"{url}: timed out after {timeout:g} s") from None
    except requests.ConnectionError as error:
        blocked = re.search(r"\S+ resolves to \S+, not a public address", str(error))
        if blocked:
            raise InputError(f"{url}: refused: {blocked.group()}") from None
        reason = "connection refused" if "refused" in str(error).lower() else "cannot connect"
        raise InputError(f"{url}: {reason}") from None
    except requests.RequestException as error:
        raise InputError(f"{url}: request failed ({type(error).__name__})") from None
    decoded = decode_text(b"".join(chunks), url, charset)
    if is_html:
        text, meta = html_article(decoded, url, final_url)
    else:
        text, meta = text_article(decoded, ".md" if content_type == "text/markdown" else ".txt", url)
    meta.setdefault("url", url)
    return Article(source=url, text=text, **meta)
