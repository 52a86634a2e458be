"""The bad-input matrix of issue 2: each bad document gets its own clear error, the batch goes on."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from dragoman.ingest import read_paths
from dragoman.run.local import extract_parallel

GOOD = ("Iranian Foreign Minister Abbas Araghchi met his Russian counterpart Sergei Lavrov in Moscow on "
        "Friday, the Iranian foreign ministry said.")
FRENCH = ("Le ministre des Affaires étrangères a rencontré son homologue iranien à Téhéran mardi pour "
          "discuter de la coopération régionale et de la situation au Moyen-Orient, selon un communiqué "
          "publié par le ministère. Les deux parties ont souligné leur volonté de poursuivre le dialogue.")


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    d = tmp_path_factory.mktemp("batch")
    (d / "a_good.txt").write_text(GOOD, encoding="utf-8")
    (d / "b_empty.txt").write_bytes(b"")
    (d / "c_binary.txt").write_bytes(bytes(range(256)) * 40)
    (d / "d_pdf.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> endobj\n")
    # one stray Latin-1 byte in otherwise good UTF-8: salvaged, reported, still extracted
    (d / "e_latin1.txt").write_bytes(GOOD.replace("Moscow", "Mosc\xf6w").encode("latin-1"))
    # a file that is mostly not UTF-8 at all: rejected
    (d / "f_cp1251.txt").write_bytes("Министр иностранных дел России Сергей Лавров".encode("cp1251") * 20)
    with (d / "g_huge.txt").open("w", encoding="utf-8") as fh:  # 20 MB
        chunk = GOOD + "\n"
        fh.write(chunk * (20 * 1024 * 1024 // len(chunk) + 1))
    (d / "h_french.txt").write_text(FRENCH, encoding="utf-8")
    (d / "i_broken.jsonl").write_text('{"text": "unterminated\n' + json.dumps({"text": GOOD}) + "\n",
                                      encoding="utf-8")
    (d / "j_whitespace.txt").write_text(" \n\t\n", encoding="utf-8")
    (d / "z_good.txt").write_text(GOOD, encoding="utf-8")
    assert os.path.getsize(d / "g_huge.txt") >= 20 * 1024 * 1024
    records = list(extract_parallel(read_paths([str(d)], published="2025-10-24"), workers=1, batch_size=4))
    return {r.id: r.to_dict() for r in records} | {"_order": [r.id for r in records]}  # type: ignore[dict-item]


def _only_error(rec: dict) -> str:
    assert len(rec["errors"]) == 1, rec["errors"]
    return rec["errors"][0]


def test_every_document_comes_out_in_order(batch) -> None:
    assert batch["_order"] == ["a_good", "b_empty", "c_binary", "d_pdf", "e_latin1", "f_cp1251", "g_huge",
                               "h_french", "i_broken-1", "i_broken-2", "j_whitespace", "z_good"]


def test_good_articles_are_extracted(batch) -> None:
    for rid in ("a_good", "z_good", "i_broken-2"):
        rec = batch[rid]
        assert rec["errors"] == []
        assert any(e["type"] == "CONSULT" for e in rec["events"]), rid
        names = {a["name"] for a in rec["actors"]}
        assert {"Abbas Araghchi", "Sergei Lavrov"} <= names


def test_empty_file(batch) -> None:
    assert _only_error(batch["b_empty"]) == "rejected: empty file"
    assert _only_error(batch["j_whitespace"]) == "rejected: empty text"


def test_binary_files(batch) -> None:
    assert _only_error(batch["c_binary"]).startswith("rejected: binary file (")
    assert _only_error(batch["d_pdf"]) == "rejected: binary file (PDF), not text"
    assert batch["c_binary"]["text"] == "" and batch["c_binary"]["events"] == []


def test_invalid_utf8_salvaged_and_reported(batch) -> None:
    rec = batch["e_latin1"]
    assert _only_error(rec).startswith(f"invalid UTF-8 at byte {GOOD.index('Moscow') + 4}")
    assert "Mosc\ufffdw" in rec["text"]
    assert any(e["type"] == "CONSULT" for e in rec["events"])  # the rest of the text is still used


def test_mostly_invalid_utf8_rejected(batch) -> None:
    err = _only_error(batch["f_cp1251"])
    assert err.startswith("rejected: invalid UTF-8 at byte 0") and "too much of it" in err


def test_20_mb_file(batch) -> None:
    err = _only_error(batch["g_huge"])
    assert err.startswith("rejected: too long (20,971,") and "1,000,000 characters" in err
    assert batch["g_huge"]["text"] == ""  # not echoed into the output line


def test_non_english(batch) -> None:
    assert _only_error(batch["h_french"]).startswith("rejected: not English (English stop-word share 0.0")
    assert batch["h_french"]["events"] == []


def test_malformed_jsonl_line(batch) -> None:
    assert _only_error(batch["i_broken-1"]).startswith("rejected: line 1: malformed JSON")


def test_cli_defaults_reach_every_document(batch) -> None:
    assert {r["published"] for k, r in batch.items() if k != "_order"} == {"2025-10-24"}


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    f = tmp_path / "secret.txt"
    f.write_text(GOOD, encoding="utf-8")
    real_open = Path.open

    def deny(self: Path, *args, **kwargs):
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", deny)  # chmod 000 does not stop root, who runs CI containers
    (good, art) = read_paths([str(tmp_path / "nothing-wrong.txt"), str(f)])
    assert good.errors[0].startswith("rejected: cannot read")  # missing
    assert art.errors == [f"rejected: cannot read {f}: Permission denied"]
