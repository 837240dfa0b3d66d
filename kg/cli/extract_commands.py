"""``kg extract`` (what the tool reads in articles) and ``kg eval`` (how well, against brat gold)."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from kg.cli import positive_int
from kg.errors import KgError
from kg.eval.scoring import MODES, SCORED, Score, attributions_of, score_document
from kg.extract.model import Extraction
from kg.sources.brat import ROLES, format_ann, read_corpus, span_text
from kg.sources.documents import DEFAULT_TIMEOUT, expand_inputs, read_document, read_sidecar


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
    extract.set_defaults(func=run_extract)

    evaluate = commands.add_parser(
        "eval",
        help="score extraction against brat-annotated gold attributions",
        description="Extract from every annotated text under DIR and score source, cue, content "
        "and whole attributions (lenient and exact precision, recall, F1).",
    )
    evaluate.add_argument(
        "--brat", metavar="DIR", required=True, help="NAME.txt beside NAME.ann, or PolNeAR's text/ + attributions/"
    )
    evaluate.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help='list misses and false alarms per document (with --json: under "details")',
    )
    evaluate.add_argument("--json", action="store_true", help="print the scores as JSON")
    evaluate.add_argument(
        "--jobs", type=positive_int, default=1, metavar="N", help="extraction worker processes (default 1)"
    )
    evaluate.add_argument("--limit", type=positive_int, metavar="N", help="only the first N documents")
    evaluate.add_argument("--save", metavar="DIR", help="also write the predictions as NAME.ann files into DIR")
    evaluate.set_defaults(func=run_eval)


def _describe(text: str, attribution, width: int = 70) -> str:
    parts = []
    for role in ("source", "cue", "content"):
        words = " ".join(span_text(text, attribution.role(role)).split())
        if len(words) > width:
            words = words[: width - 1] + "…"
        parts.append(f"{role}={words!r}" if words else f"{role}=-")
    start = min(s for s, _ in attribution.content)
    return f"@{start} " + " ".join(parts)


def _spans(text: str, attribution) -> dict:
    return {
        role: {"spans": [list(f) for f in attribution.role(role)], "text": span_text(text, attribution.role(role))}
        for role in ROLES
    }


def _table(score: Score, documents: int, seconds: float) -> str:
    header = f"{'':8}" + "".join(f"{mode:^24}" for mode in MODES)
    sub = f"{'':8}" + "".join(f"{'P':>8}{'R':>8}{'F1':>8}" for _ in MODES)
    rows = [header, sub]
    for role in SCORED:
        cells = "".join(
            f"{c.precision:8.3f}{c.recall:8.3f}{c.f1:8.3f}" for c in (score.counts[mode][role] for mode in MODES)
        )
        rows.append(f"{role:8}{cells}")
    triple = score.counts["lenient"]["triple"]
    rows.append(
        f"{documents} documents, {triple.gold} gold and {triple.predicted} predicted attributions, {seconds:.1f} s"
    )
    return "\n".join(rows)


def run_eval(args: argparse.Namespace) -> int:
    from kg.extract import EXTRACTOR_VERSION, extract_many
    from kg.extract.model import Article

    documents = read_corpus(args.brat, limit=args.limit)
    save = Path(args.save) if args.save else None
    if save:
        try:
            save.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise KgError(f"cannot create {save}: {error.strerror}") from None
    started = time.perf_counter()
    articles = [Article(source=str(d.text_path), text=d.text, **read_sidecar(d.text_path)) for d in documents]
    total = Score()
    details = []
    extractions = list(extract_many(articles, n_process=args.jobs))
    if len(extractions) != len(documents):
        raise KgError(f"extraction returned {len(extractions)} results for {len(documents)} documents")
    for document, extraction in zip(documents, extractions):
        predicted = attributions_of(extraction)
        score = score_document(document.attributions, predicted)
        total += score
        if save:
            (save / f"{document.name}.ann").write_text(format_ann(predicted, document.text), encoding="utf-8")
        if args.verbose and args.json:
            details.append(
                {
                    "name": document.name,
                    "misses": [_spans(document.text, a) for a in score.misses],
                    "false_alarms": [_spans(document.text, a) for a in score.false_alarms],
                }
            )
        elif args.verbose and (score.misses or score.false_alarms):
            print(f"{document.name}:")
            for attribution in score.misses:
                print(f"  miss   {_describe(document.text, attribution)}")
            for attribution in score.false_alarms:
                print(f"  false  {_describe(document.text, attribution)}")
    seconds = time.perf_counter() - started
    if args.json:
        report = {
            "documents": len(documents),
            "seconds": round(seconds, 2),
            "extractor_version": EXTRACTOR_VERSION,
            "scores": total.to_json(),
        }
        if args.verbose:
            report["details"] = details
        json.dump(report, sys.stdout, ensure_ascii=False)
        print()
    else:
        print(_table(total, len(documents), seconds))
    return 0


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
        words = " ".join(statement.text.split())
        line = (
            f'  {statement.id} {names.get(statement.speaker, statement.speaker)}: "{words}" '
            f"[{statement.kind}, {statement.quote}]"
        )
        if statement.on_behalf_of:
            line += f" for {names.get(statement.on_behalf_of, statement.on_behalf_of)}"
        if statement.cue:
            line += f" cue {statement.cue.text!r}"
        if statement.date:
            line += f" on {statement.date}"
        lines.append(line)
        for label, targets, party in (
            ("disputes", statement.disputes, statement.disputes_party),
            ("confirms", statement.confirms, statement.confirms_party),
        ):
            if targets or party:
                listed = ", ".join(
                    f'{t} ("{" ".join(by_id[t].text.split())[:40]}")' if t in by_id else t for t in targets
                )
                whose = f" {names.get(party, party)}'s account" if party else ""
                lines.append(f"      {label}{whose}{': ' + listed if listed else ''}")
    if not extraction.statements:
        lines.append("  (no statements found)")
    return "\n".join(lines)


def run_extract(args: argparse.Namespace) -> int:
    from kg.build.iris import Minter
    from kg.extract import extract_many
    from kg.load.articles import build_graph

    failed = read = printed = 0

    def articles():
        nonlocal failed, read
        for spec in expand_inputs(args.inputs):
            try:
                article = read_document(spec, timeout=args.timeout)
            except KgError as error:
                print(f"kg extract: error: {error}", file=sys.stderr)
                failed += 1
            else:
                read += 1
                yield article

    minter = Minter()
    for extraction in extract_many(articles(), n_process=args.jobs):
        printed += 1
        if args.format == "json":
            print(json.dumps(extraction.to_json(), ensure_ascii=False))
        elif args.format == "text":
            print(summary(extraction))
        else:
            try:
                iri, graph = build_graph(extraction.article, minter, extraction=extraction)
            except KgError as error:
                print(f"kg extract: error: {error}", file=sys.stderr)
                failed += 1
                continue
            print(f"# graph <{iri}> from {extraction.article.source}")
            print(graph.serialize(format="turtle"))
        sys.stdout.flush()
    if printed != read:
        raise KgError(f"extraction returned {printed} results for {read} articles")
    return 1 if failed else 0
