"""Reading inputs into articles: encodings, formats, sidecars, folders, URLs and bad input."""

from __future__ import annotations

import contextlib
import http.server
import json
import threading
import time
from pathlib import Path
from typing import ClassVar

import pytest

from kg.sources.content import InputError, decode_text, split_front_matter
from kg.sources.documents import expand_inputs, read_document, read_file
from kg.sources.fetch import fetch_url

STORY = 'The mayor said the bridge would reopen on Friday. "It is safe," she said.\r\n'


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8", newline="")
    else:
        path.write_bytes(data)
    return path


# --- decoding ---------------------------------------------------------------


@pytest.mark.parametrize(
    "data, expected",
    [
        (STORY.encode("utf-8"), STORY),
        (b"\xef\xbb\xbf" + STORY.encode("utf-8"), STORY),
        (STORY.encode("utf-16"), STORY),
        ("“Café”, she said — twice.".encode("cp1252"), "“Café”, she said — twice."),
        ("Grüße aus Köln".encode("latin-1"), "Grüße aus Köln"),
    ],
)
def test_encodings(data, expected):
    assert decode_text(data, "x") == expected


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "empty input"),
        (b" \n\t\r\n", "empty input"),
        (b"PK\x03\x04\x00\x00binary zip", "binary file"),
        (bytes(range(1, 32)) * 20 + b"some words", "binary file"),
        (b"\x81\x8d\x8f\x90\x9d" * 40, "cannot decode"),
    ],
)
def test_bad_bytes_are_refused(data, message):
    with pytest.raises(InputError, match=message) as info:
        decode_text(data, "in.txt")
    assert str(info.value).startswith("in.txt: ")
    assert "\n" not in str(info.value)


# --- files ------------------------------------------------------------------


def test_txt_text_is_unchanged_and_source_is_resolved(tmp_path):
    path = write(tmp_path / "a.txt", STORY)
    article = read_file(path)
    assert article.text == STORY
    assert article.source == str(path.resolve())
    assert article.title is None and article.published is None


def test_markdown_front_matter_is_stripped_and_read(tmp_path):
    body = "# Bridge\n\nThe mayor said the bridge would reopen.\n"
    path = write(
        tmp_path / "a.md",
        "---\ntitle: Bridge to reopen\ndate: 2024-03-01T09:00:00Z\n"
        'publisher: "Riverton Daily"\nauthor: Ann Lee and Bo Park\n---\n' + body,
    )
    article = read_file(path)
    assert article.text == body.strip()
    assert (article.title, article.published, article.publisher) == ("Bridge to reopen", "2024-03-01", "Riverton Daily")
    assert article.authors == ["Ann Lee", "Bo Park"]
    assert split_front_matter("no front matter\n---\n") == ({}, "no front matter\n---\n")


def test_front_matter_is_yaml(tmp_path):
    """Quoted colons, lists and YAML dates read as YAML has them; a horizontal rule in the body stays."""
    path = write(
        tmp_path / "a.md",
        '---\ntitle: "Parler v. Amazon: the ruling"\npublished: 2021-01-21\nauthors:\n  - Ann Lee\n  - Bo Park\n'
        "---\nThe judge said no.\n\n---\n\nMore.\n",
    )
    article = read_file(path)
    assert (article.title, article.published, article.authors) == (
        "Parler v. Amazon: the ruling",
        "2021-01-21",
        ["Ann Lee", "Bo Park"],
    )
    assert article.text == "The judge said no.\n\n---\n\nMore."


def test_front_matter_that_is_not_yaml_is_one_clear_error(tmp_path):
    path = write(tmp_path / "a.md", "---\ntitle: Parler v. Amazon: the ruling\n---\nThe judge said no.\n")
    with pytest.raises(InputError, match=r"a\.md: front matter is not valid YAML \(line 2\).*quote a value"):
        read_file(path)


def test_sidecar_overrides_detected_metadata(tmp_path):
    path = write(tmp_path / "a.md", "---\ntitle: From front matter\n---\nThe mayor said so.\n")
    write(
        tmp_path / "a.json",
        json.dumps(
            {
                "title": "From sidecar",
                "published": "2024-03-02",
                "url": "https://example.com/a",
                "publisher": "Gazette",
                "authors": "Ann Lee",
            }
        ),
    )
    article = read_file(path)
    assert (article.title, article.published, article.url, article.publisher, article.authors) == (
        "From sidecar",
        "2024-03-02",
        "https://example.com/a",
        "Gazette",
        ["Ann Lee"],
    )


@pytest.mark.parametrize(
    "sidecar, message",
    [
        ("{not json", "not a readable JSON sidecar"),
        ("[1, 2]", "must be a JSON object"),
        ('{"titel": "typo"}', "unknown key 'titel'"),
        ('{"published": "last Tuesday"}', "is not a date"),
        ('{"title": 5}', "title must be a string"),
    ],
)
def test_bad_sidecar(tmp_path, sidecar, message):
    write(tmp_path / "a.txt", STORY)
    write(tmp_path / "a.json", sidecar)
    with pytest.raises(InputError, match=message):
        read_file(tmp_path / "a.txt")


PAGE = """<html><head><title>Bridge to reopen | Riverton Daily</title>
<meta name="author" content="Ann Lee">
<meta property="og:site_name" content="Riverton Daily">
<meta property="article:published_time" content="2024-03-01T09:00:00Z"></head>
<body><nav>Home | News | Sport</nav><article><h1>Bridge to reopen</h1>
<p>The mayor said on Thursday that the old bridge would reopen on Friday after repairs.</p>
<p>"It is safe, and it is open for everyone who needs it," she told reporters at city hall.</p>
</article><footer>Copyright Riverton Daily</footer></body></html>"""


def test_html_body_and_metadata(tmp_path):
    article = read_file(write(tmp_path / "page.html", PAGE))
    assert "the old bridge would reopen on Friday" in article.text
    assert '"It is safe, and it is open for everyone who needs it," she told' in article.text
    assert "Home | News" not in article.text and "Copyright" not in article.text
    assert article.title == "Bridge to reopen"
    assert article.publisher == "Riverton Daily"
    assert article.published == "2024-03-01"
    assert article.authors == ["Ann Lee"]


def test_html_without_article_text(tmp_path):
    with pytest.raises(InputError, match="no article text found"):
        read_file(write(tmp_path / "empty.htm", "<html><head><title>Nothing</title></head><body></body></html>"))


@pytest.mark.parametrize(
    "name, message",
    [
        ("missing.txt", "no such file"),
        ("report.pdf", "unsupported file type .pdf"),
    ],
)
def test_missing_and_unsupported_files(tmp_path, name, message):
    if name.endswith(".pdf"):
        write(tmp_path / name, b"%PDF-1.7")
    with pytest.raises(InputError, match=message):
        read_document(str(tmp_path / name))


def test_one_megabyte_article(tmp_path):
    paragraph = 'The council said the budget would balance. "We are confident," the mayor said.\n\n'
    text = paragraph * (1_000_000 // len(paragraph) + 1)
    article = read_file(write(tmp_path / "long.txt", text))
    assert len(article.text) == len(text) > 1_000_000


def test_folders_and_globs_expand_sorted_without_sidecars(tmp_path):
    for name in ("b.txt", "a.md", "sub/c.html", "a.json", "a.ann", "notes.csv"):
        write(tmp_path / name, "x")
    assert expand_inputs([str(tmp_path)]) == [str(tmp_path / n) for n in ("a.md", "b.txt", "sub/c.html")]
    assert expand_inputs([str(tmp_path / "*.txt"), str(tmp_path / "*")]) == [
        str(tmp_path / n) for n in ("b.txt", "a.md", "sub/c.html")
    ]
    assert expand_inputs([str(tmp_path / "*.nothing"), "https://example.com/x"]) == [
        str(tmp_path / "*.nothing"),
        "https://example.com/x",
    ]
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(InputError, match="directory contains no articles"):
        read_document(expand_inputs([str(empty)])[0])


# --- URLs -------------------------------------------------------------------


class Handler(http.server.BaseHTTPRequestHandler):
    routes: ClassVar[dict[str, tuple[int, str, bytes]]] = {
        "/story.txt": (200, "text/plain; charset=utf-8", STORY.encode("utf-8")),
        "/page": (200, "text/html; charset=utf-8", PAGE.encode("utf-8")),
        "/latin": (200, "text/plain; charset=iso-8859-1", "Grüße, said she.".encode("latin-1")),
        "/image": (200, "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100),
        "/big": (200, "text/plain", b"word " * 300_000),
    }

    def do_GET(self):
        if self.path == "/slow":
            time.sleep(3)
        status, kind, body = self.routes.get(self.path, (404, "text/plain", b"not here"))
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the client stopped reading: the size cap
            self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_url_text_and_html(server):
    text = read_document(f"{server}/story.txt")
    assert text.text == STORY and text.source == text.url == f"{server}/story.txt"
    page = read_document(f"{server}/page")
    assert page.title == "Bridge to reopen" and "old bridge would reopen" in page.text
    assert read_document(f"{server}/latin").text == "Grüße, said she."


def test_url_errors(server):
    with pytest.raises(InputError, match=r"/missing: HTTP 404"):
        read_document(f"{server}/missing")
    with pytest.raises(InputError, match="unsupported content type image/png"):
        read_document(f"{server}/image")
    with pytest.raises(InputError, match="larger than 1 MB"):
        fetch_url(f"{server}/big", max_bytes=1024 * 1024)
    started = time.monotonic()
    with pytest.raises(InputError, match=r"/slow: timed out after 0.5 s"):
        read_document(f"{server}/slow", timeout=0.5)
    assert time.monotonic() - started < 2.5


def test_connection_refused():
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(InputError, match="connection refused"):
        read_document(f"http://127.0.0.1:{port}/story.txt", timeout=2)


def test_an_empty_input_names_no_folder(tmp_path, monkeypatch):
    """The blank last line of a file list is an input that fails, never the working directory walked."""
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "stray.txt", STORY)
    assert expand_inputs(["", "  "]) == ["", "  "]
    with pytest.raises(InputError, match="empty input"):
        read_document("")


def test_kg_load_of_an_empty_input_fails_and_loads_nothing(tmp_path, monkeypatch, capsys):
    from kg.cli import main

    monkeypatch.chdir(tmp_path)
    write(tmp_path / "stray.txt", STORY)
    assert main(["load", "--memory", ""]) != 0
    out = capsys.readouterr()
    assert "empty input" in out.err and "0 loaded" in out.out + out.err
