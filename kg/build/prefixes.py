"""The prefixes every query and serialization declares: the ontology's own and the vocabularies it aligns to.

Apart from ``kg.build.namespace`` (which parses the ontology with rdflib to close its
namespace) so that commands which only query start without rdflib; the ontology's own
namespace is still read from the ontology file, the one source of its IRIs.
"""

from __future__ import annotations

import re

from kg.paths import ONTOLOGY_FILE


def _ontology_namespace() -> str:
    with ONTOLOGY_FILE.open(encoding="utf-8") as handle:
        for line in handle:
            found = re.match(r"\s*@prefix\s+qg:\s*<([^>]+)>", line)
            if found:
                return found.group(1)
    raise RuntimeError(f"{ONTOLOGY_FILE} declares no qg: prefix")


PREFIXES: dict[str, str] = {
    "qg": _ontology_namespace(),
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "schema": "https://schema.org/",
    "prov": "http://www.w3.org/ns/prov#",
    "cito": "http://purl.org/spar/cito/",
    "org": "http://www.w3.org/ns/org#",
    "oa": "http://www.w3.org/ns/oa#",
    "dcterms": "http://purl.org/dc/terms/",
}


def sparql_prologue() -> str:
    """PREFIX lines for every vocabulary above, for queries built in code."""
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
