"""The habits users bring from Oxigraph's CLI and Datasette: start-up, reading a served store, kg update,
output files, graphs by what they are, readable parser errors, safe party edits, progress, titles."""

from __future__ import annotations

import fcntl
import json
import os
import pty
import re
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from cli_support import run
from conftest import SAMPLE, free_port

from kg.build.iris import Minter
from kg.cli import main
from kg.paths import SAMPLES_DIR

KG = Path(sys.executable).parent / "kg"
REPO = Path(__file__).resolve().parent.parent


def kg(*argv, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([str(KG), *argv], capture_output=True, text=True, timeout=120, **kwargs)


@pytest.fixture
def loaded(capsys, tmp_path):
    store = str(tmp_path / "store")
    code, _, err = run(capsys, "load", str(SAMPLE), str(SAMPLES_DIR / "articles" / "storm-ports.txt"), "--store", store)
    assert code == 0, err
    return store


def imported(*argv) -> set[str]:
    """Top-level packages a real `kg` process imports to run ``argv``."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "kg", *argv], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    names = re.findall(r"^import time:\s+\d+ \|\s+\d+ \|\s+(\S+)", done.stderr, re.M)
    return {name.split(".")[0] for name in names}


def test_commands_that_do_not_extract_do_not_import_the_nlp(tmp_path):
    for argv in (["--version"], ["--help"], ["query", "ASK { ?s qg:name ?n }", "--memory"]):
        packages = imported(*argv)
        assert "spacy" not in packages and "thinc" not in packages, argv
        assert "rdflib" not in packages, argv
    assert "spacy" not in imported("graphs", "--memory")


def test_a_store_held_by_kg_serve_is_read_through_it_and_writes_say_what_to_do(tmp_path, capsys):
    store = str(tmp_path / "store")
    assert run(capsys, "load", str(SAMPLE), "--store", store)[0] == 0
    server = subprocess.Popen(
        [str(KG), "serve", "--store", store, "--port", str(free_port()), "--query-workers", "1"],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert "quotegraph serving" in server.stderr.readline()
        done = kg(
            "query", "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?s qg:speaker ?p }", "--format", "csv", "--store", store
        )
        assert done.returncode == 0, done.stderr
        assert done.stdout.split() == ["n", "3"] and "reading it through http://127.0.0.1:" in done.stderr
        done = kg("load", str(SAMPLE), "--store", store)
        assert done.returncode == 1
        [line] = done.stderr.splitlines()
        assert "is held by `kg serve`" in line and "--update-endpoint http://127.0.0.1:" in line
        assert "stop the server" in line
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(30)
        server.stderr.close()
    assert not (Path(store) / "serving.json").exists()
    done = kg("query", "ASK { ?s ?p ?o }", "--store", store)
    assert done.returncode == 0 and done.stdout == "true\n" and done.stderr == ""


def test_prefixes_are_declared_and_update_and_output_files_work(loaded, capsys, tmp_path):
    code, out, err = run(
        capsys, "update", 'INSERT DATA { GRAPH <urn:x:mine> { <urn:x:a> qg:name "Ann" } }', "--store", loaded
    )
    assert code == 0 and "1 graph(s) changed, +1 triples" in err and "kg reason --full" in err
    target = tmp_path / "names.csv"
    code, out, err = run(
        capsys, "query", "SELECT ?n WHERE { <urn:x:a> qg:name ?n }", "-o", str(target), "--store", loaded
    )
    assert code == 0 and out == "" and target.read_text().replace("\r\n", "\n") == "n\nAnn\n"
    code, out, _ = run(capsys, "query", "PREFIX qg: <urn:mine:> ASK { <urn:x:a> qg:name ?n }", "--store", loaded)
    assert out == "false\n"
    update = tmp_path / "drop.ru"
    update.write_text("DROP GRAPH <urn:x:mine>")
    assert run(capsys, "update", "-f", str(update), "--store", loaded)[0] == 0
    assert run(capsys, "query", "ASK { <urn:x:a> ?p ?o }", "--store", loaded)[1] == "false\n"
    code, _, err = run(capsys, "update", "DROP GRAPH <urn:x:absent>", "--store", loaded)
    assert code == 1 and err.startswith("kg update: error:")


def test_export_one_graph_by_path_and_leave_out_inferred_and_ontology(loaded, capsys, tmp_path):
    minter = Minter()
    sample_graph = str(minter.file_graph(str(SAMPLE.resolve())))
    target = tmp_path / "one.nq"
    code, _, err = run(capsys, "export", "--graph", str(SAMPLE), "-o", str(target), "--store", loaded)
    assert code == 0 and "exported" in err and "as nquads" in err
    assert {q.graph_name.value for q in ox.parse(target.read_bytes(), ox.RdfFormat.N_QUADS)} == {sample_graph}
    code, out, _ = run(capsys, "export", "--no-inferred", "--no-ontology", "--store", loaded)
    graphs = {q.graph_name.value for q in ox.parse(out.encode(), ox.RdfFormat.TRIG)}
    assert sample_graph in graphs and str(minter.ontology_graph) not in graphs
    assert not any("/graph/inferred/" in g for g in graphs)
    code, out, _ = run(capsys, "export", "--no-ontology", "--store", loaded)
    everything = {q.graph_name.value for q in ox.parse(out.encode(), ox.RdfFormat.TRIG)}
    assert any("/graph/inferred/" in g for g in everything) and str(minter.ontology_inferred_graph) not in everything
    code, _, err = run(capsys, "export", "--graph", "nowhere.ttl", "--store", loaded)
    assert code == 1 and "no graph nowhere.ttl" in err


def test_graphs_say_what_each_graph_is_and_unload_takes_the_path(loaded, capsys):
    code, out, _ = run(capsys, "graphs", "--store", loaded)
    rows = {line.split()[-1]: line for line in out.splitlines()[1:]}
    storm = next(line for line in rows.values() if "storm-ports.txt" in line)
    assert " article " in storm and "Storm closes ports along the coast" in storm
    assert re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d", storm) and re.match(r"\s*\d+ \+\d+ ", storm)
    sample = rows[str(Minter().file_graph(str(SAMPLE.resolve())))]
    assert " file " in sample and str(SAMPLE.resolve()) in sample
    assert " ontology " in rows[str(Minter().ontology_graph)]
    shared = (
        "/names",
        "/keys",
        "/party-facts",
        "/claims",
        "/parties",
        "/rules",
    )  # the store's own derived graphs, listed on their own
    assert not any("/graph/inferred/" in iri and not iri.endswith(shared) for iri in rows)
    listed = [json.loads(line) for line in run(capsys, "graphs", "--all", "--json", "--store", loaded)[1].splitlines()]
    assert any(g["kind"] == "inferred" for g in listed) and all(g["triples"] > 0 for g in listed)
    code, out, err = run(capsys, "unload", str(SAMPLE), "--store", loaded)
    assert code == 0 and str(SAMPLE.resolve()) in out, err
    assert str(SAMPLE.resolve()) not in run(capsys, "graphs", "--store", loaded)[1]


@pytest.mark.parametrize(
    "query,expected",
    [
        ("SELECT ?x WHERE { ?x ?p ?y } LIMT 5", "line 1, column 36: unknown word 'LIMT' (did you mean LIMIT?)"),
        ("SELECT ?x WHERE { ?x nope:name ?y }", "line 1, column 31: unknown prefix 'nope:' in 'nope:name'"),
        ("SELECT ?x\nWHERE {\n  ?x ?p ?y .\n  ?x qg:name\n}", "line 5, column 1: '?x qg:name' is not a whole triple"),
        ("SELECT ?x WHERE { ?x <not an iri> ?y }", "<not an iri> is not a valid IRI"),
        ("SELECT ?x WHERE { ?x ?p ?y ", "the text ends too early: a '{' not closed"),
        ('SELECT ?x WHERE { ?x ?p "open }', 'a string is not closed: "open }'),
    ],
)
def test_parser_errors_say_what_and_where_in_words(loaded, capsys, query, expected):
    code, _, err = run(capsys, "query", query, "--store", loaded)
    assert code == 1 and len(err.splitlines()) == 1, err
    assert err.startswith("kg query: error: ") and expected in err
    assert "expected one of" not in err or "[" not in err


def test_party_edits_refuse_unknown_names_show_a_dry_run_and_undo(loaded, capsys):
    code, _, err = run(capsys, "parties", "merge", "Nobody", "Parler", "--store", loaded)
    assert code == 1 and "no party is called 'Nobody'" in err and "--create" in err
    code, _, err = run(capsys, "parties", "merge", "Parlr", "John Matze", "--store", loaded)
    assert code == 1 and "did you mean 'parler'?" in err
    before = run(
        capsys, "query", "SELECT ?p ?n WHERE { ?p qg:name ?n } ORDER BY ?p ?n", "--format", "csv", "--store", loaded
    )[1]
    code, out, _ = run(capsys, "parties", "merge", "Parler", "John Matze", "--dry-run", "--store", loaded)
    assert code == 0 and "would change the parties graph" in out and "nothing was written" in out
    assert "owl#sameAs" in out and re.search(r"re-derive [1-9]\d* loaded graph", out)
    assert (
        run(
            capsys, "query", "SELECT ?p ?n WHERE { ?p qg:name ?n } ORDER BY ?p ?n", "--format", "csv", "--store", loaded
        )[1]
        == before
    )
    code, out, err = run(capsys, "parties", "merge", "Parler", "John Matze", "--store", loaded)
    assert code == 0 and "parties graph updated" in out, err
    matze = "<https://quotegraph.org/id/party/john-matze> owl:sameAs ?x"
    assert run(capsys, "query", f"ASK {{ {matze} }}", "--store", loaded)[1] == "true\n"
    assert "merged 'John Matze' into 'Parler'" in run(capsys, "parties", "log", "--store", loaded)[1]
    code, out, err = run(capsys, "parties", "undo", "--store", loaded)
    assert code == 0 and out.startswith("undid: merged"), err
    assert run(capsys, "query", f"ASK {{ {matze} }}", "--store", loaded)[1] == "false\n"
    assert (
        run(
            capsys, "query", "SELECT ?p ?n WHERE { ?p qg:name ?n } ORDER BY ?p ?n", "--format", "csv", "--store", loaded
        )[1]
        == before
    )
    code, _, err = run(capsys, "parties", "undo", "--store", loaded)
    assert code == 1 and "no party edit to undo" in err
    code, out, err = run(capsys, "parties", "alias", "New Party", "NP", "--create", "--store", loaded)
    assert code == 0, err


def on_terminal(*argv: str) -> str:
    """What `kg` writes to a terminal (a pseudo-terminal on stdout and stderr)."""
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    process = subprocess.Popen([str(KG), *argv], stdout=follower, stderr=follower, stdin=subprocess.DEVNULL)
    os.close(follower)
    shown, deadline = b"", time.monotonic() + 120
    while time.monotonic() < deadline:
        ready, _, _ = select.select([leader], [], [], 0.5)
        if ready:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            if not chunk:
                break
            shown += chunk
        elif process.poll() is not None:
            break
    process.wait(30)
    os.close(leader)
    return shown.decode("utf-8", "replace")


def test_long_commands_show_progress_on_a_terminal_and_always_end_with_a_summary(tmp_path):
    store = str(tmp_path / "store")
    files = []
    for n in range(3):
        copy = tmp_path / f"copy{n}.ttl"
        copy.write_text(SAMPLE.read_text().replace("parler", f"parler{n}"))
        files.append(str(copy))
    shown = on_terminal("load", *files, "--store", store)
    assert re.search(r"loading: +\d+%\|", shown) and "3 loaded, 0 unchanged, 0 failed in " in shown
    shown = on_terminal("export", "-o", str(tmp_path / "all.trig"), "--store", store)
    assert re.search(r"exporting: +\d+%\|", shown) and "exported " in shown
    shown = on_terminal("optimize", "--store", store)
    assert f"compacting {store}" in shown and f"compacted {store}" in shown
    done = kg("export", "-o", str(tmp_path / "again.trig"), "--store", store)
    assert "exporting" not in done.stderr and done.stderr.startswith("exported ") and " in " in done.stderr


def test_a_text_file_without_a_sidecar_is_titled_by_its_heading_with_its_wire_publisher(tmp_path, capsys):
    from kg.sources.documents import read_file

    article = tmp_path / "walkout.txt"
    article.write_text(
        "Warehouse workers walk out over heat\n\n"
        "RIVERTON, Ore., July 19 (Reuters) - About 150 workers walked off their shifts on Wednesday, "
        "a union organiser said.\n"
    )
    read = read_file(article)
    assert read.title == "Warehouse workers walk out over heat" and read.publisher == "Reuters"
    byline = tmp_path / "council.txt"
    byline.write_text("# Council backs library\n\nBy Ana Ruiz, The Riverton Gazette\n\nThe council voted on Tuesday.\n")
    read = read_file(byline)
    assert (read.title, read.publisher, read.authors) == ("Council backs library", "The Riverton Gazette", ["Ana Ruiz"])
    plain = tmp_path / "plain.txt"
    plain.write_text("The mayor said the bridge would reopen. Nobody else spoke.\n")
    assert read_file(plain).title is None
    store = str(tmp_path / "store")
    assert run(capsys, "load", str(article), "--store", store)[0] == 0
    assert "Warehouse workers walk out over heat" in run(capsys, "graphs", "--store", store)[1]


def test_make_run_installs_only_when_pyproject_changed():
    if not (REPO / ".venv" / "bin" / "python").exists():
        pytest.skip("no .venv in the repository to dry-run make against")
    plan = subprocess.run(["make", "-n", "-C", str(REPO), "run", "VENV=.venv"], capture_output=True, text=True)
    stamp = REPO / ".venv" / ".installed"
    if stamp.exists() and stamp.stat().st_mtime >= (REPO / "pyproject.toml").stat().st_mtime:
        assert "pip install" not in plan.stdout
    changed = subprocess.run(
        ["make", "-n", "-C", str(REPO), "-W", "pyproject.toml", "run", "VENV=.venv"], capture_output=True, text=True
    )
    assert "pip install -e" in changed.stdout and "touch .venv/.installed" in changed.stdout


def test_prefixes_agree_with_the_ontology_and_rdflib():
    from kg.build.namespace import DCTERMS, OWL, PROV, QG, RDF, RDFS, XSD
    from kg.build.prefixes import PREFIXES

    assert PREFIXES["qg"] == str(QG)
    for prefix, namespace in (
        ("rdf", RDF),
        ("rdfs", RDFS),
        ("owl", OWL),
        ("xsd", XSD),
        ("prov", PROV),
        ("dcterms", DCTERMS),
    ):
        assert PREFIXES[prefix] == str(namespace)


def test_kg_extract_prints_a_paraphrase_without_quotation_marks(tmp_path, capsys):
    article = tmp_path / "dispute.txt"
    article.write_text(
        'Parler alleged that Amazon broke its contract. "We did nothing wrong," an Amazon spokesperson said.\n'
    )
    assert main(["extract", str(article)]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if "[" in line and ":" in line]
    indirect = next(line for line in lines if "indirect]" in line)
    direct = next(line for line in lines if "direct]" in line and "indirect]" not in line)
    assert '"' not in indirect.split(": ", 1)[1] and "Amazon broke its contract" in indirect
    assert '"We did nothing wrong' in direct
