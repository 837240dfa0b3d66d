"""Attributions in brat standoff, the format PolNeAR and our samples are annotated in.

An attribution is three span sets: who (source), the verb or phrase that attributes (cue)
and what was said (content). Each may be discontinuous (brat's ``start end;start end``),
so a span set is a tuple of ``(start, end)`` fragments in Unicode code points.

PolNeAR's conventions, which the writer reproduces so brat and the corpus tools read our
files too: ``T`` lines typed Source/Cue/Content, an ``Attribution`` trigger on the cue and
an ``E`` line tying them together (``Attribution-no-source`` when nobody is named). Extra
roles such as ``Content2`` are folded into their base role. Only lines that start with
``T``/``E`` and a number are read, because span text may run over a newline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from kg.errors import KgError

Fragments = tuple[tuple[int, int], ...]

ROLES = ("source", "cue", "content")

_T_LINE = re.compile(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t")
_E_LINE = re.compile(r"^(E\d+)\t(.*)$")
_ROLE = re.compile(r"^(Source|Cue|Content)\d*$")


class BratError(KgError):
    """An annotation file that does not follow the standoff conventions."""


@dataclass(frozen=True)
class Attribution:
    content: Fragments
    cue: Fragments = ()
    source: Fragments = ()

    def role(self, name: str) -> Fragments:
        return getattr(self, name)


@dataclass
class Document:
    """One annotated text: where it came from, its text, and its gold attributions."""

    name: str
    text_path: Path
    ann_path: Path
    text: str
    attributions: list[Attribution]


def normalize(fragments) -> Fragments:
    """Sorted, non-empty, merged fragments, so equal character sets compare equal."""
    merged: list[list[int]] = []
    for start, end in sorted((int(s), int(e)) for s, e in fragments):
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return tuple((s, e) for s, e in merged)


def span_text(text: str, fragments: Fragments) -> str:
    return " ".join(text[s:e] for s, e in fragments)


def parse_ann(ann: str, *, origin: str = "<ann>", text_length: int | None = None) -> list[Attribution]:
    """Attributions of one ``.ann`` file, in ``E`` line order.

    An ``E`` line without content (an annotator's stray trigger) is skipped: there is
    nothing to score it against.
    """
    spans: dict[str, tuple[str, Fragments]] = {}
    events: list[tuple[int, str, str]] = []
    for number, line in enumerate(ann.split("\n"), 1):
        line = line.rstrip("\r")
        if t := _T_LINE.match(line):
            fragments: Fragments = tuple((int(a), int(b)) for a, b in (f.split() for f in t.group(3).split(";")))
            for start, end in fragments:
                if start > end or (text_length is not None and end > text_length):
                    raise BratError(f"{origin}:{number}: span {start} {end} is outside the text")
            spans[t.group(1)] = (t.group(2), fragments)
        elif e := _E_LINE.match(line):
            events.append((number, e.group(1), e.group(2)))
        elif re.match(r"^[TE]\d+\t", line):
            raise BratError(f"{origin}:{number}: malformed annotation line")
    attributions = []
    for number, _, body in events:
        roles: dict[str, list[tuple[int, int]]] = {r: [] for r in ROLES}
        for argument in body.split():
            label, _, ref = argument.partition(":")
            if not ref:
                raise BratError(f"{origin}:{number}: malformed event argument {argument!r}")
            role = _ROLE.match(label)
            if not role:
                continue
            if ref not in spans:
                raise BratError(f"{origin}:{number}: {label} refers to unknown span {ref}")
            roles[role.group(1).lower()].extend(spans[ref][1])
        if roles["content"]:
            attributions.append(Attribution(**{r: normalize(f) for r, f in roles.items()}))
    return attributions


def format_ann(attributions: list[Attribution], text: str) -> str:
    """``.ann`` text for attributions over ``text``, in PolNeAR's layout."""
    lines: list[str] = []
    ids: dict[tuple[str, Fragments], str] = {}

    def span_id(label: str, fragments: Fragments) -> str:
        if (label, fragments) not in ids:
            ids[label, fragments] = f"T{len(ids) + 1}"
            where = ";".join(f"{s} {e}" for s, e in fragments)
            words = span_text(text, fragments).replace("\r", " ").replace("\n", " ")
            lines.append(f"{ids[label, fragments]}\t{label} {where}\t{words}")
        return ids[label, fragments]

    for n, attribution in enumerate(attributions, 1):
        arguments = []
        for role in ("source", "cue", "content"):
            fragments = attribution.role(role)
            if fragments:
                arguments.append(f"{role.capitalize()}:{span_id(role.capitalize(), fragments)}")
        trigger_span = attribution.cue or attribution.content
        trigger = "Attribution" if attribution.source else "Attribution-no-source"
        arguments.insert(0, f"{trigger}:{span_id(trigger, trigger_span)}")
        lines.append(f"E{n}\t" + " ".join(arguments))
    return "".join(line + "\n" for line in lines)


def read_text(path: Path) -> str:
    """A corpus text exactly as annotated: UTF-8, line endings untouched (offsets count them)."""
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            return handle.read()
    except UnicodeDecodeError as error:
        raise BratError(f"{path}: not UTF-8 text ({error.reason} at byte {error.start})") from None
    except OSError as error:
        raise BratError(f"{path}: cannot read ({error.strerror})") from None


def _pairs(directory: Path) -> list[tuple[Path, Path]]:
    """(text, annotation) pairs, in PolNeAR's ``text/`` + ``attributions/`` layout or flat.

    PolNeAR names an annotation ``<text stem>_<annotator>.ann`` and some texts have several
    annotators; the first in sorted order is used so scores are reproducible.
    """
    if (directory / "text").is_dir() and (directory / "attributions").is_dir():
        texts, anns = directory / "text", directory / "attributions"
    else:
        texts = anns = directory
    by_stem: dict[str, list[Path]] = {}
    for ann in sorted(anns.glob("*.ann")):
        by_stem.setdefault(ann.stem, []).append(ann)
        head, sep, _ = ann.stem.rpartition("_")
        if sep:
            by_stem.setdefault(head, []).append(ann)
    pairs = []
    for text in sorted(texts.glob("*.txt")):
        candidates = by_stem.get(text.stem)
        if candidates:
            exact = [a for a in candidates if a.stem == text.stem]
            pairs.append((text, (exact or candidates)[0]))
    return pairs


def read_corpus(directory: str | Path, *, limit: int | None = None) -> list[Document]:
    """Every annotated text under ``directory`` (sorted by name)."""
    directory = Path(directory)
    if not directory.is_dir():
        raise BratError(f"{directory}: not a directory")
    pairs = _pairs(directory)
    if not pairs:
        raise BratError(
            f"{directory}: no .txt files with .ann annotations "
            "(expected NAME.txt beside NAME.ann, or text/ and attributions/)"
        )
    documents = []
    for text_path, ann_path in pairs[:limit]:
        text = read_text(text_path)
        try:
            ann = ann_path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise BratError(f"{ann_path}: cannot read ({error})") from None
        attributions = parse_ann(ann, origin=str(ann_path), text_length=len(text))
        documents.append(Document(text_path.stem, text_path, ann_path, text, attributions))
    return documents
