"""Writing needs a bearer token; without a configured token the write endpoints do not exist."""

from __future__ import annotations

import pytest

from server import create_app

WRITES = [
    ("POST", "/sparql/update", {"data": {"update": "CLEAR ALL"}}),
    (
        "PUT",
        "/store?graph=http://example.org/g",
        {"data": "<a:b> <a:c> <a:d> .", "content_type": "application/n-triples"},
    ),
    ("GET", "/store?graph=http://example.org/g", {}),
    ("DELETE", "/store?default", {}),
    ("POST", "/store/some/graph", {"data": "<a:b> <a:c> <a:d> .", "content_type": "text/turtle"}),
]


@pytest.fixture(scope="module")
def writable():
    app = create_app({"memory": True, "write_token": "right-token"})
    yield app
    app.extensions["quotegraph"].close()


@pytest.fixture(scope="module")
def read_only():
    app = create_app({"memory": True})
    yield app
    app.extensions["quotegraph"].close()


@pytest.mark.parametrize("method,path,kwargs", WRITES)
def test_missing_token_is_401_with_challenge(writable, method, path, kwargs):
    r = writable.test_client().open(path, method=method, **kwargs)
    assert r.status_code == 401
    assert r.headers["WWW-Authenticate"].startswith("Bearer")


@pytest.mark.parametrize("header", ["Bearer wrong-token", "Bearer right-token-and-more", "Basic cmlnaHQ6dG9rZW4="])
def test_wrong_token_is_403_or_401(writable, header):
    r = writable.test_client().post("/sparql/update", data={"update": "CLEAR ALL"}, headers={"Authorization": header})
    assert r.status_code == 403


def test_right_token_writes(writable):
    client = writable.test_client()
    auth = {"Authorization": "Bearer right-token"}
    r = client.put(
        "/store?graph=http://example.org/g",
        data="<a:b> <a:c> <a:d> .",
        content_type="application/n-triples",
        headers=auth,
    )
    assert r.status_code == 201
    assert client.get("/store?graph=http://example.org/g", headers=auth).status_code == 200


@pytest.mark.parametrize("method,path,kwargs", WRITES)
def test_write_endpoints_absent_without_token(read_only, method, path, kwargs):
    r = read_only.test_client().open(path, method=method, headers={"Authorization": "Bearer x"}, **kwargs)
    assert r.status_code == 404


def test_token_from_environment(monkeypatch):
    monkeypatch.setenv("QUOTEGRAPH_WRITE_TOKEN", "env-token")
    app = create_app({"memory": True})
    try:
        r = app.test_client().post(
            "/sparql/update", data={"update": "CLEAR ALL"}, headers={"Authorization": "Bearer env-token"}
        )
        assert r.status_code == 204
    finally:
        app.extensions["quotegraph"].close()
