"""Scope: which rows are audited, by their event date (SPEC "Times": for a report its month,
for a plan its first day), and the period of the school year of --as-of."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

import polars as pl

from eklase_audit.calendar.school_year import SchoolCalendar, grade_level
from eklase_audit.errors import UsageError

# The column each table's scope is decided by (SPEC: the event date; a report's month; a plan's
# start). A row whose scope column is empty is in scope: nothing says it is not.
SCOPE_COLUMN: dict[str, str] = {
    "lessons": "date",
    "grades": "date",
    "absences": "date",
    "term_grades": "date",
    "reports": "month",
    "conversations": "date",
    "plans": "period_start",
    "test_plan": "date",
    "timetable": "valid_from",
    "journals": "created_at",
    "accounts": "left_at",
}


@dataclass(frozen=True)
class Scope:
    """The event dates audited: fixed bounds, or a named period whose end follows the grade."""

    start: dt.date | None = None
    end: dt.date | None = None
    period: str | None = None  # "1. semestris": the period of the school year of --as-of

    @property
    def is_set(self) -> bool:
        return self.start is not None or self.end is not None or self.period is not None


def _scope_bounds(
    scope: Scope, calendar: SchoolCalendar, as_of: dt.datetime, grade: pl.Expr
) -> tuple[pl.Expr, pl.Expr]:
    if scope.period is None:
        return pl.lit(scope.start, pl.Date), pl.lit(scope.end, pl.Date)
    anchor = pl.lit(_period_anchor(calendar, as_of.date()), pl.Date)
    start = calendar.period_start(anchor, grade, scope.period)
    end = calendar.period_end(anchor, grade, scope.period)
    if scope.start is not None:
        start = pl.max_horizontal(start, pl.lit(scope.start))
    if scope.end is not None:
        end = pl.min_horizontal(end, pl.lit(scope.end))
    return start, end


def _period_anchor(calendar: SchoolCalendar, day: dt.date) -> dt.date:
    """A day of the school year containing ``day``, or else of the last one begun."""
    year = calendar.year_at(day)
    return day if year is None or year.start <= day <= year.end else year.start


def check_period(
    scope: Scope, calendar: SchoolCalendar, as_of: dt.datetime
) -> tuple[dt.date | None, dt.date | None]:
    """The period's bounds as shown to the user (ordinary grades); an unknown name is exit 2."""
    if scope.period is None:
        return scope.start, scope.end
    anchor = _period_anchor(calendar, as_of.date())
    bounds = pl.select(
        calendar.period_start(pl.lit(anchor), None, scope.period).alias("s"),
        calendar.period_end(pl.lit(anchor), None, scope.period).alias("e"),
    ).row(0)
    if bounds[0] is None:
        raise UsageError(
            "engine.unknown_period",
            {"period": scope.period, "known": ", ".join(calendar.period_names())},
        )
    start = max(bounds[0], scope.start) if scope.start else bounds[0]
    end = min(bounds[1], scope.end) if scope.end else bounds[1]
    return start, end


def term_grade_event(
    calendar: SchoolCalendar, as_of: dt.datetime, grade: pl.Expr | None
) -> pl.Expr:
    """A semester or year grade without its own date is about the end of its period (in the
    school year it was entered in); interim and re-examination grades have no such end."""
    day = pl.coalesce(pl.col("entered_at").cast(pl.Date), pl.lit(as_of.date()))
    return calendar.period_end(day, grade, pl.col("period"))


def scope_filter(kind: str, table: pl.DataFrame, scope: Scope, calendar: SchoolCalendar, as_of):
    column = SCOPE_COLUMN.get(kind)
    if not scope.is_set or column is None:
        return pl.lit(True)
    grade = grade_level(pl.col("class")) if "class" in table.columns else None
    value = pl.col(column).cast(pl.Date)
    if kind == "accounts" and "requested_at" in table.columns:
        # A parent's account (ACC002) is about the day it was requested; a leaver's, the day
        # they left.
        value = pl.coalesce(value, pl.col("requested_at").cast(pl.Date))
    if kind == "term_grades" and "period" in table.columns:
        value = pl.coalesce(value, term_grade_event(calendar, as_of, grade))
    start, end = _scope_bounds(scope, calendar, as_of, grade if grade is not None else pl.lit(None))
    outside = (start.is_not_null() & (value < start)) | (end.is_not_null() & (value > end))
    return value.is_null() | ~outside.fill_null(False)


def date_range(tables: Mapping[str, pl.DataFrame]) -> tuple[dt.date | None, dt.date | None]:
    """The first and the last event date of the tables' rows (None when they have none)."""
    lows, highs = [], []
    for kind, table in tables.items():
        column = SCOPE_COLUMN.get(kind)
        if column and column in table.columns and table.height:
            values = table[column].cast(pl.Date)
            if values.null_count() < values.len():
                lows.append(values.min())
                highs.append(values.max())
    return (min(lows) if lows else None, max(highs) if highs else None)  # type: ignore[type-var]
