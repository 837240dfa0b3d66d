"""How long loading RDF files takes: parse, SHACL validation, and the whole load per file.

Generates N files shaped like samples/parler-aws.ttl (each with its own source keys, so
every file is new content), loads them one by one into the chosen backend, then reloads
them all (the unchanged path). ``--shapes`` validates against another shapes file, to
compare two versions of the shapes side by side on the same data.

    .venv/bin/python bench/load_bench.py --files 20 --backend disk
    .venv/bin/python bench/load_bench.py --files 20 --shapes /tmp/old-shapes.ttl
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

from kg.load import validate
from kg.load.loader import Loader
from kg.paths import SAMPLES_DIR
from kg.store import OxigraphStore, open_store
from kg.store.formats import parse_bytes

SAMPLE = SAMPLES_DIR / "parler-aws.ttl"
KEYS = ("2885c3cadfb8eb0a", "9b127294678340df")


def make_files(folder: Path, n: int) -> list[Path]:
    text = SAMPLE.read_text(encoding="utf-8")
    files = []
    for i in range(n):
        variant = text
        for j, key in enumerate(KEYS):
            variant = variant.replace(key, f"{i:08x}{j:08x}")
        path = folder / f"story-{i:05d}.ttl"
        path.write_text(variant, encoding="utf-8")
        files.append(path)
    return files


def ms(seconds: list[float]) -> str:
    return f"median {statistics.median(seconds) * 1000:7.1f} ms   max {max(seconds) * 1000:7.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=10)
    parser.add_argument("--backend", choices=["memory", "disk"], default="memory")
    parser.add_argument("--endpoint", help="use a remote SPARQL endpoint (query URL) instead")
    parser.add_argument("--update-endpoint")
    parser.add_argument("--shapes", type=Path, help="validate against this shapes file instead")
    args = parser.parse_args()
    if args.shapes:
        validate.SHAPES_FILE = args.shapes
        validate.shapes_graph.cache_clear()

    with tempfile.TemporaryDirectory() as tmp:
        files = make_files(Path(tmp), args.files)
        if args.endpoint:
            store = open_store(query_url=args.endpoint, update_url=args.update_endpoint)
        else:
            store = OxigraphStore(Path(tmp) / "store" if args.backend == "disk" else None)
        with store:
            loader = Loader(store)
            loader.ensure_ontology()
            parse, check, load, reload = [], [], [], []
            for path in files:
                data = path.read_bytes()
                start = time.perf_counter()
                graph = parse_bytes(data, ox.RdfFormat.TURTLE, source=str(path))
                parse.append(time.perf_counter() - start)
                start = time.perf_counter()
                validate.check(graph, str(path))
                check.append(time.perf_counter() - start)
            for path in files:
                start = time.perf_counter()
                result = loader.load_file(str(path))
                load.append(time.perf_counter() - start)
                assert result.status == "loaded", result.message
            for path in files:
                start = time.perf_counter()
                assert loader.load_file(str(path)).status == "unchanged"
                reload.append(time.perf_counter() - start)
            triples = sum(n for _, n in store.graphs())
    where = args.endpoint or args.backend
    print(f"{args.files} files of {len(graph)} triples into {where} ({triples} triples stored)")
    print(f"  parse            {ms(parse)}")
    print(f"  SHACL validate   {ms(check)}")
    print(f"  whole load       {ms(load)}   (parse + validate + inference + atomic write)")
    print(f"  unchanged reload {ms(reload)}")


if __name__ == "__main__":
    main()
