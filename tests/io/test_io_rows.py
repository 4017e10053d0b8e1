"""Row numbers as a spreadsheet shows them, blank rows, and rows rejected with the first cell
that cannot be read (DQ003)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from io_support import LESSONS_TEXT, Reader, Writer

from eklase_audit.io.model import ReadResult


def _rejected(result: ReadResult) -> list[tuple[int, str, str, str]]:
    return [
        (row["_row"], row["column"], row["value"], row["reason"])
        for row in result.rejected.iter_rows(named=True)
    ]


def test_one_garbled_date_rejects_exactly_its_row(
    write: Writer, read: Reader, fixtures: Path
) -> None:
    original = (fixtures / "stundas_7b_septembris.csv").read_bytes()
    garbled = original.replace(b"02.09.2025.;2;", b"31.02.2025.;2;", 1)
    assert garbled != original
    result = read(write("stundas.csv", garbled))
    [file] = result.inputs
    assert (file.rows_read, file.rows_rejected) == (4, 1)
    assert _rejected(result) == [(6, "Datums", "31.02.2025.", "reject.date")]
    assert result.table("lessons")["_row"].to_list() == [5, 7, 8]
    assert result.table("lessons")["date"].to_list() == [
        dt.date(2025, 9, 1),
        dt.date(2025, 9, 2),
        dt.date(2025, 9, 3),
    ]


def test_multi_line_cells_and_blank_lines_keep_spreadsheet_rows(
    write: Writer, read: Reader
) -> None:
    text = (
        "Datums;Klase;Priekšmets;Skolotājs;Tēma\r\n"  # 1
        '01.09.2025.;7.b;M;A;"Pirmā rinda\r\notrā rinda"\r\n'  # 2 (two lines, one row)
        "\r\n"  # 3
        "  ;   ;\r\n"  # 4: only spaces, a blank row too
        "02.09.2025.;7.b;M;A;T\r\n"  # 5
        "xx.09.2025.;7.b;M;A;T\r\n"  # 6
    )
    result = read(write("x.csv", text))
    [file] = result.inputs
    assert (file.rows_read, file.blank_rows, file.rows_rejected) == (3, 2, 1)
    lessons = result.table("lessons")
    assert lessons["_row"].to_list() == [2, 5]
    assert lessons["topic"].to_list() == ["Pirmā rinda\r\notrā rinda", "T"]
    assert _rejected(result) == [(6, "Datums", "xx.09.2025.", "reject.date")]


def test_a_ragged_line_is_rejected_with_its_row(write: Writer, read: Reader) -> None:
    text = (
        "Datums;Klase;Priekšmets;Skolotājs\n"
        "01.09.2025.;7.b;M;A\n"
        "02.09.2025.;7.b;M;A;lieka šūna\n"
        "03.09.2025.;7.b;M;A;;;\n"  # empty cells beyond the header are harmless
        "04.09.2025.;7.b;M\n"  # a short line is padded: its teacher is missing
    )
    result = read(write("x.csv", text))
    assert _rejected(result) == [
        (3, "E", "lieka šūna", "reject.too_many_cells"),
        (5, "Skolotājs", "", "reject.empty"),
    ]
    assert result.table("lessons")["_row"].to_list() == [2, 4]


def test_an_unclosed_quote_rejects_its_row_and_keeps_the_rows_after_it(
    write: Writer, read: Reader
) -> None:
    text = (
        "Datums;Klase;Priekšmets;Skolotājs;Tēma\n"  # 1
        '01.09.2025.;7.b;M;A;"Tēma bez beigām\n'  # 2: the quote is never closed
        "02.09.2025.;7.b;M;A;Otrā\n"  # 3
        '03.09.2025.;7.b;M;A;"Trešā; ar semikolu"\n'  # 4
    )
    data_lines = 3
    result = read(write("x.csv", text))
    [file] = result.inputs
    assert (file.rows_read, file.rows_rejected) == (data_lines, 1)
    assert result.table("lessons").height + result.rejected.height == data_lines
    assert _rejected(result) == [(2, "Tēma", "Tēma bez beigām", "reject.unclosed_quote")]
    lessons = result.table("lessons")
    assert lessons["_row"].to_list() == [3, 4]
    assert lessons["topic"].to_list() == ["Otrā", "Trešā; ar semikolu"]


def test_the_first_offending_column_in_header_order_is_named(write: Writer, read: Reader) -> None:
    text = (
        "Klase;Datums;Stunda;Priekšmets;Skolotājs;Notika;Ievadīts\n"
        "7.b;31.02.2025.;x;M;A;jā;\n"  # 2: the date comes before the lesson number
        ";01.09.2025.;x;M;A;jā;\n"  # 3: the empty class comes first
        "7.b;01.09.2025.;3.5;M;A;jā;\n"  # 4
        "7.b;01.09.2025.;3;M;A;varbūt;\n"  # 5
        "7.b;01.09.2025.;3;M;A;jā;vakar\n"  # 6
        "7.b; 01.09.2025. ;3.;M;A;nē;\n"  # 7: fine
    )
    result = read(write("x.csv", text))
    assert _rejected(result) == [
        (2, "Datums", "31.02.2025.", "reject.date"),
        (3, "Klase", "", "reject.empty"),
        (4, "Stunda", "3.5", "reject.int"),
        (5, "Notika", "varbūt", "reject.bool"),
        (6, "Ievadīts", "vakar", "reject.datetime"),
    ]
    lessons = result.table("lessons")
    assert lessons.select("_row", "date", "lesson_no", "held", "entered_at").rows() == [
        (7, dt.date(2025, 9, 1), 3, False, None)
    ]


def test_a_bad_time_cell_is_named(write: Writer, read: Reader) -> None:
    text = (
        "Datums;Klase;Priekšmets;Skolotājs;Ievadīts (datums);Ievadīts (laiks)\n"
        "01.09.2025.;7.b;M;A;02.09.2025.;25:99\n"
        "01.09.2025.;7.b;M;A;;10:00\n"
    )
    result = read(write("x.csv", text))
    assert _rejected(result) == [
        (2, "Ievadīts (laiks)", "25:99", "reject.time"),
        (3, "Ievadīts (datums)", "", "reject.empty"),
    ]


def test_month_weekday_and_period_rejections(write: Writer, read: Reader) -> None:
    reports = write("izraksti.csv", "Klase;Mēnesis\n5.a;13.2025\n5.a;10.2025\n")
    timetable = write("saraksts.csv", "Klase;Diena;Stunda;Priekšmets\n5.a;Xd;1;M\n")
    plans = write("plani.csv", "Grupa;Plāna veids;Sākuma datums\nZīlītes;nedēļas;nākamnedēļ\n")
    result = read(reports, timetable, plans)
    assert [(r[0], r[1], r[3]) for r in _rejected(result)] == [
        (2, "Mēnesis", "reject.month"),
        (2, "Diena", "reject.weekday"),
        (2, "Sākuma datums", "reject.period_start"),
    ]
    assert result.rejected["_src"].to_list() == [0, 1, 2]
    assert result.table("reports")["month"].to_list() == [dt.date(2025, 10, 1)]


def test_an_empty_entry_time_is_not_entered_yet(write: Writer, read: Reader) -> None:
    result = read(write("x.csv", LESSONS_TEXT.replace(";01.09.2025. 10:12", ";")))
    assert result.rejected.is_empty()
    assert result.table("lessons")["entered_at"].to_list() == [
        None,
        dt.datetime(2025, 9, 2, 15, 40),
    ]


def test_rows_reconcile_with_what_was_read(write: Writer, read: Reader) -> None:
    text = (
        "Datums;Klase;Priekšmets;Skolotājs\n"
        + "01.09.2025.;7.b;M;A\n" * 5
        + "\n" * 3
        + "bad;7.b;M;A\n" * 2
    )
    result = read(write("x.csv", text))
    [file] = result.inputs
    assert (file.rows_read, file.blank_rows, file.rows_rejected) == (7, 3, 2)
    assert result.table("lessons").height + result.rejected.height == file.rows_read
