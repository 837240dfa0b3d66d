"""``kg extract``: what the tool reads in articles."""

from __future__ import annotations

import argparse
import json
import sys
import time

from kg.cli import add_model_options, model_options, positive_int
from kg.errors import KgError
from kg.extract.model import Extraction
from kg.sources.documents import expand_inputs, read_document
from kg.sources.fetch import DEFAULT_TIMEOUT


def _seconds(value: str) -> float:
    number = float(value)
    if not number > 0:
        raise argparse.ArgumentTypeError("must be a positive number of seconds")
    return number


def register(commands) -> None:
    extract = commands.add_parser(
        "extract",
        help="show the statements found in articles, without storing them",
        description="Read articles (.txt, .md, .html, folders, globs, http(s) URLs) and print who "
        "said what. Bad inputs are reported one line each on stderr; the rest are "
        "still printed, and the exit status is non-zero.",
    )
    extract.add_argument("inputs", nargs="+", metavar="PATH|URL")
    extract.add_argument(
        "--format",
        choices=("text", "json", "turtle"),
        default="text",
        help="text: a readable summary; json: one JSON object per article per "
        "line; turtle: the triples `kg load` would store",
    )
    extract.add_argument(
        "--jobs", type=positive_int, default=1, metavar="N", help="extraction worker processes (default 1)"
    )
    extract.add_argument(
        "--timeout",
        type=_seconds,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help=f"per-URL fetch timeout (default {DEFAULT_TIMEOUT:g})",
    )
    add_model_options(extract)
    extract.set_defaults(func=run_extract)


def _said(statement, width: int | None = None) -> str:
    """A statement's words on one line, in quotation marks only if they are a direct quote."""
    words = " ".join(statement.text.split())[:width]
    return f'"{words}"' if statement.quote == "direct" else words


def summary(extraction: Extraction) -> str:
    """Who said what, one statement per line, for people reading a terminal."""
    article = extraction.article
    names = {p.id: p.name for p in extraction.parties}
    by_id = {s.id: s for s in extraction.statements}
    about = ", ".join(x for x in (article.publisher, article.published) if x)
    lines = [f"== {article.title or article.source}" + (f" ({about})" if about else "")]
    if article.title:
        lines.append(f"   {article.source}")
    for party in extraction.parties:
        role = ""
        if party.role:
            of = names.get(party.affiliation or "", "")
            role = f", {party.role}" + (f" of {of}" if of else "")
        aliases = f" aka {', '.join(party.aliases)}" if party.aliases else ""
        lines.append(f"  {party.id} {party.name} [{party.type}{role}]{aliases}")
    for statement in extraction.statements:
        said = _said(statement)
        line = f"  {statement.id} {names.get(statement.speaker, statement.speaker)}: {said} [{statement.kind}, {statement.quote}]"
        if statement.on_behalf_of:
            line += f" for {names.get(statement.on_behalf_of, statement.on_behalf_of)}"
        if statement.cue:
            line += f" cue {statement.cue.text!r}"
        if statement.date:
            line += f" on {statement.date}"
        lines.append(line)
        for label, targets, whom in (
            ("disputes", statement.disputes, statement.disputes_party),
            ("confirms", statement.confirms, statement.confirms_party),
        ):
            if targets or whom:
                listed = ", ".join(f"{t} ({_said(by_id[t], 40)})" if t in by_id else t for t in targets)
                whose = f" {names.get(whom, whom)}'s account" if whom else ""
                lines.append(f"      {label}{whose}{': ' + listed if listed else ''}")
    if not extraction.statements:
        lines.append("  (no statements found)")
    return "\n".join(lines)


def run_extract(args: argparse.Namespace) -> int:
    from kg.cli.progress import bar
    from kg.cli.progress import summary as finish
    from kg.extract import extract_many, extractor_version
    from kg.load.articles import build_graph

    started = time.monotonic()
    failed = read = printed = statements = 0
    specs = expand_inputs(args.inputs)

    def articles():
        nonlocal failed, read
        for spec in specs:
            try:
                article = read_document(spec, timeout=args.timeout)
            except KgError as error:
                print(f"kg extract: error: {error}", file=sys.stderr)
                failed += 1
            else:
                read += 1
                yield article

    minter = args.settings.minter
    version = extractor_version(args.model)
    for extraction in bar(
        extract_many(articles(), n_process=args.jobs, **model_options(args)),
        total=len(specs),
        desc="extracting",
        unit="article",
    ):
        printed += 1
        statements += len(extraction.statements)
        if args.format == "json":
            print(json.dumps(extraction.to_json(), ensure_ascii=False))
        elif args.format == "text":
            print(summary(extraction))
        else:
            try:
                iri, graph = build_graph(extraction.article, minter, extraction=extraction, extractor_version=version)
            except KgError as error:
                print(f"kg extract: error: {error}", file=sys.stderr)
                failed += 1
                continue
            print(f"# graph <{iri}> from {extraction.article.source}")
            print(graph.serialize(format="turtle"))
        sys.stdout.flush()
    if printed != read:
        raise KgError(f"extraction returned {printed} results for {read} articles")
    finish(f"extracted {statements} statement(s) from {printed} article(s), {failed} failed", started)
    return 1 if failed else 0
