"""Ingest: every input kind becomes Articles with stable ids, and no bad document raises."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from dragoman.ingest import decode, normalise_published, read_paths

GOOD = "Russian envoy Alexander Lavrentiev met Ali Larijani in Tehran on Tuesday, Tasnim reported."

HTML = """<!DOCTYPE html><html><head><title>Envoy in Tehran | Example News</title>
<meta property="og:title" content="Russian Envoy Holds Talks in Tehran">
<meta property="article:published_time" content="2025-10-22T09:30:00+03:00">
<link rel="canonical" href="https://news.example.com/envoy-tehran"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/about">About</a></nav>
<article><h1>Russian Envoy Holds Talks in Tehran</h1>
<p>Alexander Lavrentiev, the Russian presidential envoy to Syria, arrived in Tehran on Tuesday for
high-level discussions aimed at bolstering coordination between Moscow and Tehran on developments in the
Middle East and promoting regional stability.</p>
<p>A Russian diplomatic source told the newspaper that the visit comes as part of Moscow's broader
efforts to stabilize the region and prevent foreign interference in the affairs of its states.</p>
<p>Lavrentiev also met Iranian Foreign Minister Abbas Araghchi, according to a statement released by
the Iranian foreign ministry late on Tuesday evening after the talks had ended.</p>
</article><footer>Copyright 2025 Example News. All rights reserved.</footer></body></html>"""


def _one(paths, **kw):
    arts = list(read_paths([str(p) for p in paths], **kw))
    assert len(arts) == 1, arts
    return arts[0]


def test_txt_file_uses_stem_as_id_and_cli_defaults(tmp_path: Path) -> None:
    f = tmp_path / "lavrentiev-visit.txt"
    f.write_text(GOOD, encoding="utf-8")
    art = _one([f], published="2025-10-22T08:00:00Z", outlet="Asharq Al-Awsat")
    assert art.id == "lavrentiev-visit"
    assert art.text == GOOD
    assert art.published == "2025-10-22"  # ISO datetime normalised to a day
    assert art.outlet == "Asharq Al-Awsat"
    assert art.source_path == str(f)
    assert art.errors == []


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    f = tmp_path / "page.html"
    f.write_text(HTML, encoding="utf-8")
    art = _one([f], outlet="fallback outlet")
    assert art.text.startswith("Alexander Lavrentiev, the Russian presidential envoy")  # no repeated <h1>
    assert "Home" not in art.text.split("\n")[0]  # navigation is not article text
    assert "All rights reserved" not in art.text
    assert art.title and "Russian Envoy" in art.title
    assert art.published == "2025-10-22"
    assert art.url == "https://news.example.com/envoy-tehran"
    assert not [e for e in art.errors if e.startswith("rejected")]


def test_html_without_article_text_is_an_error(tmp_path: Path) -> None:
    f = tmp_path / "blank.htm"
    f.write_text("<html><body><nav>Home</nav></body></html>", encoding="utf-8")
    art = _one([f])
    assert art.errors and art.errors[0].startswith("rejected: no main text")


def test_jsonl_ids_fields_and_malformed_lines(tmp_path: Path) -> None:
    f = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "given-id", "text": GOOD, "title": "T", "published": "2025-10-22",
                    "outlet": "Tasnim", "url": "https://x.test/1"}),
        "",
        json.dumps({"text": "Second article text about talks.", "published": "2025-02-28T23:59:00+00:00"}),
        "{not json",
        json.dumps({"title": "no text here"}),
        json.dumps(["a", "list"]),
    ]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    arts = list(read_paths([str(f)], published="2020-01-01", outlet="Default"))
    assert [a.id for a in arts] == ["given-id", "batch-3", "batch-4", "batch-5", "batch-6"]
    first, second, bad_json, no_text, not_obj = arts
    assert (first.title, first.published, first.outlet, first.url) == ("T", "2025-10-22", "Tasnim",
                                                                       "https://x.test/1")
    assert (second.published, second.outlet) == ("2025-02-28", "Default")  # record wins, CLI fills gaps
    assert bad_json.errors[0].startswith("rejected: line 4: malformed JSON")
    assert "line 5" in no_text.errors[0] and "no text field" in no_text.errors[0]
    assert "expected a JSON object" in not_obj.errors[0]
    assert first.errors == [] and second.errors == []


def test_jsonl_gz(tmp_path: Path) -> None:
    f = tmp_path / "wire.jsonl.gz"
    with gzip.open(f, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"text": GOOD}) + "\n")
    art = _one([f])
    assert art.id == "wire-1" and art.text == GOOD


def test_json_object_and_list(tmp_path: Path) -> None:
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"text": GOOD, "title": "One"}), encoding="utf-8")
    many = tmp_path / "many.json"
    many.write_text(json.dumps([{"text": GOOD}, {"id": "x7", "text": "More text."}, 5]), encoding="utf-8")
    arts = list(read_paths([str(one), str(many)]))
    assert [a.id for a in arts] == ["one", "many-0", "x7", "many-2"]
    assert arts[0].title == "One"
    assert arts[3].errors and "item 2" in arts[3].errors[0]


def test_directory_is_recursive_sorted_and_skips_other_files(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "b" / "index.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "a" / "index.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "a" / "notes.docx").write_bytes(b"PK\x03\x04 not an article")
    (tmp_path / ".hidden" / "x.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "z.jsonl").write_text(json.dumps({"text": GOOD}) + "\n", encoding="utf-8")
    arts = list(read_paths([str(tmp_path)]))
    # ids are paths relative to the directory: two index.txt files stay apart
    assert [a.id for a in arts] == ["a/index", "b/index", "z-1"]


def test_directory_is_read_lazily(tmp_path: Path) -> None:
    for i in range(5):
        (tmp_path / f"{i}.txt").write_text(f"{GOOD} {i}", encoding="utf-8")
    it = read_paths([str(tmp_path)])
    first = next(it)
    assert first.id == "0"
    (tmp_path / "3.txt").write_text("Changed after the walk began.", encoding="utf-8")
    (tmp_path / "4.txt").unlink()  # contents are read as the consumer goes, not upfront
    rest = list(it)
    assert [a.id for a in rest] == ["1", "2", "3", "4"]
    assert rest[2].text == "Changed after the walk began."
    assert rest[3].errors[0].startswith("rejected: cannot read")


def test_stdin_plain_text_and_jsonl() -> None:
    art = _one(["-"], stdin=io.StringIO(GOOD + "\n"), published="2025-10-22")
    assert (art.id, art.text.strip(), art.source_path, art.published) == ("stdin", GOOD, "-", "2025-10-22")
    stream = io.StringIO("\n" + json.dumps({"text": GOOD, "id": "s1"}) + "\n" + json.dumps({"text": "B."}) + "\n")
    arts = list(read_paths(["-"], stdin=stream))
    assert [a.id for a in arts] == ["s1", "stdin-3"]
    # a line of JSON that is not an article object: the whole input is text
    art = _one(["-"], stdin=io.StringIO('{"note": 1}\nThen prose follows.\n'))
    assert art.id == "stdin" and "prose" in art.text


def test_stdin_bytes_invalid_utf8_is_reported() -> None:
    class FakeStdin(io.StringIO):
        buffer = io.BytesIO(b"Talks in Caf\xe9 Tehran ended without agreement.\n")

    art = _one(["-"], stdin=FakeStdin())
    assert "\ufffd" in art.text
    assert art.errors == ["invalid UTF-8 at byte 12 (1 undecodable byte sequence(s) replaced with U+FFFD)"]


def test_missing_path_is_an_error_not_an_exception(tmp_path: Path) -> None:
    art = _one([tmp_path / "nope.txt"])
    assert art.errors[0].startswith("rejected: cannot read") and "no such file" in art.errors[0]


def test_ids_are_stable_across_runs(tmp_path: Path) -> None:
    (tmp_path / "x.jsonl").write_text(json.dumps({"text": GOOD}) + "\n" + json.dumps({"text": GOOD}) + "\n",
                                      encoding="utf-8")
    ids1 = [a.id for a in read_paths([str(tmp_path)])]
    ids2 = [a.id for a in read_paths([str(tmp_path)])]
    assert ids1 == ids2 == ["x-1", "x-2"]


@pytest.mark.parametrize(("value", "expected"), [
    ("2025-10-22", "2025-10-22"), ("2025-10-22T23:10:00Z", "2025-10-22"),
    ("2025-10-22 08:00:00+03:00", "2025-10-22"), ("22 October 2025", "2025-10-22"),
    ("Oct. 22, 2025", "2025-10-22"), (None, None), ("", None),
])
def test_normalise_published(value, expected) -> None:
    assert normalise_published(value) == (expected, None)


def test_unreadable_published_is_reported_not_guessed(tmp_path: Path) -> None:
    assert normalise_published("last Tuesday")[0] is None
    assert "unreadable publication date" in (normalise_published("soon")[1] or "")
    f = tmp_path / "x.jsonl"
    f.write_text(json.dumps({"text": GOOD, "published": "sometime"}) + "\n", encoding="utf-8")
    art = _one([f])
    assert art.published is None and "unreadable publication date 'sometime'" in art.errors[0]


def test_decode_handles_bom_and_utf16() -> None:
    assert decode("\ufeffHello".encode()) == ("Hello", [])
    assert decode("Hello – “quoted”".encode("utf-16")) == ("Hello – “quoted”", [])


def test_large_json_list_is_not_mistaken_for_one_long_text(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("DRAGOMAN_MAX_CHARS", "1000")
    f = tmp_path / "many.json"
    f.write_text(json.dumps([{"text": GOOD} for _ in range(100)]), encoding="utf-8")  # ~10 KB
    arts = list(read_paths([str(f)]))
    assert len(arts) == 100 and all(a.errors == [] for a in arts)
    big = tmp_path / "big.txt"
    big.write_text(GOOD * 50, encoding="utf-8")  # > 4 bytes x 1000 characters: rejected unread
    (art,) = read_paths([str(big)])
    assert art.errors[0].startswith("rejected: too long (4,") and art.text == ""
