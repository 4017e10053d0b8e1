"""``next_lesson`` (Upesleja 3.4.3.1): the start of the next lesson of the same class, subject and
group after the lesson in which the work was done; with none left in the period, its end."""

from __future__ import annotations

import datetime as dt

import polars as pl

from eklase_audit.calendar.deadlines import (
    REASON_LESSON_NOT_IN_BELL,
    REASON_NO_DATE,
    REASON_NO_PERIOD,
    next_lesson_deadline,
)
from eklase_audit.calendar.school_year import SchoolCalendar, grade_level
from tests.calendar.calendar_support import end_of

D = dt.date
DT = dt.datetime
KEYS = ["class", "subject", "group"]
SCHEMA = {
    "date": pl.Date,
    "lesson_no": pl.Int64,
    "class": pl.String,
    "subject": pl.String,
    "group": pl.String,
}


def _lessons() -> pl.DataFrame:
    rows = [
        # 7.b mathematics, whole class: Monday 06.10.2025 lessons 2 and 5, Wednesday 08.10 lesson 1
        (D(2025, 10, 6), 2, "7.b", "Matemātika", None),
        (D(2025, 10, 6), 5, "7.b", "Matemātika", None),
        (D(2025, 10, 8), 1, "7.b", "Matemātika", None),
        # the last lesson of the 1st semester, then January
        (D(2025, 12, 18), 3, "7.b", "Matemātika", None),
        (D(2026, 1, 6), 1, "7.b", "Matemātika", None),
        # English in two groups: only the same group's lesson counts
        (D(2025, 10, 7), 4, "7.b", "Angļu valoda", "1. grupa"),
        (D(2025, 10, 7), 6, "7.b", "Angļu valoda", "2. grupa"),
        (D(2025, 10, 9), 2, "7.b", "Angļu valoda", "1. grupa"),
        # a next lesson without a number, and one not in the bell schedule
        (D(2025, 10, 13), 1, "8.a", "Fizika", None),
        (D(2025, 10, 14), None, "8.a", "Fizika", None),
        (D(2025, 10, 20), 2, "8.a", "Ķīmija", None),
        (D(2025, 10, 21), 11, "8.a", "Ķīmija", None),
    ]
    return pl.DataFrame(rows, schema=SCHEMA, orient="row")


def _records() -> pl.DataFrame:
    rows = [
        (D(2025, 10, 6), 2, "7.b", "Matemātika", None),  # a later lesson the same day
        (D(2025, 10, 6), 5, "7.b", "Matemātika", None),  # on a later day
        (D(2025, 10, 6), None, "7.b", "Matemātika", None),  # no number: end of its day
        (D(2025, 12, 18), 3, "7.b", "Matemātika", None),  # none left in the semester
        (D(2025, 10, 7), 4, "7.b", "Angļu valoda", "1. grupa"),
        (D(2025, 10, 13), 1, "8.a", "Fizika", None),
        (D(2025, 10, 20), 2, "8.a", "Ķīmija", None),
        (None, 1, "7.b", "Matemātika", None),
        (D(2025, 12, 29), 1, "7.b", "Matemātika", None),  # the winter break: no period
        (D(2026, 6, 1), 3, "9.a", "Vēsture", None),  # grade 9 in June, no lessons given
    ]
    frame = pl.DataFrame(rows, schema=SCHEMA, orient="row")
    return frame.with_columns(pl.int_range(pl.len()).alias("record"))


def test_next_lesson(cal: SchoolCalendar) -> None:
    records = _records()
    got = next_lesson_deadline(
        records.lazy(), _lessons(), cal, keys=KEYS, grade_level=grade_level(pl.col("class"))
    )
    assert got["record"].to_list() == records["record"].to_list()  # order kept
    assert got.columns == [*records.columns, "deadline", "reason"]
    assert list(zip(got["deadline"], got["reason"], strict=True)) == [
        (DT(2025, 10, 6, 12, 0), None),  # lesson 5 starts 12:00
        (DT(2025, 10, 8, 8, 30), None),
        (DT(2025, 10, 8, 8, 30), None),  # lesson 5 the same day does not count
        (end_of(D(2025, 12, 19)), None),  # January is another period: the semester's end
        (DT(2025, 10, 9, 9, 20), None),  # not the 2nd group's lesson 6 on 07.10
        (end_of(D(2025, 10, 14)), None),  # a next lesson without a number
        (None, REASON_LESSON_NOT_IN_BELL),
        (None, REASON_NO_DATE),
        (None, REASON_NO_PERIOD),
        (end_of(D(2026, 6, 12)), None),
    ]


def test_next_lesson_without_lesson_numbers_or_lessons(cal: SchoolCalendar) -> None:
    records = _records().drop("lesson_no").head(2)
    lessons = _lessons().drop("lesson_no")
    got = next_lesson_deadline(records, lessons, cal, keys=KEYS)
    # Every record counts as done at the end of its day; every lesson starts at the end of its.
    assert got["deadline"].to_list() == [end_of(D(2025, 10, 8))] * 2
    none = next_lesson_deadline(records, lessons.clear(), cal, keys=KEYS)
    assert none["deadline"].to_list() == [end_of(D(2025, 12, 19))] * 2
