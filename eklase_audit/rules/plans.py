"""Preschool plans: PLN001 (monthly), PLN002 (weekly); late, or missing for a group's month or
week of the periods."""

from __future__ import annotations

import polars as pl

from eklase_audit.rules.base import RuleContext, missing_struct, with_deadlines
from eklase_audit.rules.expected import missing_findings, months_between
from eklase_audit.rules.school_days import school_weeks
from eklase_audit.rules.timeliness import late_entry_findings

MONTHLY, WEEKLY = "mēneša", "nedēļas"


def _groups(ctx: RuleContext) -> pl.DataFrame:
    frames = [ctx.table("plans").select(pl.col("group").alias("class"))]
    if ctx.has_table("lessons"):
        frames.append(ctx.table("lessons").select("class"))
    return pl.concat(frames).drop_nulls().unique()


def _plan_findings(ctx: RuleContext, plan_type: str, unit: str) -> pl.DataFrame:
    truncate = "1mo" if unit == "month" else "1w"
    plans = ctx.table("plans").filter(pl.col("plan_type").str.to_lowercase() == plan_type)
    plans = plans.with_columns(
        pl.col("period_start").dt.truncate(truncate).alias("_start"),
        pl.col("group").alias("class"),
    )
    late = late_entry_findings(ctx, plans, event="_start", shown_date="_start")
    dates = [ctx.table("plans")["period_start"]]
    if ctx.has_table("lessons"):
        dates.append(ctx.table("lessons")["date"])
    span = ctx.span(*dates)
    if span is None:
        return late
    if unit == "month":
        units = months_between(*span).rename({"month": "_start"})
    else:
        units = school_weeks(ctx.calendar, *span).select(pl.col("week").alias("_start"))
    expected = _groups(ctx).join(units, how="cross")
    missing = expected.join(plans.select("class", "_start"), on=["class", "_start"], how="anti")
    missing = with_deadlines(
        missing, ctx, ctx.config, by_column=None, event="_start", lesson_no=None
    )
    key = (
        pl.col("_start").dt.strftime("%Y-%m")
        if unit == "month"
        else pl.col("_start").dt.strftime("%Y-%m-%d")
    )
    return pl.concat(
        [
            late,
            missing_findings(
                ctx,
                missing,
                detail="plan_missing",
                event="_start",
                missing=missing_struct(**{"class": pl.col("class"), unit: key}),
            ),
        ]
    )


def pln001_monthly_plan(ctx: RuleContext) -> pl.DataFrame:
    return _plan_findings(ctx, MONTHLY, "month")


def pln002_weekly_plan(ctx: RuleContext) -> pl.DataFrame:
    return _plan_findings(ctx, WEEKLY, "week")
