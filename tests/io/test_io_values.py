"""Every value form SPEC "Values" names, read by the vectorised parsers and through a file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import polars as pl
import pytest
from io_support import Reader, Writer

from eklase_audit.io import parse
from eklase_audit.io.schema import VOCABULARIES

D = dt.date
T = dt.datetime


def _run(parser: Callable[[pl.Expr], pl.Expr], values: list[str | None]) -> list[object]:
    frame = pl.DataFrame({"x": values}, schema={"x": pl.String})
    return frame.select(parser(parse.clean(pl.col("x")))).to_series().to_list()


def test_dates() -> None:
    values = [
        "03.10.2025",
        "03.10.2025.",
        "3.10.2025",
        "3.1.2026.",
        "2025-10-03",
        "2025-10-03 00:00:00",  # a workbook's date cell
        "45933",  # Excel serial number of 03.10.2025
        " 03.10.2025. ",
        "03.10.2025. 14:05",  # a time after the date is ignored
        "31.02.2025.",
        "03.10.25",
        "7",
        "oktobris",
        None,
    ]
    assert _run(parse.parse_date, values) == [
        D(2025, 10, 3),
        D(2025, 10, 3),
        D(2025, 10, 3),
        D(2026, 1, 3),
        D(2025, 10, 3),
        D(2025, 10, 3),
        D(2025, 10, 3),
        D(2025, 10, 3),
        D(2025, 10, 3),
        None,
        None,
        None,
        None,
        None,
    ]


def test_date_times_rounded_to_the_second_and_never_localised() -> None:
    values = [
        "03.10.2025. 14:05",
        "03.10.2025 14:05:09",
        "3.10.2025. 9:05",
        "2025-10-03 14:05:09",
        "2025-10-03 14:05:09.600",
        "2025-10-03T14:05:09",
        "2025-10-03 14:05",
        "45933.5",  # noon
        "03.10.2025.",  # a date alone is its midnight
        "30.03.2025. 03:30",  # inside the spring DST gap: kept as written
        "26.10.2025. 03:30",  # inside the autumn overlap
        "03.10.2025. 25:00",
        "vakar",
    ]
    assert _run(parse.parse_datetime, values) == [
        T(2025, 10, 3, 14, 5),
        T(2025, 10, 3, 14, 5, 9),
        T(2025, 10, 3, 9, 5),
        T(2025, 10, 3, 14, 5, 9),
        T(2025, 10, 3, 14, 5, 10),
        T(2025, 10, 3, 14, 5, 9),
        T(2025, 10, 3, 14, 5),
        T(2025, 10, 3, 12, 0),
        T(2025, 10, 3, 0, 0),
        T(2025, 3, 30, 3, 30),
        T(2025, 10, 26, 3, 30),
        None,
        None,
    ]


def test_times() -> None:
    values = ["14:05", "9:05", "14:05:09", "1899-12-31 14:05:00", "0.5", "24:30", "x"]
    assert _run(parse.parse_time, values) == [
        dt.time(14, 5),
        dt.time(9, 5),
        dt.time(14, 5, 9),
        dt.time(14, 5),
        dt.time(12, 0),
        None,
        None,
    ]


def test_months() -> None:
    values = [
        "10.2025",
        "10.2025.",
        "2025-10",
        "oktobris 2025",
        "Oktobrī 2025",
        "2025. gada oktobris",
        "2025. g. oktobris",
        "oktobra 2025",
        "OKTOBRIS 2025",
        "octobris 2025",
        "October 2025",
        "Februāris 2026",
        "jūnijs 2026",
        "17.10.2025.",  # any date inside the month
        "2025-10-17 00:00:00",
        "13.2025",
        "oktobris",
    ]
    first = D(2025, 10, 1)
    assert _run(parse.parse_month, values) == [
        first,
        first,
        first,
        first,
        first,
        first,
        first,
        first,
        first,
        None,
        first,
        D(2026, 2, 1),
        D(2026, 6, 1),
        first,
        first,
        None,
        None,
    ]


def test_period_starts() -> None:
    assert _run(parse.parse_period_start, ["06.10.2025.", "oktobris 2025", "10.2025", "x"]) == [
        D(2025, 10, 6),
        D(2025, 10, 1),
        D(2025, 10, 1),
        None,
    ]


def test_weekdays() -> None:
    values = ["pirmdiena", "Otrdiena", "trešdiena", "tresdiena", "C", "Pk", "S", "Sv"]
    values += ["svētdiena", "1", "7.", "Monday", "sun", "8", "x"]
    assert _run(parse.parse_weekday, values) == [1, 2, 3, 3, 4, 5, 6, 7, 7, 1, 7, 1, 7, None, None]


def test_booleans() -> None:
    values = ["jā", "Nē", "ja", "IR", "nav", "yes", "No", "TRUE", "false", "1", "0", "x"]
    assert _run(parse.parse_bool, values) == [
        True,
        False,
        True,
        True,
        False,
        True,
        False,
        True,
        False,
        True,
        False,
        None,
    ]


def test_whole_numbers() -> None:
    values = ["3", "3.", "3.0", " 12 ", "3.5", "-1", "trīs"]
    assert _run(parse.parse_int, values) == [3, 3, 3, 12, None, None, None]


def test_names_collapse_inner_whitespace() -> None:
    assert _run(parse.parse_name, ["  Jānis   Kalniņš ", "Anna\u00a0Bērziņa", "", "  "]) == [
        "Jānis Kalniņš",
        "Anna Bērziņa",
        None,
        None,
    ]


@pytest.mark.parametrize(
    "grade",
    ["7", "7(p.d.)", "85%", "85,5%", "i", "ni", "nv", "a", "atb", "S", "T", "A", "P", "5|7"],
)
def test_grades_are_kept_as_written(grade: str) -> None:
    assert _run(parse.parse_grade, [f" {grade} "]) == [grade]


def test_codes_take_the_canonical_word_or_stay_lower_case() -> None:
    vocabulary = VOCABULARIES[("grades", "work_type")]
    values = ["Formatīvs", "FORMATIVAIS", "p.d.", "Temata noslēguma darbs", "Mājas darbs"]
    assert _run(lambda e: parse.parse_code(e, vocabulary), values) == [
        "formatīvais",
        "formatīvais",
        "pārbaudes darbs",
        "summatīvais",
        "mājas darbs",
    ]
    assert _run(parse.parse_code, [" NS ", "n"]) == ["ns", "n"]


def test_dominant_format_and_the_tolerant_rest(write: Writer, read: Reader) -> None:
    rows = ["01.10.2025."] * 200 + ["2025-10-02", "3.10.2025", "45934", "2025-10-05 00:00:00"]
    text = "Datums;Klase;Priekšmets;Skolotājs\n" + "".join(f"{d};7.b;M;A\n" for d in rows)
    result = read(write("x.csv", text))
    dates = result.table("lessons")["date"].to_list()
    assert dates[:200] == [D(2025, 10, 1)] * 200
    assert dates[200:] == [D(2025, 10, 2), D(2025, 10, 3), D(2025, 10, 4), D(2025, 10, 5)]


def test_many_distinct_entry_times(write: Writer, read: Reader) -> None:
    # Enough distinct values that the column is read row by row with its dominant format.
    minutes = [T(2025, 10, 1, 8, 0) + dt.timedelta(minutes=m) for m in range(300)]
    cells = [m.strftime("%d.%m.%Y. %H:%M") for m in minutes]
    cells[7] = minutes[7].strftime("%Y-%m-%d %H:%M:%S")
    cells[8] = "nav ievadīts"
    text = "Datums;Klase;Priekšmets;Skolotājs;Ievadīts\n" + "".join(
        f"01.10.2025.;7.b;M;A;{cell}\n" for cell in cells
    )
    result = read(write("x.csv", text))
    entered = result.table("lessons")["entered_at"].to_list()
    assert entered == minutes[:8] + minutes[9:]
    assert result.rejected.select("_row", "reason").rows() == [(10, "reject.datetime")]
