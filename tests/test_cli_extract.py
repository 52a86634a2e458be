"""`dragoman extract`, `schema` and `demo` as a user runs them: data on stdout, exit codes that mean something."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from dragoman.cli import app
from dragoman.commands.extract import load_schema
from dragoman.model import Actor, Event, ExtractedArticle, Quote

GOOD = ("Iranian Foreign Minister Abbas Araghchi met his Russian counterpart Sergei Lavrov in Moscow on "
        "Friday, the Iranian foreign ministry said.")
SCRAPED = f"""Read More: Iran, IAEA agree on new inspection framework
{GOOD}
(Photo: IRNA)
Follow us on Telegram for breaking news
“We will not negotiate under pressure,” Araghchi told reporters after the talks.
ALSO READ: Putin hosts Pezeshkian in the Kremlin
"""

runner = CliRunner()


def _lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = load_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_extract_to_stdout_cleaned_offsets_honest(tmp_path: Path, validator) -> None:
    f = tmp_path / "scraped.txt"
    f.write_text(SCRAPED, encoding="utf-8")
    res = runner.invoke(app, ["extract", str(f), "--published", "2025-10-24", "--outlet", "IRNA"])
    assert res.exit_code == 0, res.stderr
    (rec,) = _lines(res.stdout)  # nothing but JSON on stdout
    validator.validate(rec)
    assert rec["published"] == "2025-10-24" and rec["outlet"] == "IRNA"
    text = rec["text"]
    for residue in ("Read More", "Photo:", "Follow us", "ALSO READ"):
        assert residue not in text
    assert text.startswith(GOOD)
    assert rec["events"], "the meeting is coded"
    for ev in rec["events"]:
        s, e = ev["span"]
        assert ev["sentence"] in text  # the evidence sentence is verbatim cleaned text
        assert text[s:e] and text[s:e] in ev["sentence"]  # and the span points inside it
    for q in rec["quotes"]:
        s, e = q["span"]
        assert q["text"] in text[s:e]
    for a in rec["actors"]:
        for s, e in a["mentions"]:
            assert 0 <= s < e <= len(text)
    meeting = next(ev for ev in rec["events"] if ev["type"] == "CONSULT")
    assert meeting["date"] == "2025-10-24"  # "on Friday" in a Friday story
    assert "throughput" in res.stderr  # the summary goes to stderr


def test_some_bad_documents_exit_1_and_still_written(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    out = tmp_path / "out.jsonl"
    res = runner.invoke(app, ["extract", str(tmp_path), "-o", str(out)])
    assert res.exit_code == 1
    assert res.stdout == ""
    recs = _lines(out.read_text(encoding="utf-8"))
    assert [r["id"] for r in recs] == ["a", "b"]
    assert recs[1]["errors"] == ["rejected: empty file"]
    assert "b: rejected: empty file" in res.stderr


def test_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    res = runner.invoke(app, ["extract", str(tmp_path / "nope.txt")])
    assert res.exit_code == 2
    assert res.stdout == ""
    assert "no such file or directory" in res.stderr and "nope.txt" in res.stderr


def test_bad_options_are_usage_errors(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(GOOD, encoding="utf-8")
    res = runner.invoke(app, ["extract", str(f), "--published", "next-ish"])
    assert res.exit_code == 2 and "--published" in res.stderr
    res = runner.invoke(app, ["extract", str(f), "--actors", str(tmp_path / "no-such-dir")])
    assert res.exit_code == 2 and "not a directory" in res.stderr
    res = runner.invoke(app, ["extract", str(f), "--workers", "0"])
    assert res.exit_code == 2
    res = runner.invoke(app, ["extract", str(f), "-o", str(f)])
    assert res.exit_code == 2 and "also an input" in res.stderr
    assert f.read_text(encoding="utf-8") == GOOD  # not clobbered


def test_nothing_readable_exits_2(tmp_path: Path) -> None:
    f = tmp_path / "blob.txt"
    f.write_bytes(b"\x00\x01\x02" * 100)
    res = runner.invoke(app, ["extract", str(f)])
    assert res.exit_code == 2
    (rec,) = _lines(res.stdout)  # the record with its error is still written
    assert rec["errors"][0].startswith("rejected: binary file")
    assert "nothing could be read" in res.stderr


def test_stdin_jsonl_in_jsonl_out() -> None:
    stdin = "\n".join(json.dumps({"id": f"s{i}", "text": GOOD, "published": "2025-10-24"}) for i in range(2))
    res = runner.invoke(app, ["extract", "-", "-q"], input=stdin + "\n")
    assert res.exit_code == 0, res.stderr
    assert [r["id"] for r in _lines(res.stdout)] == ["s0", "s1"]
    assert res.stderr == ""  # --quiet


def test_actors_dir_extends_the_dictionary(tmp_path: Path) -> None:
    d = tmp_path / "my_actors"
    d.mkdir()
    (d / "envoys.yaml").write_text(
        "- id: zorblat-quennick\n  name: Zorblat Quennick\n  kind: person\n  country: IRN\n"
        "  roles: [special envoy for Caspian affairs]\n  aliases: [Quennick]\n", encoding="utf-8")
    f = tmp_path / "a.txt"
    f.write_text("Zorblat Quennick met Sergei Lavrov in Moscow on Friday.", encoding="utf-8")
    res = runner.invoke(app, ["extract", str(f), "--actors", str(d), "-q"])
    assert res.exit_code == 0, res.stderr
    (rec,) = _lines(res.stdout)
    z = next(a for a in rec["actors"] if a["name"] == "Zorblat Quennick")
    assert (z["kind"], z["country"], z["dictionary_id"]) == ("person", "IRN", "zorblat-quennick")


def test_schema_command_prints_the_schema() -> None:
    res = runner.invoke(app, ["schema"])
    assert res.exit_code == 0
    schema = json.loads(res.stdout)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert "CONSULT" in schema["$defs"]["event"]["properties"]["type"]["enum"]


def _hand_made() -> dict:
    rec = ExtractedArticle(
        id="a1", text="Lavrov met Araghchi in Tehran.", published="2025-10-22", outlet="Tasnim",
        actors=[Actor(id="lavrov", name="Sergei Lavrov", kind="person", country="RUS", mentions=[(0, 6)]),
                Actor(id="araghchi", name="Abbas Araghchi", kind="person", country="IRN", mentions=[(11, 19)])],
        events=[Event(id="e1", type="CONSULT", sentence="Lavrov met Araghchi in Tehran.", span=(0, 30),
                      source="lavrov", target="araghchi", cameo="040", certainty="reported")],
        quotes=[Quote(id="q1", text="met", direct=False, span=(7, 10), speaker="lavrov")])
    return rec.to_dict()


def test_schema_accepts_a_good_record_and_rejects_broken_ones(validator) -> None:
    good = _hand_made()
    validator.validate(good)
    good["actors"][0]["extra_field"] = "contracts may grow"
    validator.validate(good)
    breakages = [
        lambda r: r["actors"][0].update(kind="politician"),
        lambda r: r["actors"][0].update(country="Russia"),
        lambda r: r["events"][0].update(type="MEET"),
        lambda r: r["events"][0].update(certainty="likely"),
        lambda r: r["events"][0].update(span=[0, 30, 2]),
        lambda r: r["events"][0].update(span=["0", "30"]),
        lambda r: r["events"][0].update(date="22/10/2025"),
        lambda r: r["quotes"][0].update(direct="yes"),
        lambda r: r.pop("errors"),
        lambda r: r.update(published="Oct 22"),
        lambda r: r["actors"][0].update(mentions=[[0]]),
    ]
    for i, brk in enumerate(breakages):
        rec = _hand_made()
        brk(rec)
        assert not validator.is_valid(rec), f"breakage {i} was accepted"


def test_extracted_output_validates(validator) -> None:
    import dragoman

    rec = dragoman.extract(GOOD, published="2025-10-24", outlet="IRNA", title="Talks").to_dict()
    validator.validate(rec)


def test_demo_runs_on_the_examples(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    examples = Path(__file__).resolve().parents[1] / "examples" / "seeds.jsonl"
    if not examples.exists():
        pytest.skip("examples/seeds.jsonl not present")
    monkeypatch.chdir(tmp_path)
    res = runner.invoke(app, ["demo", "--input", str(examples), "--no-store"], env={"COLUMNS": "160"})
    assert res.exit_code == 0, res.stdout + res.stderr
    assert "every record validates against the output schema" in res.stdout
    assert "Events (" in res.stdout and "Lavrentiev" in res.stdout
    recs = _lines((tmp_path / "demo-output.jsonl").read_text(encoding="utf-8"))
    assert [r["id"] for r in recs] == ["seed-000", "seed-001"]
    assert recs[0]["published"] == "2025-10-22" and recs[1]["published"] == "2025-02-28"
