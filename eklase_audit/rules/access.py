"""Access: ACC001 (access still active after leaving), ACC002 (a parent connected late)."""

from __future__ import annotations

import polars as pl

from eklase_audit.rules.base import (
    NOT_EVALUABLE,
    OK,
    STATUS,
    RuleContext,
    deadline_status,
    findings_frame,
    no_deadline_reason,
    with_deadlines,
)
from eklase_audit.rules.timeliness import late_entry_findings

_STAFF = r"(?i)skolot|pedagog|darbinie|direktor|administr|teacher|staff"


def _named(frame: pl.DataFrame) -> pl.DataFrame:
    """The user's name in the teacher column for staff, else in the student column (for
    pseudonymisation: students and parents are personal data of the school's pupils)."""
    staff = pl.col("role").str.contains(_STAFF).fill_null(False)
    return frame.with_columns(
        pl.when(staff).then(pl.col("user")).alias("teacher"),
        pl.when(~staff).then(pl.col("user")).alias("student"),
    )


def acc001_access_after_leaving(ctx: RuleContext) -> pl.DataFrame:
    """Access must end the day a person leaves; the export shows whether it is still active."""
    left = ctx.table("accounts").filter(pl.col("left_at").is_not_null())
    left = left.with_columns(pl.col("left_at").cast(pl.Date).alias("date"))
    frame = with_deadlines(left, ctx, ctx.config, by_column=None, event="date", lesson_no=None)
    still_active = pl.col("active").fill_null(True) & pl.col("active").is_not_null()
    no_flag = pl.col("active").is_null()
    status = (
        pl.when(no_flag)
        .then(pl.lit(NOT_EVALUABLE))
        .otherwise(deadline_status(ctx.as_of, [(~still_active, OK)]))
    )
    reason = pl.when(no_flag).then(pl.lit("reason.no_active_flag")).otherwise(no_deadline_reason())
    return findings_frame(
        _named(frame).with_columns(
            pl.col("date").alias("event_date"),
            status.cast(STATUS).alias("status"),
            reason.alias("reason"),
            pl.lit("still_active").alias("detail"),
        )
    )


def acc002_parent_connected_late(ctx: RuleContext) -> pl.DataFrame:
    requests = ctx.table("accounts").filter(pl.col("requested_at").is_not_null())
    return late_entry_findings(
        ctx,
        _named(requests.with_columns(pl.col("requested_at").cast(pl.Date).alias("date"))),
        done=pl.col("connected_at"),
        time_columns=("connected_at",),
    )
