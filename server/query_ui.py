"""The /query page: a SPARQL editor with the competency questions as one-click examples."""

from __future__ import annotations

from flask import Blueprint, current_app, render_template, request

from kg.build.namespace import sparql_prologue
from kg.paths import QUERIES_DIR

bp = Blueprint(
    "query_ui", __name__, template_folder="templates", static_folder="static", static_url_path="/static/query"
)


def examples() -> list[dict]:
    """Each ``ontology/queries/*.rq`` file; its first comment line is the title."""
    found = []
    for path in sorted(QUERIES_DIR.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        first = text.splitlines()[0] if text else ""
        title = first.lstrip("#").strip() if first.startswith("#") else path.stem.replace("-", " ")
        found.append({"title": title, "query": text, "name": path.stem})
    return found


@bp.route("/query")
def query_page():
    """The editor; ``?query=`` pre-fills it and runs it, so a query can be shared as a link."""
    given = request.args.get("query")
    default = sparql_prologue() + "\nSELECT ?s ?p ?o\nWHERE { ?s ?p ?o }\nLIMIT 25\n"
    return render_template(
        "query.html",
        examples=examples(),
        default_query=given or default,
        run_now=bool(given),
        base=current_app.config["QUOTEGRAPH"]["base"],
        max_rows=current_app.config["QUOTEGRAPH"]["max_rows"],
    )
