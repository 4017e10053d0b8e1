"""`check` through the command line: what goes to standard output and standard error, report
files in every format, privacy, waivers, and exit codes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from eklase_audit.cli import app
from eklase_audit.report import xlsx
from tests.report import json_schema
from tests.report.report_support import (
    AS_OF_TEXT,
    PERSONAL_CODE,
    PROFILE,
    input_names,
    write_school,
)


@pytest.fixture
def school(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The school's exports in ``tmp_path/eksporti``; the current folder is ``tmp_path``."""
    monkeypatch.chdir(tmp_path)
    return write_school(tmp_path / "eksporti")


def check(*args: str, lang: str = "lv"):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, ["check", *args, "--lang", lang])


def run(school: Path, *args: str, lang: str = "lv"):  # type: ignore[no-untyped-def]
    return check(str(school), "--profile", PROFILE, "--as-of", AS_OF_TEXT, *args, lang=lang)


def test_json_on_stdout_is_the_document_alone(school: Path) -> None:
    result = run(school, "--format", "json")
    assert result.exit_code == 1  # errors found
    document = json.loads(result.stdout)
    json_schema.check(document)
    assert document["privacy"]["personal_codes_masked"] is True
    assert PERSONAL_CODE not in result.stdout
    assert "04.12.2025." in result.stderr  # the notes, in Latvian, on standard error


def test_csv_on_stdout_is_for_programs_whatever_the_language(school: Path) -> None:
    result = run(school, "--format", "csv", lang="lv")
    assert not result.stdout.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0][:3] == ["rule", "severity", "teacher"]
    assert len(rows) == 1 + 6


def test_markdown_on_stdout(school: Path) -> None:
    result = run(school, "--format", "markdown", lang="en")
    assert result.stdout.startswith("# E-klase journal audit")
    assert "Total: 6 violations" in result.stdout


def test_the_table_on_stdout_and_quiet(school: Path) -> None:
    result = run(school)
    assert "Kopā: 6 pārkāpumi" in result.stdout
    assert "1. " in result.stdout
    quiet = run(school, "--quiet")
    assert "1. " not in quiet.stdout and quiet.stderr == ""


def test_every_output_written_and_matching(school: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    result = run(
        school,
        "--output",
        str(out / "parkapumi.xlsx"),
        "--output",
        str(out / "parkapumi.json"),
        "--output",
        str(out / "parkapumi.csv"),
        "--format",
        "json",
    )
    assert result.exit_code == 1, result.stderr
    assert sorted(p.name for p in out.iterdir()) == [
        "parkapumi.csv",
        "parkapumi.json",
        "parkapumi.xlsx",
    ]
    assert result.stderr.count("Ierakstīts:") == 3
    document = json.loads((out / "parkapumi.json").read_text(encoding="utf-8"))
    assert document == json.loads(result.stdout)
    people = (out / "parkapumi.csv").read_bytes()
    assert people.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(people.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][0] == "Kods" and len(rows) == 1 + document["summary"]["violations"]
    book = openpyxl.load_workbook(out / "parkapumi.xlsx")
    assert book.sheetnames[0] == "Kopsavilkums" and book.sheetnames[-1] == "Pārbaude"
    for code, count in document["summary"]["by_rule"].items():
        assert book[code].max_row - 1 == count


def test_an_output_that_is_an_input_is_exit_2(school: Path) -> None:
    target = school / "stundas.csv"
    before = target.read_bytes()
    result = check("--lessons", str(target), "--profile", PROFILE, "--output", str(target))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "stundas.csv" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert target.read_bytes() == before


def test_ctrl_c_while_writing_leaves_no_file(
    school: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(xlsx, "write_xlsx", interrupted)
    out = tmp_path / "out"
    out.mkdir()
    result = run(
        school, "--output", str(out / "a.json"), "--output", str(out / "a.xlsx"), "--quiet"
    )
    assert result.exit_code == 130
    assert list(out.iterdir()) == []


def test_pseudonymized_outputs_hold_no_name_and_no_code(school: Path, tmp_path: Path) -> None:
    config = tmp_path / "skola" / "eklase-audit.toml"
    config.parent.mkdir()
    config.write_text(f'extends = "{PROFILE}"\n', encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()

    def pseudonymized(name: str):  # type: ignore[no-untyped-def]
        return check(
            str(school),
            "--config",
            str(config),
            "--as-of",
            AS_OF_TEXT,
            "--pseudonymize",
            "--output",
            str(out / f"{name}.xlsx"),
            "--format",
            "json",
        )

    first = pseudonymized("a")
    assert first.exit_code == 1, first.stderr
    key = config.parent / ".eklase-audit.key"
    assert key.exists() and str(key) in first.stderr
    second = pseudonymized("b")
    assert str(key) not in second.stderr
    assert json.loads(first.stdout)["violations"] == json.loads(second.stdout)["violations"]
    book = openpyxl.load_workbook(out / "a.xlsx")
    cells = " ".join(
        str(c.value) for s in book.worksheets for row in s.iter_rows() for c in row if c.value
    )
    for text in (first.stdout, cells):
        for name in input_names():
            assert name not in text
        assert PERSONAL_CODE not in text
    assert "Skolēns " in cells


def test_write_waivers_needs_reason_and_until(school: Path, tmp_path: Path) -> None:
    target = tmp_path / "izņēmumi.toml"
    missing = run(school, "--write-waivers", str(target), "--reason", "Sākums")
    assert missing.exit_code == 2 and "--until" in missing.stderr and missing.stdout == ""
    alone = run(school, "--reason", "Sākums")
    assert alone.exit_code == 2 and "--write-waivers" in alone.stderr
    assert not target.exists()


def test_a_baseline_is_written_once_and_then_waives(school: Path, tmp_path: Path) -> None:
    target = tmp_path / "izņēmumi.toml"
    args = (
        "--write-waivers",
        str(target),
        "--reason",
        "Sākotnējais stāvoklis",
        "--until",
        "30.06.2026",
    )
    written = run(school, *args, "--format", "json")
    assert written.exit_code == 1
    assert "Izņēmumu fails" in written.stderr and "5 izņēmumi" in written.stderr
    assert PERSONAL_CODE not in target.read_text(encoding="utf-8")
    again = run(school, *args)
    assert again.exit_code == 2 and "izņēmumi.toml" in again.stderr
    waived = run(school, "--waivers", str(target), "--format", "json")
    document = json.loads(waived.stdout)
    assert document["summary"]["waived"] == 5
    assert document["summary"]["by_rule"] == {"DQ003": 1}
    assert document["waivers"] == {"expired": [], "unused": []}
    assert waived.exit_code == 0  # what is left is a warning


def test_expired_and_unused_waivers_are_said_on_stderr(school: Path, tmp_path: Path) -> None:
    waivers = tmp_path / "w.toml"
    waivers.write_text(
        "[[waiver]]\n"
        'rule = "LES001"\nteacher = "Kārlis Vītols"\nreason = "x"\nuntil = 2025-12-31\n\n'
        "[[waiver]]\n"
        'rule = "GRD001"\nstudent = "Nav Tāda"\nreason = "y"\nuntil = 2026-12-31\n',
        encoding="utf-8",
    )
    result = run(school, "--waivers", str(waivers), "--format", "json", lang="en")
    assert "expired on 2025-12-31" in result.stderr
    assert "matched no violation" in result.stderr
    table = run(school, "--waivers", str(waivers), lang="en")
    assert "expired on 2025-12-31" in table.stdout
    assert "0 waived" in table.stdout


def test_a_report_written_into_the_audited_folder_is_warned_of(school: Path) -> None:
    result = run(school, "--output", str(school / "parkapumi.xlsx"), "--quiet")
    assert (school / "parkapumi.xlsx").exists()
    assert result.stderr == ""  # quiet
    loud = run(school, "--output", str(school / "parkapumi2.xlsx"), "--format", "json")
    assert "parkapumi2.xlsx" in loud.stderr and "nākamā pārbaude" in loud.stderr


def test_a_baseline_of_a_whole_sample_waives_every_violation(tmp_path: Path) -> None:
    """Missing lessons name their lesson number (an integer): the baseline still writes."""
    sample = Path(__file__).resolve().parents[2] / "sample_exports" / "aknistes-vsk"
    target = tmp_path / "baseline.toml"
    base = ["check", str(sample), "--profile", "aknistes-vsk", "--as-of", "2026-06-30"]
    written = CliRunner().invoke(
        app,
        [*base, "--write-waivers", str(target), "--reason", "Sākums", "--until", "2026-12-31"],
    )
    assert written.exit_code == 1, written.stderr
    text = target.read_text(encoding="utf-8")
    assert "lesson_no = " in text
    waived = CliRunner().invoke(app, [*base, "--waivers", str(target), "--format", "json"])
    document = json.loads(waived.stdout)
    assert document["summary"]["violations"] == 0
    assert (
        document["summary"]["waived"]
        == json.loads(CliRunner().invoke(app, [*base, "--format", "json"]).stdout)["summary"][
            "violations"
        ]
    )
    assert waived.exit_code == 0


def test_an_export_in_the_audited_folder_is_never_overwritten(school: Path) -> None:
    """Named as a file, or found in the folder being audited: an export is refused as output;
    a report the tool wrote there before may be written again."""
    lessons = school / "stundas.csv"
    before = lessons.read_bytes()
    refused = run(school, "--output", str(lessons))
    assert refused.exit_code == 2 and refused.stdout == ""
    assert "stundas.csv" in refused.stderr and "Traceback" not in refused.stderr
    assert lessons.read_bytes() == before
    report = school / "parkapumi.csv"
    assert run(school, "--output", str(report), "--quiet").exit_code == 1
    assert run(school, "--output", str(report), "--quiet").exit_code == 1  # its own: replaced


def test_an_output_folder_that_does_not_exist_is_refused(school: Path, tmp_path: Path) -> None:
    target = tmp_path / "nav-tādas-mapes" / "parkapumi.xlsx"
    result = run(school, "--output", str(target))
    assert result.exit_code == 2 and result.stdout == ""
    assert "nav-tādas-mapes" in result.stderr
    assert not target.parent.exists()


def test_a_baseline_under_pseudonymize_says_it_holds_real_names(
    school: Path, tmp_path: Path
) -> None:
    target = tmp_path / "baseline.toml"
    result = run(
        school,
        "--pseudonymize",
        "--write-waivers",
        str(target),
        "--reason",
        "Sākums",
        "--until",
        "30.06.2026",
        lang="en",
    )
    assert result.exit_code == 1, result.stderr
    assert "real names" in result.stderr and "baseline.toml" in result.stderr
    assert "Jānis Ozols" in target.read_text(encoding="utf-8")  # must match the exports
