"""Findings for records that should exist: the missing ones, pending until their deadline."""

from __future__ import annotations

import polars as pl

from eklase_audit.io.schema import ROW_COLUMN, SOURCE_COLUMN
from eklase_audit.rules.base import (
    STATUS,
    RuleContext,
    deadline_status,
    findings_frame,
    no_deadline_reason,
)


def missing_findings(
    ctx: RuleContext, frame: pl.DataFrame, *, detail: str, missing: pl.Expr, event: str
) -> pl.DataFrame:
    """``frame`` holds one row per missing record with ``deadline`` (and ``deadline_reason``)."""
    if "deadline_reason" not in frame.columns:
        frame = frame.with_columns(pl.lit(None, pl.String).alias("deadline_reason"))
    return findings_frame(
        frame.with_columns(
            pl.lit(None, pl.UInt32).alias(SOURCE_COLUMN),
            pl.lit(None, pl.UInt32).alias(ROW_COLUMN),
            # The record was never entered (a timetable row's own entry time is not it).
            pl.lit(None, pl.Datetime("us")).alias("entered_at"),
            pl.col(event).cast(pl.Date).alias("event_date"),
            deadline_status(ctx.as_of).cast(STATUS).alias("status"),
            no_deadline_reason().alias("reason"),
            pl.lit(detail).alias("detail"),
            missing.alias("missing"),
        )
    )


def month_start(expr: pl.Expr) -> pl.Expr:
    return expr.cast(pl.Date).dt.month_start()


def months_between(first, last) -> pl.DataFrame:  # type: ignore[no-untyped-def]
    """One row per month intersecting [first, last]: column ``month`` (its first day)."""
    return pl.DataFrame(
        {"month": pl.date_range(first.replace(day=1), last, interval="1mo", eager=True)}
    )
