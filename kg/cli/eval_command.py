"""``kg eval``: how well extraction does, against brat gold (PolNeAR) or the development set."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from kg.cli import add_model_options, model_options, positive_int
from kg.errors import KgError
from kg.eval.scoring import MODES, SCORED, Score, attributions_of, score_document
from kg.sources.brat import ROLES, format_ann, read_corpus, span_text
from kg.sources.content import read_sidecar
from kg.sources.documents import read_file


def register(commands) -> None:
    evaluate = commands.add_parser(
        "eval",
        help="score extraction against gold: brat attributions or the development set",
        description="Extract from every annotated text under DIR and score it. --brat: source, cue, "
        "content and whole attributions (lenient and exact precision, recall, F1). --gold: the "
        "development set's statements, speakers, dispute pairs and parties, per article and overall.",
    )
    gold = evaluate.add_mutually_exclusive_group(required=True)
    gold.add_argument("--brat", metavar="DIR", help="NAME.txt beside NAME.ann, or PolNeAR's text/ + attributions/")
    gold.add_argument(
        "--gold", metavar="DIR", help="NAME.txt beside NAME.gold.resolved.json (a devset/ split such as devset/tune)"
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
    evaluate.add_argument(
        "--predicted",
        metavar="FILE",
        help="with --gold: score this `kg extract --format json` output (one article per line, matched by "
        "file name) instead of extracting",
    )
    evaluate.add_argument(
        "--gold-kinds",
        action="store_true",
        help="with --gold: link the answers again as if every statement found had its gold kind, so that "
        "dispute linking scores the choice of targets alone (kg.eval.oracle)",
    )
    evaluate.add_argument(
        "--save",
        metavar="DIR",
        help="also write the predictions into DIR (NAME.ann with --brat, NAME.json with --gold)",
    )
    add_model_options(evaluate)
    evaluate.set_defaults(func=run_eval)


def _save_dir(args: argparse.Namespace) -> Path | None:
    save = Path(args.save) if args.save else None
    if save:
        try:
            save.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise KgError(f"cannot create {save}: {error.strerror}") from None
    return save


def _extract(articles: list, args: argparse.Namespace, links=None) -> list:
    from kg.cli.progress import bar
    from kg.extract import extract_many

    extractions = list(
        bar(
            extract_many(articles, n_process=args.jobs, links=links, **model_options(args)),
            total=len(articles),
            desc="extracting",
            unit="article",
        )
    )
    if len(extractions) != len(articles):
        raise KgError(f"extraction returned {len(extractions)} results for {len(articles)} documents")
    return extractions


def _saved(path: str, documents: list) -> list:
    """Extractions read back from JSON lines, in the order of ``documents`` (by file name)."""
    from kg.extract.model import Extraction

    try:
        with open(path, encoding="utf-8") as handle:
            lines = [line for line in handle if line.strip()]
    except (OSError, UnicodeDecodeError) as error:
        raise KgError(f"{path}: cannot read ({error})") from None
    by_name = {}
    for n, line in enumerate(lines, 1):
        try:
            data = json.loads(line)
            by_name[Path(str(data.get("source", ""))).name] = data
        except (json.JSONDecodeError, AttributeError) as error:
            raise KgError(f"{path}: line {n} is not a JSON object ({error})") from None
    result = []
    for article in documents:
        data = by_name.get(Path(article.source).name)
        if data is None:
            raise KgError(f"{path}: no extraction of {Path(article.source).name}")
        try:
            result.append(Extraction.from_json(data, article))
        except (TypeError, KeyError) as error:
            raise KgError(
                f"{path}: {Path(article.source).name} is not in the JSON contract's shape ({error})"
            ) from None
    return result


def run_eval(args: argparse.Namespace) -> int:
    if args.predicted and not args.gold:
        raise KgError("--predicted goes with --gold")
    if args.gold_kinds and (not args.gold or args.predicted):
        raise KgError("--gold-kinds goes with --gold, and extracts (not with --predicted)")
    return run_gold(args) if args.gold else run_brat(args)


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


def score_table(score: Score, documents: int, seconds: float) -> str:
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


def run_brat(args: argparse.Namespace) -> int:
    from kg.extract import extractor_version

    documents = read_corpus(args.brat, limit=args.limit)
    save = _save_dir(args)
    started = time.perf_counter()
    total = Score()
    details = []
    from kg.extract.model import Article

    articles = [Article(source=str(d.text_path), text=d.text, **read_sidecar(d.text_path)) for d in documents]
    extractions = _extract(articles, args)
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
            "extractor_version": extractor_version(args.model),
            "scores": total.to_json(),
        }
        if args.verbose:
            report["details"] = details
        json.dump(report, sys.stdout, ensure_ascii=False)
        print()
    else:
        print(score_table(total, len(documents), seconds))
    return 0


def _gold_row(name: str, score) -> str:
    s, e, d = score.statements, score.end_to_end, score.disputes
    hits = sum(score.not_statements.values())
    return (
        f"{name[:24]:24}{s.precision:6.2f}{s.recall:6.2f}{s.f1:6.2f}{score.speaker.value:7.2f}"
        f"{e.f1:7.2f}{d.precision:6.2f}{d.recall:6.2f}{d.f1:6.2f}{score.parties.precision:6.2f}"
        f"{score.parties.recall:6.2f}{hits:6d}"
    )


def _gold_details(score) -> list[str]:
    lines = []
    d = score.details
    for item in d["missed"]:
        lines.append(f"  miss     {item['speaker']}: {item['text']!r}")
    for item in d["false"]:
        lines.append(f"  false    {item['speaker']}: {item['text']!r}")
    for item in d["wrong_speaker"]:
        lines.append(f"  speaker  {item['predicted']} for {item['gold']} [{item['why']}]: {item['text']!r}")
    for item in d["not_statements"]:
        lines.append(f"  not-stmt [{item['why']}] {item['text']!r}")
    for pair in d["missed_pairs"]:
        lines.append(f"  pair miss  {pair}")
    for pair in d["false_pairs"]:
        lines.append(f"  pair false {pair}")
    for pair in d["missed_party_pairs"]:
        lines.append(f"  parties miss  {pair}")
    for pair in d["false_party_pairs"]:
        lines.append(f"  parties false {pair}")
    for name in d["spurious_parties"]:
        lines.append(f"  party    {name!r} is no gold party")
    for gold, names in d["split"].items():
        lines.append(f"  split    {gold} -> {names}")
    for name, golds in d["merged"].items():
        lines.append(f"  merged   {name} <- {golds}")
    return lines


def run_gold(args: argparse.Namespace) -> int:
    from kg.eval.devset import DevScore, score_article
    from kg.eval.gold import read_split
    from kg.eval.oracle import Kept
    from kg.extract import DEFAULT_MODE, extractor_version
    from kg.extract.pairs import for_mode

    articles = read_split(args.gold, limit=args.limit)
    save = _save_dir(args)
    started = time.perf_counter()
    documents = [read_file(a.text_path) for a in articles]
    kept = Kept(for_mode(args.model or DEFAULT_MODE)) if args.gold_kinds else None
    extractions = _saved(args.predicted, documents) if args.predicted else _extract(documents, args, kept)
    if kept is not None:
        for article, extraction, sides in zip(articles, extractions, kept.sides, strict=True):
            kept.relink(article, extraction, sides)
    total = DevScore()
    scores = {}
    for article, extraction in zip(articles, extractions):
        scores[article.name] = score = score_article(article, extraction)
        total += score
        if save:
            (save / f"{article.name}.json").write_text(
                json.dumps(extraction.to_json(), ensure_ascii=False, indent=1), encoding="utf-8"
            )
    seconds = time.perf_counter() - started
    if args.json:
        report = {
            "gold": str(args.gold),
            "documents": len(articles),
            "seconds": round(seconds, 2),
            "extractor_version": None if args.predicted else extractor_version(args.model),
            "gold_kinds": args.gold_kinds,
            "overall": total.to_json(),
            "articles": {name: score.to_json(details=args.verbose) for name, score in scores.items()},
        }
        json.dump(report, sys.stdout, ensure_ascii=False)
        print()
        return 0
    header = f"{'':24}{'statements':^18}{'spkr':>7}{'e2e':>7}{'dispute pairs':^18}{'parties':^12}{'not':>6}"
    sub = f"{'article':24}{'P':>6}{'R':>6}{'F1':>6}{'acc':>7}{'F1':>7}{'P':>6}{'R':>6}{'F1':>6}{'P':>6}{'R':>6}{'stmt':>6}"
    print(header)
    print(sub)
    for name, score in scores.items():
        print(_gold_row(name, score))
        if args.verbose:
            print("\n".join(_gold_details(score)) or "  (no errors)")
    print(_gold_row("overall", total))
    statements = total.statements
    print(
        f"{len(articles)} articles, {statements.gold} gold and {statements.predicted} predicted statements, "
        f"{total.disputes.gold} gold dispute pairs, {seconds:.1f} s"
    )
    linking = total.linking
    print(
        f"dispute linking where both ends were found: P {linking.precision:.3f} R {linking.recall:.3f} "
        f"F1 {linking.f1:.3f} ({linking.gold} gold pairs)"
    )
    voiced = total.voiced
    print(
        f"  of which both ends' voices were read right: P {voiced.precision:.3f} R {voiced.recall:.3f} "
        f"F1 {voiced.f1:.3f} ({voiced.gold} gold pairs)"
    )
    who = total.dispute_parties
    print(
        f"who disputed whom (party pairs): P {who.precision:.3f} R {who.recall:.3f} F1 {who.f1:.3f} "
        f"({who.gold} gold pairs)"
    )
    return 0
