"""The calendar the tests start from: RULES.md's school-year table and the common bell schedule.

Every expected date in these tests is read off the real Latvian calendar by hand, never computed
by the code under test.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

import polars as pl

from eklase_audit.calendar.deadline_spec import DeadlineSpec, parse_deadline
from eklase_audit.calendar.deadlines import deadline_exprs
from eklase_audit.calendar.school_year import SchoolCalendar, grade_level
from eklase_audit.profiles.model import BellSchedule, Break, CalendarConfig, Period, SchoolYear

D = dt.date


def _year(
    name: str,
    first: tuple[D, D],
    second: tuple[D, D],
    grade9: D,
    grade12: D,
    autumn: tuple[D, D],
    winter: tuple[D, D],
    spring: tuple[D, D],
) -> SchoolYear:
    start_year = first[0].year
    return SchoolYear(
        name=name,
        start=first[0],
        end=D(start_year + 1, 8, 31),
        periods=(
            Period("1. semestris", *first),
            Period("2. semestris", *second, end_by_grade={9: grade9, 12: grade12}),
        ),
        breaks=(
            Break("rudens", *autumn),
            Break("ziemas", *winter),
            Break("pavasara", *spring),
        ),
    )


YEARS = (
    _year(
        "2024/2025",
        (D(2024, 9, 2), D(2024, 12, 20)),
        (D(2025, 1, 6), D(2025, 5, 30)),
        D(2025, 6, 13),
        D(2025, 6, 20),
        (D(2024, 10, 21), D(2024, 10, 25)),
        (D(2024, 12, 23), D(2025, 1, 3)),
        (D(2025, 3, 10), D(2025, 3, 14)),
    ),
    _year(
        "2025/2026",
        (D(2025, 9, 1), D(2025, 12, 19)),
        (D(2026, 1, 5), D(2026, 5, 29)),
        D(2026, 6, 12),
        D(2026, 6, 19),
        (D(2025, 10, 20), D(2025, 10, 24)),
        (D(2025, 12, 22), D(2026, 1, 2)),
        (D(2026, 3, 9), D(2026, 3, 13)),
    ),
    _year(
        "2026/2027",
        (D(2026, 9, 1), D(2026, 12, 18)),
        (D(2027, 1, 4), D(2027, 5, 31)),
        D(2027, 6, 11),
        D(2027, 6, 18),
        (D(2026, 10, 19), D(2026, 10, 23)),
        (D(2026, 12, 21), D(2027, 1, 1)),
        (D(2027, 3, 8), D(2027, 3, 12)),
    ),
)

_T = dt.time
BELL = BellSchedule(
    {
        1: (_T(8, 30), _T(9, 10)),
        2: (_T(9, 20), _T(10, 0)),
        3: (_T(10, 10), _T(10, 50)),
        4: (_T(11, 0), _T(11, 40)),
        5: (_T(12, 0), _T(12, 40)),
        6: (_T(13, 0), _T(13, 40)),
        7: (_T(13, 50), _T(14, 30)),
        8: (_T(14, 40), _T(15, 20)),
        9: (_T(15, 30), _T(16, 10)),
        10: (_T(16, 20), _T(17, 0)),
    },
    is_default=True,
)

CONFIG = CalendarConfig(years=YEARS, bell=BELL)


def config_with(**changes: object) -> CalendarConfig:
    """The test calendar with some fields changed (transfers off, extra days...)."""
    return dataclasses.replace(CONFIG, **changes)


def deadlines(
    cal: SchoolCalendar,
    deadline: str | DeadlineSpec,
    dates: Sequence[dt.date | None],
    *,
    lesson_no: Sequence[int | None] | None = None,
    grades: Sequence[str | None] | None = None,
    periods: Sequence[str | None] | str | None = None,
) -> list[tuple[dt.datetime | None, str | None]]:
    """(deadline, reason) per date, evaluated on both engines, which must agree."""
    spec = parse_deadline(deadline) if isinstance(deadline, str) else deadline
    size = len(dates)
    frame = pl.DataFrame(
        {
            "date": list(dates),
            "lesson_no": list(lesson_no) if lesson_no is not None else [None] * size,
            "class": list(grades) if grades is not None else [None] * size,
            "period": list(periods)
            if isinstance(periods, Sequence) and not isinstance(periods, str)
            else [None] * size,
        },
        schema={"date": pl.Date, "lesson_no": pl.Int64, "class": pl.String, "period": pl.String},
    )
    if isinstance(periods, str):
        period: pl.Expr | str | None = periods
    elif periods is not None:
        period = pl.col("period")
    else:
        period = None
    exprs = deadline_exprs(
        spec,
        cal,
        date=pl.col("date"),
        lesson_no=pl.col("lesson_no") if lesson_no is not None else None,
        grade_level=grade_level(pl.col("class")) if grades is not None else None,
        period=period,
    )
    plan = frame.lazy().select(exprs.deadline, exprs.reason)
    in_memory = plan.collect(engine="in-memory")
    streaming = plan.collect(engine="streaming")
    assert in_memory.equals(streaming), (in_memory, streaming)
    return list(in_memory.iter_rows())


def end_of(day: dt.date) -> dt.datetime:
    """23:59:59 of a day, written out so that expectations read as dates."""
    return dt.datetime.combine(day, dt.time(23, 59, 59))
