"""`kg parties` edits identity, `kg reason` recomputes; both re-derive what they touch."""

from __future__ import annotations

import pytest
from cli_support import run
from rdflib import Graph, Literal, Namespace

from kg.build.iris import Minter
from kg.build.namespace import QG, RDF, sparql_prologue
from kg.infer.party_edits import PartyEditor, PartyError
from kg.infer.planner import with_inference
from kg.paths import SAMPLES_DIR
from kg.store import OxigraphStore

MINTER = Minter()
P = Namespace(MINTER.base + "party/")
S = Namespace(MINTER.base + "statement/")


def article(store, key: str, speaker: str, kind=QG.Organization) -> None:
    graph = Graph()
    party, statement = MINTER.party(speaker), S[f"{key}/1"]
    graph.add((party, RDF.type, kind))
    graph.add((party, QG.name, Literal(speaker)))
    graph.add((statement, RDF.type, QG.Claim))
    graph.add((statement, QG.speaker, party))
    graph.add((statement, QG.content, Literal(f"{speaker} said something about {key}")))
    store.replace_graphs(with_inference(store, {str(MINTER.article_graph(key)): graph}))


def credited(store, party) -> set:
    rows = store.query(sparql_prologue() + f"SELECT DISTINCT ?s WHERE {{ ?s qg:creditedTo <{party}> }}")
    return {str(r["s"].value).rsplit("/", 2)[-2] for r in rows}


@pytest.fixture
def store():
    store = OxigraphStore(None)
    article(store, "one", "Big River")
    article(store, "two", "Amazon")
    yield store
    store.close()


def test_merge_credits_the_merged_partys_statements_to_the_kept_one(store):
    assert credited(store, P["amazon"]) == {"two"}
    PartyEditor(store).merge("Amazon", "Big River")
    assert credited(store, P["amazon"]) == {"one", "two"}
    article(store, "three", "Big River")
    assert credited(store, P["amazon"]) == {"one", "two", "three"}


def test_alias_resolves_later_and_earlier_articles(store):
    PartyEditor(store).alias("Amazon", "Big River")
    assert credited(store, P["amazon"]) == {"one", "two"}


def test_part_of_credits_parents_up_the_hierarchy(store):
    editor = PartyEditor(store)
    editor.part_of("Big River", "Amazon Web Services")
    assert credited(store, P["amazon"]) == {"one", "two"}
    assert credited(store, P["amazon-web-services"]) == {"one"}
    with pytest.raises(PartyError, match="loop"):
        editor.part_of("Amazon", "Big River")


def test_edit_errors_are_one_line(store):
    editor = PartyEditor(store)
    with pytest.raises(PartyError, match="same party"):
        editor.merge("Amazon", "amazon")
    with pytest.raises(PartyError, match="no party"):
        editor.merge(str(P["nobody-at-all"]), "Amazon")
    with pytest.raises(PartyError, match="empty"):
        editor.alias("Amazon", "   ")


def test_cli_parties_and_reason(tmp_path, capsys):
    db = str(tmp_path / "store")
    code, out, err = run(capsys, "load", str(SAMPLES_DIR / "parler-aws.ttl"), "--store", db)
    assert code == 0, err
    code, out, _ = run(capsys, "parties", "list", "--store", db)
    assert code == 0
    line = next(line for line in out.splitlines() if line.split("\t")[1] == "Amazon Web Services")
    assert "aliases: AWS" in line and f"part of: {P['amazon']}" in line
    code, out, err = run(capsys, "parties", "alias", "Parler", "Parler LLC", "--store", db)
    assert code == 0 and "parties graph updated" in out, err
    code, out, _ = run(capsys, "parties", "list", "--store", db)
    assert "aliases: Parler LLC" in out
    code, out, err = run(capsys, "parties", "part-of", "Parler", "Parler", "--store", db)
    assert code == 1 and err.strip() == "kg parties: error: 'Parler' cannot be part of itself"
    code, out, err = run(capsys, "reason", "--store", db)
    assert code == 0 and out.startswith("reasoned 0 graph(s)")
    code, out, err = run(capsys, "reason", "--full", "--store", db)
    assert code == 0 and out.startswith("reasoned 3 graph(s)"), out + err


def test_cli_parties_load_file(tmp_path, capsys):
    db = str(tmp_path / "store")
    good = tmp_path / "mine.ttl"
    good.write_text(
        "@prefix qg: <https://quotegraph.org/ontology#> .\n"
        '<party/acme> a qg:Organization ; qg:name "Acme" ; qg:alias "ACME Corp" .\n'
    )
    code, out, err = run(capsys, "parties", "load", str(good), "--store", db)
    assert code == 0 and out.startswith("added 3 triple(s)"), err
    code, out, _ = run(capsys, "parties", "list", "--store", db)
    assert f"{P['acme']}\tAcme\taliases: ACME Corp" in out
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle")
    code, out, err = run(capsys, "parties", "load", str(bad), "--store", db)
    assert code == 1 and err.startswith("kg parties: error: ") and "not valid Turtle" in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    code, out, err = run(capsys, "parties", "load", str(tmp_path / "absent.ttl"), "--store", db)
    assert code == 1 and "no such file" in err
