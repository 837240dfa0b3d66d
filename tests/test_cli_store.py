"""`kg init|load|graphs|unload|query|export`: outputs, exit codes, and one-line errors."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys

import pyoxigraph as ox
import pytest
from cli_support import run
from conftest import SAMPLE, free_port

from kg.build.iris import Minter
from kg.store import OxigraphStore

ONTOLOGY = str(Minter().ontology_graph)
PARTY_NAMES = (
    "PREFIX qg: <https://quotegraph.org/ontology#> "
    "SELECT DISTINCT ?name WHERE { ?s qg:speaker ?p . ?p qg:name ?name } ORDER BY ?name"
)
SPEAKERS = ["AWS spokesperson", "John Matze", "Parler"]


def one_error_line(err: str, command: str) -> str:
    lines = [line for line in err.splitlines() if line.startswith(f"kg {command}: error:")]
    assert len(lines) >= 1, err
    assert "Traceback" not in err
    return lines[0]


@pytest.fixture
def store_dir(tmp_path):
    return str(tmp_path / "store")


@pytest.fixture
def loaded(capsys, store_dir):
    code, out, _ = run(capsys, "load", str(SAMPLE), "--store", store_dir)
    assert code == 0, out
    return store_dir


def test_load_reports_and_reload_is_unchanged(capsys, store_dir):
    code, out, err = run(capsys, "load", str(SAMPLE), "--store", store_dir)
    assert code == 0
    assert out.startswith(f"loaded     {SAMPLE} -> https://quotegraph.org/id/graph/file/")
    assert "(210 triples)" in out and "1 loaded, 0 unchanged, 0 failed" in err
    code, out, err = run(capsys, "load", str(SAMPLE), "--store", store_dir)
    assert code == 0 and out == f"unchanged  {SAMPLE}\n" and "0 loaded, 1 unchanged, 0 failed" in err


def test_init_is_idempotent(capsys, store_dir):
    assert run(capsys, "init", "--store", store_dir)[1].startswith("loaded ontology")
    assert run(capsys, "init", "--store", store_dir)[1].startswith("unchanged ontology")


def test_graphs_lists_counts(capsys, loaded):
    code, out, _ = run(capsys, "graphs", "--all", "--json", "--store", loaded)
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert [g["iri"] for g in rows if g["iri"] == ONTOLOGY] == [ONTOLOGY]
    assert all(g["triples"] > 0 for g in rows)


def test_query_formats(capsys, loaded, tmp_path, monkeypatch):
    code, out, _ = run(capsys, "query", PARTY_NAMES, "--store", loaded)
    assert code == 0
    assert out.splitlines()[0].strip() == "name" and out.splitlines()[2:] == SPEAKERS
    code, out, _ = run(capsys, "query", PARTY_NAMES, "--format", "json", "--store", loaded)
    assert [b["name"]["value"] for b in json.loads(out)["results"]["bindings"]] == SPEAKERS
    code, out, _ = run(capsys, "query", PARTY_NAMES, "--format", "csv", "--store", loaded)
    assert out.replace("\r\n", "\n") == "name\n" + "".join(f"{n}\n" for n in SPEAKERS)
    code, out, _ = run(capsys, "query", PARTY_NAMES, "--format", "tsv", "--store", loaded)
    assert out.splitlines()[1:] == [f'"{n}"' for n in SPEAKERS]
    query_file = tmp_path / "q.rq"
    query_file.write_text("ASK { ?s ?p ?o }", encoding="utf-8")
    assert run(capsys, "query", "-f", str(query_file), "--store", loaded)[1] == "true\n"
    monkeypatch.setattr(sys, "stdin", io.StringIO("ASK { ?s <urn:absent> ?o }"))
    assert run(capsys, "query", "-f", "-", "--store", loaded)[1] == "false\n"


def test_query_table_uses_prefixed_names(capsys, loaded):
    code, out, _ = run(
        capsys,
        "query",
        "SELECT DISTINCT ?t WHERE { ?s a ?t FILTER(?t = <https://quotegraph.org/ontology#Denial>) }",
        "--store",
        loaded,
    )
    assert code == 0 and out.splitlines() == ["t", "---------", "qg:Denial"]


def test_construct_goes_out_as_rdf(capsys, loaded):
    construct = (
        "PREFIX qg: <https://quotegraph.org/ontology#> "
        "CONSTRUCT { ?p qg:name ?n } WHERE { ?s qg:speaker ?p . ?p qg:name ?n }"
    )
    code, out, _ = run(capsys, "query", construct, "--store", loaded)
    assert code == 0 and "@prefix qg:" in out
    assert len(list(ox.parse(out.encode(), ox.RdfFormat.TURTLE))) == 3
    code, out, _ = run(capsys, "query", construct, "--format", "ntriples", "--store", loaded)
    assert len(out.splitlines()) == 3
    code, _, err = run(capsys, "query", construct, "--format", "csv", "--store", loaded)
    assert code == 1 and "is for SELECT/ASK" in one_error_line(err, "query")
    code, _, err = run(capsys, "query", PARTY_NAMES, "--format", "turtle", "--store", loaded)
    assert code == 1 and "is for CONSTRUCT/DESCRIBE" in one_error_line(err, "query")


def test_query_syntax_error_is_one_line(capsys, loaded, tmp_path):
    code, _, err = run(capsys, "query", "SELECT ?x WHERE { ?x ", "--store", loaded)
    assert code == 1 and len(err.splitlines()) == 1
    one_error_line(err, "query")
    code, _, err = run(capsys, "query", "-f", str(tmp_path / "missing.rq"), "--store", loaded)
    assert code == 1 and "cannot read query file" in one_error_line(err, "query")


def test_export_round_trips(capsys, loaded, tmp_path):
    target = tmp_path / "all.trig"
    assert run(capsys, "export", "-o", str(target), "--store", loaded)[0] == 0
    quads = list(ox.parse(target.read_bytes(), ox.RdfFormat.TRIG))
    code, out, _ = run(capsys, "export", "--format", "nquads", "--store", loaded)
    assert len(out.splitlines()) == len(quads)
    graphs = {q.graph_name.value for q in quads}
    listed = {
        json.loads(line)["iri"] for line in run(capsys, "graphs", "--all", "--json", "--store", loaded)[1].splitlines()
    }
    assert graphs == listed
    code, _, err = run(capsys, "export", "-o", str(tmp_path / "missing-dir" / "x.trig"), "--store", loaded)
    assert code == 1 and "cannot write" in one_error_line(err, "export")


def test_unload(capsys, loaded):
    sample_graph = str(Minter().file_graph(str(SAMPLE.resolve())))
    assert run(capsys, "unload", sample_graph, "--store", loaded) == (0, f"unloaded {sample_graph}\n", "")
    assert sample_graph not in run(capsys, "graphs", "--store", loaded)[1]
    code, _, err = run(capsys, "unload", sample_graph, "--store", loaded)
    assert code == 1 and f"no graph {sample_graph}" in one_error_line(err, "unload")


def test_batch_continues_and_fails_at_the_end(capsys, store_dir, tmp_path):
    bad_syntax = tmp_path / "bad.ttl"
    bad_syntax.write_text("<http://example.org/a> <http://example.org/b> .\n", encoding="utf-8")
    bad_shape = tmp_path / "shape.ttl"
    bad_shape.write_text(
        "<https://quotegraph.org/id/party/x> a <https://quotegraph.org/ontology#Person> .\n", encoding="utf-8"
    )
    good = tmp_path / "good.ttl"
    shutil.copy(SAMPLE, good)
    code, out, err = run(capsys, "load", str(bad_syntax), str(bad_shape), str(good), "--store", store_dir)
    assert code == 1
    errors = [line for line in err.splitlines() if line.startswith("kg load: error:")]
    assert errors[0].startswith(f"kg load: error: {bad_syntax}: parse error at line 1 column ")
    assert errors[1] == (
        f"kg load: error: {bad_shape}: SHACL violation: shape qgsh:PartyName "
        "(sh:MinCountConstraintComponent) failed on <https://quotegraph.org/id/party/x> "
        "qg:name: a party has exactly one non-empty qg:name string"
    )
    assert "1 loaded, 0 unchanged, 2 failed" in err and out.startswith(f"loaded     {good}")


def test_unknown_format_errors(capsys, store_dir, tmp_path):
    code, _, err = run(capsys, "load", str(SAMPLE), "--format", "n3x", "--store", store_dir)
    assert code == 1 and "unknown RDF format 'n3x'" in one_error_line(err, "load")
    odd = tmp_path / "data.xyz"
    odd.write_bytes(b"\x00\x01binary")
    code, _, err = run(capsys, "load", str(odd), "--store", store_dir)
    assert code == 1 and str(odd) in one_error_line(err, "load")


def _kg(*argv) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *argv], capture_output=True, text=True, timeout=120)


def test_locked_store_is_one_line_in_a_real_process(store_dir):
    with OxigraphStore(store_dir):
        done = _kg("graphs", "--store", store_dir)
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        f"kg graphs: error: store {store_dir} is locked by another process "
        "(is `kg serve` or another `kg` command using it?)"
    ]


def test_unreachable_endpoint_is_one_line_in_a_real_process():
    url = f"http://127.0.0.1:{free_port()}/query"
    done = _kg("query", "ASK { ?s ?p ?o }", "--endpoint", url)
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        f"kg query: error: cannot reach SPARQL endpoint {url}: connection refused or host unreachable"
    ]


def test_refusing_endpoint_is_one_line(capsys, refusing_endpoint):
    server = refusing_endpoint(403)
    url = f"http://127.0.0.1:{server.server_address[1]}/sparql"
    code, _, err = run(capsys, "graphs", "--endpoint", url, "--auth", "alice:wrong")
    assert (
        code == 1 and err == f"kg graphs: error: SPARQL endpoint {url} refused the request (HTTP 403): check --auth\n"
    )
    assert server.seen_auth == ["Basic YWxpY2U6d3Jvbmc="]


def test_remote_store_through_the_cli(capsys, oxigraph_server):
    remote = ["--endpoint", f"{oxigraph_server}/query", "--update-endpoint", f"{oxigraph_server}/update"]
    code, out, err = run(capsys, "load", str(SAMPLE), *remote)
    assert code == 0, err
    assert run(capsys, "load", str(SAMPLE), *remote)[1] == f"unchanged  {SAMPLE}\n"
    code, out, _ = run(capsys, "query", PARTY_NAMES, *remote)
    assert out.splitlines()[2:] == SPEAKERS
    assert ONTOLOGY in run(capsys, "graphs", *remote)[1]


def test_inputs_are_split_between_rdf_and_article_loaders(tmp_path):
    from kg.cli.store_commands import _partition

    (tmp_path / "mixed" / "deep").mkdir(parents=True)
    for name in ("mixed/a.ttl", "mixed/deep/b.nq", "mixed/story.txt", "rdf-only/c.jsonld", "x.trig"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("", encoding="utf-8")
    rdf, articles = _partition(
        [
            str(tmp_path / "mixed"),
            str(tmp_path / "rdf-only"),
            str(tmp_path / "*.trig"),
            "https://example.org/story.ttl",
            "notes.md",
        ],
        None,
    )
    assert rdf == [str(tmp_path / p) for p in ("mixed/a.ttl", "mixed/deep/b.nq", "rdf-only/c.jsonld", "x.trig")]
    assert articles == [str(tmp_path / "mixed"), "https://example.org/story.ttl", "notes.md"]
    assert _partition(["notes.md", "a.ttl"], "turtle") == (["notes.md", "a.ttl"], [])


@pytest.mark.parametrize("argv", [["graphs"], ["query", "ASK {}"], ["export"], ["unload", "urn:x"], ["optimize"]])
def test_reading_a_missing_store_is_an_error_not_a_new_store(capsys, tmp_path, argv):
    missing = tmp_path / "typo"
    code, _, err = run(capsys, *argv, "--store", str(missing))
    assert code == 1 and f"no store at {missing}" in one_error_line(err, argv[0])
    assert not missing.exists()


def _fragmented_store(path) -> list:
    """A store written in many small flushed batches, as one grown article by article is; its quads."""
    store = ox.Store(str(path))
    for i in range(60):
        store.update(
            f"INSERT DATA {{ GRAPH <urn:g{i}> {{ "
            + " ".join(
                f'<urn:s{i}-{j}> <urn:p> "statement {j} of article {i}, long enough to need a string table entry" .'
                for j in range(300)
            )
            + " } }"
        )
        if i % 10 == 0:
            store.flush()
    store.flush()
    quads = sorted(str(q) for q in store)
    del store
    return quads


def _tables(path) -> set[str]:
    return {p.name for p in path.glob("*.sst")}


def test_optimize_compacts_the_store_files_and_keeps_every_quad(capsys, tmp_path):
    path = tmp_path / "store"
    quads = _fragmented_store(path)
    before = _tables(path)
    code, _, err = run(capsys, "optimize", "--store", str(path))
    assert code == 0 and f"compacted {path} in " in err and " MB -> " in err
    after = _tables(path)
    assert len(after) < len(before) and after - before
    assert sorted(str(q) for q in ox.Store.read_only(str(path))) == quads


@pytest.mark.parametrize("where", [["--endpoint", "http://127.0.0.1:9/query"], ["--memory"]])
def test_optimize_refuses_a_store_not_on_disk(capsys, where):
    code, _, err = run(capsys, "optimize", *where)
    assert code == 1 and "`kg optimize` compacts an on-disk store" in one_error_line(err, "optimize")


def test_a_bulk_load_ends_by_compacting(capsys, store_dir, monkeypatch, tmp_path):
    import kg.cli.store_commands as commands

    code, _, err = run(capsys, "load", str(SAMPLE), "--store", store_dir)
    assert code == 0 and "compacted" not in err
    monkeypatch.setattr(commands, "BULK_LOAD", 2)
    notes = []
    for n in range(2):
        notes.append(tmp_path / f"note{n}.ttl")
        notes[-1].write_text(f'<urn:note{n}> <urn:says> "note {n}" .\n', encoding="utf-8")
    code, _, err = run(capsys, "load", str(notes[0]), "--store", store_dir)
    assert code == 0 and "compacted" not in err
    code, _, err = run(capsys, "load", *map(str, notes), "--store", store_dir)
    assert code == 0 and "1 loaded, 1 unchanged" in err and "compacted" not in err
    notes[0].write_text('<urn:note0> <urn:says> "note 0, revised" .\n', encoding="utf-8")
    notes.append(tmp_path / "note2.ttl")
    notes[-1].write_text('<urn:note2> <urn:says> "note 2" .\n', encoding="utf-8")
    code, _, err = run(capsys, "load", *map(str, notes), "--store", store_dir)
    assert code == 0 and "2 loaded" in err and f"compacted {store_dir} in " in err


def test_full_reasoning_ends_by_compacting(capsys, loaded):
    code, out, err = run(capsys, "reason", "--full", "--no-progress", "--store", loaded)
    assert code == 0 and "reasoned" in out and f"compacted {loaded} in " in err
