"""Every deadline form of RULES.md "Deadlines, precisely", with dates read off the calendar."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

from eklase_audit.calendar.deadline_spec import DeadlineKind, parse_deadline
from eklase_audit.calendar.deadlines import (
    REASON_LESSON_NOT_IN_BELL,
    REASON_NO_BREAK,
    REASON_NO_DATE,
    REASON_NO_LESSON_NO,
    REASON_NO_LESSONS_TABLE,
    REASON_NO_PERIOD,
    REASON_NO_SCHOOL_CALENDAR,
    REASON_OUTSIDE_CALENDAR,
    deadline_exprs,
    late_by_exprs,
)
from eklase_audit.calendar.school_year import SchoolCalendar
from tests.calendar.calendar_support import config_with, deadlines, end_of

D = dt.date
DT = dt.datetime


def on_time(deadline: dt.datetime, entered: dt.datetime) -> bool:
    """Inclusive, as RULES.md reads "līdz": an entry at the deadline is on time."""
    return entered <= deadline


def late_by(
    cal: SchoolCalendar, deadline: dt.datetime | None, done: dt.datetime | None
) -> tuple[int | None, float | None]:
    frame = pl.DataFrame(
        {"deadline": [deadline], "done": [done]},
        schema={"deadline": pl.Datetime("us"), "done": pl.Datetime("us")},
    )
    days, hours = late_by_exprs(pl.col("deadline"), pl.col("done"), cal)
    row = frame.select(days.alias("days"), hours.alias("hours"))
    assert row.dtypes == [pl.Int32, pl.Float64]
    return row.row(0)


# -- Aknīste 5: formative grades, working_days 3 --------------------------------------------------


def test_aknistes_formative_over_a_transferred_saturday(cal: SchoolCalendar) -> None:
    # Friday 07.11.2025: Saturday 08.11 is a working day, then Monday 10 and Tuesday 11.
    [(deadline, reason)] = deadlines(cal, "working_days 3", [D(2025, 11, 7)])
    assert (deadline, reason) == (end_of(D(2025, 11, 11)), None)
    entered = DT(2025, 11, 12, 8, 0)
    assert not on_time(deadline, entered)
    assert late_by(cal, deadline, entered) == (1, 8.0)


def test_aknistes_formative_over_a_day_off_and_a_holiday(cal: SchoolCalendar) -> None:
    # Friday 14.11.2025: Monday 17.11 is a day off, Tuesday 18.11 a holiday.
    [(deadline, reason)] = deadlines(cal, "working_days 3", [D(2025, 11, 14)])
    assert (deadline, reason) == (end_of(D(2025, 11, 21)), None)
    assert on_time(deadline, DT(2025, 11, 21, 23, 0))
    assert on_time(deadline, DT(2025, 11, 21, 23, 59, 59))  # at the deadline: on time
    assert not on_time(deadline, DT(2025, 11, 22, 0, 0))


def test_working_days_friday_to_monday_and_across_the_winter_break(cal: SchoolCalendar) -> None:
    got = deadlines(
        cal,
        "working_days 1",
        [D(2025, 11, 21), D(2025, 12, 26), D(2025, 12, 30), D(2025, 12, 23)],
    )
    assert [d for d, _ in got] == [
        end_of(D(2025, 11, 24)),  # Friday -> Monday
        end_of(D(2025, 12, 29)),  # the break is no day off: Monday 29.12 is worked
        end_of(D(2026, 1, 5)),  # 31.12, 01.01, 02.01 off
        end_of(D(2025, 12, 29)),  # 24-26.12 off
    ]
    got = deadlines(cal, "working_days 3", [D(2025, 12, 23)])
    assert got == [(end_of(D(2026, 1, 5)), None)]  # 29.12, 30.12, 05.01
    got = deadlines(cal, "working_days 10", [D(2025, 12, 19)])  # DVG 19
    # 22, 23, 29, 30.12; 05, 06, 07, 08, 09, 12.01
    assert got == [(end_of(D(2026, 1, 12)), None)]


def test_working_days_when_the_school_does_not_follow_transfers() -> None:
    cal = SchoolCalendar.for_dates(config_with(transferred_working_days=False))
    [(deadline, _)] = deadlines(cal, "working_days 3", [D(2025, 11, 7)])
    # 08.11 is a Saturday off: 10, 11, 12.11.
    assert deadline == end_of(D(2025, 11, 12))
    assert on_time(deadline, DT(2025, 11, 12, 8, 0))
    # 17.11 is then an ordinary Monday: 17, 19, 20.11 (18.11 stays a holiday).
    assert deadlines(cal, "working_days 3", [D(2025, 11, 14)]) == [(end_of(D(2025, 11, 20)), None)]


def test_working_days_with_the_profiles_own_days() -> None:
    off = SchoolCalendar.for_dates(config_with(days_off=(D(2025, 11, 10),)))
    assert deadlines(off, "working_days 3", [D(2025, 11, 7)]) == [(end_of(D(2025, 11, 12)), None)]
    on = SchoolCalendar.for_dates(config_with(working_days=(D(2025, 11, 15),)))
    assert deadlines(on, "working_days 3", [D(2025, 11, 14)]) == [(end_of(D(2025, 11, 20)), None)]


# -- days N --------------------------------------------------------------------------------------


def test_days_rolls_forward_off_days(cal: SchoolCalendar) -> None:
    got = deadlines(
        cal,
        "days 7",
        [D(2025, 11, 15), D(2025, 11, 10), D(2025, 11, 1), D(2025, 12, 24), D(2025, 11, 12)],
    )
    assert [d for d, _ in got] == [
        end_of(D(2025, 11, 24)),  # 22.11 is a Saturday
        end_of(D(2025, 11, 19)),  # 17.11 day off, 18.11 holiday
        end_of(D(2025, 11, 8)),  # a transferred working Saturday: stays
        end_of(D(2026, 1, 5)),  # 31.12 holiday, 01-02.01 off, weekend
        end_of(D(2025, 11, 19)),  # a working day: stays
    ]


def test_days_without_roll_forward(cal: SchoolCalendar) -> None:
    spec = parse_deadline("days 7", roll_forward=False)
    got = deadlines(cal, spec, [D(2025, 11, 15), D(2025, 11, 10)])
    assert [d for d, _ in got] == [end_of(D(2025, 11, 22)), end_of(D(2025, 11, 17))]


# -- months and weeks ----------------------------------------------------------------------------


def test_month_day(cal: SchoolCalendar) -> None:
    got = deadlines(cal, "month_day 5", [D(2025, 12, 1), D(2025, 12, 31), D(2025, 10, 15)])
    assert [d for d, _ in got] == [
        end_of(D(2026, 1, 5)),
        end_of(D(2026, 1, 5)),
        end_of(D(2025, 11, 5)),
    ]
    # Day 31 of February is its last day.
    assert deadlines(cal, "month_day 31", [D(2026, 1, 20)]) == [(end_of(D(2026, 2, 28)), None)]


def test_last_day_of_month(cal: SchoolCalendar) -> None:
    got = deadlines(cal, "last_day_of_month", [D(2026, 2, 15), D(2024, 2, 10), D(2025, 11, 1)])
    assert [d for d, _ in got] == [
        end_of(D(2026, 2, 28)),
        end_of(D(2024, 2, 29)),
        end_of(D(2025, 11, 30)),  # a Sunday: calendar days, no roll
    ]


def test_last_working_day_of_month(cal: SchoolCalendar) -> None:
    got = deadlines(
        cal, "last_working_day_of_month", [D(2025, 11, 3), D(2025, 12, 10), D(2026, 5, 4)]
    )
    assert [d for d, _ in got] == [
        end_of(D(2025, 11, 28)),  # 30.11 Sunday, 29.11 Saturday
        end_of(D(2025, 12, 30)),  # 31.12 New Year's Eve
        end_of(D(2026, 5, 29)),
    ]


def test_last_working_day_of_previous_month(cal: SchoolCalendar) -> None:
    got = deadlines(
        cal, "last_working_day_of_previous_month", [D(2026, 6, 1), D(2026, 1, 1), D(2025, 12, 1)]
    )
    assert [d for d, _ in got] == [
        end_of(D(2026, 5, 29)),  # plan of June 2026
        end_of(D(2025, 12, 30)),  # plan of January 2026
        end_of(D(2025, 11, 28)),
    ]


def test_previous_friday_even_when_it_is_a_holiday(cal: SchoolCalendar) -> None:
    # The week of Monday 04.05.2026 (itself a holiday): Friday 01.05.2026, a holiday.
    got = deadlines(
        cal,
        "previous_friday 19:00",
        [D(2026, 5, 4), D(2026, 5, 6), D(2026, 5, 10), D(2025, 11, 10)],
    )
    assert [d for d, _ in got] == [
        DT(2026, 5, 1, 19, 0),
        DT(2026, 5, 1, 19, 0),
        DT(2026, 5, 1, 19, 0),  # Sunday: still the week of 04.05
        DT(2025, 11, 7, 19, 0),
    ]


# -- within a day --------------------------------------------------------------------------------


def test_lesson_end(cal: SchoolCalendar) -> None:
    got = deadlines(
        cal,
        "lesson_end",
        [D(2025, 10, 6), D(2025, 10, 6), D(2025, 10, 6), D(2025, 10, 6)],
        lesson_no=[3, 10, None, 12],
    )
    assert got == [
        (DT(2025, 10, 6, 10, 50), None),
        (DT(2025, 10, 6, 17, 0), None),
        (None, REASON_NO_LESSON_NO),
        (None, REASON_LESSON_NOT_IN_BELL),
    ]
    # No lesson-number column at all.
    assert deadlines(cal, "lesson_end", [D(2025, 10, 6), None]) == [
        (None, REASON_NO_LESSON_NO),
        (None, REASON_NO_DATE),
    ]


def test_same_day(cal: SchoolCalendar) -> None:
    assert deadlines(cal, "same_day 17:00", [D(2025, 10, 6)]) == [(DT(2025, 10, 6, 17, 0), None)]
    assert deadlines(cal, "same_day 07:30", [D(2025, 11, 8)]) == [(DT(2025, 11, 8, 7, 30), None)]
    assert deadlines(cal, "same_day", [D(2025, 10, 6)]) == [(end_of(D(2025, 10, 6)), None)]


# -- periods and breaks --------------------------------------------------------------------------


def test_period_end_by_grade(cal: SchoolCalendar) -> None:
    day = D(2026, 3, 10)  # 2nd semester 2025/2026
    got = deadlines(cal, "period_end", [day] * 4, grades=["9.a", "7.b", "12.c", "Zīlītes"])
    assert got == [
        (end_of(D(2026, 6, 12)), None),
        (end_of(D(2026, 5, 29)), None),
        (end_of(D(2026, 6, 19)), None),
        (end_of(D(2026, 5, 29)), None),
    ]
    # In June only grades 9 and 12 are still in a period.
    got = deadlines(cal, "period_end", [D(2026, 6, 10)] * 2, grades=["9.a", "7.b"])
    assert got == [(end_of(D(2026, 6, 12)), None), (None, REASON_NO_PERIOD)]


def test_period_end_of_a_named_period(cal: SchoolCalendar) -> None:
    got = deadlines(
        cal,
        "period_end",
        [D(2026, 6, 25)] * 3,
        grades=["9.a", "7.b", "12.a"],
        periods=["gads", "1. semestris", "2. semestris"],
    )
    assert got == [
        (end_of(D(2026, 6, 12)), None),
        (end_of(D(2025, 12, 19)), None),
        (end_of(D(2026, 6, 19)), None),
    ]
    got = deadlines(cal, "period_end", [D(2026, 2, 1)], grades=["7.b"], periods=["starpvērtējums"])
    assert got == [(None, REASON_NO_PERIOD)]


def test_before_period_end(cal: SchoolCalendar) -> None:
    # Aknīste 8: three calendar days before 19.12.2025.
    assert deadlines(cal, "before_period_end 3", [D(2025, 10, 10)]) == [
        (end_of(D(2025, 12, 16)), None)
    ]
    got = deadlines(
        cal,
        "before_period_end 3",
        [D(2026, 2, 1)] * 3,
        grades=["7.b", "12.a", "9.b"],
        periods=["1. semestris", "2. semestris", "gads"],
    )
    assert got == [
        (end_of(D(2025, 12, 16)), None),
        (end_of(D(2026, 6, 16)), None),
        (end_of(D(2026, 6, 9)), None),
    ]
    # A constant period name works as well as a column.
    got = deadlines(cal, "before_period_end 3", [D(2026, 2, 1)], periods="1. semestris")
    assert got == [(end_of(D(2025, 12, 16)), None)]


def test_before_break(cal: SchoolCalendar) -> None:
    got = deadlines(
        cal,
        "before_break",
        [D(2025, 10, 1), D(2025, 10, 22), D(2025, 10, 27), D(2026, 4, 1), D(2023, 10, 1)],
    )
    assert got == [
        (end_of(D(2025, 10, 17)), None),  # autumn break from Monday 20.10.2025
        (end_of(D(2025, 10, 17)), None),  # inside the break: that break
        (end_of(D(2026, 3, 6)), None),  # spring break from Monday 09.03.2026
        (None, REASON_NO_BREAK),
        (None, REASON_NO_SCHOOL_CALENDAR),
    ]


def test_period_start_by(cal: SchoolCalendar) -> None:
    got = deadlines(cal, "period_start_by 09-01", [D(2026, 2, 10), D(2024, 10, 1)])
    assert got == [(end_of(D(2025, 9, 1)), None), (end_of(D(2024, 9, 1)), None)]
    assert deadlines(cal, "period_start_by 09-15", [D(2025, 12, 1)]) == [
        (end_of(D(2025, 9, 15)), None)
    ]


def test_period_start_working_days(cal: SchoolCalendar) -> None:
    got = deadlines(
        cal,
        "period_start_working_days 2",
        [D(2026, 1, 20), D(2025, 10, 1), D(2024, 9, 20), D(2025, 12, 29)],
    )
    assert got == [
        (end_of(D(2026, 1, 6)), None),  # Monday 05.01.2026 is day 1
        (end_of(D(2025, 9, 2)), None),
        (end_of(D(2024, 9, 3)), None),
        (None, REASON_NO_PERIOD),  # in the winter break
    ]
    got = deadlines(cal, "period_start_working_days 2", [D(2025, 10, 1)], periods=["2. semestris"])
    assert got == [(end_of(D(2026, 1, 6)), None)]


# -- what cannot be computed ---------------------------------------------------------------------


@pytest.mark.parametrize("kind", list(DeadlineKind), ids=str)
def test_a_null_date_is_null_never_a_crash(cal: SchoolCalendar, kind: DeadlineKind) -> None:
    text = {
        "same_day": "same_day 17:00",
        "previous_friday": "previous_friday 19:00",
        "period_start_by": "period_start_by 09-01",
    }.get(kind.value, kind.value)
    if kind.value in ("working_days", "days", "month_day", "before_period_end"):
        text = f"{kind.value} 3"
    if kind is DeadlineKind.period_start_working_days:
        text = f"{kind.value} 2"
    got = deadlines(cal, text, [None, None], lesson_no=[None, 3], grades=[None, "9.a"])
    assert got == [(None, REASON_NO_DATE), (None, REASON_NO_DATE)]


def test_a_date_beyond_the_built_range(cal: SchoolCalendar) -> None:
    far = [D(2035, 1, 10)]
    assert deadlines(cal, "working_days 3", far) == [(None, REASON_OUTSIDE_CALENDAR)]
    assert deadlines(cal, "days 7", far) == [(None, REASON_OUTSIDE_CALENDAR)]
    assert deadlines(cal, "last_working_day_of_month", far) == [(None, REASON_OUTSIDE_CALENDAR)]
    assert deadlines(cal, "period_end", far) == [(None, REASON_NO_SCHOOL_CALENDAR)]
    # Inside the range, but the answer would lie beyond it.
    assert deadlines(cal, "working_days 5", [D(2028, 12, 28)]) == [(None, REASON_OUTSIDE_CALENDAR)]
    # Forms that need no working days still answer.
    assert deadlines(cal, "same_day 17:00", far) == [(DT(2035, 1, 10, 17, 0), None)]


def test_next_lesson_needs_the_lessons_table(cal: SchoolCalendar) -> None:
    assert deadlines(cal, "next_lesson", [D(2025, 10, 6)]) == [(None, REASON_NO_LESSONS_TABLE)]


def test_deadline_columns_are_named_and_typed(cal: SchoolCalendar) -> None:
    exprs = deadline_exprs(parse_deadline("working_days 3"), cal, date=pl.col("d"))
    frame = pl.DataFrame({"d": [D(2025, 11, 7)]}).select(exprs.deadline, exprs.reason)
    assert frame.schema == pl.Schema({"deadline": pl.Datetime("us"), "reason": pl.String})


def test_a_datetime_column_counts_from_its_day(cal: SchoolCalendar) -> None:
    exprs = deadline_exprs(parse_deadline("working_days 3"), cal, date=pl.col("at"))
    frame = pl.DataFrame({"at": [DT(2025, 11, 7, 16, 30)]}).select(exprs.deadline)
    assert frame.item() == end_of(D(2025, 11, 11))


# -- late by -------------------------------------------------------------------------------------


def test_late_by(cal: SchoolCalendar) -> None:
    # Friday 17:00 to Monday 09:30: one working day (Monday), 64.5 hours.
    assert late_by(cal, DT(2025, 11, 21, 17, 0), DT(2025, 11, 24, 9, 30)) == (1, 64.5)
    # The same day, an hour late: no working day.
    assert late_by(cal, DT(2025, 10, 6, 17, 0), DT(2025, 10, 6, 18, 0)) == (0, 1.0)
    # Across the winter break: 29.12, 30.12, 05.01; 13 days less 7 hours.
    assert late_by(cal, DT(2025, 12, 23, 17, 0), DT(2026, 1, 5, 10, 0)) == (3, 305.0)
    # Over a transferred Saturday and a holiday weekend: 08.11, 10.11.
    assert late_by(cal, end_of(D(2025, 11, 7)), DT(2025, 11, 10, 0, 0, 1)) == (2, 48.0)
    assert late_by(cal, DT(2025, 10, 6, 17, 0), None) == (None, None)
