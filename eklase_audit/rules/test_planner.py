"""TST001: every test needs its entry in the test planner, with its length and scope."""

from __future__ import annotations

import polars as pl

from eklase_audit.rules.base import RuleContext, content_findings
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
    graded = content_findings(unplanned, pl.col("_planned").is_null(), "test_not_planned")
    incomplete = ~pl.col("lessons").is_in([1, 2]).fill_null(False) | is_blank(pl.col("scope"))
    entries = content_findings(planner, incomplete, "planner_incomplete", value=pl.col("scope"))
    return pl.concat([graded, entries])
