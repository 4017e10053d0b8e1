"""Each of the eleven tables, recognised by its header from a small fixture file and read into
canonical values (fixtures/kinds, one file each, openable in Excel)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from io_support import Reader

D = dt.date
T = dt.datetime


@pytest.fixture(scope="module")
def kinds() -> Path:
    return Path(__file__).parent / "fixtures" / "kinds"


EXPECTED = {
    "stundas.csv": (
        "lessons",
        ["class", "group", "teacher", "substitute", "held", "kind", "entered_at"],
        [
            ("5.a", "1. grupa", "Anna Bērziņa", None, True, "stunda", T(2025, 10, 6, 9, 15)),
            ("5.a", None, "Jānis Kalniņš", "Ilze Ozola", True, "stunda", T(2025, 10, 6, 16, 40)),
            ("5.a", None, "Jānis Kalniņš", None, False, "audzināšanas stunda", None),
        ],
    ),
    "vertejumi.csv": (
        "grades",
        ["student", "grade", "work_type", "submitted_at", "corrected_at"],
        [
            ("Pēteris Liepa", "7", "summatīvais", T(2025, 10, 3, 10, 0), None),
            ("Marta Vītola", None, "formatīvais", None, None),  # an empty grade is data
            ("Kārlis Zariņš", "5|7", "pārbaudes darbs", None, T(2025, 10, 10, 0, 0)),
        ],
    ),
    "kavejumi.tsv": (
        "absences",
        ["date", "lesson_no", "student", "code", "entered_at"],
        [
            (D(2025, 10, 6), 1, "Pēteris Liepa", "n", T(2025, 10, 6, 9, 20)),
            (D(2025, 10, 6), 2, "Marta Vītola", None, T(2025, 10, 6, 0, 0)),
            (D(2025, 10, 7), 1, "Kārlis Zariņš", "ns", None),
        ],
    ),
    "semestra_vertejumi.csv": (
        "term_grades",
        ["student", "period", "grade", "entered_at"],
        [
            ("Līga Pētersone", "1. semestris", "8", T(2025, 12, 22, 13, 5)),
            ("Roberts Kalns", "1. semestris", "nv", T(2025, 12, 22, 13, 6)),
            ("Sintija Ābola", "gads", None, None),
        ],
    ),
    "izraksti.csv": (
        "reports",
        ["class", "month", "kind", "teacher", "sent_at"],
        [
            ("5.a", D(2025, 10, 1), "sekmju izraksts", "Anna Bērziņa", T(2025, 11, 3, 12, 0)),
            ("5.a", D(2025, 10, 1), "kavējumu apkopojums", "Anna Bērziņa", None),
            ("5.b", D(2025, 9, 1), "sekmju izraksts", "Ilze Ozola", T(2025, 10, 2, 8, 30)),
        ],
    ),
    "sarunas.csv": (
        "conversations",
        ["date", "student", "topic", "with_whom"],
        [
            (D(2025, 10, 14), "Pēteris Liepa", "Par kavējumiem", "vecāki"),
            (D(2025, 10, 15), "Marta Vītola", None, "skolēns"),  # an empty topic is data
        ],
    ),
    "planosana.csv": (
        "plans",
        ["group", "plan_type", "period_start", "teacher", "topic"],
        [
            ("Zīlītes", "nedēļas", D(2025, 10, 6), "Laura Vanaga", "Rudens"),
            ("Zīlītes", "mēneša", D(2025, 10, 1), "Laura Vanaga", "Ražas laiks"),
        ],
    ),
    "parbaudes_darbi.csv": (
        "test_plan",
        ["date", "scope", "lessons", "changed_by"],
        [
            (D(2025, 10, 20), "Ieskaite: lineāras funkcijas", 2, "Pēteris Ķikāns"),
            (D(2025, 10, 21), "Diktāts", 1, None),
        ],
    ),
    "stundu_saraksts.csv": (
        "timetable",
        ["weekday", "lesson_no", "subject", "valid_from", "valid_to"],
        [
            (1, 1, "Matemātika", D(2025, 9, 1), D(2026, 1, 31)),
            (2, 2, "Latviešu valoda", D(2025, 9, 1), None),
        ],
    ),
    "zurnali.csv": (
        "journals",
        ["name", "kind", "class", "created_at"],
        [
            ("7.b matemātika", "mācību priekšmeta žurnāls", "7.b", T(2025, 8, 25, 9, 0)),
            ("Interešu izglītība: koris", "interešu izglītība", None, None),
        ],
    ),
    "lietotaji.csv": (
        "accounts",
        ["user", "role", "active", "left_at", "requested_at"],
        [
            ("Pēteris Ķikāns", "skolotājs", True, None, None),
            ("Gunta Ābele", "skolotājs", False, T(2025, 6, 30), T(2025, 7, 1)),
        ],
    ),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_table_kind(kinds: Path, read: Reader, name: str) -> None:
    kind, columns, rows = EXPECTED[name]
    result = read(kinds / name)
    assert result.skipped == []
    [file] = result.inputs
    assert file.kind == kind
    assert (file.rows_read, file.rows_rejected) == (len(rows), 0)
    assert result.table(kind).select(columns).rows() == rows
    assert result.table(kind)["_row"].to_list() == list(range(2, 2 + len(rows)))


def test_all_kinds_from_one_folder(kinds: Path, read: Reader) -> None:
    result = read(kinds)
    assert sorted(result.tables) == sorted(kind for kind, _, _ in EXPECTED.values())
    assert len(result.inputs) == 11
