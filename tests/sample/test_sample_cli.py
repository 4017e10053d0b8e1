"""`eklase-audit sample` through the command line: what goes to which stream, exit codes."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from eklase_audit.cli import app
from eklase_audit.messages import catalogue


def sample(*args: str) -> object:
    return CliRunner().invoke(app, ["sample", *args])


def test_writes_the_files_and_a_summary(tmp_path: Path) -> None:
    out = tmp_path / "akn"
    result = sample(str(out), "--profile", "aknistes-vsk", "--students", "15", "--lang", "en")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    assert "stundas.csv" in result.stdout and "vertejumi.xlsx" in result.stdout
    assert "LES001:" in result.stdout
    assert "--as-of 2026-06-30T23:59:59" in result.stdout
    assert (out / "expected.json").exists() and (out / "README.md").exists()
    readme = (out / "README.md").read_text("utf-8")
    assert "Aknīstes vidusskola" in readme and "Audit them with" in readme


def test_latvian_summary(tmp_path: Path) -> None:
    result = sample(
        str(tmp_path / "m"), "--profile", "liepaja-mazulitis", "--students", "10", "--lang", "lv"
    )
    assert result.exit_code == 0
    assert "Bērnu skaits: 10" in result.stdout
    assert "Ievietotie pārkāpumi" in result.stdout
    assert "sākumskaitlis (--seed) 1" in result.stdout


def test_a_second_run_replaces_an_earlier_sample(tmp_path: Path) -> None:
    out = tmp_path / "s"
    assert sample(str(out), "--profile", "upeslejas-sk", "--students", "10").exit_code == 0
    result = sample(str(out), "--profile", "jelgava-4vsk", "--students", "10", "--with-bad-rows")
    assert result.exit_code == 0
    assert not (out / "semestra_vertejumi.xlsx").exists()  # Upesleja's, not Jelgava's


def test_unknown_profile_is_one_sentence_and_exit_2(tmp_path: Path) -> None:
    result = sample(str(tmp_path / "x"), "--profile", "rigas-1vsk", "--lang", "en")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert "rigas-1vsk" in result.stderr and "aknistes-vsk" in result.stderr
    assert not (tmp_path / "x").exists()


def test_profile_is_required(tmp_path: Path) -> None:
    result = sample(str(tmp_path / "x"), "--lang", "lv")
    assert result.exit_code == 2
    assert "--profile" in result.stderr


def test_unknown_year_and_bad_student_count(tmp_path: Path) -> None:
    result = sample(
        str(tmp_path / "x"), "--profile", "aknistes-vsk", "--year", "2023/2024", "--lang", "en"
    )
    assert result.exit_code == 2 and "2023/2024" in result.stderr
    result = sample(
        str(tmp_path / "x"), "--profile", "aknistes-vsk", "--students", "0", "--lang", "en"
    )
    assert result.exit_code == 2 and "--students" in result.stderr


def test_refuses_a_folder_with_other_files(tmp_path: Path) -> None:
    (tmp_path / "mine.docx").write_text("x")
    result = sample(str(tmp_path), "--profile", "aknistes-vsk", "--lang", "en")
    assert result.exit_code == 2
    assert "mine.docx" in result.stderr
    assert (tmp_path / "mine.docx").exists()


def test_never_writes_over_real_exports_named_like_its_own(tmp_path: Path) -> None:
    """A folder of the school's own exports (no expected.json) is not a sample to replace."""
    lessons = tmp_path / "stundas.csv"
    lessons.write_text("Datums;Stunda\n", encoding="utf-8")
    result = sample(str(tmp_path), "--profile", "aknistes-vsk", "--lang", "en")
    assert result.exit_code == 2 and result.stdout == ""
    assert "stundas.csv" in result.stderr
    assert lessons.read_text(encoding="utf-8") == "Datums;Stunda\n"
    assert not (tmp_path / "expected.json").exists()


def test_messages_in_both_languages() -> None:
    lv = {k: v for k, v in catalogue("lv").items() if k.startswith("sample.")}
    en = {k: v for k, v in catalogue("en").items() if k.startswith("sample.")}
    assert lv.keys() == en.keys()
    import string

    def fields(text: str) -> set[str]:
        return {f for _, f, _, _ in string.Formatter().parse(text) if f}

    assert all(fields(lv[k]) == fields(en[k]) for k in lv)
