"""The two example exports (copies in fixtures/), as a school's Excel saved them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from io_support import Reader


def test_lessons_csv_from_latvian_excel(read: Reader, fixtures: Path) -> None:
    result = read(fixtures / "stundas_7b_septembris.csv")
    [file] = result.inputs
    assert (file.kind, file.encoding, file.separator) == ("lessons", "windows-1257", ";")
    assert (file.header_row, file.rows_read, file.blank_rows, file.rows_rejected) == (4, 4, 0, 0)
    lessons = result.table("lessons")
    first = lessons.row(0, named=True)
    assert first["_row"] == 5
    assert (first["date"], first["lesson_no"], first["class"]) == (dt.date(2025, 9, 1), 1, "7.b")
    assert (first["subject"], first["teacher"]) == ("Audzināšanas stunda", "Gunta Ābele")
    assert first["entered_at"] == dt.datetime(2025, 9, 1, 10, 12)
    assert lessons["teacher"].to_list() == [
        "Gunta Ābele",
        "Pēteris Ķikāns",
        "Inga Šņore",
        "Žanna Čudare",
    ]
    assert lessons["topic"].to_list()[1] == "Naturālie skaitļi; atkārtojums"
    assert lessons["homework"].to_list() == [None, "Uzd. 1-5, 12. lpp.", None, None]


def test_grades_workbook(read: Reader, fixtures: Path) -> None:
    result = read(fixtures / "vertejumi_7b_septembris.xlsx")
    [file] = result.inputs
    assert (file.sheet, file.header_row, file.rows_read) == ("Vērtējumi", 2, 5)
    grades = result.table("grades")
    assert grades["_row"].to_list()[0] == 3
    assert grades["teacher"].to_list()[0] == "Pēteris Ķikāns"
    assert grades["work_type"].to_list() == [
        "formatīvais",
        "formatīvais",
        "summatīvais",
        "summatīvais",
        "formatīvais",
    ]
