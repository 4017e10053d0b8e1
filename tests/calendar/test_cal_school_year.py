"""School years, periods, breaks and bells looked up per row (RULES.md's school-year table)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import polars as pl

from eklase_audit.calendar.school_year import SchoolCalendar, grade_level

D = dt.date
T = dt.time


def test_grade_level(column: Callable[..., Any]) -> None:
    names = [
        "7.b",
        "12.a",
        "9",
        "1.a",
        "10.b1",
        " 5.c ",
        "9.",
        "Zīlītes",
        "3. grupa",  # a preschool group, not grade 3
        "5-6 gadi",
        "7b",  # no dot: not E-klase's way of writing a class
        "13.a",
        "0",
        "",
        None,
    ]
    expected = [7, 12, 9, 1, 10, 5, 9, None, None, None, None, None, None, None, None]
    assert column(grade_level(pl.col("c")), c=names) == expected
    frame = pl.DataFrame({"c": ["7.b"]}).select(grade_level("c"))
    assert frame.dtypes == [pl.Int8]


def test_school_year(cal: SchoolCalendar, column: Callable[..., Any]) -> None:
    days = [
        D(2025, 9, 1),
        D(2025, 8, 31),
        D(2024, 9, 1),  # a Sunday before the first lesson on 02.09.2024
        D(2026, 7, 15),
        D(2023, 10, 1),
        D(2027, 9, 1),
        None,
    ]
    assert column(cal.school_year(pl.col("d")), d=days) == [
        "2025/2026",
        "2024/2025",
        "2024/2025",
        "2025/2026",
        None,
        None,
        None,
    ]
    assert column(cal.school_year_index(pl.col("d")), d=days[:2]) == [1, 0]


def test_period_containing_a_date_follows_the_grade(
    cal: SchoolCalendar, column: Callable[..., Any]
) -> None:
    days = [D(2026, 6, 1), D(2026, 6, 1), D(2026, 6, 1), D(2025, 12, 29), D(2025, 12, 19)]
    grades = [9, 7, None, 7, 7]
    got = column(cal.period_name(pl.col("d"), pl.col("g")), d=days, g=grades)
    assert got == ["2. semestris", None, None, None, "1. semestris"]
    got = column(cal.period_end(pl.col("d"), pl.col("g")), d=days, g=grades)
    assert got == [D(2026, 6, 12), None, None, None, D(2025, 12, 19)]
    got = column(cal.period_ref(pl.col("d"), pl.col("g")).first, d=days, g=grades)
    assert [x is not None for x in got] == [True, False, False, False, True]


def test_named_period_in_the_year_of_the_date(
    cal: SchoolCalendar, column: Callable[..., Any]
) -> None:
    day = [D(2025, 10, 1)] * 4
    grades = [9, 7, 12, None]
    end = column(cal.period_end(pl.col("d"), pl.col("g"), "2. semestris"), d=day, g=grades)
    assert end == [D(2026, 6, 12), D(2026, 5, 29), D(2026, 6, 19), D(2026, 5, 29)]
    start = column(cal.period_start(pl.col("d"), pl.col("g"), "gads"), d=day, g=grades)
    assert start == [D(2025, 9, 1)] * 4
    end = column(cal.period_end(pl.col("d"), pl.col("g"), "gads"), d=day, g=grades)
    assert end == [D(2026, 6, 12), D(2026, 5, 29), D(2026, 6, 19), D(2026, 5, 29)]


def test_period_names_per_row(cal: SchoolCalendar, column: Callable[..., Any]) -> None:
    names = ["1. semestris", "1.semestris", " 2. Semestris", "gads", "starpvērtējums", None]
    got = column(
        cal.period_end(pl.col("d"), pl.col("g"), pl.col("p")),
        d=[D(2026, 2, 10)] * 6,
        g=[12] * 6,
        p=names,
    )
    assert got == [D(2025, 12, 19), D(2025, 12, 19), D(2026, 6, 19), D(2026, 6, 19), None, None]
    assert column(cal.period_end(pl.col("d"), None, "3. semestris"), d=[D(2026, 2, 10)]) == [None]
    assert cal.period_names() == ("1. semestris", "2. semestris", "gads")


def test_period_begun(cal: SchoolCalendar, column: Callable[..., Any]) -> None:
    days = [D(2025, 12, 29), D(2026, 1, 10), D(2025, 9, 1), D(2026, 7, 1)]
    got = column(cal.period_begun(pl.col("d")), d=days)
    assert got == ["1. semestris", "2. semestris", "1. semestris", "2. semestris"]


def test_breaks(cal: SchoolCalendar, column: Callable[..., Any]) -> None:
    days = [D(2025, 10, 22), D(2026, 1, 2), D(2025, 10, 27), None]
    assert column(cal.break_name(pl.col("d")), d=days) == ["rudens", "ziemas", None, None]
    days = [D(2025, 10, 1), D(2025, 10, 22), D(2025, 11, 10), D(2026, 4, 1), D(2023, 10, 1)]
    assert column(cal.next_autumn_or_spring_break_start(pl.col("d")), d=days) == [
        D(2025, 10, 20),
        D(2025, 10, 20),  # inside the break: that break
        D(2026, 3, 9),
        None,  # after the spring break: none left in 2025/2026
        None,
    ]


def test_bell_schedule(cal: SchoolCalendar, column: Callable[..., Any]) -> None:
    numbers = [1, 3, 10, 11, None]
    assert column(cal.lesson_start(pl.col("n")), n=numbers) == [
        T(8, 30),
        T(10, 10),
        T(16, 20),
        None,
        None,
    ]
    assert column(cal.lesson_end(pl.col("n")), n=numbers) == [
        T(9, 10),
        T(10, 50),
        T(17, 0),
        None,
        None,
    ]
    assert column(cal.lesson_end(pl.col("n")), n=["3", "x"]) == [T(10, 50), None]


def test_date_in_year(cal: SchoolCalendar, column: Callable[..., Any]) -> None:
    days = [D(2026, 2, 10), D(2025, 9, 1), D(2024, 11, 1), D(2030, 1, 1)]
    assert column(cal.date_in_year(pl.col("d"), 9, 15), d=days) == [
        D(2025, 9, 15),
        D(2025, 9, 15),
        D(2024, 9, 15),
        None,
    ]
    assert column(cal.date_in_year(pl.col("d"), 1, 15), d=days[:1]) == [D(2026, 1, 15)]
    assert column(cal.date_in_year(pl.col("d"), 2, 29), d=days[:1]) == [D(2026, 2, 28)]


def test_scalar_lookups(cal: SchoolCalendar) -> None:
    assert cal.year_containing(D(2025, 12, 29)).name == "2025/2026"
    assert cal.year_containing(D(2030, 1, 1)) is None
    assert cal.year_named("2024/2025").start == D(2024, 9, 2)
    assert [b.name for b in cal.breaks[:3]] == ["rudens", "ziemas", "pavasara"]
