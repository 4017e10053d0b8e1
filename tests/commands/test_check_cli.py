"""`check` through the command line: exit codes and what goes to which stream."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eklase_audit.cli import app

CASES = Path(__file__).parent.parent / "rules" / "cases"
LATE_LESSONS = CASES / "LES001__aknistes-vsk__same_day_1700.csv"
FORMS = CASES / "GRD002__aknistes-vsk__forms.csv"


def check(*args: str) -> object:
    return CliRunner().invoke(app, ["check", *args, "--lang", "en"])


def test_violations_exit_1_and_json_alone_on_stdout() -> None:
    result = check(
        str(LATE_LESSONS),
        "--profile",
        "aknistes-vsk",
        "--as-of",
        "2025-11-20T12:00",
        "--format",
        "json",
    )
    assert result.exit_code == 1
    document = json.loads(result.stdout)  # nothing but the document on standard output
    assert document["schema_version"] == 1
    assert document["summary"]["by_rule"]["LES001"] == 6
    assert document["as_of"] == "2025-11-20T12:00:00"


def test_only_warnings_exit_0_unless_fail_on_warning() -> None:
    args = (str(FORMS), "--profile", "aknistes-vsk", "--as-of", "2026-01-10", "--select", "GRD002")
    assert check(*args).exit_code == 0
    assert check(*args, "--fail-on", "warning").exit_code == 1
    assert (
        check(str(LATE_LESSONS), "--profile", "aknistes-vsk", "--fail-on", "never").exit_code == 0
    )


def test_table_on_stdout_names_the_school_and_reconciles() -> None:
    result = check(str(LATE_LESSONS), "--profile", "aknistes-vsk", "--as-of", "2025-11-20T12:00")
    assert "Aknīstes vidusskola" in result.stdout
    assert "reconciles" in result.stdout
    assert "LES001" in result.stdout


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--profile", "no-such-school"], "no-such-school"),
        (["--profile", "aknistes-vsk", "--as-of", "yesterday"], "yesterday"),
        (["--profile", "aknistes-vsk", "--select", "XYZ999"], "XYZ999"),
        (["--profile", "aknistes-vsk", "--period", "3. semestris"], "3. semestris"),
        (["--profile", "aknistes-vsk", "--from", "31.10.2025", "--to", "01.10.2025"], "--from"),
        (["--profile", "aknistes-vsk", "--select", ""], "--select"),
        (["--profile", "aknistes-vsk", "--select", " , "], "--select"),
    ],
)
def test_bad_options_are_one_sentence_and_exit_2(args: list[str], words: str) -> None:
    result = check(str(LATE_LESSONS), *args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert words in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_no_path_at_all_says_what_to_give() -> None:
    result = check("--profile", "aknistes-vsk")
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.strip() == "Name at least one export file or folder."


def test_no_profile_and_no_config_lists_the_profiles(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    result = check(str(LATE_LESSONS))
    assert result.exit_code == 2
    for profile in ("aknistes-vsk", "daugavpils-vg", "jelgava-4vsk", "liepaja-mazulitis"):
        assert profile in result.stderr


def test_eklase_audit_toml_in_the_current_folder_is_used(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "eklase-audit.toml").write_text('extends = "aknistes-vsk"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = check(str(LATE_LESSONS), "--as-of", "2025-11-20T12:00", "--format", "json")
    assert result.exit_code == 1, result.stderr
    assert json.loads(result.stdout)["summary"]["by_rule"]["LES001"] == 6


def test_a_named_file_that_is_not_a_table_is_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "stundas.csv"
    bad.write_bytes(bytes(range(256)) * 4)
    result = check(str(bad), "--profile", "aknistes-vsk")
    assert result.exit_code == 2
    assert "stundas.csv" in result.stderr
    assert "Traceback" not in result.stderr


def test_an_unreadable_file_in_a_folder_is_skipped_and_the_run_goes_on(tmp_path: Path) -> None:
    (tmp_path / "atteli.csv").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "stundas.csv").write_bytes(LATE_LESSONS.read_bytes())
    result = check(
        str(tmp_path),
        "--profile",
        "aknistes-vsk",
        "--as-of",
        "2025-11-20T12:00",
        "--format",
        "json",
    )
    assert result.exit_code == 1
    document = json.loads(result.stdout)
    assert [Path(s["path"]).name for s in document["skipped"]] == ["atteli.csv"]


def test_debug_shows_the_traceback() -> None:
    result = CliRunner().invoke(app, ["check", str(LATE_LESSONS), "--profile", "nope", "--debug"])
    assert result.exit_code != 0
    assert result.exception is not None


def test_reports_saved_in_the_audited_folder_are_not_read_back(tmp_path: Path) -> None:
    (tmp_path / "stundas.csv").write_bytes(LATE_LESSONS.read_bytes())
    args = [str(tmp_path), "--profile", "aknistes-vsk", "--as-of", "2025-11-20T12:00"]
    first = check(
        *args,
        "--output",
        str(tmp_path / "parkapumi.xlsx"),
        "--output",
        str(tmp_path / "parkapumi.csv"),
        "--format",
        "json",
    )
    again = check(*args, "--format", "json")
    assert first.exit_code == again.exit_code == 1
    before, after = json.loads(first.stdout), json.loads(again.stdout)
    assert after["summary"] == before["summary"]
    skipped = {Path(s["path"]).name for s in after["skipped"]}
    assert skipped == {"parkapumi.xlsx", "parkapumi.csv"}


def test_a_check_that_needs_entry_times_is_not_evaluable_without_them(tmp_path: Path) -> None:
    """A grades export with no entry-time column: DQ001 (entered before the event) cannot be
    made for its rows, and says so rather than claiming it ran and found nothing."""
    grades = tmp_path / "vertejumi.csv"
    grades.write_text(
        "Datums;Klase;Priekšmets;Skolēns;Vērtējums;Darba veids\n"
        "10.11.2025.;7.a;Matemātika;Anna Liepa;7;formatīvais\n"
        "11.11.2025.;7.a;Matemātika;Jānis Ozols;8;formatīvais\n",
        encoding="utf-8",
    )
    result = check(
        str(grades), "--profile", "aknistes-vsk", "--as-of", "2026-01-10", "--format", "json"
    )
    document = json.loads(result.stdout)
    status = {r["code"]: r["status"] for r in document["rules"]}
    assert status["DQ001"] == "not evaluable"
    [dq001] = [n for n in document["not_evaluable"] if n["rule"] == "DQ001"]
    assert dq001["rows"] == 2 and "entry-time" in dq001["reason"]
