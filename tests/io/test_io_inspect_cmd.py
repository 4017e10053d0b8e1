"""The `inspect` command as a user runs it: what goes to standard output, what to standard
error, and the exit code."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from io_support import LESSONS_TEXT, Writer
from typer.testing import CliRunner

from eklase_audit.cli import app

runner = CliRunner()


def test_table_output(fixtures: Path) -> None:
    result = runner.invoke(
        app, ["inspect", str(fixtures / "stundas_7b_septembris.csv"), "--lang", "en"]
    )
    assert result.exit_code == 0
    assert result.stderr == ""
    out = result.stdout
    assert "stundas_7b_septembris.csv" in out
    assert "Windows-1257" in out
    for line in ("Header row", "Rows read", "Rows rejected"):
        assert line in out
    assert "Priekšmets" in out and "subject" in out
    assert "Tables read: 1; skipped: 0." in out


def test_table_output_in_latvian(fixtures: Path) -> None:
    result = runner.invoke(
        app, ["inspect", str(fixtures / "vertejumi_7b_septembris.xlsx"), "--lang", "lv"]
    )
    assert result.exit_code == 0
    assert result.stderr == ""
    out = result.stdout
    assert "lapa „Vērtējumi”" in out
    assert "Galvenes rinda" in out
    # Latvian words only: the table and the canonical columns, no English ids beside them.
    assert "| vērtējumi" in out or " vērtējumi " in out
    assert "(grades)" not in out
    assert "ievadīšanas laiks" in out and "skolēns" in out
    for english_id in ("entered_at", "student", "lesson_no", "(grades)"):
        assert english_id not in out


def test_json_keeps_the_machine_ids_in_latvian(fixtures: Path) -> None:
    result = runner.invoke(
        app,
        [
            "inspect",
            str(fixtures / "vertejumi_7b_septembris.xlsx"),
            "--format",
            "json",
            "--lang",
            "lv",
        ],
    )
    assert result.exit_code == 0
    assert result.stderr == ""
    [item] = json.loads(result.stdout)["inputs"]
    assert item["kind"] == "grades"
    columns = {entry["column"] for entry in item["columns"]}
    assert {"date", "student", "grade", "entered_at"} <= columns


def test_english_names_a_column_and_keeps_its_id(fixtures: Path) -> None:
    result = runner.invoke(
        app, ["inspect", str(fixtures / "stundas_7b_septembris.csv"), "--lang", "en"]
    )
    assert result.exit_code == 0
    assert "entered at (entered_at)" in result.stdout
    assert "lesson number (lesson_no)" in result.stdout


def test_json_output_is_only_json(fixtures: Path) -> None:
    result = runner.invoke(
        app,
        [
            "inspect",
            str(fixtures / "stundas_7b_septembris.csv"),
            "--format",
            "json",
            "--lang",
            "en",
        ],
    )
    assert result.exit_code == 0
    assert result.stderr == ""
    document = json.loads(result.stdout)
    [item] = document["inputs"]
    assert item["kind"] == "lessons"
    assert (item["encoding"], item["separator"], item["header_row"]) == ("windows-1257", ";", 4)
    assert item["columns"][0] == {"header": "Datums", "column": "date"}
    assert (item["rows_read"], item["blank_rows"], item["rows_rejected"]) == (4, 0, 0)
    assert item["entry_times"] is True
    assert document["skipped"] == []


def test_json_shows_the_first_rejections(write: Writer) -> None:
    text = LESSONS_TEXT.replace("02.09.2025.;2;", "31.02.2025.;2;")
    path = write("stundas.csv", text)
    result = runner.invoke(app, ["inspect", str(path), "--format", "json", "--lang", "en"])
    assert result.exit_code == 0
    [item] = json.loads(result.stdout)["inputs"]
    assert item["rows_rejected"] == 1
    [rejection] = item["first_rejections"]
    assert {k: rejection[k] for k in ("row", "column", "value", "reason")} == {
        "row": 6,
        "column": "Datums",
        "value": "31.02.2025.",
        "reason": "reject.date",
    }
    assert "31.02.2025." in rejection["message"]


def test_a_named_file_that_cannot_be_read_is_exit_2_after_the_rest(
    write: Writer, tmp_path: Path
) -> None:
    good = write("stundas.csv", LESSONS_TEXT)
    missing = tmp_path / "nav.csv"
    result = runner.invoke(
        app, ["inspect", str(good), str(missing), "--format", "json", "--lang", "en"]
    )
    assert result.exit_code == 2
    document = json.loads(result.stdout)
    assert [item["path"] for item in document["inputs"]] == [str(good)]
    assert document["skipped"][0]["reason"] == "skip.not_found"
    assert result.stderr.strip() == f"{missing}: There is no such file or folder."


def test_a_folder_lists_what_it_skipped_and_goes_on(write: Writer) -> None:
    write("dati/bojats.csv", bytes(range(256)))
    folder = write("dati/stundas.csv", LESSONS_TEXT).parent
    result = runner.invoke(app, ["inspect", str(folder), "--lang", "lv"])
    assert result.exit_code == 0
    assert "bojats.csv" in result.stdout
    assert "Tas nav ne teksta (CSV) fails, ne Excel darbgrāmata." in result.stdout


def test_an_option_names_the_table(write: Writer) -> None:
    tie = "Datums;Klase;Priekšmets;Skolotājs;Pārbaudes darbs;Tēma\n20.10.2025.;7.b;M;A;I;T\n"
    path = write("dati.csv", tie)
    ambiguous = runner.invoke(app, ["inspect", str(path), "--lang", "en"])
    assert ambiguous.exit_code == 2
    assert "--lessons, --test-plan" in ambiguous.stderr
    settled = runner.invoke(app, ["inspect", "--test-plan", str(path), "--format", "json"])
    assert settled.exit_code == 0
    assert json.loads(settled.stdout)["inputs"][0]["kind"] == "test_plan"


def test_no_inputs_at_all() -> None:
    result = runner.invoke(app, ["inspect", "--lang", "en"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.strip() == "Name at least one export file or folder."


CONFIG = '[columns.lessons]\nentered_at = ["Saglabāšanas brīdis"]\n'
SAVED = (
    "Datums;Klase;Priekšmets;Skolotājs;Saglabāšanas brīdis\n01.09.2025.;7.b;M;A;01.09.2025. 10:12\n"
)


def test_a_config_in_the_current_folder_teaches_the_readers(
    write: Writer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write("stundas.csv", SAVED)
    before = json.loads(runner.invoke(app, ["inspect", str(path), "--format", "json"]).stdout)
    assert before["inputs"][0]["unmapped"] == ["Saglabāšanas brīdis"]
    write("eklase-audit.toml", CONFIG)
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["inspect", "stundas.csv", "--format", "json"])
    assert result.exit_code == 0
    [item] = json.loads(result.stdout)["inputs"]
    assert item["path"] == "stundas.csv"
    assert {"header": "Saglabāšanas brīdis", "column": "entered_at"} in item["columns"]


def test_a_config_option_with_an_unknown_table(write: Writer) -> None:
    config = write("skola.toml", '\n[columns.stundas]\nentered_at = ["Saglabāšanas brīdis"]\n')
    path = write("stundas.csv", SAVED)
    result = runner.invoke(app, ["inspect", str(path), "--config", str(config), "--lang", "en"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith(f"{config}, line 2: Unknown table 'stundas'")
