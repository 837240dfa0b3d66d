"""Loading RDF files: one graph per file, provenance, idempotent reloads, all-or-nothing failures."""

from __future__ import annotations

import hashlib
import shutil

import pyoxigraph as ox
import pytest
from conftest import SAMPLE
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic

from kg import __version__
from kg.build.iris import Minter
from kg.build.namespace import PROV, QG, RDF
from kg.errors import KgError
from kg.load.loader import Loader, load_rdf_files, unload
from kg.store import OxigraphStore
from kg.store.formats import EXTENSIONS, FORMATS, detect_format, parse_bytes

PARLER = URIRef("https://quotegraph.org/id/party/parler")


@pytest.fixture
def store():
    with OxigraphStore(None) as backend:
        yield backend


@pytest.fixture
def sample_copy(tmp_path):
    path = tmp_path / "story.ttl"
    shutil.copy(SAMPLE, path)
    return path


def provenance(store, graph_iri: str) -> dict[str, str]:
    stored = store.graph(graph_iri)
    me = URIRef(graph_iri)
    return {
        p: str(stored.value(me, p))
        for p in (RDF.type, QG.loadedFrom, QG.contentHash, QG.extractorVersion, PROV.generatedAtTime)
    }


def test_file_goes_into_its_own_graph_with_provenance(store, sample_copy, sample_graph):
    [result] = load_rdf_files(store, [str(sample_copy)])
    assert result.status == "loaded" and result.triples == len(sample_graph)
    assert result.graph == str(Minter().file_graph(str(sample_copy.resolve())))
    facts = provenance(store, result.graph)
    assert facts[RDF.type] == str(QG.LoadedGraph)
    assert facts[QG.loadedFrom] == str(sample_copy.resolve())
    assert facts[QG.contentHash] == hashlib.sha256(sample_copy.read_bytes()).hexdigest()
    assert facts[QG.extractorVersion] == __version__
    assert facts[PROV.generatedAtTime].startswith("20")
    stored = store.graph(result.graph)
    stored.remove((URIRef(result.graph), None, None))
    assert isomorphic(stored, sample_graph)


def test_ontology_is_loaded_once(store, sample_copy):
    load_rdf_files(store, [str(sample_copy)])
    ontology = str(Minter().ontology_graph)
    assert store.has_graph(ontology)
    before = store.graphs()
    assert Loader(store).ensure_ontology() is False
    assert store.graphs() == before


def test_unchanged_reload_is_a_no_op(store, sample_copy):
    [first] = load_rdf_files(store, [str(sample_copy)])
    stamp = provenance(store, first.graph)[PROV.generatedAtTime]
    [again] = load_rdf_files(store, [str(sample_copy)])
    assert (again.status, again.graph) == ("unchanged", first.graph)
    assert provenance(store, first.graph)[PROV.generatedAtTime] == stamp


def test_changed_file_replaces_its_graph(store, sample_copy):
    [first] = load_rdf_files(store, [str(sample_copy)])
    text = sample_copy.read_text(encoding="utf-8").replace('qg:name "Parler"', 'qg:name "Parler LLC"')
    sample_copy.write_text(text, encoding="utf-8")
    [second] = load_rdf_files(store, [str(sample_copy)])
    assert (second.status, second.graph) == ("loaded", first.graph)
    names = {
        r["n"].value
        for r in store.query(f"SELECT ?n WHERE {{ <{PARLER}> <{QG.name}> ?n }}", default_graphs=[second.graph])
    }
    assert names == {"Parler LLC"}


def test_invalid_file_loads_nothing_and_keeps_the_old_version(store, sample_copy):
    [_first] = load_rdf_files(store, [str(sample_copy)])
    before = store.graphs()
    text = sample_copy.read_text(encoding="utf-8").replace('qg:name "Parler" .', ".")
    sample_copy.write_text(text, encoding="utf-8")
    [failed] = load_rdf_files(store, [str(sample_copy)])
    assert failed.status == "failed" and failed.graph is None
    assert "shape qgsh:PartyName" in failed.message and "party/parler" in failed.message
    assert store.graphs() == before


def test_batch_goes_on_past_bad_files(store, sample_copy, tmp_path):
    broken = tmp_path / "broken.ttl"
    broken.write_text('@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\nex:a ex:b "open\n', encoding="utf-8")
    results = load_rdf_files(store, [str(broken), str(tmp_path / "missing.nt"), str(sample_copy)])
    assert [r.status for r in results] == ["failed", "failed", "loaded"]
    assert results[0].message.startswith(f"{broken}: parse error at line 3 column ")
    assert "missing.nt: cannot read" in results[1].message


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_every_format_loads_the_same_triples(store, tmp_path, sample_graph, name):
    rdf_format = FORMATS[name]
    dataset = ox.Dataset()
    for quad in ox.parse(SAMPLE.read_bytes(), ox.RdfFormat.TURTLE):
        graph = ox.NamedNode("http://example.org/g") if rdf_format.supports_datasets else ox.DefaultGraph()
        dataset.add(ox.Quad(quad.subject, quad.predicate, quad.object, graph))
    suffix = next(ext for ext, n in EXTENSIONS.items() if n == name)
    path = tmp_path / f"story{suffix}"
    path.write_bytes(
        ox.serialize(dataset if rdf_format.supports_datasets else [q.triple for q in dataset], format=rdf_format)
    )
    [result] = load_rdf_files(store, [str(path)])
    assert result.status == "loaded", result.message
    stored = store.graph(result.graph)
    stored.remove((URIRef(result.graph), None, None))
    assert isomorphic(stored, sample_graph), "quad formats are flattened into the file's graph"


def test_format_option_overrides_the_extension(store, tmp_path):
    path = tmp_path / "data.txt"
    path.write_text(
        "<https://quotegraph.org/id/party/x> a <https://quotegraph.org/ontology#Organization> ; "
        '<https://quotegraph.org/ontology#name> "X" .\n',
        encoding="utf-8",
    )
    result = Loader(store).load_file(str(path), format="turtle")
    assert result.status == "loaded" and result.triples == 2


def test_unknown_format_is_reported(tmp_path):
    with pytest.raises(KgError, match=r"unknown RDF format '\.csv'"):
        detect_format(tmp_path / "x.csv")
    with pytest.raises(KgError, match="unknown RDF format 'n3x'"):
        detect_format(tmp_path / "x.ttl", "n3x")


def test_parse_errors_carry_line_and_column():
    with pytest.raises(KgError) as caught:
        parse_bytes(b"<http://a> <http://b> <http://c> .\n<a> <b> <c> .\n", ox.RdfFormat.N_TRIPLES, source="f.nt")
    assert str(caught.value) == "f.nt: parse error at line 2 column 1: No scheme found in an absolute IRI"


def test_remote_jsonld_contexts_are_not_fetched():
    data = b'{"@context": "https://schema.org/", "@id": "http://example.org/a", "name": "x"}'
    with pytest.raises(KgError, match="remote JSON-LD @context documents are not fetched"):
        parse_bytes(data, ox.RdfFormat.JSON_LD, source="c.jsonld")


def test_unload_drops_the_graph_and_what_was_inferred_from_it(store, sample_copy):
    [result] = load_rdf_files(store, [str(sample_copy)])
    inferred = str(Minter().inferred_graph(URIRef(result.graph)))
    store.replace_graph(inferred, Graph().parse(data=f"<{PARLER}> a <{QG.Party}> .", format="turtle"))
    unload(store, result.graph)
    left = {g for g, _ in store.graphs()}
    assert result.graph not in left and inferred not in left
    assert str(Minter().ontology_graph) in left
    with pytest.raises(KgError, match="no graph"):
        unload(store, result.graph)
