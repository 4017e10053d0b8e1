"""Start-of-year set-up: SET001 (the timetable), SET002 (journals and groups).

Both count from the start of a period: the timetable from the day it is valid from, a journal
from the period it was created for (the one containing its creation day, or the next one when it
was created between periods). A timetable valid from after its deadline is a later correction,
not the start-of-period timetable, and is not checked.
"""

from __future__ import annotations

import polars as pl

from eklase_audit.calendar.school_year import SchoolCalendar
from eklase_audit.rules.base import NOT_EVALUABLE, STATUS, RuleContext, findings_frame
from eklase_audit.rules.timeliness import late_entry_findings


def _periods(calendar: SchoolCalendar) -> pl.DataFrame:
    starts = sorted(p.start for year in calendar.years for p in year.periods)
    return pl.DataFrame({"_period_start": starts}, schema={"_period_start": pl.Date})


def period_started(calendar: SchoolCalendar, day: pl.Expr, frame: pl.DataFrame) -> pl.DataFrame:
    """Adds ``_period_start``: the start of the period containing ``day``, else the next one."""
    within = calendar.period_start(day)
    frame = frame.with_columns(day.alias("_day"), within.alias("_within"))
    periods = _periods(calendar)
    if periods.is_empty():
        return frame.with_columns(pl.col("_within").alias("_period_start"))
    ordered = frame.with_row_index("_order").sort("_day", nulls_last=True)
    joined = ordered.join_asof(
        periods,
        left_on="_day",
        right_on="_period_start",
        strategy="forward",
        check_sortedness=False,
    ).rename({"_period_start": "_next"})
    return (
        joined.sort("_order")
        .drop("_order")
        .with_columns(pl.coalesce(pl.col("_within"), pl.col("_next")).alias("_period_start"))
        .drop("_within", "_next", "_day")
    )


def set001_timetable_late(ctx: RuleContext) -> pl.DataFrame:
    timetable = ctx.table("timetable")
    with_start = timetable.filter(pl.col("valid_from").is_not_null())
    found = late_entry_findings(
        ctx,
        with_start,
        kind="timetable",
        done=pl.col("entered_at"),
        time_columns=("entered_at",),
        by_column=None,
        event="valid_from",
        shown_date="valid_from",
    )
    # A timetable valid from after its own deadline is a correction made during the year.
    found = found.filter(
        pl.col("deadline").is_null() | (pl.col("event_date") <= pl.col("deadline").cast(pl.Date))
    )
    no_start = timetable.filter(pl.col("valid_from").is_null()).with_columns(
        pl.lit(NOT_EVALUABLE).cast(STATUS).alias("status"),
        pl.lit("reason.no_valid_from").alias("reason"),
    )
    return pl.concat([found, findings_frame(no_start)])


def set002_journal_late(ctx: RuleContext) -> pl.DataFrame:
    journals = period_started(
        ctx.calendar, pl.col("created_at").cast(pl.Date), ctx.table("journals")
    )
    return late_entry_findings(
        ctx,
        journals.with_columns(pl.col("created_at").cast(pl.Date).alias("date")),
        kind="journals",
        done=pl.col("created_at"),
        time_columns=("created_at",),
        by_column="kind",
        event="_period_start",
    )
