"""The ingestion bench's figures: a loader run's per-article records summarised (stage percentiles,
CPU against bare spaCy, growth with the store) and printed as a table beside earlier runs.

Kept apart from ingest_bench.py, which runs the loader and bare spaCy and records what they did.
"""

from __future__ import annotations

# transfer: the N-Triples the baseline's workers wrote and its writer re-read with rdflib;
# encode/decode: what replaced it (Oxigraph writes the triples in the worker, reads them in the writer).
STAGES = ("read", "extract", "build", "validate", "transfer", "encode", "decode", "infer", "write")


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def summarise(run: dict) -> dict:
    records = [r for r in run["loader"]["records"] if r["status"] == "loaded"]
    stage = {
        name: [r["timings"][name] for r in records if name in r["timings"]]
        for name in STAGES
        if any(name in r["timings"] for r in records)
    }

    def cost(r: dict) -> float:
        return sum(v for k, v in r["timings"].items() if k in STAGES)

    # The store's first write also derives the ontology's closure and the shipped parties: leave its
    # batch out of the per-article derived figures (it is once per store, not per article).
    first_batch = int(records[0]["timings"].get("batch", 1)) if records else 0
    articles = records[first_batch:]
    ratios = [r["derived"] / r["triples"] for r in articles if r["triples"]]
    first, last = records[:100], records[-100:]
    samples = run["loader"]["samples"]
    return {
        "articles": len(run["loader"]["records"]),
        "loaded": len(records),
        "failed": sum(r["status"] == "failed" for r in run["loader"]["records"]),
        "words_per_s": run["words"] / run["loader"]["wall_seconds"],
        "spacy_words_per_s": run["words"] / run["spacy_seconds"],
        "ratio": run["spacy_seconds"] / run["loader"]["wall_seconds"],
        "cpu_ratio": run["spacy_cpu_seconds"] / run["loader"]["cpu_seconds"] if run.get("spacy_cpu_seconds") else 0,
        "cpu_split": " / ".join(
            f"{value:.0f}" if value is not None else "-"
            for value in (
                run.get("spacy_cpu_seconds"),
                run["loader"].get("worker_cpu_seconds"),
                run["loader"].get("writer_cpu_seconds"),
            )
        ),
        "stages": {k: (pct(v, 0.5), pct(v, 0.95), max(v)) for k, v in stage.items()},
        "p95_first_100": pct([cost(r) for r in first], 0.95),
        "p95_last_100": pct([cost(r) for r in last], 0.95),
        "store_p95_first_100": pct([r["timings"].get("infer", 0) + r["timings"].get("write", 0) for r in first], 0.95),
        "store_p95_last_100": pct([r["timings"].get("infer", 0) + r["timings"].get("write", 0) for r in last], 0.95),
        "writer_cpu_first_100": sum(r["timings"].get("writer_cpu", float("nan")) for r in first),
        "writer_cpu_last_100": sum(r["timings"].get("writer_cpu", float("nan")) for r in last),
        "derived_p50": pct([float(r["derived"]) for r in articles], 0.5),
        "derived_p99": pct([float(r["derived"]) for r in articles], 0.99),
        "derived_ratio_p50": pct(ratios, 0.5),
        "derived_ratio_p99": pct(ratios, 0.99),
        "rss_max": max((s["rss"] for s in samples), default=0),
        "worker_rss_max": max((s["worker_rss"] for s in samples), default=0),
        "store_bytes_max": max((s["store_bytes"] for s in samples), default=0),
        "wal_bytes_max": max((s["wal_bytes"] for s in samples), default=0),
        "store_bytes_end": run["loader"]["store_bytes"],
        "reopen_seconds": run["loader"]["reopen_seconds"],
        "compact_seconds": run["loader"]["compact_seconds"],
        "compact_cpu_seconds": run["loader"].get("compact_cpu_seconds", float("nan")),
        "store_triples": run["loader"]["store_triples"],
    }


def table(summaries: list[tuple[str, dict]]) -> str:
    def ms(x: float) -> str:
        return f"{x * 1000:.0f}"

    rows = [
        ("articles loaded / failed", lambda s: f"{s['loaded']} / {s['failed']}"),
        ("words/s end to end", lambda s: f"{s['words_per_s']:.0f}"),
        ("words/s bare spaCy", lambda s: f"{s['spacy_words_per_s']:.0f}"),
        ("ratio to bare spaCy", lambda s: f"{s['ratio']:.2f}"),
        ("CPU-seconds ratio to bare spaCy", lambda s: f"{s['cpu_ratio']:.2f}"),
        ("CPU s: bare spaCy / workers / writer", lambda s: s["cpu_split"]),
    ]
    for name in STAGES:
        rows.append(
            (
                f"{name} p50/p95/max ms",
                lambda s, n=name: "/".join(ms(x) for x in s["stages"][n]) if n in s["stages"] else "-",
            )
        )
    rows += [
        (
            "per-article p95 first/last 100 ms",
            lambda s: (
                f"{ms(s['p95_first_100'])} / {ms(s['p95_last_100'])} ({s['p95_last_100'] / s['p95_first_100']:.2f}x)"
            ),
        ),
        (
            "infer+write p95 first/last 100 ms",
            lambda s: (
                f"{ms(s['store_p95_first_100'])} / {ms(s['store_p95_last_100'])} "
                f"({s['store_p95_last_100'] / max(s['store_p95_first_100'], 1e-9):.2f}x)"
            ),
        ),
        (
            "writer CPU s, first/last 100",
            lambda s: f"{s['writer_cpu_first_100']:.1f} / {s['writer_cpu_last_100']:.1f}",
        ),
        ("derived triples p50 / p99", lambda s: f"{s['derived_p50']:.0f} / {s['derived_p99']:.0f}"),
        ("derived/own p50 / p99", lambda s: f"{s['derived_ratio_p50']:.1f} / {s['derived_ratio_p99']:.1f}"),
        ("loader RSS max MB", lambda s: f"{s['rss_max'] / 1e6:.0f}"),
        ("worker RSS max MB", lambda s: f"{s['worker_rss_max'] / 1e6:.0f}"),
        ("store max / end MB", lambda s: f"{s['store_bytes_max'] / 1e6:.0f} / {s['store_bytes_end'] / 1e6:.0f}"),
        ("WAL max MB", lambda s: f"{s['wal_bytes_max'] / 1e6:.0f}"),
        ("reopen s", lambda s: f"{s['reopen_seconds']:.1f}"),
        ("final compaction s / CPU s", lambda s: f"{s['compact_seconds']:.1f} / {s['compact_cpu_seconds']:.1f}"),
        ("triples in store", lambda s: f"{s['store_triples']}"),
    ]
    width = max(len(label) for label, _ in rows)
    head = " | ".join([" " * width, *(f"{name:>24}" for name, _ in summaries)])
    lines = [head, "-" * len(head)]
    for label, cell in rows:
        lines.append(" | ".join([f"{label:<{width}}", *(f"{cell(s):>24}" for _, s in summaries)]))
    return "\n".join(lines)


def growth(run: dict, buckets: int = 10) -> str:
    """Inference + write per article by position in the load: does it grow with the store?"""
    records = [r for r in run["loader"]["records"] if r["status"] == "loaded"]
    if not records:
        return ""
    size = max(1, len(records) // buckets)
    lines = ["articles     infer p50/p95 ms   write p50/p95 ms"]
    for start in range(0, len(records), size):
        chunk = records[start : start + size]
        infer = [r["timings"].get("infer", 0.0) for r in chunk]
        write = [r["timings"].get("write", 0.0) for r in chunk]
        lines.append(
            f"{start + 1:>4}-{start + len(chunk):<6} {pct(infer, 0.5) * 1000:7.0f}/{pct(infer, 0.95) * 1000:<7.0f}"
            f"   {pct(write, 0.5) * 1000:7.0f}/{pct(write, 0.95) * 1000:<7.0f}"
        )
    return "\n".join(lines)
