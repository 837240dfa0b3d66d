"""The /query page: a SPARQL editor with the competency questions as one-click examples."""

from __future__ import annotations

from flask import Blueprint, current_app, render_template, request

from kg.build.prefixes import PREFIXES
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
    """The editor; ``?query=`` pre-fills it and runs it, so a query can be shared as a link.

    The usual prefixes are declared for the user: the page adds the PREFIX lines a query uses
    but lacks when it sends it (the endpoint itself stays standard), and shows errors at the
    user's own line numbers."""
    given = request.args.get("query")
    default = "SELECT DISTINCT ?party ?name\nWHERE { ?party a qg:Organization ; qg:name ?name }\nLIMIT 25\n"
    return render_template(
        "query.html",
        examples=examples(),
        default_query=given or default,
        run_now=bool(given),
        base=current_app.config["QUOTEGRAPH"]["base"],
        max_rows=current_app.config["QUOTEGRAPH"]["max_rows"],
        prefixes=PREFIXES,
    )
