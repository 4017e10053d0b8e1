"""School days and school weeks: working days inside a period and outside the pupils' breaks.

Used by the rules that expect something every school day or week (a timetable lesson, a weekly
class hour, a preschool day's health activity).
"""

from __future__ import annotations

import datetime as dt

import polars as pl

from eklase_audit.calendar.school_year import SchoolCalendar


def school_days(calendar: SchoolCalendar, start: dt.date, end: dt.date) -> pl.DataFrame:
    """One row per school day in [start, end]: column ``date``."""
    days = pl.DataFrame(
        {"date": calendar.workdays.working_days_between(start, end)}, schema={"date": pl.Date}
    )
    return days.filter(
        calendar.period_ref(pl.col("date")).first.is_not_null()
        & calendar.break_name(pl.col("date")).is_null()
    )


def school_weeks(calendar: SchoolCalendar, start: dt.date, end: dt.date) -> pl.DataFrame:
    """One row per week with a school day in [start, end]: ``week`` (its Monday) and
    ``last_day`` (its last school day)."""
    days = school_days(calendar, start, end)
    return (
        days.group_by(pl.col("date").dt.truncate("1w").alias("week"))
        .agg(pl.col("date").max().alias("last_day"))
        .sort("week")
    )
