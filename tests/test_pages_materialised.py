"""Pages read only what inference materialised: who answers for a statement is derived once, by inference."""

from __future__ import annotations

from pages_support import ANIMUS, BASE, NO_MERIT, STORY, app_with
from rdflib import Graph

from kg.build.namespace import QG
from kg.build.prefixes import PREFIXES

AWS = BASE + "party/amazon-web-services"
AMAZON = BASE + "party/amazon"
PARLER = BASE + "party/parler"
SPOKESPERSON = BASE + "party/a1b2c3d4e5f60718/aws-spokesperson"
ANSWERABLE = PREFIXES["qg"] + "answerableParty"


def test_inference_materialises_who_answers_for_each_statement():
    """The party spoken for, else the speaker, in the statement's inferred graph: an AWS spokesperson's
    denial answers to AWS, not to the spokesperson; Parler's own claims to Parler."""
    story = Graph().parse(STORY, format="turtle")
    with app_with(STORY) as app:
        store = app.extensions["quotegraph"].store
        found: dict[str, set[str]] = {}
        for row in store.query(f"SELECT ?s ?p ?g WHERE {{ GRAPH ?g {{ ?s <{ANSWERABLE}> ?p }} }}"):
            assert row["g"].value.startswith(BASE + "graph/inferred/"), row["g"]
            found.setdefault(row["s"].value, set()).add(row["p"].value)
    statements = set(story.subjects(QG.speaker, None))
    assert statements and set(found) == {str(s) for s in statements}
    for s in statements:
        expected = {str(p) for p in story.objects(s, QG.onBehalfOf)} or {str(p) for p in story.objects(s, QG.speaker)}
        assert found[str(s)] == expected, s
    assert found[NO_MERIT] == {AWS} and found[ANIMUS] == {PARLER}


def test_party_and_home_pages_read_the_materialised_answerer():
    """Changing only the materialised term changes what the pages show: they derive nothing themselves."""
    with app_with(STORY) as app:
        store = app.extensions["quotegraph"].store
        store.update(
            f"DELETE {{ GRAPH ?g {{ <{NO_MERIT}> <{ANSWERABLE}> ?p }} }} "
            f"INSERT {{ GRAPH ?g {{ <{NO_MERIT}> <{ANSWERABLE}> <{AMAZON}> }} }} "
            f"WHERE {{ GRAPH ?g {{ <{NO_MERIT}> <{ANSWERABLE}> ?p }} }}"
        )
        client = app.test_client()
        parler = client.get("/id/party/parler.json").get_json()
        assert {d["party"]["iri"] for d in parler["disputed_by_others"] if d["statement"] == ANIMUS} == {AMAZON}
        home = client.get("/index.json").get_json()
        active = {p["iri"]: p["statements"] for p in home["most_active"]}
        assert active[AMAZON] == 1 and SPOKESPERSON not in active
