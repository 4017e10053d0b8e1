"""Start-of-year set-up: SET001 (the timetable), SET002 (journals and groups).

Both count from the start of a period: the timetable from the day it is valid from, a journal
from the period it was created for (the one containing its creation day, or the next one when it
was created between periods). A timetable valid from after its deadline is a later correction,
not the start-of-period timetable, and is not checked.
"""

from __future__ import annotations

import polars as pl

from eklase_audit.rules.base import NOT_EVALUABLE, STATUS, RuleContext, findings_frame
from eklase_audit.rules.timeliness import late_entry_findings


def set001_timetable_late(ctx: RuleContext) -> pl.DataFrame:
    timetable = ctx.table("timetable")
    with_start = timetable.filter(pl.col("valid_from").is_not_null())
    found = late_entry_findings(ctx, with_start, event="valid_from", shown_date="valid_from")
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
    created = pl.col("created_at").cast(pl.Date)
    journals = ctx.table("journals").with_columns(
        ctx.calendar.period_start_on_or_after(created).alias("_period_start"),
        created.alias("date"),
    )
    return late_entry_findings(ctx, journals, event="_period_start")
