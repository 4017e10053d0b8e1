"""Workbooks: each visible sheet a table with the sheet's own row numbers; hidden sheets listed
as skipped; .xlsx written here, .xls and .ods committed fixtures of the same lessons."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import polars as pl
import pytest
import xlsxwriter
from io_support import Reader, Writer

D = dt.date
T = dt.datetime

LESSONS = [
    (D(2025, 9, 1), 1, "7.b", "Audzināšanas stunda", "Gunta Ābele", T(2025, 9, 1, 10, 12)),
    (D(2025, 9, 2), 2, "7.b", "Matemātika", "Pēteris Ķikāns", T(2025, 9, 2, 15, 40)),
    (D(2025, 9, 2), 3, "7.b", "Latviešu valoda", "Inga Šņore", T(2025, 9, 3, 8, 5)),
    (D(2025, 9, 3), 1, "7.b", "Angļu valoda", "Žanna Čudare", T(2025, 9, 3, 13, 30)),
]
COLUMNS = ["date", "lesson_no", "class", "subject", "teacher", "entered_at"]


def _lessons_xlsx(path: Path) -> Path:
    """The example lessons as Excel holds them: title rows, an empty row, the header on row 4."""
    book = xlsxwriter.Workbook(path)
    date = book.add_format({"num_format": "dd.mm.yyyy"})
    stamp = book.add_format({"num_format": "dd.mm.yyyy hh:mm"})
    sheet = book.add_worksheet("Stundas")
    sheet.write(0, 0, "Rīgas paraugskola")
    sheet.write(1, 0, "Stundu uzskaite: 7.b")
    header = ["Datums", "Stunda", "Klase", "Priekšmets", "Skolotājs", "Ievadīts"]
    sheet.write_row(3, 0, header)
    for offset, (day, number, klass, subject, teacher, entered) in enumerate(LESSONS):
        row = 4 + offset
        sheet.write_datetime(row, 0, dt.datetime.combine(day, dt.time()), date)
        sheet.write_number(row, 1, number)
        sheet.write_row(row, 2, [klass, subject, teacher])
        sheet.write_datetime(row, 5, entered, stamp)
    notes = book.add_worksheet("Piezīmes")
    notes.write(0, 0, "Šī lapa ir tikai piezīmēm.")
    hidden = book.add_worksheet("Slēpta")
    hidden.write_row(0, 0, header)
    hidden.write_row(1, 0, ["01.05.2025.", "1", "7.b", "Matemātika", "X", ""])
    hidden.hide()
    book.close()
    return path


def test_lessons_workbook_keeps_the_sheet_rows(tmp_path: Path, read: Reader) -> None:
    path = _lessons_xlsx(tmp_path / "stundas.xlsx")
    result = read(path)
    [file] = result.inputs
    assert (file.sheet, file.kind, file.header_row, file.encoding) == (
        "Stundas",
        "lessons",
        4,
        None,
    )
    assert result.table("lessons").select(COLUMNS).rows() == LESSONS
    assert result.table("lessons")["_row"].to_list() == [5, 6, 7, 8]
    skipped = {(s.sheet, s.reason, s.named) for s in result.skipped}
    assert skipped == {
        ("Piezīmes", "skip.no_header_none", False),
        ("Slēpta", "skip.hidden_sheet", False),
    }
    assert result.fatal() is None


@pytest.mark.parametrize("name", ["stundas_7b_septembris.xls", "stundas_7b_septembris.ods"])
def test_xls_and_ods_read_like_the_csv(read: Reader, fixtures: Path, name: str) -> None:
    result = read(fixtures / name)
    [file] = result.inputs
    assert (file.sheet, file.header_row, file.rows_read, file.rows_rejected) == ("Stundas", 4, 4, 0)
    assert [(s.sheet, s.reason) for s in result.skipped] == [("Vecās stundas", "skip.hidden_sheet")]
    from_workbook = result.table("lessons").drop("_src")
    from_csv = read(fixtures / "stundas_7b_septembris.csv").table("lessons").drop("_src")
    assert from_workbook.equals(from_csv)
    assert from_workbook["teacher"].to_list() == [lesson[4] for lesson in LESSONS]


def test_the_grades_example(read: Reader, fixtures: Path) -> None:
    result = read(fixtures / "vertejumi_7b_septembris.xlsx")
    [file] = result.inputs
    assert (file.sheet, file.kind, file.header_row) == ("Vērtējumi", "grades", 2)
    grades = result.table("grades")
    assert grades["_row"].to_list() == [3, 4, 5, 6, 7]
    assert grades["grade"].to_list() == ["7", "85%", "6(p.d.)", "nv", "5|7"]
    assert grades["date"].to_list()[0] == D(2025, 9, 5)
    assert grades["student"].to_list()[1] == "Līva Ēcīte"
    assert grades["entered_at"].to_list()[0] == T(2025, 9, 8, 16, 2)
    assert grades["submitted_at"].to_list()[2] == T(2025, 9, 12, 10, 0)


def test_serial_numbers_time_cells_and_offset_columns(tmp_path: Path, read: Reader) -> None:
    path = tmp_path / "vertejumi.xlsx"
    book = xlsxwriter.Workbook(path)
    time = book.add_format({"num_format": "hh:mm"})
    sheet = book.add_worksheet("Lapa1")
    header = ["Datums", "Klase", "Priekšmets", "Skolēns", "Vērtējums", "Ievadīšanas datums"]
    header.append("Ievadīts (laiks)")
    sheet.write_row(2, 2, header)  # the table starts in column C, row 3
    sheet.write_row(3, 2, [45905, "7.b", "Matemātika", "Jānis Ozols", 7, 45908])
    sheet.write_datetime(3, 8, dt.datetime(1899, 12, 31, 16, 2), time)
    sheet.write_row(4, 2, [45905, "7.b", "Matemātika", "Līva Ēcīte", "nv", 45908])
    sheet.write(4, 9, "piezīme ārpus tabulas")  # column J, right of the header
    book.close()
    result = read(path)
    grades = result.table("grades")
    assert grades.select("date", "grade", "entered_at", "_row").rows() == [
        (D(2025, 9, 5), "7", T(2025, 9, 8, 16, 2), 4)
    ]
    assert result.rejected.select("_row", "column", "value", "reason").rows() == [
        (5, "J", "piezīme ārpus tabulas", "reject.too_many_cells")
    ]


def test_a_damaged_workbook_named_on_the_command_line(write: Writer, read: Reader) -> None:
    path = write("stundas.xlsx", b"PK\x03\x04 not really a workbook" * 10)
    result = read(path)
    [skipped] = result.skipped
    assert (skipped.reason, skipped.named) == ("skip.workbook", True)
    assert result.fatal() is not None


def test_a_named_workbook_without_a_table_fails_the_run(tmp_path: Path, read: Reader) -> None:
    path = tmp_path / "piezimes.xlsx"
    book = xlsxwriter.Workbook(path)
    book.add_worksheet("A").write(0, 0, "Nekas")
    book.close()
    result = read(path)
    fatal = result.fatal()
    assert fatal is not None
    assert (fatal.key, fatal.location.sheet) == ("skip.no_header_none", "A")


def test_a_workbook_in_a_folder_only_lists_its_skipped_sheets(tmp_path: Path, read: Reader) -> None:
    folder = tmp_path / "eksporti"
    folder.mkdir()
    _lessons_xlsx(folder / "stundas.xlsx")
    book = xlsxwriter.Workbook(folder / "piezimes.xlsx")
    book.add_worksheet("A").write(0, 0, "Nekas")
    book.close()
    result = read(folder)
    assert [f.path for f in result.inputs] == [str(folder / "stundas.xlsx")]
    assert all(not s.named for s in result.skipped)
    assert result.fatal() is None
    assert isinstance(result.table("lessons"), pl.DataFrame)
