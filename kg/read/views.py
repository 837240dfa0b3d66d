"""Every page kind's view, by name: the one table server/pages.py routes to.

Each view is a plain function from a store (and an IRI, a page number) to a dict, so a page
is computed wherever the store is, and pages, their JSON twins and tests share one source.
"""

from __future__ import annotations

from kg.read.base import PER_PAGE, NotFound
from kg.read.home import home
from kg.read.party import party, party_page, party_profile, party_statements
from kg.read.resource import rdf_document, resource, resource_kind
from kg.read.source import source
from kg.read.statement import statement

__all__ = [
    "PER_PAGE",
    "NotFound",
    "home",
    "party",
    "party_page",
    "party_profile",
    "party_statements",
    "rdf_document",
    "resource",
    "resource_kind",
    "source",
    "statement",
]
