"""TST001: every test needs its entry in the test planner, with its length and scope."""

from __future__ import annotations

import polars as pl

from eklase_audit.rules.base import OK, STATUS, VIOLATION, RuleContext, findings_frame
from eklase_audit.rules.text import is_blank


def tst001_test_planner(ctx: RuleContext) -> pl.DataFrame:
    kinds = [k.lower() for k in ctx.config.params.get("test_work_types", [])]
    keys = ["class", "subject", "date"]
    planner = ctx.table("test_plan")
    tests = (
        ctx.table("grades")
        .filter(pl.col("work_type").str.to_lowercase().is_in(kinds))
        .group_by(keys, maintain_order=True)
        .first()
    )
    unplanned = tests.join(
        planner.select(keys).unique().with_columns(pl.lit(True).alias("_planned")),
        on=keys,
        how="left",
        nulls_equal=True,
    )
    not_planned = pl.col("_planned").is_null()
    graded = unplanned.with_columns(
        pl.col("date").alias("event_date"),
        pl.when(not_planned)
        .then(pl.lit(VIOLATION))
        .otherwise(pl.lit(OK))
        .cast(STATUS)
        .alias("status"),
        pl.when(not_planned).then(pl.lit("test_not_planned")).alias("detail"),
    )
    incomplete = ~pl.col("lessons").is_in([1, 2]).fill_null(False) | is_blank(pl.col("scope"))
    entries = planner.with_columns(
        pl.col("date").alias("event_date"),
        pl.when(incomplete)
        .then(pl.lit(VIOLATION))
        .otherwise(pl.lit(OK))
        .cast(STATUS)
        .alias("status"),
        pl.when(incomplete).then(pl.lit("planner_incomplete")).alias("detail"),
        pl.when(incomplete).then(pl.col("scope")).alias("value"),
    )
    return pl.concat([findings_frame(graded), findings_frame(entries)])
