"""Settings are data: resolved once (flags over the environment over defaults) and passed down.

The CLI resolves them from its options in ``kg.cli.main``, the server from its config in
``server.config``; nothing below reads the environment. The store is opened from them and
carries the deployment's ``Minter``, so every graph IRI (articles, inferred, names, parties,
ontology) is minted under the one base the user chose.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, fields
from functools import cached_property
from typing import TYPE_CHECKING, Any

from kg.errors import KgError

if TYPE_CHECKING:  # the CLI resolves settings before it knows whether the command needs rdflib or a store
    from kg.build.iris import Minter
    from kg.store import Store

DEFAULT_BASE = "https://quotegraph.org/id/"
DEFAULT_STORE_DIR = "quotegraph-data"
_ABSOLUTE_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]+$")

# The environment variable each setting may come from.
ENVIRONMENT = {
    "base": "QUOTEGRAPH_BASE",
    "store": "QUOTEGRAPH_STORE",
    "endpoint": "QUOTEGRAPH_ENDPOINT",
    "update_endpoint": "QUOTEGRAPH_UPDATE_ENDPOINT",
    "auth": "QUOTEGRAPH_ENDPOINT_AUTH",
    "union_param": "QUOTEGRAPH_UNION_PARAM",
}


@dataclass(frozen=True)
class Settings:
    base: str = DEFAULT_BASE  # base of every minted IRI, graphs included
    store: str = DEFAULT_STORE_DIR  # on-disk store folder
    memory: bool = False  # a throw-away in-memory store instead
    endpoint: str | None = None  # remote SPARQL 1.1 query URL instead of an embedded store
    update_endpoint: str | None = None  # remote update URL (default: the query URL)
    auth: str | None = None  # USER:PASSWORD (basic) or a bearer token, for the remote store
    union_param: str = "union-default-graph"  # request parameter asking a remote store for the union default graph

    def __post_init__(self) -> None:
        base = self.base if self.base.endswith(("/", "#")) else self.base + "/"
        if not _ABSOLUTE_IRI.match(base):
            raise KgError(f"the base IRI {self.base!r} is not an absolute IRI")
        object.__setattr__(self, "base", base)

    @classmethod
    def resolve(cls, given: Mapping[str, Any] | None = None, environ: Mapping[str, str] | None = None) -> Settings:
        """Each setting from ``given`` (None: not given), else the environment, else its default."""
        environ = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for field in fields(cls):
            value = (given or {}).get(field.name)
            if value is None and field.name in ENVIRONMENT:
                value = environ.get(ENVIRONMENT[field.name]) or None
                if value is None and field.name == "union_param" and ENVIRONMENT[field.name] in environ:
                    value = ""  # set but empty: send no parameter
            if value is not None:
                values[field.name] = value
        return cls(**values)

    @cached_property
    def minter(self) -> Minter:
        from kg.build.iris import Minter

        return Minter(self.base)

    def open_store(self, *, read_only: bool = False) -> Store:
        from kg.store import open_store

        auth: tuple[str, str] | str | None = self.auth
        if isinstance(auth, str) and ":" in auth:
            user, _, password = auth.partition(":")
            auth = (user, password)
        return open_store(
            self.store,
            memory=self.memory,
            read_only=read_only,
            query_url=self.endpoint,
            update_url=self.update_endpoint,
            auth=auth,
            union_param=self.union_param,
            base=self.base,
        )
