"""Which files are read, in which order, and what makes a run fail (SPEC "Inputs")."""

from __future__ import annotations

from pathlib import Path

import polars as pl
from io_support import LESSONS_TEXT, Reader, Writer

from eklase_audit.io.model import empty_table, table_schema
from eklase_audit.io.schema import ROW_COLUMN, SOURCE_COLUMN, TABLES

GRADES_TEXT = "Datums;Klase;Priekšmets;Skolēns;Vērtējums\n05.09.2025.;7.b;M;Jānis Ozols;7\n"


def test_folders_are_searched_recursively_in_a_stable_order(write: Writer, read: Reader) -> None:
    write("eksporti/b/vertejumi.csv", GRADES_TEXT)
    write("eksporti/a/stundas.csv", LESSONS_TEXT)
    write("eksporti/a/nav_eksports.pdf", b"%PDF-1.4")
    write("eksporti/a/~$stundas.xlsx", b"\x00lock")
    write("eksporti/a/._stundas.csv", b"\x00\x05\x16\x07")
    root = write("eksporti/a/stundas.csv", LESSONS_TEXT).parent.parent
    result = read(root)
    assert [(Path(f.path).relative_to(root).as_posix(), f.kind) for f in result.inputs] == [
        ("a/stundas.csv", "lessons"),
        ("b/vertejumi.csv", "grades"),
    ]
    assert [f.index for f in result.inputs] == [0, 1]
    assert result.table("grades")[SOURCE_COLUMN].to_list() == [1]
    assert result.skipped == []


def test_an_identical_file_is_skipped_with_a_note(write: Writer, read: Reader) -> None:
    first = write("stundas.csv", LESSONS_TEXT)
    second = write("kopija/stundas (1).csv", LESSONS_TEXT)
    result = read(first, second)
    assert [f.path for f in result.inputs] == [str(first)]
    [skipped] = result.skipped
    assert skipped.reason == "skip.duplicate"
    assert skipped.params == {"same_as": str(first)}
    assert not skipped.named
    assert result.fatal() is None
    assert result.table("lessons").height == 2


def test_named_files_come_first_then_paths(write: Writer, read: Reader) -> None:
    folder = write("dati/vertejumi.csv", GRADES_TEXT).parent
    lessons = write("stundas.csv", LESSONS_TEXT)
    result = read(folder, explicit=[("lessons", lessons)])
    assert [(f.kind, f.named) for f in result.inputs] == [("lessons", True), ("grades", False)]


def test_a_missing_file_fails_the_run(tmp_path: Path, read: Reader) -> None:
    missing = tmp_path / "nav.csv"
    result = read(missing)
    fatal = result.fatal()
    assert fatal is not None
    assert (fatal.key, fatal.location.path) == ("skip.not_found", str(missing))


def test_a_folder_with_nothing_readable_fails_the_run(write: Writer, read: Reader) -> None:
    folder = write("dati/piezimes.txt", "Tikai piezīmes, nekādas tabulas.\n").parent
    result = read(folder)
    [skipped] = result.skipped
    assert not skipped.named
    fatal = result.fatal()
    assert fatal is not None
    assert fatal.key == "input.no_table"


def test_a_file_in_a_folder_that_cannot_be_read_does_not_fail_the_run(
    write: Writer, read: Reader
) -> None:
    write("dati/bojats.csv", bytes(range(256)))
    folder = write("dati/stundas.csv", LESSONS_TEXT).parent
    result = read(folder)
    assert [s.reason for s in result.skipped] == ["skip.not_text"]
    assert result.fatal() is None


def test_tables_of_one_kind_are_concatenated_in_input_order(write: Writer, read: Reader) -> None:
    first = write("a.csv", LESSONS_TEXT)
    second = write("b.csv", LESSONS_TEXT.replace("Gunta Ābele", "Ilze Ozola"))
    lessons = read(first, second).table("lessons")
    assert lessons.select(SOURCE_COLUMN, ROW_COLUMN).rows() == [(0, 5), (0, 6), (1, 5), (1, 6)]
    assert lessons["teacher"].to_list()[2] == "Ilze Ozola"


def test_every_table_has_every_canonical_column_typed(write: Writer, read: Reader) -> None:
    result = read(write("stundas.csv", LESSONS_TEXT))
    for kind, spec in TABLES.items():
        frame = result.table(kind)
        assert frame.columns == [*spec.all_columns, SOURCE_COLUMN, ROW_COLUMN]
        assert frame.schema == pl.Schema(table_schema(kind))
    assert "lessons" in result.tables
    assert "grades" not in result.tables
    assert result.table("grades").equals(empty_table("grades"))
    lessons = result.table("lessons")
    assert lessons["kind"].dtype == pl.String
    assert lessons["held"].null_count() == lessons.height  # absent columns are typed nulls
    assert result.inputs[0].present == frozenset(
        {"date", "lesson_no", "class", "subject", "teacher", "topic", "homework", "entered_at"}
    )
